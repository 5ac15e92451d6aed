// SPDX-License-Identifier: MIT
// The .docx reader: tables on their grids with merged cells, lines and lists as Word shows them,
// titles, nested tables, text outside tables; and the workbook view the plan mapping reads.
#include <boost/test/unit_test.hpp>

#include "core/docx/reader.h"
#include "core/docx/workbook_view.h"
#include "docx_test_xml.h"
#include "test_support.h"

using namespace opfolg;
using namespace opfolg::test::wml;
using opfolg::test::make_zip;
using opfolg::test::minimal_document;
using opfolg::test::TempDir;

namespace {

docx::Document read_body(const std::string& body, bool with_styles = false) {
    TempDir d;
    std::map<std::string, std::string> extra;
    if (with_styles) extra = {{"word/styles.xml", styles()}, {"word/numbering.xml", numbering()}};
    make_zip(d / "plan.docx", minimal_document(body, extra));
    return docx::read_document(d / "plan.docx");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(docx_reader)

BOOST_AUTO_TEST_CASE(reads_a_table_cell_by_cell_on_its_grid) {
    auto doc = read_body(tbl(3, {text_row({"Resultat", "Mål", "Tid"}),
                                 text_row({"Frafald på GF2", "Under 8 %", "Juni 2025"})}));
    BOOST_TEST_REQUIRE(doc.tables.size() == 1u);
    const auto& t = doc.tables[0];
    BOOST_TEST(t.number == 1u);
    BOOST_TEST(t.parent == 0u);
    BOOST_TEST(t.columns == 3u);
    BOOST_TEST_REQUIRE(t.rows.size() == 2u);
    BOOST_TEST(t.rows[1][0] == "Frafald på GF2");
    BOOST_TEST(t.rows[1][2] == "Juni 2025");
    BOOST_TEST(t.merged.empty());
}

BOOST_AUTO_TEST_CASE(keeps_a_cell_spanning_columns_in_its_first_column) {
    auto doc = read_body(
        tbl(3, {text_row({"A", "B", "C"}), tr({cell("To kolonner", span(2)), cell("c")})}));
    const auto& t = doc.tables.at(0);
    BOOST_TEST(t.rows[1][0] == "To kolonner");
    BOOST_TEST(t.rows[1][1] == "");
    BOOST_TEST(t.rows[1][2] == "c");
    BOOST_TEST_REQUIRE(t.merged.size() == 1u);
    BOOST_TEST(xlsx::range_a1(t.merged[0]) == "A2:B2");
}

BOOST_AUTO_TEST_CASE(keeps_a_cell_merged_down_in_its_first_row) {
    auto doc = read_body(tbl(
        2, {text_row({"Resultat", "Indsats"}), tr({cell("Fælles fund", restart), cell("Første")}),
            tr({cell("", below), cell("Anden")}), tr({cell("Eget fund"), cell("Tredje")})}));
    const auto& t = doc.tables.at(0);
    BOOST_TEST(t.rows[1][0] == "Fælles fund");
    BOOST_TEST(t.rows[2][0] == "");
    BOOST_TEST(t.rows[3][0] == "Eget fund");
    BOOST_TEST_REQUIRE(t.merged.size() == 1u);
    BOOST_TEST(xlsx::range_a1(t.merged[0]) == "A2:A3");
}

BOOST_AUTO_TEST_CASE(word97_horizontal_merges_and_grid_before_place_cells_on_the_grid) {
    auto doc =
        read_body(tbl(4, {tr({cell("Bred", "<w:hMerge w:val=\"restart\"/>"),
                              cell("", "<w:hMerge/>"), cell("c"), cell("d")}),
                          tr({cell("rykket"), cell("sidst")}, "<w:gridBefore w:val=\"2\"/>")}));
    const auto& t = doc.tables.at(0);
    BOOST_TEST(t.rows[0][0] == "Bred");
    BOOST_TEST(t.rows[0][2] == "c");
    BOOST_TEST(t.rows[1][0] == "");
    BOOST_TEST(t.rows[1][2] == "rykket");
    BOOST_TEST(t.rows[1][3] == "sidst");
    BOOST_TEST_REQUIRE(t.merged.size() == 1u);
    BOOST_TEST(xlsx::range_a1(t.merged[0]) == "A1:B1");
}

BOOST_AUTO_TEST_CASE(a_cells_paragraphs_and_line_breaks_are_its_lines) {
    std::string br = "<w:p>" + run("Linje et") + "<w:r><w:br/><w:t>Linje to</w:t></w:r></w:p>";
    auto doc = read_body(tbl(1, {tr({tc(p("Første afsnit") + p("") + p("") + br + p(""))})}));
    // Blank paragraphs between sections are kept as one, none at the ends.
    BOOST_TEST(doc.tables.at(0).rows[0][0] == "Første afsnit\n\nLinje et\nLinje to");
}

BOOST_AUTO_TEST_CASE(labels_bullets_and_numbers_as_word_shows_them) {
    std::string content = list_p("Punkt", 1) + list_p("Første", 2) + list_p("Under", 2, 1) +
                          list_p("Under igen", 2, 1) + list_p("Anden", 2) +
                          list_p("Ny under", 2, 1) + styled_p("Fra typografien", "ListNumber") +
                          list_p("Fra fem", 3);
    auto doc = read_body(tbl(1, {tr({tc(content)})}), true);
    BOOST_TEST(doc.tables.at(0).rows[0][0] ==
               "• Punkt\n1. Første\n  a) Under\n  b) Under igen\n2. Anden\n  a) Ny under\n"
               "3. Fra typografien\n5. Fra fem");
}

BOOST_AUTO_TEST_CASE(takes_the_nearest_heading_or_bold_line_before_a_table_as_its_title) {
    std::string t = tbl(1, {text_row({"x"})});
    auto doc = read_body(styled_p("Opfølgningsplan", "Overskrift2") + p("Brødtekst") +
                             styled_p("GF1 Frafald", "Overskrift2") + p("Lidt om temaet.") + t +
                             p("Ingen overskrift her") + t + bold_p("ETU 2024 GF1") + t + "<w:p>" +
                             run("Fremhævet", "<w:rStyle w:val=\"Strong\"/>") + "</w:p>" + t +
                             "<w:p>" + run("Delvist ") + run("fed", "<w:b/>") + "</w:p>" + t,
                         true);
    BOOST_TEST_REQUIRE(doc.tables.size() == 5u);
    BOOST_TEST(doc.tables[0].title == "GF1 Frafald");
    BOOST_TEST(doc.tables[1].title == "");  // a title belongs to one table
    BOOST_TEST(doc.tables[2].title == "ETU 2024 GF1");
    BOOST_TEST(doc.tables[3].title == "Fremhævet");
    BOOST_TEST(doc.tables[4].title == "");
}

BOOST_AUTO_TEST_CASE(counts_text_outside_tables_and_what_became_titles) {
    auto doc = read_body(styled_p("Overskrift", "Overskrift2") + p("Et afsnit") + p("") +
                             tbl(1, {text_row({"inde i tabellen"})}) + p("Efter"),
                         true);
    BOOST_TEST(doc.paragraphs_outside == 3u);
    BOOST_TEST(doc.titles_outside == 1u);
    BOOST_TEST(doc.chars_outside == std::string("Et afsnit").size() + std::string("Efter").size());
}

BOOST_AUTO_TEST_CASE(numbers_a_nested_table_after_the_table_holding_it) {
    std::string inner = tbl(2, {text_row({"Hold", "Elever"}), text_row({"GF2", "24"})});
    auto doc = read_body(tbl(2, {text_row({"a", "b"}), tr({cell("c"), tc(p("før") + inner)})}) +
                         tbl(1, {text_row({"sidste"})}));
    BOOST_TEST_REQUIRE(doc.tables.size() == 3u);
    BOOST_TEST(doc.tables[1].number == 2u);
    BOOST_TEST(doc.tables[1].parent == 1u);
    BOOST_TEST(doc.tables[1].parent_row == 1u);
    BOOST_TEST(doc.tables[1].parent_col == 1u);
    BOOST_TEST(doc.tables[1].rows[1][0] == "GF2");
    BOOST_TEST(doc.tables[0].rows[1][1] == "før");  // the nested table's text is its own
    BOOST_TEST(doc.tables[2].rows[0][0] == "sidste");
    BOOST_TEST(doc.tables[2].parent == 0u);
}

BOOST_AUTO_TEST_CASE(notes_a_table_that_follows_another_with_only_empty_paragraphs_between) {
    std::string t = tbl(1, {text_row({"x"})});
    auto doc = read_body(t + p("") + p(" ") + t + p("Tekst") + t + t);
    BOOST_TEST_REQUIRE(doc.tables.size() == 4u);
    BOOST_TEST(doc.tables[0].follows == 0u);
    BOOST_TEST(doc.tables[1].follows == 1u);
    BOOST_TEST(doc.tables[2].follows == 0u);  // text between
    BOOST_TEST(doc.tables[3].follows == 3u);
}

BOOST_AUTO_TEST_CASE(reads_insertions_and_content_controls_but_not_deletions_or_field_codes) {
    std::string para =
        "<w:p><w:ins><w:r><w:t>Nyt </w:t></w:r></w:ins><w:del><w:r><w:delText>Slettet "
        "</w:delText></w:r></w:del><w:r><w:fldChar "
        "w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>"
        " PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3"
        "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:sdt><w:sdtPr/><w:sdtContent>"
        "<w:r><w:t> udfyldt</w:t></w:r></w:sdtContent></w:sdt><w:hyperlink><w:r><w:t> link</w:t>"
        "</w:r></w:hyperlink></w:p>";
    std::string deleted_row =
        tr({cell("væk")}, "<w:del w:id=\"1\" w:author=\"x\" w:date=\"2025-01-01T00:00:00Z\"/>");
    auto doc = read_body(tbl(1, {tr({tc(para)}), deleted_row, text_row({"sidst"})}));
    const auto& t = doc.tables.at(0);
    BOOST_TEST_REQUIRE(t.rows.size() == 2u);
    BOOST_TEST(t.rows[0][0] == "Nyt 3 udfyldt link");
    BOOST_TEST(t.rows[1][0] == "sidst");
}

BOOST_AUTO_TEST_CASE(reads_rows_and_tables_inside_content_controls) {
    std::string sdt_row =
        "<w:sdt><w:sdtContent>" + text_row({"i kontrol"}) + "</w:sdtContent></w:sdt>";
    auto doc = read_body("<w:sdt><w:sdtContent>" + tbl(1, {text_row({"a"}), sdt_row}) +
                         "</w:sdtContent></w:sdt>");
    BOOST_TEST_REQUIRE(doc.tables.size() == 1u);
    BOOST_TEST(doc.tables[0].rows.at(1)[0] == "i kontrol");
}

BOOST_AUTO_TEST_CASE(reads_the_documents_properties) {
    TempDir d;
    auto parts = minimal_document(tbl(1, {text_row({"x"})}));
    parts.push_back({"docProps/core.xml",
                     "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
                     "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                     "<dc:title>Opfølgningsplan</dc:title><dc:subject>Byg og anlæg</dc:subject>"
                     "</cp:coreProperties>"});
    make_zip(d / "p.docx", parts);
    auto doc = docx::read_document(d / "p.docx");
    BOOST_TEST(doc.title == "Opfølgningsplan");
    BOOST_TEST(doc.subject == "Byg og anlæg");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(docx_workbook_view)

BOOST_AUTO_TEST_CASE(a_tables_sheet_row_is_its_row_in_word_and_its_title_stands_above) {
    docx::Document doc;
    docx::Table t;
    t.number = 1;
    t.title = "GF1 Frafald";
    t.columns = 2;
    t.rows = {{"INDSATS/TILTAG", "TID"}, {"Makkerordning", "Juni 2025"}};
    doc.tables.push_back(t);
    auto wb = docx::as_workbook(doc);
    BOOST_TEST_REQUIRE(wb.sheets.size() == 1u);
    const auto& s = wb.sheets[0];
    BOOST_TEST(s.name == "Tabel 1");
    BOOST_TEST((docx::table_of_sheet(s.name) == std::optional<std::size_t>(1)));
    BOOST_TEST(!docx::table_of_sheet("Tabel x"));
    BOOST_TEST(!docx::table_of_sheet("Opfølgningsplan"));
    BOOST_TEST(xlsx::to_text(s.find({0, 0})->value) == "GF1 Frafald");
    BOOST_TEST(xlsx::to_text(s.find({2, 0})->value) == "Makkerordning");  // Word's row 2
}

BOOST_AUTO_TEST_CASE(repeats_a_cell_merged_down_only_in_rows_with_text_of_their_own) {
    docx::Document doc;
    docx::Table t;
    t.number = 1;
    t.columns = 2;
    t.rows = {{"Resultat", "Indsats"}, {"Fund", "Første"}, {"", "Anden"}, {"", ""}};
    t.merged = {{{1, 0}, {3, 0}}};
    doc.tables.push_back(t);
    auto wb = docx::as_workbook(doc);
    const auto& s = wb.sheets.at(0);
    BOOST_TEST(xlsx::to_text(s.find({3, 0})->value) == "Fund");  // Word row 3: "Anden"'s finding
    BOOST_TEST(s.find({4, 0}) == nullptr);  // Word row 4 has nothing of its own: no action
}

BOOST_AUTO_TEST_CASE(inlines_a_nested_table_as_lines_in_the_cell_holding_it) {
    docx::Document doc;
    docx::Table outer, inner;
    outer.number = 1;
    outer.columns = 1;
    outer.rows = {{"Indsats"}, {"Holdene"}};
    inner.number = 2;
    inner.parent = 1;
    inner.parent_row = 1;
    inner.columns = 2;
    inner.rows = {{"Hold", "Elever"}, {"GF2", "24"}};
    doc.tables = {outer, inner};
    auto kept = docx::as_workbook(doc);
    BOOST_TEST(kept.sheets.size() == 2u);
    docx::View view;
    view.inline_nested = {2};
    auto inlined = docx::as_workbook(doc, view);
    BOOST_TEST_REQUIRE(inlined.sheets.size() == 1u);
    BOOST_TEST(xlsx::to_text(inlined.sheets[0].find({2, 0})->value) ==
               "Holdene\nHold | Elever\nGF2 | 24");
}

BOOST_AUTO_TEST_CASE(puts_the_header_of_a_continued_table_above_its_rows) {
    docx::Document doc;
    docx::Table t;
    t.number = 2;
    t.columns = 2;
    t.rows = {{"Tredje", "Leder"}};
    doc.tables.push_back(t);
    doc.tables.insert(doc.tables.begin(), docx::Table{});  // table 1, not shown here
    doc.tables[0].number = 1;
    docx::View view;
    view.continued[2] = {"GF1 Frafald", {{"Indsats", "Ansvarlig"}}};
    auto wb = docx::as_workbook(doc, view);
    const auto& s = wb.sheets.at(1);
    BOOST_TEST(xlsx::to_text(s.find({0, 0})->value) == "GF1 Frafald");
    BOOST_TEST(xlsx::to_text(s.find({1, 1})->value) == "Ansvarlig");
    BOOST_TEST(xlsx::to_text(s.find({2, 0})->value) == "Tredje");
    BOOST_TEST(view.table_row(2, 2) == 1u);  // Word's row 1 of table 2
    BOOST_TEST(view.table_row(2, 1) == 0u);  // the copied header is no row of the table
    BOOST_TEST(view.table_row(1, 5) == 5u);
}

BOOST_AUTO_TEST_SUITE_END()
