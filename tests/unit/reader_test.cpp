// SPDX-License-Identifier: MIT
#include "core/xlsx/reader.h"

#include <boost/test/unit_test.hpp>

#include "core/inspect/dump.h"
#include "test_support.h"

using namespace opfolg;
using namespace opfolg::xlsx;
using opfolg::test::make_zip;
using opfolg::test::minimal_workbook;
using opfolg::test::TempDir;

namespace {

Workbook read_parts(const std::vector<opfolg::test::ZipEntry>& parts) {
    TempDir dir;
    make_zip(dir / "t.xlsx", parts);
    return read_workbook(dir / "t.xlsx");
}

std::string text_at(const Sheet& s, const char* a1) {
    const Cell* c = s.find(*parse_cell_ref(a1));
    return c ? inspect::value_text(c->value) : "<empty>";
}

std::string type_at(const Sheet& s, const char* a1) {
    const Cell* c = s.find(*parse_cell_ref(a1));
    return c ? type_name(c->value) : "<empty>";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(reader)

BOOST_AUTO_TEST_CASE(reads_every_cell_type) {
    auto wb = read_parts(
        minimal_workbook({"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>16.7</v></c>"
                          "<c r=\"C1\" t=\"b\"><v>1</v></c><c r=\"D1\" t=\"e\"><v>#N/A</v></c>"
                          "<c r=\"E1\" s=\"1\"><v>45838</v></c><c r=\"F1\" "
                          "t=\"inlineStr\"><is><t>indlejret</t></is></c>"
                          "<c r=\"G1\"><f>B1*2</f><v>33.4</v></c><c r=\"H1\" "
                          "t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
                          "<c r=\"I1\" s=\"2\"><v>0.167</v></c><c r=\"J1\" s=\"1\"/></row>"}));
    const Sheet& s = wb.sheets.at(0);
    BOOST_TEST(s.name == "Ark1");
    BOOST_TEST(text_at(s, "A1") == "Tekst");
    BOOST_TEST(type_at(s, "B1") == "number");
    BOOST_TEST(text_at(s, "B1") == "16.7");
    BOOST_TEST(type_at(s, "C1") == "boolean");
    BOOST_TEST(text_at(s, "C1") == "TRUE");
    BOOST_TEST(type_at(s, "D1") == "error");
    BOOST_TEST(text_at(s, "D1") == "#N/A");
    BOOST_TEST(type_at(s, "E1") == "date");
    BOOST_TEST(text_at(s, "E1") == "2025-06-30");
    BOOST_TEST(text_at(s, "F1") == "indlejret");
    BOOST_TEST(s.find(*parse_cell_ref("G1"))->formula == "B1*2");
    BOOST_TEST(text_at(s, "G1") == "33.4");
    BOOST_TEST(text_at(s, "H1") == "ab");
    BOOST_TEST(wb.number_format(*s.find(*parse_cell_ref("I1"))) == "0.00%");
    BOOST_TEST(text_at(s, "J1") == "<empty>");  // styled but empty: not a cell
}

BOOST_AUTO_TEST_CASE(concatenates_rich_text_runs_and_skips_phonetic_runs) {
    auto wb = read_parts(minimal_workbook(
        {"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"},
        {{"xl/sharedStrings.xml",
          "<sst "
          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><r><t>Opfølg</"
          "t></r>"
          "<r><rPr><b/></rPr><t xml:space=\"preserve\">nings </t></r><r><t>plan</t></r>"
          "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si></sst>"}}));
    BOOST_TEST(text_at(wb.sheets[0], "A1") == "Opfølgnings plan");
}

BOOST_AUTO_TEST_CASE(counts_rows_and_cells_without_r_attributes) {
    auto wb =
        read_parts(minimal_workbook({"<row><c><v>1</v></c><c><v>2</v></c></row><row/>"
                                     "<row><c r=\"C3\"><v>3</v></c><c><v>4</v></c></row>"}));
    const Sheet& s = wb.sheets[0];
    BOOST_TEST(text_at(s, "A1") == "1");
    BOOST_TEST(text_at(s, "B1") == "2");
    BOOST_TEST(text_at(s, "C3") == "3");
    BOOST_TEST(text_at(s, "D3") == "4");
}

BOOST_AUTO_TEST_CASE(reads_strict_ooxml_namespaces_and_absolute_targets) {
    const std::string ns = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    const std::string rns = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    std::vector<opfolg::test::ZipEntry> parts = {
        {"_rels/.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             rns +
             "/officeDocument\" Target=\"/xl/workbook.xml\"/>"
             "</Relationships>"},
        {"xl/workbook.xml",
         "<x:workbook xmlns:x=\"" + ns + "\" xmlns:rel=\"" + rns +
             "\"><x:workbookPr date1904=\"1\"/>"
             "<x:sheets><x:sheet name=\"Strikt\" sheetId=\"1\" rel:id=\"R7\" state=\"hidden\"/>"
             "</x:sheets></x:workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"R7\" Type=\"" +
             rns +
             "/worksheet\" Target=\"/xl/worksheets/../worksheets/a.xml\"/>"
             "<Relationship Id=\"R8\" Type=\"" +
             rns + "/styles\" Target=\"./styles.xml\"/></Relationships>"},
        {"xl/styles.xml", "<x:styleSheet xmlns:x=\"" + ns +
                              "\"><x:cellXfs><x:xf numFmtId=\"0\"/><x:xf numFmtId=\"14\"/>"
                              "</x:cellXfs></x:styleSheet>"},
        {"xl/worksheets/a.xml",
         "<x:worksheet xmlns:x=\"" + ns +
             "\"><x:sheetData><x:row r=\"2\">"
             "<x:c r=\"B2\" s=\"1\"><x:v>0</x:v></x:c></x:row></x:sheetData>"
             "<x:mergeCells><x:mergeCell ref=\"B2:C3\"/></x:mergeCells></x:worksheet>"},
    };
    auto wb = read_parts(parts);
    BOOST_TEST(wb.date1904);
    BOOST_TEST_REQUIRE(wb.sheets.size() == 1u);
    BOOST_TEST(wb.sheets[0].name == "Strikt");
    BOOST_TEST((wb.sheets[0].state == SheetState::hidden));
    // Serial 0 in the 1904 system is 1904-01-01.
    BOOST_TEST(text_at(wb.sheets[0], "B2") == "1904-01-01");
    BOOST_TEST_REQUIRE(wb.sheets[0].merged.size() == 1u);
    BOOST_TEST(range_a1(wb.sheets[0].merged[0]) == "B2:C3");
}

BOOST_AUTO_TEST_CASE(decodes_excel_escapes_in_strings) {
    auto wb = read_parts(minimal_workbook(
        {"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"},
        {{"xl/sharedStrings.xml",
          "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<si><t>a_x000D_b_x00e6_</t></si></sst>"}}));
    BOOST_TEST(text_at(wb.sheets[0], "A1") == "a\rbæ");
}

BOOST_AUTO_TEST_CASE(sorts_cells_written_out_of_order) {
    auto wb = read_parts(
        minimal_workbook({"<row r=\"3\"><c r=\"B3\"><v>2</v></c><c r=\"A3\"><v>1</v></c></row>"
                          "<row r=\"1\"><c r=\"A1\"><v>0</v></c></row>"}));
    const auto& cells = wb.sheets[0].cells;
    BOOST_TEST_REQUIRE(cells.size() == 3u);
    BOOST_TEST(to_a1(cells[0].ref) == "A1");
    BOOST_TEST(to_a1(cells[1].ref) == "A3");
    BOOST_TEST(to_a1(cells[2].ref) == "B3");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(times)

// One cell per case, each with its own number format: what the reader must make of the serial.
BOOST_AUTO_TEST_CASE(typed_values_never_drop_their_date_or_time_part) {
    struct Case {
        const char* format;
        const char* serial;
        const char* type;
        const char* text;
    };
    const std::vector<Case> cases = {
        {"h:mm", "0.5", "time", "12:00:00"},
        {"h:mm", "1.5", "datetime", "1900-01-01T12:00:00"},  // beyond one day: keeps its date
        {"hh:mm:ss", "45352.75", "datetime", "2024-03-01T18:00:00"},
        {"dd-mm-yyyy", "45352", "date", "2024-03-01"},
        {"dd-mm-yyyy", "45352.25", "datetime", "2024-03-01T06:00:00"},  // keeps its time
        {"[h]:mm:ss", "1", "duration", "24:00:00"},
        {"[h]:mm", "1.5208333333333333", "duration", "36:30:00"},
        {"[mm]:ss", "0.0625", "duration", "1:30:00"},
        {"[ss]", "0.000011574074074074073", "duration", "0:00:01"},
        {"[h]:mm:ss", "-0.25", "duration", "-6:00:00"},
        {"[Red][h]:mm", "2", "duration", "48:00:00"},
        {"d/m/yyyy [h]:mm", "45352.5", "datetime", "2024-03-01T12:00:00"},
    };
    std::string fmts, xfs = "<xf numFmtId=\"0\"/>", rows;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        std::string id = std::to_string(164 + i), n = std::to_string(i + 1);
        fmts += "<numFmt numFmtId=\"" + id + "\" formatCode=\"" + cases[i].format + "\"/>";
        xfs += "<xf numFmtId=\"" + id + "\"/>";
        rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\" s=\"" + n + "\"><v>" + cases[i].serial +
                "</v></c></row>";
    }
    auto wb = read_parts(minimal_workbook(
        {rows},
        {{"xl/styles.xml",
          "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          "<numFmts>" + fmts + "</numFmts><cellXfs>" + xfs + "</cellXfs></styleSheet>"}}));
    for (std::size_t i = 0; i < cases.size(); ++i) {
        std::string a1 = "A" + std::to_string(i + 1);
        BOOST_TEST_CONTEXT(cases[i].format << " on " << cases[i].serial) {
            BOOST_TEST(type_at(wb.sheets[0], a1.c_str()) == cases[i].type);
            BOOST_TEST(text_at(wb.sheets[0], a1.c_str()) == cases[i].text);
        }
    }
}

BOOST_AUTO_TEST_CASE(dump_shows_the_exact_serial_of_a_date_or_duration) {
    auto wb = read_parts(minimal_workbook(
        {"<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45352.123456789</v></c></row>"}));
    auto j = inspect::dump_json(wb);
    const auto& cell = j["sheets"][0]["cells"][0];
    BOOST_TEST(cell["type"].get<std::string>() == "datetime");
    BOOST_TEST(cell["serial"].get<double>() == 45352.123456789);
}

BOOST_AUTO_TEST_SUITE_END()
