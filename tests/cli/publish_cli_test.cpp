// SPDX-License-Identifier: MIT
// `opfolg publish` end to end: what it prints, its exit statuses, CPR refusal naming the cell,
// no overwriting without --force, pages dated by SOURCE_DATE_EPOCH alone, and a board workbook as
// input. The page in a browser is tested in tests/publish.
#include <boost/test/unit_test.hpp>

#include "cli_support.h"
#include "core/xlsx/writer.h"

namespace t = opfolg::test;

namespace {

const std::string examples = OPFOLG_EXAMPLES_DIR;

std::string q(const std::filesystem::path& p) { return t::quote(p); }

// A department workbook in the template layout whose Indsats cell (Opfølgningsplan!C2) says
// `action`.
void write_department(const std::filesystem::path& file, const std::string& action) {
    opfolg::xlsx::WorkbookWriter w(file);
    auto& meta = w.add_sheet("Oplysninger");
    meta.write_string({0, 0}, "Afdeling");
    meta.write_string({0, 1}, "Byg");
    auto& p = w.add_sheet("Opfølgningsplan");
    const char* heads[] = {"Tema",
                           "Resultat/ændringsbehov",
                           "Indsats",
                           "Operationelt mål",
                           "Evaluering af effekt",
                           "Tidsplan",
                           "Status"};
    const std::string values[] = {"Frafald",     "Frafaldet steg.", action, "Under 8 %.",
                                  "I december.", "Løbende",         "Ny"};
    for (std::uint32_t c = 0; c < 7; ++c) {
        p.write_string({0, c}, heads[c]);
        p.write_string({1, c}, values[c]);
    }
    w.save();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(publish_cli)

BOOST_AUTO_TEST_CASE(publishes_the_examples_and_says_what_it_wrote) {
    t::TempDir d;
    auto page = d / "plan.html";
    auto r = t::opfolg("publish -o " + q(page) + " " + t::shell_quote(examples));
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("Skrevet: ") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("3 afdelinger, 12 indsatser") != std::string::npos, r.out);
    // The example with deliberate defects is published and named, without pointing to a sheet
    // the page does not have.
    BOOST_TEST(r.out.find("Handel og kontor.xlsx: har fejl") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("Validering") == std::string::npos, r.out);
    BOOST_TEST(t::read_bytes(page).rfind("<!DOCTYPE html>", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(refuses_an_existing_page_unless_forced) {
    t::TempDir d;
    auto page = d / "plan.html";
    t::write_bytes(page, "sidste års side");
    const std::string args = "publish -o " + q(page) + " " + t::shell_quote(examples);
    auto r = t::opfolg(args);
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("findes allerede") != std::string::npos, r.err);
    BOOST_TEST(r.err.find("--force") != std::string::npos, r.err);
    BOOST_TEST(t::read_bytes(page) == "sidste års side");
    auto forced = t::opfolg(args + " --force");
    BOOST_TEST(forced.exit_code == 0, forced.err);
    BOOST_TEST(t::read_bytes(page).rfind("<!DOCTYPE html>", 0) == 0u);
    // Nothing but the page is left in the folder (no temporary file).
    BOOST_TEST(std::distance(std::filesystem::directory_iterator(d.path()),
                             std::filesystem::directory_iterator()) == 1);
}

BOOST_AUTO_TEST_CASE(refuses_a_cpr_number_naming_the_cell_with_exit_1) {
    t::TempDir d;
    write_department(d / "Byg.xlsx", "Samtale med eleven (CPR 010203-1234) hver uge.");
    auto page = d / "plan.html";
    auto r = t::opfolg("publish -o " + q(page) + " " + q(d / "Byg.xlsx"));
    BOOST_TEST(r.exit_code == 1);
    BOOST_TEST(r.err.find("Byg.xlsx: Opfølgningsplan!C2") != std::string::npos, r.err);
    BOOST_TEST(r.err.find("CPR") != std::string::npos, r.err);
    BOOST_TEST(r.err.find("intet skrevet") != std::string::npos, r.err);
    BOOST_TEST(!std::filesystem::exists(page));
}

// SOURCE_DATE_EPOCH dates the page, whatever the clock and the time zone; another epoch changes
// the date and nothing else.
BOOST_AUTO_TEST_CASE(same_inputs_and_epoch_give_byte_identical_pages) {
    t::TempDir d;
    auto publish = [&](const char* epoch, const char* tz, const std::filesystem::path& out) {
        auto r = t::run(std::string("SOURCE_DATE_EPOCH=") + epoch + " TZ=" + tz + " " +
                        t::shell_quote(OPFOLG_BINARY) + " publish -o " + q(out) + " " +
                        t::shell_quote(examples));
        BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
        return t::read_bytes(out);
    };
    // 2025-11-03 09:00 UTC: the same day in Copenhagen, the next in Kiritimati (UTC+14).
    auto first = publish("1762160400", "Europe/Copenhagen", d / "1.html");
    auto second = publish("1762160400", "Pacific/Kiritimati", d / "2.html");
    BOOST_TEST((first == second));
    BOOST_TEST(first.find("<time datetime=\"2025-11-03\">3. november 2025</time>") !=
               std::string::npos);
    // 2025-11-24 16:00 UTC.
    auto later = publish("1764000000", "UTC", d / "3.html");
    BOOST_TEST(later.find("2025-11-03") == std::string::npos);
    for (auto [from, to] : {std::pair<std::string, std::string>{"2025-11-24", "2025-11-03"},
                            {"24. november 2025", "3. november 2025"}})
        for (auto at = later.find(from); at != std::string::npos; at = later.find(from, at))
            later.replace(at, from.size(), to);
    BOOST_TEST((later == first));
}

BOOST_AUTO_TEST_CASE(publishes_a_board_workbook_with_title_and_institution_given) {
    t::TempDir d;
    auto board = d / "Samlet.xlsx";
    BOOST_TEST_REQUIRE(
        t::opfolg("consolidate -o " + q(board) + " " + t::shell_quote(examples)).exit_code == 0);
    auto page = d / "plan.html";
    auto r = t::opfolg("publish --title " + t::shell_quote("Opfølgningsplan 2025–2026") +
                       " --institution " + t::shell_quote("Skolen & Co") + " -o " + q(page) + " " +
                       q(board));
    BOOST_TEST(r.exit_code == 0, r.err);
    std::string html = t::read_bytes(page);
    BOOST_TEST(html.find("<h1>Opfølgningsplan 2025–2026</h1>") != std::string::npos);
    BOOST_TEST(html.find("<p class=\"institution\">Skolen &amp; Co</p>") != std::string::npos);
    BOOST_TEST(html.find("samlede opfølgningsplan til bestyrelsen") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_64) {
    BOOST_TEST(t::opfolg("publish " + t::shell_quote(examples)).exit_code == 64);  // no -o
    BOOST_TEST(t::opfolg("publish -o x.html").exit_code == 64);                    // no input
}

BOOST_AUTO_TEST_SUITE_END()
