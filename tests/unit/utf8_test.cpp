// SPDX-License-Identifier: MIT
// Every string Opfølg emits is valid UTF-8: text that is not is repaired once, at the reader, and
// said so; shortening cuts between characters; the writer and the JSON views cannot emit bad
// bytes even when handed them.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "core/indicators/catalogue.h"
#include "core/inspect/dump.h"
#include "core/schema/schema.h"
#include "core/util/error.h"
#include "core/util/json_text.h"
#include "core/util/utf8.h"
#include "core/validate/validator.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/writer.h"
#include "test_support.h"

using namespace opfolg;
using opfolg::test::make_zip;
using opfolg::test::minimal_workbook;
using opfolg::test::TempDir;

namespace {

const std::string fffd = "\xEF\xBF\xBD";

// A workbook whose shared string 0 holds `text` as raw bytes, shown in A1 and B2.
std::filesystem::path workbook_with_string(const TempDir& d, const std::string& xml_text) {
    make_zip(d / "tegn.xlsx",
             minimal_workbook(
                 {"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                  "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" +
                  xml_text + "</t></is></c></row>"},
                 {{"xl/sharedStrings.xml",
                   "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                   "<si><t>" +
                       xml_text + "</t></si></sst>"}}));
    return d / "tegn.xlsx";
}

std::string text_at(const xlsx::Workbook& wb, const char* a1) {
    return std::get<std::string>(wb.sheets.at(0).find(*xlsx::parse_cell_ref(a1))->value);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(utf8)

BOOST_AUTO_TEST_CASE(tells_well_formed_from_ill_formed_utf8) {
    struct Case {
        const char* bytes;
        bool valid;
    };
    for (const auto& c : std::initializer_list<Case>{
             {"Opfølgningsplan", true},
             {"\xF0\x9F\x93\x88 4-byte", true},
             {"\xEF\xBF\xBD", true},
             {"\xE6" "ble (latin-1)", false},
             {"\xC3", false},              // cut after the lead byte
             {"\xC3(", false},             // lead byte without continuation
             {"\xC0\xAF", false},          // overlong "/"
             {"\xE0\x80\xAF", false},      // overlong, three bytes
             {"\xED\xA0\x80", false},      // U+D800, a lone surrogate (&#xD800; in XML)
             {"\xF4\x90\x80\x80", false},  // past U+10FFFF
             {"\x80", false},              // stray continuation byte
         })
        BOOST_TEST(is_valid_utf8(c.bytes) == c.valid, c.bytes);
}

BOOST_AUTO_TEST_CASE(replaces_each_maximal_ill_formed_subsequence_with_one_fffd) {
    // The counts are those of the Unicode Standard's recommended practice (as Python's
    // bytes.decode("utf-8", "replace") and browsers give).
    struct Case {
        std::string in, out;
        std::size_t replaced;
    };
    for (const auto& c : std::vector<Case>{
             {"\xE6" "ble", fffd + "ble", 1},
             {"a\xF0\x9F\x93", "a" + fffd, 1},  // a 4-byte character cut short
             {"\xED\xA0\x80", fffd + fffd + fffd, 3},
             {"\xC3(x", fffd + "(x", 1},
             {"god tekst", "god tekst", 0},
         }) {
        std::string s = c.in;
        BOOST_TEST(make_valid_utf8(s) == c.replaced);
        BOOST_TEST(s == c.out);
        BOOST_TEST(is_valid_utf8(s));
    }
}

BOOST_AUTO_TEST_CASE(shortens_text_between_characters_never_inside_one) {
    // "æ" is two bytes: a byte count of 5 lands inside the third one.
    BOOST_TEST(std::string(utf8_prefix("æææ", 5)) == "ææ");
    BOOST_TEST(std::string(utf8_head("æøå ok", 2)) == "æø");
    for (std::size_t n = 1; n < 20; ++n) {
        std::string s = shorten("Øget trivsel på grundforløbet: færre går ud", n);
        BOOST_TEST(is_valid_utf8(s), s);
        BOOST_TEST(utf8_length(s) <= n);
    }
    BOOST_TEST(shorten("Frafald på GF1", 8) == "Frafald…");
    BOOST_TEST(shorten("kort", 8) == "kort");
}

BOOST_AUTO_TEST_CASE(reader_replaces_bytes_that_are_not_utf8_and_says_where) {
    TempDir d;
    auto wb = xlsx::read_workbook(workbook_with_string(d, "Tr\xE6ning"));
    BOOST_TEST(text_at(wb, "A1") == "Tr" + fffd + "ning");
    BOOST_TEST(text_at(wb, "B2") == "Tr" + fffd + "ning");
    BOOST_TEST_REQUIRE(wb.repaired_text.size() == 2u);
    BOOST_TEST(wb.repaired_text[0].sheet == "Ark1");
    BOOST_TEST(wb.repaired_text[0].where == "A1");
    BOOST_TEST(wb.repaired_text[1].where == "B2");
}

BOOST_AUTO_TEST_CASE(reader_replaces_character_references_to_lone_surrogates) {
    TempDir d;
    auto wb = xlsx::read_workbook(workbook_with_string(d, "a&#xD800;b_xDC00_c"));
    auto text = text_at(wb, "A1");
    BOOST_TEST(is_valid_utf8(text));
    BOOST_TEST(text.find(fffd) != std::string::npos);
    BOOST_TEST(text.front() == 'a');
    BOOST_TEST(text.back() == 'c');
    BOOST_TEST(wb.repaired_text.size() == 2u);
}

BOOST_AUTO_TEST_CASE(validation_warns_at_the_cell_whose_text_was_repaired) {
    TempDir d;
    auto schema = schema::load_schema(std::filesystem::path(OPFOLG_TEMPLATES_DIR) /
                                      "plan-schema.json");
    auto catalogue = indicators::Catalogue::load(std::filesystem::path(OPFOLG_TEMPLATES_DIR) /
                                                 "indicator-catalogue.json");
    auto report = validate::validate_file(workbook_with_string(d, "\xE6"), schema, catalogue);
    std::vector<std::string> cells;
    for (const auto& i : report.issues)
        if (i.code == "text-not-utf8") {
            BOOST_TEST((i.severity == Severity::warning));
            BOOST_TEST(i.sheet == "Ark1");
            cells.push_back(i.cell);
        }
    BOOST_TEST(cells == (std::vector<std::string>{"A1", "B2"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(json_views_of_repaired_text_are_valid_utf8) {
    TempDir d;
    auto wb = xlsx::read_workbook(workbook_with_string(d, "x&#xD800;\xFF"));
    std::string text = json_text(inspect::dump_json(wb));
    BOOST_TEST(is_valid_utf8(text));
    BOOST_CHECK_NO_THROW(nlohmann::json::parse(text));
}

BOOST_AUTO_TEST_CASE(json_text_replaces_invalid_bytes_instead_of_throwing) {
    nlohmann::json j = {{"tekst", std::string("m\xE5l")}};
    std::string text;
    BOOST_CHECK_NO_THROW(text = json_text(j));
    BOOST_TEST(is_valid_utf8(text));
    BOOST_TEST(nlohmann::json::parse(text)["tekst"].get<std::string>() == "m" + fffd + "l");
}

BOOST_AUTO_TEST_CASE(writer_cannot_emit_invalid_utf8) {
    TempDir d;
    {
        xlsx::WorkbookWriter w(d / "ud.xlsx");
        auto& s = w.add_sheet("Ark\xE6");
        s.write_string({0, 0}, "Tr\xE6ning og \xED\xA0\x80", {});
        w.save();
    }
    auto wb = xlsx::read_workbook(d / "ud.xlsx");
    BOOST_TEST(wb.repaired_text.empty());  // nothing left for the reader to repair
    BOOST_TEST(wb.sheets.at(0).name == "Ark" + fffd);
    BOOST_TEST(text_at(wb, "A1") == "Tr" + fffd + "ning og " + fffd + fffd + fffd);
}

BOOST_AUTO_TEST_CASE(errors_quoting_file_content_carry_valid_utf8) {
    Error e(ErrorCode::bad_reference, "fil.xlsx", {"ugyldig \"\xFF\"", "invalid \"\xFF\""},
            "Ark\xE6!A1");
    BOOST_TEST(is_valid_utf8(e.describe(Lang::da)));
    BOOST_TEST(is_valid_utf8(e.what()));
}

BOOST_AUTO_TEST_SUITE_END()
