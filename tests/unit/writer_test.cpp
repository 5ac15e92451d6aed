// SPDX-License-Identifier: MIT
#include "core/xlsx/writer.h"

#include <unistd.h>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <set>
#include <stdexcept>
#include <thread>

#include "core/inspect/dump.h"
#include "core/platform/files.h"
#include "core/util/error.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/zip_archive.h"
#include "test_support.h"

using namespace opfolg;
using namespace opfolg::xlsx;
using opfolg::test::TempDir;

namespace {

CellRef at(const char* a1) { return *parse_cell_ref(a1); }

std::vector<std::pair<const char*, CellValue>> every_type() {
    return {{"A1", std::string("Opfølgningsplan – ÆØÅ æøå")},
            {"A2", 16.7},
            {"A3", -3.1},
            {"A4", true},
            {"A5", false},
            {"A6", ErrorValue{"#N/A"}},
            {"A7", ErrorValue{"#DIV/0!"}},
            {"A8", DateTime{45838, DateTime::Kind::date}},
            {"A9", DateTime{45838.6041666667, DateTime::Kind::datetime}},
            {"A10", DateTime{0.34375, DateTime::Kind::time}},
            {"A11", std::string("Linje 1\nLinje 2")},
            {"A12", 1e-12},
            {"A13", std::string("  foranstillede mellemrum")}};
}

}  // namespace

BOOST_TEST_DONT_PRINT_LOG_VALUE(opfolg::xlsx::RowOrder)

BOOST_AUTO_TEST_SUITE(writer)

// Both ways of holding cells must give the same file content; the ascending order is written
// row by row, as a caller of RowOrder::ascending must.
BOOST_DATA_TEST_CASE(round_trips_every_cell_type_losslessly,
                     boost::unit_test::data::make({RowOrder::any, RowOrder::ascending}), order) {
    TempDir d;
    {
        WorkbookWriter w(d / "rundtur.xlsx", {}, order);
        auto& s = w.add_sheet("Data");
        std::uint32_t row = 0;
        for (const auto& [ref, v] : every_type()) {
            s.write(at(ref), v);
            switch (row++) {
                case 0:
                    s.write_formula(at("B1"), "=A2*2", 33.4);
                    break;
                case 1:
                    s.write_formula(at("B2"), "=A2>10", true);
                    break;
                case 2:
                    s.write_formula(at("B3"), "=NA()", ErrorValue{"#N/A"});
                    break;
                case 3:
                    s.write_formula(at("B4"), "=\"ab\"", std::string("ab"));
                    break;
            }
        }
        w.add_sheet("Skjult").hide();
        w.save();
    }
    auto wb = read_workbook(d / "rundtur.xlsx");
    BOOST_TEST_REQUIRE(wb.sheets.size() == 2u);
    BOOST_TEST((wb.sheets[1].state == SheetState::hidden));
    const Sheet& s = wb.sheets[0];
    for (const auto& [ref, v] : every_type()) {
        const Cell* c = s.find(at(ref));
        BOOST_TEST_REQUIRE(c != nullptr, ref);
        BOOST_TEST(type_name(c->value) == type_name(v), ref);
        BOOST_TEST(inspect::value_text(c->value) == inspect::value_text(v), ref);
    }
    BOOST_TEST(s.find(at("B1"))->formula == "A2*2");
    BOOST_TEST(inspect::value_text(s.find(at("B1"))->value) == "33.4");
    BOOST_TEST(type_name(s.find(at("B2"))->value) == std::string("boolean"));
    BOOST_TEST(type_name(s.find(at("B3"))->value) == std::string("error"));
    BOOST_TEST(inspect::value_text(s.find(at("B4"))->value) == "ab");
}

BOOST_AUTO_TEST_CASE(ascending_order_refuses_a_row_already_written) {
    TempDir d;
    WorkbookWriter w(d / "orden.xlsx", {}, RowOrder::ascending);
    auto& s = w.add_sheet("Data");
    s.write_string(at("A2"), "anden række");
    s.write_string(at("B2"), "samme række er i orden");
    BOOST_CHECK_THROW(s.write_string(at("A1"), "første række"), std::logic_error);
    BOOST_CHECK_THROW(s.set_row(0, 30), std::logic_error);
}

BOOST_AUTO_TEST_CASE(ascending_order_keeps_tables_and_fits_wrapped_rows) {
    TempDir d;
    {
        WorkbookWriter w(d / "tabel.xlsx", {}, RowOrder::ascending);
        FormatSpec wrap;
        wrap.wrap = true;
        Format text = w.format(wrap);
        auto& s = w.add_sheet("Plan");
        s.set_widths({10, 10});
        s.add_table({at("A1"), at("B3")}, {"tblPlan", {"Tema", "Indsats"}});
        s.write_string(at("A2"), "Fravær", text);
        s.write_string(at("B2"), std::string(95, 'x'), text);  // one word, broken between letters
        s.write_string(at("A3"), "Trivsel", text);
        s.write_string(at("B3"), "kort", text);
        w.save();
    }
    auto wb = read_workbook(d / "tabel.xlsx");
    const Sheet& s = wb.sheets.at(0);
    BOOST_TEST(inspect::value_text(s.find(at("A1"))->value) == "Tema");
    BOOST_TEST(inspect::value_text(s.find(at("B1"))->value) == "Indsats");
    BOOST_TEST(inspect::value_text(s.find(at("A3"))->value) == "Trivsel");

    ZipArchive zip(d / "tabel.xlsx", ReadLimits{});
    std::string table = zip.read("xl/tables/table1.xml");
    BOOST_TEST(table.find("ref=\"A1:B3\"") != std::string::npos);
    BOOST_TEST(table.find("name=\"tblPlan\"") != std::string::npos);
    std::string sheet = zip.read("xl/worksheets/sheet1.xml");
    BOOST_TEST(sheet.find("<tablePart ") != std::string::npos);
    // Row 2 grows to ten lines of 15 points (Calibri 11 fits ten "x" into a column 10 wide);
    // row 3 keeps the default height.
    BOOST_TEST(sheet.find("<row r=\"2\" ht=\"150\"") != std::string::npos, sheet);
    BOOST_TEST(sheet.find("<row r=\"3\">") != std::string::npos, sheet);
}

BOOST_AUTO_TEST_CASE(writes_document_properties) {
    TempDir d;
    WorkbookWriter w(d / "egenskaber.xlsx");
    w.add_sheet("Ark1").write_string(at("A1"), "x");
    w.set_properties(
        {"Opfølgningsplan 2025", "Byg og anlæg", "Opfølg", "Eksempelskolen", "", "", ""});
    w.save();
    auto wb = read_workbook(d / "egenskaber.xlsx");
    BOOST_TEST(wb.title == "Opfølgningsplan 2025");
    BOOST_TEST(wb.subject == "Byg og anlæg");
    BOOST_TEST(wb.company == "Eksempelskolen");
}

BOOST_AUTO_TEST_CASE(writes_custom_properties_the_reader_reads_back) {
    TempDir d;
    WorkbookWriter w(d / "egne.xlsx");
    w.add_sheet("Ark1").write_string(at("A1"), "x");
    w.set_custom_property("Opfølg-skema", "opfølgningsplan");
    w.set_custom_property("Version", 7);
    w.save();
    auto wb = read_workbook(d / "egne.xlsx");
    BOOST_TEST_REQUIRE(wb.custom_property("Opfølg-skema") != nullptr);
    BOOST_TEST(*wb.custom_property("Opfølg-skema") == "opfølgningsplan");
    BOOST_TEST(*wb.custom_property("Version") == "7");
    BOOST_TEST(wb.custom_property("version") == nullptr);  // names are matched as spelled
}

BOOST_AUTO_TEST_CASE(leaves_no_file_when_not_saved) {
    TempDir d;
    {
        WorkbookWriter w(d / "aldrig.xlsx");
        w.add_sheet("Ark1").write_string(at("A1"), "x");
    }
    BOOST_TEST(std::filesystem::is_empty(d.path()));
}

BOOST_AUTO_TEST_CASE(refuses_to_overwrite_an_input) {
    TempDir d;
    opfolg::test::write_bytes(d / "input.xlsx", "original");
    std::filesystem::create_directory(d / "sub");
    try {
        WorkbookWriter w(d / "sub" / ".." / "input.xlsx", {d / "input.xlsx"});
        BOOST_FAIL("expected a refusal");
    } catch (const Error& e) {
        BOOST_TEST((e.code() == ErrorCode::output_is_input));
    }
    BOOST_TEST(opfolg::test::read_bytes(d / "input.xlsx") == "original");
}

BOOST_AUTO_TEST_CASE(keeps_the_existing_output_when_the_folder_is_read_only) {
    TempDir d;
    auto attempt = [&] {
        WorkbookWriter w(d / "ud.xlsx", {}, RowOrder::any, Existing::replace);
        w.add_sheet("Ark1").write_string(at("A1"), "x");
        w.save();
    };
#if defined(_WIN32)
    const bool permissions_ignored = true;  // a folder's read-only flag does not stop new files
#else
    const bool permissions_ignored = geteuid() == 0;  // root ignores directory permissions
#endif
    if (permissions_ignored) {
        // Simulated with a target that is a folder instead.
        std::filesystem::create_directories(d / "ud.xlsx" / "inde");
        BOOST_CHECK_THROW(attempt(), Error);
        BOOST_TEST(std::filesystem::is_directory(d / "ud.xlsx" / "inde"));
        BOOST_TEST(std::distance(std::filesystem::directory_iterator(d.path()), {}) == 1);
        return;
    }
    opfolg::test::write_bytes(d / "ud.xlsx", "forrige version");
    std::filesystem::permissions(
        d.path(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    BOOST_CHECK_THROW(attempt(), Error);
    std::filesystem::permissions(d.path(), std::filesystem::perms::owner_all);
    BOOST_TEST(opfolg::test::read_bytes(d / "ud.xlsx") == "forrige version");
}

BOOST_AUTO_TEST_CASE(refuses_an_existing_target_before_any_work_unless_told_to_replace) {
    TempDir d;
    opfolg::test::write_bytes(d / "plan.xlsx", "en udfyldt plan");
    try {
        WorkbookWriter w(d / "plan.xlsx");
        BOOST_FAIL("expected a refusal");
    } catch (const Error& e) {
        BOOST_TEST((e.code() == ErrorCode::output_exists));
        BOOST_TEST(e.describe(Lang::da).find("plan.xlsx") != std::string::npos);
    }
    BOOST_TEST(opfolg::test::read_bytes(d / "plan.xlsx") == "en udfyldt plan");
    {
        WorkbookWriter w(d / "plan.xlsx", {}, RowOrder::any, Existing::replace);
        w.add_sheet("Ark1").write_string(at("A1"), "ny");
        w.save();
    }
    BOOST_TEST(opfolg::test::read_bytes(d / "plan.xlsx").substr(0, 2) == "PK");
}

BOOST_AUTO_TEST_CASE(keeps_a_file_that_appeared_while_writing) {
    TempDir d;
    WorkbookWriter w(d / "plan.xlsx");
    w.add_sheet("Ark1").write_string(at("A1"), "x");
    opfolg::test::write_bytes(d / "plan.xlsx", "gemt imens af Excel");
    try {
        w.save();
        BOOST_FAIL("expected a refusal");
    } catch (const Error& e) {
        BOOST_TEST((e.code() == ErrorCode::output_exists));
    }
    BOOST_TEST(opfolg::test::read_bytes(d / "plan.xlsx") == "gemt imens af Excel");
    BOOST_TEST(std::distance(std::filesystem::directory_iterator(d.path()), {}) == 1);
}

BOOST_AUTO_TEST_CASE(names_a_missing_folder_before_any_work) {
    TempDir d;
    try {
        WorkbookWriter w(d / "findes ikke" / "plan.xlsx");
        BOOST_FAIL("expected a refusal");
    } catch (const Error& e) {
        BOOST_TEST((e.code() == ErrorCode::io));
        BOOST_TEST(e.reason().da.find("mappen findes ikke") != std::string::npos);
        BOOST_TEST(e.reason().da.find("findes ikke/") == std::string::npos);  // the folder itself
    }
}

BOOST_AUTO_TEST_CASE(puts_scratch_files_in_the_temp_folder_or_beside_the_output) {
    TempDir d;
    // The variable the system's temp folder comes from (GetTempPathW reads TMP first).
#if defined(_WIN32)
    const char* tmp_var = "TMP";
#else
    const char* tmp_var = "TMPDIR";
#endif
    {
        opfolg::test::ScopedEnv tmp(tmp_var, path_utf8(d.path()).c_str());
        // Windows' temp path ends in a backslash.
        auto scratch = platform::scratch_folder_for(d / "ud" / "plan.xlsx");
        if (!scratch.has_filename()) scratch = scratch.parent_path();
        BOOST_TEST(scratch == d.path(), path_utf8(scratch));
    }
    {
        // A temp folder that is gone: the output's own folder serves, and writing still works.
        opfolg::test::ScopedEnv tmp(tmp_var, path_utf8(d / "findes-ikke").c_str());
        std::filesystem::create_directory(d / "ud");
        BOOST_TEST(platform::scratch_folder_for(d / "ud" / "plan.xlsx") == d / "ud");
        WorkbookWriter w(d / "ud" / "plan.xlsx", {}, RowOrder::ascending);
        w.add_sheet("Plan").write_string(at("A1"), "skrevet uden systemets midlertidige mappe");
        w.save();
    }
    auto wb = read_workbook(d / "ud" / "plan.xlsx");
    BOOST_TEST(inspect::value_text(wb.sheets.at(0).find(at("A1"))->value) ==
               "skrevet uden systemets midlertidige mappe");
    // and leaves nothing else behind
    BOOST_TEST(std::distance(std::filesystem::directory_iterator(d / "ud"), {}) == 1);
}

namespace {

// The same small workbook, written under a SOURCE_DATE_EPOCH (nullptr: unset) and a time zone.
void write_stamped(const std::filesystem::path& file, const char* epoch, const char* tz,
                   std::time_t created = 0) {
    opfolg::test::ScopedEnv e("SOURCE_DATE_EPOCH", epoch), z("TZ", tz);
    WorkbookWriter w(file);
    auto& s = w.add_sheet("Ark1");
    s.write_string(at("A1"), "samme");
    s.write(at("A2"), DateTime{45838, DateTime::Kind::date});
    s.write_formula(at("A3"), "=NA()", ErrorValue{"#N/A"});
    if (created) w.set_properties({"Titel", "", "", "", "", "", "", created});
    w.save();
}

// docProps/core.xml's creation time ("2026-01-01T00:00:00Z").
std::string created_of(const std::filesystem::path& file) {
    auto core = opfolg::test::zip_parts(file).at("docProps/core.xml");
    auto at = core.find("<dcterms:created");
    BOOST_TEST_REQUIRE(at != std::string::npos);
    at = core.find('>', at) + 1;
    return core.substr(at, core.find('<', at) - at);
}

std::string utc_text(std::time_t t) {
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    return buf;
}

}  // namespace

// Reproducible builds: the same SOURCE_DATE_EPOCH gives the same bytes, whatever the clock and
// time zone say; another epoch changes the creation time and nothing else.
BOOST_AUTO_TEST_CASE(stamps_source_date_epoch_and_nothing_else_varies) {
    TempDir d;
    write_stamped(d / "a.xlsx", "1767225600", "UTC");
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // the clock moves on
    write_stamped(d / "b.xlsx", "1767225600", "Pacific/Auckland");
    write_stamped(d / "c.xlsx", "1764000000", "UTC");
    BOOST_TEST(opfolg::test::sha256_of(d / "a.xlsx") == opfolg::test::sha256_of(d / "b.xlsx"));
    BOOST_TEST(created_of(d / "a.xlsx") == "2026-01-01T00:00:00Z");
    BOOST_TEST(created_of(d / "c.xlsx") == "2025-11-24T16:00:00Z");
    BOOST_TEST((opfolg::test::differing_parts(d / "a.xlsx", d / "c.xlsx") ==
                std::set<std::string>{"docProps/core.xml"}));
}

BOOST_AUTO_TEST_CASE(stamps_the_clock_without_a_usable_source_date_epoch) {
    TempDir d;
    int n = 0;
    for (const char* epoch : {static_cast<const char*>(nullptr), "snart", "-5", "17672256x"}) {
        auto file = d / ("nu " + std::to_string(++n) + ".xlsx");  // outputs are never replaced
        std::time_t before = std::time(nullptr);
        write_stamped(file, epoch, "Europe/Copenhagen");
        std::time_t after = std::time(nullptr);
        std::string created = created_of(file);
        BOOST_TEST((created == utc_text(before) || created == utc_text(after)),
                   (epoch ? epoch : "unset") << ": " << created);
    }
}

BOOST_AUTO_TEST_CASE(stamps_a_creation_time_given_in_the_properties) {
    TempDir d;
    write_stamped(d / "egen.xlsx", "1767225600", "UTC", 1700000000);
    BOOST_TEST(created_of(d / "egen.xlsx") == "2023-11-14T22:13:20Z");
}

BOOST_AUTO_TEST_CASE(rejects_sheet_names_excel_would_reject) {
    TempDir d;
    WorkbookWriter w(d / "navne.xlsx");
    BOOST_CHECK_THROW(w.add_sheet("Et alt for langt arknavn med mere end 31 tegn"), Error);
    BOOST_CHECK_THROW(w.add_sheet("Spørgsmål?"), Error);
    w.add_sheet("Opfølgningsplan");
    BOOST_CHECK_THROW(w.add_sheet("Opfølgningsplan"), Error);
}

// Every failure is an opfolg::Error naming the output file and, where known, the sheet and cell;
// and whatever fails, no partial workbook is left behind.
Error write_failure(const std::function<void(WorkbookWriter&)>& write,
                    const std::filesystem::path& target, RowOrder order = RowOrder::any) {
    try {
        WorkbookWriter w(target, {}, order);
        write(w);
        w.save();
    } catch (const Error& e) {
        BOOST_TEST(e.file() == target);
        BOOST_TEST(!std::filesystem::exists(target));
        return e;
    }
    BOOST_FAIL("expected writing " << target << " to fail");
    throw std::logic_error("unreachable");
}

bool only_file_in(const std::filesystem::path& dir, const std::string& name) {
    auto it = std::filesystem::directory_iterator(dir);
    return std::distance(it, {}) == 1 && std::filesystem::exists(dir / name);
}

BOOST_AUTO_TEST_CASE(refuses_a_text_longer_than_excel_allows) {
    TempDir d;
    auto e = write_failure(
        [](WorkbookWriter& w) {
            w.add_sheet("Plan").write_string(at("C7"), std::string(32768, 'x'));
        },
        d / "lang.xlsx");
    BOOST_TEST((e.code() == ErrorCode::io));
    BOOST_TEST(e.where() == "Plan!C7");
    BOOST_TEST(e.describe(Lang::en).find("32,767") != std::string::npos);
    // Exactly at the limit is fine.
    WorkbookWriter w(d / "netop.xlsx");
    w.add_sheet("Plan").write_string(at("C7"), std::string(32767, 'x'));
    w.save();
    BOOST_TEST(only_file_in(d.path(), "netop.xlsx"));
}

BOOST_AUTO_TEST_CASE(refuses_a_cell_beyond_xfd1048576) {
    TempDir d;
    for (CellRef beyond : {CellRef{1048576, 0}, CellRef{0, 16384}}) {
        auto e = write_failure(
            [&](WorkbookWriter& w) { w.add_sheet("Plan").write_number(beyond, 1); }, d / "ud.xlsx");
        BOOST_TEST((e.code() == ErrorCode::io));
        BOOST_TEST(e.where() == "Plan!" + to_a1(beyond));
    }
    BOOST_TEST(std::filesystem::is_empty(d.path()));
}

BOOST_AUTO_TEST_CASE(refuses_a_defined_name_excel_would_refuse) {
    TempDir d;
    auto e = write_failure(
        [](WorkbookWriter& w) {
            w.add_sheet("Forside");
            w.define_name(std::string(256, 'n'), "=Forside!$A$1");  // Excel: 255 at most
        },
        d / "navn.xlsx");
    BOOST_TEST((e.code() == ErrorCode::io));
    BOOST_TEST(e.describe(Lang::en).find("defined name nnn") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(says_so_when_the_output_folder_does_not_exist) {
    TempDir d;
    for (auto order : {RowOrder::any, RowOrder::ascending}) {
        auto e =
            write_failure([](WorkbookWriter& w) { w.add_sheet("Plan").write_number(at("A1"), 1); },
                          d / "findes-ikke" / "ud.xlsx", order);
        BOOST_TEST((e.code() == ErrorCode::io));
    }
    BOOST_TEST(std::filesystem::is_empty(d.path()));
}

BOOST_AUTO_TEST_CASE(keeps_a_hyperlink_excel_cannot_hold_as_its_text) {
    TempDir d;
    {
        WorkbookWriter w(d / "link.xlsx");
        auto& s = w.add_sheet("Links");
        s.write_url(at("A1"), "https://example.invalid/" + std::string(2100, 'a'), "for lang");
        s.write_url(at("A2"), "https://example.invalid/plan", "kort");
        w.save();
    }
    auto wb = read_workbook(d / "link.xlsx");
    BOOST_TEST(inspect::value_text(wb.sheets.at(0).find(at("A1"))->value) == "for lang");
    BOOST_TEST(inspect::value_text(wb.sheets.at(0).find(at("A2"))->value) == "kort");
    ZipArchive zip(d / "link.xlsx", ReadLimits{});
    std::string rels = zip.read("xl/worksheets/_rels/sheet1.xml.rels");
    BOOST_TEST(rels.find("https://example.invalid/plan") != std::string::npos);
    BOOST_TEST(rels.find(std::string(2100, 'a')) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(refuses_to_overwrite_an_input_through_a_hard_link) {
    TempDir d;
    opfolg::test::write_bytes(d / "input.xlsx", "original");
    std::filesystem::create_hard_link(d / "input.xlsx", d / "link.xlsx");
    try {
        WorkbookWriter w(d / "link.xlsx", {d / "input.xlsx"});
        BOOST_FAIL("expected a refusal");
    } catch (const Error& e) {
        BOOST_TEST((e.code() == ErrorCode::output_is_input));
    }
    BOOST_TEST(opfolg::test::read_bytes(d / "input.xlsx") == "original");
}

BOOST_AUTO_TEST_SUITE_END()
