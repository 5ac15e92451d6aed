// SPDX-License-Identifier: MIT
#include "core/xlsx/writer.h"

#include <unistd.h>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <stdexcept>

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
    if (geteuid() == 0) {
        // root ignores directory permissions; simulate with a target that is a folder instead.
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
    const char* old = std::getenv("TMPDIR");
    const std::string saved = old ? old : "";
    setenv("TMPDIR", path_utf8(d.path()).c_str(), 1);
    BOOST_TEST(platform::scratch_folder_for(d / "ud" / "plan.xlsx") == d.path());
    // A temp folder that is gone: the output's own folder serves, and writing still works.
    setenv("TMPDIR", path_utf8(d / "findes-ikke").c_str(), 1);
    std::filesystem::create_directory(d / "ud");
    BOOST_TEST(platform::scratch_folder_for(d / "ud" / "plan.xlsx") == d / "ud");
    {
        WorkbookWriter w(d / "ud" / "plan.xlsx", {}, RowOrder::ascending);
        w.add_sheet("Plan").write_string(at("A1"), "skrevet uden systemets midlertidige mappe");
        w.save();
    }
    if (old)
        setenv("TMPDIR", saved.c_str(), 1);
    else
        unsetenv("TMPDIR");
    auto wb = read_workbook(d / "ud" / "plan.xlsx");
    BOOST_TEST(inspect::value_text(wb.sheets.at(0).find(at("A1"))->value) ==
               "skrevet uden systemets midlertidige mappe");
    // and leaves nothing else behind
    BOOST_TEST(std::distance(std::filesystem::directory_iterator(d / "ud"), {}) == 1);
}

BOOST_AUTO_TEST_CASE(writes_byte_identical_files_with_source_date_epoch) {
    TempDir d;
    setenv("SOURCE_DATE_EPOCH", "1767225600", 1);
    for (const char* name : {"a.xlsx", "b.xlsx"}) {
        WorkbookWriter w(d / name);
        auto& s = w.add_sheet("Ark1");
        s.write_string(at("A1"), "samme");
        s.write_formula(at("A2"), "=NA()", ErrorValue{"#N/A"});
        w.save();
    }
    unsetenv("SOURCE_DATE_EPOCH");
    BOOST_TEST(opfolg::test::read_bytes(d / "a.xlsx") == opfolg::test::read_bytes(d / "b.xlsx"));
}

BOOST_AUTO_TEST_CASE(rejects_sheet_names_excel_would_reject) {
    TempDir d;
    WorkbookWriter w(d / "navne.xlsx");
    BOOST_CHECK_THROW(w.add_sheet("Et alt for langt arknavn med mere end 31 tegn"), Error);
    BOOST_CHECK_THROW(w.add_sheet("Spørgsmål?"), Error);
    w.add_sheet("Opfølgningsplan");
    BOOST_CHECK_THROW(w.add_sheet("Opfølgningsplan"), Error);
}

BOOST_AUTO_TEST_SUITE_END()
