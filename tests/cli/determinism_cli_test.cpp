// SPDX-License-Identifier: MIT
// Reproducible output: every workbook opfolg writes is byte for byte the same for the same
// inputs and SOURCE_DATE_EPOCH, whatever the input order, the clock or the time zone; another
// SOURCE_DATE_EPOCH changes the stamped time, where it is shown, and nothing else.
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <set>
#include <thread>

#include "cli_support.h"
#include "core/xlsx/reader.h"

namespace t = opfolg::test;

namespace {

const std::string examples = OPFOLG_EXAMPLES_DIR;
const std::string byg = t::shell_quote(examples + "/Opfølgningsplan Byg og anlæg.xlsx");
const std::string handel = t::shell_quote(examples + "/Opfølgningsplan Handel og kontor.xlsx");
const std::string omsorg =
    t::shell_quote(examples + "/Opfølgningsplan Omsorg, sundhed og pædagogik.xlsx");

// 1764000000 is 2025-11-24 16:00:00 UTC; 1767225600 is 2026-01-01 00:00:00 UTC.
const char* const epoch_a = "1764000000";
const char* const epoch_b = "1767225600";

// Runs opfolg under a SOURCE_DATE_EPOCH and a time zone; expects `exit_code`.
void opfolg_at(const char* epoch, const char* tz, const std::string& args, int exit_code = 0) {
    auto r = t::run(std::string("SOURCE_DATE_EPOCH=") + epoch + " TZ=" + tz + " " +
                    t::shell_quote(OPFOLG_BINARY) + " " + args);
    BOOST_TEST_REQUIRE(r.exit_code == exit_code, args << ": " << r.err);
}

// The clock moves on between two runs that must not tell the difference.
void let_a_second_pass() { std::this_thread::sleep_for(std::chrono::milliseconds(1100)); }

std::string created_of(const std::filesystem::path& file) {
    auto core = t::zip_parts(file).at("docProps/core.xml");
    auto at = core.find("<dcterms:created");
    BOOST_TEST_REQUIRE(at != std::string::npos);
    at = core.find('>', at) + 1;
    return core.substr(at, core.find('<', at) - at);
}

// The board workbook's cover line "Samlet af Opfølg … den DD-MM-YYYY kl. HH:MM (UTC) …".
std::string cover_stamp(const std::filesystem::path& board) {
    auto wb = opfolg::xlsx::read_workbook(board);
    for (const auto& c : wb.sheet("Forside")->cells)
        if (const auto* text = std::get_if<std::string>(&c.value))
            if (text->rfind("Samlet af Opfølg", 0) == 0) return *text;
    BOOST_FAIL("no stamp on the cover of " << board);
    return "";
}

std::string q(const std::filesystem::path& p) { return t::quote(p); }

}  // namespace

BOOST_AUTO_TEST_SUITE(determinism_cli)

BOOST_AUTO_TEST_CASE(consolidates_to_the_same_bytes_whatever_the_order_clock_and_time_zone) {
    t::TempDir d;
    opfolg_at(epoch_a, "UTC",
              "consolidate -o " + q(d / "1.xlsx") + " " + byg + " " + handel + " " + omsorg);
    let_a_second_pass();
    opfolg_at(epoch_a, "Pacific/Auckland",
              "consolidate -o " + q(d / "2.xlsx") + " " + omsorg + " " + byg + " " + handel);
    BOOST_TEST(t::sha256_of(d / "1.xlsx") == t::sha256_of(d / "2.xlsx"));
    BOOST_TEST(created_of(d / "1.xlsx") == "2025-11-24T16:00:00Z");
    BOOST_TEST(cover_stamp(d / "1.xlsx").find(" den 24-11-2025 kl. 16:00 (UTC) ") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(another_epoch_changes_the_stamps_and_nothing_else) {
    t::TempDir d;
    opfolg_at(epoch_a, "UTC", "consolidate -o " + q(d / "a.xlsx") + " " + t::shell_quote(examples));
    opfolg_at(epoch_b, "UTC", "consolidate -o " + q(d / "b.xlsx") + " " + t::shell_quote(examples));
    BOOST_TEST(created_of(d / "a.xlsx") == "2025-11-24T16:00:00Z");
    BOOST_TEST(created_of(d / "b.xlsx") == "2026-01-01T00:00:00Z");
    BOOST_TEST(cover_stamp(d / "b.xlsx").find(" den 01-01-2026 kl. 00:00 (UTC) ") !=
               std::string::npos);
    // The stamps are the only difference: the properties, the cover's text and every sheet's
    // printed footer ("Samlet 01-01-2026") read the same once b's stamps say a's.
    auto a = t::zip_parts(d / "a.xlsx"), b = t::zip_parts(d / "b.xlsx");
    BOOST_TEST(t::differing_parts(d / "a.xlsx", d / "b.xlsx").count("docProps/core.xml") == 1u);
    for (auto& [name, xml] : b)
        for (auto [from, to] :
             {std::pair<std::string, std::string>{"2026-01-01T00:00:00Z", "2025-11-24T16:00:00Z"},
              {"01-01-2026 kl. 00:00", "24-11-2025 kl. 16:00"},
              {"01-01-2026", "24-11-2025"}})
            for (auto at = xml.find(from); at != std::string::npos; at = xml.find(from, at))
                xml.replace(at, from.size(), to);
    BOOST_TEST_REQUIRE(a.size() == b.size());
    for (const auto& [name, xml] : a) BOOST_TEST((b[name] == xml), name);
}

BOOST_AUTO_TEST_CASE(writes_templates_and_feedback_to_the_same_bytes_for_one_epoch) {
    t::TempDir d;
    const std::string tmpl = "template --department Byg --year 2026 -o ";
    const std::string feedback = "validate --report ";
    opfolg_at(epoch_a, "UTC", tmpl + q(d / "t1.xlsx"));
    opfolg_at(epoch_a, "UTC", feedback + q(d / "f1.xlsx") + " " + t::shell_quote(examples), 1);
    let_a_second_pass();
    opfolg_at(epoch_a, "Europe/Copenhagen", tmpl + q(d / "t2.xlsx"));
    opfolg_at(epoch_a, "Europe/Copenhagen",
              feedback + q(d / "f2.xlsx") + " " + t::shell_quote(examples), 1);
    opfolg_at(epoch_b, "UTC", tmpl + q(d / "t3.xlsx"));
    opfolg_at(epoch_b, "UTC", feedback + q(d / "f3.xlsx") + " " + t::shell_quote(examples), 1);
    for (const char* kind : {"t", "f"}) {
        BOOST_TEST_CONTEXT(kind) {
            auto one = d / (std::string(kind) + "1.xlsx"), two = d / (std::string(kind) + "2.xlsx"),
                 three = d / (std::string(kind) + "3.xlsx");
            BOOST_TEST(t::sha256_of(one) == t::sha256_of(two));
            BOOST_TEST(created_of(one) == "2025-11-24T16:00:00Z");
            BOOST_TEST(created_of(three) == "2026-01-01T00:00:00Z");
            BOOST_TEST(
                (t::differing_parts(one, three) == std::set<std::string>{"docProps/core.xml"}));
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
