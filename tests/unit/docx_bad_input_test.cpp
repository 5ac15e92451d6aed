// SPDX-License-Identifier: MIT
// Hostile or wrong .docx files get the treatment hostile workbooks get: one clear Error naming the
// file (and the part, table or row where known), never a crash, a hang or a partial result. Runs
// under ASan/UBSan in CI with the rest of the unit suite.
#include <boost/test/unit_test.hpp>

#include "core/docx/reader.h"
#include "core/util/error.h"
#include "core/xlsx/reader.h"
#include "docx_test_xml.h"
#include "refusal.h"
#include "test_support.h"

using namespace opfolg;
using namespace opfolg::test::wml;
using opfolg::test::make_zip;
using opfolg::test::minimal_document;
using opfolg::test::minimal_workbook;
using opfolg::test::read_bytes;
using opfolg::test::TempDir;
using opfolg::test::write_bytes;

namespace {

Error refusal(const std::filesystem::path& file, const xlsx::ReadLimits& limits = {}) {
    return opfolg::test::refusal_by([&] { docx::read_document(file, limits); }, file);
}

const std::string one_table = tbl(1, {text_row({"Indsats"})});

}  // namespace

BOOST_AUTO_TEST_SUITE(docx_bad_input)

BOOST_AUTO_TEST_CASE(refuses_an_empty_file) {
    TempDir d;
    write_bytes(d / "tom.docx", "");
    BOOST_TEST((refusal(d / "tom.docx").code() == ErrorCode::empty_file));
}

BOOST_AUTO_TEST_CASE(says_a_text_file_is_not_a_word_document) {
    TempDir d;
    write_bytes(d / "tekst.docx", "Indsats;Ansvarlig\n");
    auto e = refusal(d / "tekst.docx");
    BOOST_TEST((e.code() == ErrorCode::not_a_document));
    BOOST_TEST(e.describe(Lang::da).find("ikke et Word-dokument") != std::string::npos);
    BOOST_TEST(e.describe(Lang::en).find("not a Word document") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(names_a_legacy_doc_renamed_to_docx) {
    TempDir d;
    write_bytes(d / "gammel.docx", opfolg::test::ole_container("WordDocument"));
    auto e = refusal(d / "gammel.docx");
    BOOST_TEST((e.code() == ErrorCode::legacy_doc));
    BOOST_TEST(e.describe(Lang::da).find("Word 97–2003") != std::string::npos);
    BOOST_TEST(e.describe(Lang::en).find("save it as .docx") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(says_an_encrypted_document_is_password_protected) {
    TempDir d;
    write_bytes(d / "hemmelig.docx", opfolg::test::ole_container("EncryptedPackage"));
    auto e = refusal(d / "hemmelig.docx");
    BOOST_TEST((e.code() == ErrorCode::encrypted));
    BOOST_TEST(e.describe(Lang::da).find("dokumentet er beskyttet med adgangskode") !=
               std::string::npos);
    BOOST_TEST(e.describe(Lang::en).find("in Word") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(names_an_xls_renamed_to_docx) {
    TempDir d;
    write_bytes(d / "regneark.docx", opfolg::test::ole_container("Workbook"));
    auto e = refusal(d / "regneark.docx");
    BOOST_TEST((e.code() == ErrorCode::legacy_xls));
    BOOST_TEST(e.describe(Lang::en).find("not a Word document") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(names_an_xlsx_renamed_to_docx) {
    TempDir d;
    make_zip(d / "projektmappe.docx", minimal_workbook({""}));
    auto e = refusal(d / "projektmappe.docx");
    BOOST_TEST((e.code() == ErrorCode::not_a_document));
    BOOST_TEST(e.describe(Lang::en).find("Excel workbook (.xlsx)") != std::string::npos);
    BOOST_TEST(e.describe(Lang::da).find("Excel-projektmappe") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(names_an_odt_and_an_rtf_renamed_to_docx) {
    TempDir d;
    make_zip(d / "writer.docx", {{"mimetype", "application/vnd.oasis.opendocument.text", true},
                                 {"content.xml", "<office:document-content/>"}});
    auto odt = refusal(d / "writer.docx");
    BOOST_TEST((odt.code() == ErrorCode::not_a_document));
    BOOST_TEST(odt.describe(Lang::en).find(".odt") != std::string::npos);
    write_bytes(d / "rtf.docx", "{\\rtf1\\ansi Opfølgningsplan}");
    auto rtf = refusal(d / "rtf.docx");
    BOOST_TEST((rtf.code() == ErrorCode::not_a_document));
    BOOST_TEST(rtf.describe(Lang::en).find("RTF") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_workbook_read_as_a_workbook_names_a_doc_too) {
    // The guard is shared: a .doc renamed to .xlsx is named as well.
    TempDir d;
    write_bytes(d / "gammel.xlsx", opfolg::test::ole_container("WordDocument"));
    try {
        xlsx::read_workbook(d / "gammel.xlsx");
        BOOST_FAIL("expected a refusal");
    } catch (const Error& e) {
        BOOST_TEST((e.code() == ErrorCode::legacy_doc));
    }
}

BOOST_AUTO_TEST_CASE(refuses_a_truncated_document) {
    TempDir d;
    make_zip(d / "hel.docx", minimal_document(one_table));
    auto bytes = read_bytes(d / "hel.docx");
    write_bytes(d / "halv.docx", bytes.substr(0, bytes.size() / 2));
    BOOST_TEST((refusal(d / "halv.docx").code() == ErrorCode::truncated));
}

BOOST_AUTO_TEST_CASE(refuses_a_zip_bomb) {
    TempDir d;
    auto parts = minimal_document(one_table);
    parts.push_back({"word/media/nuller.bin", std::string(8u << 20, '\0')});
    make_zip(d / "bombe.docx", parts);
    BOOST_TEST((refusal(d / "bombe.docx").code() == ErrorCode::zip_bomb));
}

BOOST_AUTO_TEST_CASE(refuses_entity_declarations_without_expanding_them) {
    TempDir d;
    std::string lol =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>";
    make_zip(d / "entiteter.docx", minimal_document("", {{"word/document.xml", lol}}));
    auto e = refusal(d / "entiteter.docx");
    BOOST_TEST((e.code() == ErrorCode::xml_dtd));
    BOOST_TEST(e.where() == "word/document.xml");
}

BOOST_AUTO_TEST_CASE(refuses_entity_declarations_in_the_styles_part) {
    TempDir d;
    make_zip(d / "stil.docx",
             minimal_document(
                 one_table, {{"word/styles.xml", "<!DOCTYPE x [<!ENTITY a \"b\">]><w:styles/>"}}));
    auto e = refusal(d / "stil.docx");
    BOOST_TEST((e.code() == ErrorCode::xml_dtd));
    BOOST_TEST(e.where() == "word/styles.xml");
}

BOOST_AUTO_TEST_CASE(refuses_tables_nested_absurdly_deep) {
    TempDir d;
    std::string deep;
    for (int i = 0; i < 5000; ++i) deep += "<w:tbl><w:tr><w:tc>";
    for (int i = 0; i < 5000; ++i) deep += "</w:tc></w:tr></w:tbl>";
    make_zip(d / "dyb.docx", minimal_document(deep));
    xlsx::ReadLimits no_ratio_cap;  // such regular XML would otherwise be refused as a bomb first
    no_ratio_cap.max_inflate_ratio = 1e9;
    BOOST_TEST((refusal(d / "dyb.docx", no_ratio_cap).code() == ErrorCode::xml_too_deep));
}

BOOST_AUTO_TEST_CASE(refuses_entry_names_that_escape_the_package) {
    for (const char* name : {"../../etc/evil.xml", "/etc/evil.xml", "word/../../evil.xml"}) {
        TempDir d;
        auto parts = minimal_document(one_table);
        parts.push_back({name, "x"});
        make_zip(d / "sti.docx", parts);
        auto e = refusal(d / "sti.docx");
        BOOST_TEST((e.code() == ErrorCode::unsafe_entry), name);
        BOOST_TEST(e.where() == name);
    }
}

BOOST_AUTO_TEST_CASE(refuses_malformed_xml_with_its_offset) {
    TempDir d;
    make_zip(d / "xml.docx", minimal_document("<w:p><w:r><w:t>x</w:r></w:p>"));
    auto e = refusal(d / "xml.docx");
    BOOST_TEST((e.code() == ErrorCode::xml_malformed));
    BOOST_TEST(e.where() == "word/document.xml");
    BOOST_TEST(e.describe(Lang::en).find("at byte") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(reports_a_missing_document_part) {
    TempDir d;
    make_zip(d / "mangler.docx",
             {{"[Content_Types].xml", "<Types/>"}, {"docProps/app.xml", "<Properties/>"}});
    auto e = refusal(d / "mangler.docx");
    BOOST_TEST((e.code() == ErrorCode::missing_part));
    BOOST_TEST(e.where() == "word/document.xml");
}

BOOST_AUTO_TEST_CASE(names_table_and_row_of_a_cell_beyond_excels_columns) {
    TempDir d;
    make_zip(d / "bred.docx",
             minimal_document(one_table + tbl(1, {text_row({"a"}), tr({cell("b", span(20000))})})));
    auto e = refusal(d / "bred.docx");
    BOOST_TEST((e.code() == ErrorCode::too_large));
    BOOST_TEST(e.describe(Lang::da).find("tabel 2, række 2") != std::string::npos);
    BOOST_TEST(e.describe(Lang::en).find("table 2, row 2") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(refuses_more_cells_than_the_cap_before_padding_them) {
    TempDir d;
    // A wide grid declared once and many one-cell rows: padded, they would be millions of cells.
    std::string rows;
    for (int i = 0; i < 200; ++i) rows += text_row({"x"});
    std::string grid = "<w:tbl><w:tblGrid>";
    for (int i = 0; i < 1000; ++i) grid += "<w:gridCol/>";
    make_zip(d / "celler.docx", minimal_document(grid + "</w:tblGrid>" + rows + "</w:tbl>"));
    xlsx::ReadLimits tight;
    tight.max_cells = 100000;
    BOOST_TEST((refusal(d / "celler.docx", tight).code() == ErrorCode::too_large));
}

BOOST_AUTO_TEST_CASE(survives_broken_numbers_and_style_loops) {
    // Not refused: wrong attribute values and a basedOn cycle read as "no such thing".
    TempDir d;
    std::string styles =
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
        "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style>"
        "</w:styles>";
    std::string numbering =
        "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"99\"/><w:lvl w:ilvl=\"0\">"
        "<w:start w:val=\"-99999999999\"/><w:lvlText w:val=\"%9%1%\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";
    std::string body = tbl(
        1,
        {tr({tc(styled_p("loop", "A") + list_p("tal", 1, 77) + list_p("x", 1) + list_p("y", 42))},
            "<w:gridBefore w:val=\"-5\"/>"),
         tr({cell("z", "<w:gridSpan w:val=\"abc\"/>")})});
    make_zip(d / "skæv.docx", minimal_document(body, {{"word/styles.xml", styles},
                                                      {"word/numbering.xml", numbering}}));
    auto doc = docx::read_document(d / "skæv.docx");
    BOOST_TEST_REQUIRE(doc.tables.size() == 1u);
    BOOST_TEST(doc.tables[0].rows.at(1)[0] == "z");
}

BOOST_AUTO_TEST_CASE(text_that_is_not_utf8_reads_as_replacement_characters) {
    // Latin-1 bytes in a UTF-8 part, a truncated sequence and an encoded surrogate.
    TempDir d;
    make_zip(d / "latin1.docx",
             minimal_document(tbl(1, {text_row({"Fr\xE6ser \xC3 \xED\xA0\x80 ok æ"})})));
    auto doc = docx::read_document(d / "latin1.docx");
    BOOST_TEST(doc.tables.at(0).rows.at(0).at(0) ==
               "Fr\xEF\xBF\xBDser \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD ok æ");
}

BOOST_AUTO_TEST_CASE(refuses_a_missing_file_and_a_folder) {
    TempDir d;
    BOOST_TEST((refusal(d / "findes-ikke.docx").code() == ErrorCode::io));
    std::filesystem::create_directory(d / "mappe.docx");
    BOOST_TEST((refusal(d / "mappe.docx").code() == ErrorCode::io));
}

BOOST_AUTO_TEST_SUITE_END()
