// SPDX-License-Identifier: MIT
// Every hostile or broken file is refused with one clear Error naming the file: never a crash,
// a hang or a partial result. Runs under ASan/UBSan in CI (the sanitize build).
#include <boost/test/unit_test.hpp>

#include "core/util/error.h"
#include "core/xlsx/reader.h"
#include "refusal.h"
#include "test_support.h"

using namespace opfolg;
using namespace opfolg::xlsx;
using opfolg::test::make_zip;
using opfolg::test::minimal_workbook;
using opfolg::test::read_bytes;
using opfolg::test::TempDir;
using opfolg::test::write_bytes;

namespace {

Error refusal(const std::filesystem::path& file, const ReadLimits& limits = {}) {
    return opfolg::test::refusal_by([&] { read_workbook(file, limits); }, file);
}

std::vector<opfolg::test::ZipEntry> with_sheet(const std::string& sheet_data) {
    return minimal_workbook({sheet_data});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bad_input)

BOOST_AUTO_TEST_CASE(refuses_an_empty_file) {
    TempDir d;
    write_bytes(d / "tom.xlsx", "");
    BOOST_TEST((refusal(d / "tom.xlsx").code() == ErrorCode::empty_file));
}

BOOST_AUTO_TEST_CASE(refuses_a_file_that_is_not_a_zip) {
    TempDir d;
    write_bytes(d / "tekst.xlsx", "Afdeling;Tema\nByg;Frafald\n");
    auto e = refusal(d / "tekst.xlsx");
    BOOST_TEST((e.code() == ErrorCode::not_a_workbook));
    BOOST_TEST(e.describe(Lang::da).find("ikke en Excel-projektmappe") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(refuses_a_truncated_zip) {
    TempDir d;
    make_zip(d / "hel.xlsx", with_sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
    auto bytes = read_bytes(d / "hel.xlsx");
    write_bytes(d / "halv.xlsx", bytes.substr(0, bytes.size() / 2));
    BOOST_TEST((refusal(d / "halv.xlsx").code() == ErrorCode::truncated));
}

BOOST_AUTO_TEST_CASE(refuses_a_part_whose_crc_does_not_match) {
    TempDir d;
    auto parts = with_sheet("<row r=\"1\"><c r=\"A1\"><v>12345</v></c></row>");
    for (auto& p : parts)
        if (p.name == "xl/worksheets/sheet1.xml") p.store = true;
    make_zip(d / "crc.xlsx", parts);
    auto bytes = read_bytes(d / "crc.xlsx");
    auto at = bytes.find("12345");
    BOOST_TEST_REQUIRE(at != std::string::npos);
    bytes[at] = '9';
    write_bytes(d / "crc.xlsx", bytes);
    auto e = refusal(d / "crc.xlsx");
    BOOST_TEST((e.code() == ErrorCode::corrupt));
    BOOST_TEST(e.where() == "xl/worksheets/sheet1.xml");
}

BOOST_AUTO_TEST_CASE(says_an_encrypted_workbook_is_password_protected) {
    TempDir d;
    write_bytes(d / "hemmelig.xlsx", opfolg::test::ole_container("EncryptionInfo"));
    auto e = refusal(d / "hemmelig.xlsx");
    BOOST_TEST((e.code() == ErrorCode::encrypted));
    BOOST_TEST(e.describe(Lang::en).find("password protected") != std::string::npos);
    BOOST_TEST(e.describe(Lang::da).find("adgangskode") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(names_a_legacy_xls_renamed_to_xlsx) {
    TempDir d;
    write_bytes(d / "gammel.xlsx", opfolg::test::ole_container("Workbook"));
    auto e = refusal(d / "gammel.xlsx");
    BOOST_TEST((e.code() == ErrorCode::legacy_xls));
    BOOST_TEST(e.describe(Lang::en).find(".xls") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(names_an_ods_renamed_to_xlsx) {
    TempDir d;
    make_zip(d / "calc.xlsx", {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", true},
                               {"content.xml", "<office:document-content/>"}});
    auto e = refusal(d / "calc.xlsx");
    BOOST_TEST((e.code() == ErrorCode::ods));
    BOOST_TEST(e.describe(Lang::en).find(".ods") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(refuses_a_zip_bomb_by_inflate_ratio) {
    TempDir d;
    auto parts = with_sheet("");
    parts.push_back({"xl/media/nuller.bin", std::string(8u << 20, '\0')});
    make_zip(d / "bombe.xlsx", parts);
    BOOST_TEST((refusal(d / "bombe.xlsx").code() == ErrorCode::zip_bomb));
}

BOOST_AUTO_TEST_CASE(refuses_a_workbook_beyond_the_total_inflated_cap) {
    TempDir d;
    std::string rows;
    for (int i = 1; i <= 2000; ++i)
        rows += "<row r=\"" + std::to_string(i) + "\"><c r=\"A" + std::to_string(i) + "\"><v>" +
                std::to_string(i * 7919 % 10007) + "</v></c></row>";
    make_zip(d / "stor.xlsx", with_sheet(rows));
    ReadLimits tight;
    tight.max_total_inflated = 20000;
    BOOST_TEST((refusal(d / "stor.xlsx", tight).code() == ErrorCode::zip_bomb));
}

BOOST_AUTO_TEST_CASE(refuses_xml_with_entity_declarations_without_expanding_them) {
    TempDir d;
    std::string lol =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
        "<workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">&lol2;</workbook>";
    make_zip(d / "entiteter.xlsx", minimal_workbook({""}, {{"xl/workbook.xml", lol}}));
    auto e = refusal(d / "entiteter.xlsx");
    BOOST_TEST((e.code() == ErrorCode::xml_dtd));
    BOOST_TEST(e.where() == "xl/workbook.xml");
}

BOOST_AUTO_TEST_CASE(refuses_absurdly_deep_xml) {
    TempDir d;
    std::string deep;
    for (int i = 0; i < 200000; ++i) deep += "<a>";
    for (int i = 0; i < 200000; ++i) deep += "</a>";
    make_zip(d / "dyb.xlsx",
             with_sheet("<row r=\"1\"><c r=\"A1\"><is>" + deep + "</is></c></row>"));
    ReadLimits no_ratio_cap;  // such regular XML would otherwise be refused as a zip bomb first
    no_ratio_cap.max_inflate_ratio = 1e9;
    BOOST_TEST((refusal(d / "dyb.xlsx", no_ratio_cap).code() == ErrorCode::xml_too_deep));
}

BOOST_AUTO_TEST_CASE(reports_a_missing_workbook_part) {
    TempDir d;
    make_zip(d / "mangler.xlsx",
             {{"[Content_Types].xml", "<Types/>"}, {"docProps/app.xml", "<Properties/>"}});
    auto e = refusal(d / "mangler.xlsx");
    BOOST_TEST((e.code() == ErrorCode::missing_part));
    BOOST_TEST(e.where() == "xl/workbook.xml");
}

BOOST_AUTO_TEST_CASE(reports_a_missing_sheet_part) {
    TempDir d;
    auto parts = with_sheet("");
    parts.erase(std::remove_if(parts.begin(), parts.end(),
                               [](const auto& p) { return p.name == "xl/worksheets/sheet1.xml"; }),
                parts.end());
    make_zip(d / "arkmangler.xlsx", parts);
    BOOST_TEST((refusal(d / "arkmangler.xlsx").code() == ErrorCode::missing_part));
}

BOOST_AUTO_TEST_CASE(names_the_cell_pointing_at_a_missing_shared_string) {
    TempDir d;
    make_zip(d / "sst.xlsx", with_sheet("<row r=\"4\"><c r=\"C4\" t=\"s\"><v>99</v></c></row>"));
    auto e = refusal(d / "sst.xlsx");
    BOOST_TEST((e.code() == ErrorCode::bad_shared_string));
    BOOST_TEST(e.where() == "Ark1!C4");
}

BOOST_AUTO_TEST_CASE(names_the_cell_using_a_missing_style) {
    TempDir d;
    make_zip(d / "stil.xlsx", with_sheet("<row r=\"2\"><c r=\"B2\" s=\"42\"><v>1</v></c></row>"));
    auto e = refusal(d / "stil.xlsx");
    BOOST_TEST((e.code() == ErrorCode::bad_style));
    BOOST_TEST(e.where() == "Ark1!B2");
}

BOOST_AUTO_TEST_CASE(refuses_cell_references_beyond_xfd1048576) {
    for (const char* ref : {"XFE1", "A1048577"}) {
        TempDir d;
        make_zip(d / "ref.xlsx",
                 with_sheet(std::string("<row><c r=\"") + ref + "\"><v>1</v></c></row>"));
        BOOST_TEST((refusal(d / "ref.xlsx").code() == ErrorCode::bad_reference), ref);
    }
    TempDir d;
    make_zip(d / "row.xlsx", with_sheet("<row r=\"2000000\"><c><v>1</v></c></row>"));
    BOOST_TEST((refusal(d / "row.xlsx").code() == ErrorCode::bad_reference));
}

BOOST_AUTO_TEST_CASE(refuses_entry_names_that_escape_the_package) {
    for (const char* name :
         {"../../etc/evil.xml", "/etc/evil.xml", "xl/../../evil.xml", "C:/evil.xml"}) {
        TempDir d;
        auto parts = with_sheet("");
        parts.push_back({name, "x"});
        make_zip(d / "sti.xlsx", parts);
        auto e = refusal(d / "sti.xlsx");
        BOOST_TEST((e.code() == ErrorCode::unsafe_entry), name);
        BOOST_TEST(e.where() == name);
    }
}

BOOST_AUTO_TEST_CASE(refuses_malformed_xml_with_its_offset) {
    TempDir d;
    make_zip(d / "xml.xlsx", with_sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"));
    auto e = refusal(d / "xml.xlsx");
    BOOST_TEST((e.code() == ErrorCode::xml_malformed));
    BOOST_TEST(e.describe(Lang::en).find("at byte") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(refuses_a_missing_file_and_a_folder) {
    TempDir d;
    BOOST_TEST((refusal(d / "findes-ikke.xlsx").code() == ErrorCode::io));
    std::filesystem::create_directory(d / "mappe.xlsx");
    BOOST_TEST((refusal(d / "mappe.xlsx").code() == ErrorCode::io));
}

BOOST_AUTO_TEST_CASE(refuses_a_file_larger_than_the_size_cap_before_reading_it) {
    TempDir d;
    make_zip(d / "ok.xlsx", with_sheet(""));
    ReadLimits tiny;
    tiny.max_file_size = 100;
    BOOST_TEST((refusal(d / "ok.xlsx", tiny).code() == ErrorCode::too_large));
}

BOOST_AUTO_TEST_SUITE_END()
