// SPDX-License-Identifier: MIT
// The zip layer reads every package real producers write and refuses only what is dangerous:
// harmless differences between local headers and the central directory are read, highly
// compressible but legitimate sheets are read, duplicate and case-equivalent part names are
// refused naming both entries.
#include <boost/test/unit_test.hpp>

#include "core/util/error.h"
#include "core/xlsx/reader.h"
#include "refusal.h"
#include "test_support.h"

using namespace opfolg;
using namespace opfolg::xlsx;
using opfolg::test::for_each_local_header;
using opfolg::test::get_u16;
using opfolg::test::make_zip;
using opfolg::test::minimal_workbook;
using opfolg::test::put_u16;
using opfolg::test::read_bytes;
using opfolg::test::TempDir;
using opfolg::test::write_bytes;

namespace {

const char* one_cell = "<row r=\"1\"><c r=\"A1\"><v>16.7</v></c></row>";

// A valid workbook's bytes, its local headers then changed by `patch(bytes, offset)`.
std::filesystem::path patched_workbook(const TempDir& d, const std::string& name,
                                       const std::function<void(std::string&, std::size_t)>& patch) {
    make_zip(d / name, minimal_workbook({one_cell}));
    auto bytes = read_bytes(d / name);
    for_each_local_header(bytes, [&](std::size_t at) { patch(bytes, at); });
    write_bytes(d / name, bytes);
    return d / name;
}

double a1_number(const Workbook& wb) {
    return std::get<double>(wb.sheets.at(0).find(*parse_cell_ref("A1"))->value);
}

Error refusal(const std::filesystem::path& file, const ReadLimits& limits = {}) {
    return opfolg::test::refusal_by([&] { read_workbook(file, limits); }, file);
}

// Renames every occurrence of entry name `from` to `to` (same length) in local headers and the
// central directory alike: the way to make a package with two entries of one name.
void rename_entry(std::string& bytes, const std::string& from, const std::string& to) {
    BOOST_TEST_REQUIRE(from.size() == to.size());
    int n = 0;
    for (auto at = bytes.find(from); at != std::string::npos; at = bytes.find(from, at + 1)) {
        bytes.replace(at, to.size(), to);
        ++n;
    }
    BOOST_TEST_REQUIRE(n == 2);  // its local header and its central directory record
}

}  // namespace

BOOST_AUTO_TEST_SUITE(zip_package)

BOOST_AUTO_TEST_CASE(reads_local_headers_whose_times_differ_from_the_central_directory) {
    TempDir d;
    auto file = patched_workbook(d, "tider.xlsx", [](std::string& b, std::size_t at) {
        put_u16(b, at + 10, get_u16(b, at + 10) ^ 0x0421);  // another time of day
        put_u16(b, at + 12, get_u16(b, at + 12) ^ 0x0003);  // another date
    });
    BOOST_TEST(a1_number(read_workbook(file)) == 16.7);
}

BOOST_AUTO_TEST_CASE(reads_local_headers_that_ask_for_a_newer_zip_version) {
    TempDir d;
    auto file = patched_workbook(d, "version.xlsx", [](std::string& b, std::size_t at) {
        put_u16(b, at + 4, 45);  // "version needed" 4.5 locally, 2.0 in the central directory
    });
    BOOST_TEST(a1_number(read_workbook(file)) == 16.7);
}

BOOST_AUTO_TEST_CASE(still_refuses_a_crc_error_in_a_package_with_harmless_header_differences) {
    TempDir d;
    auto parts = minimal_workbook({"<row r=\"1\"><c r=\"A1\"><v>12345</v></c></row>"});
    for (auto& p : parts)
        if (p.name == "xl/worksheets/sheet1.xml") p.store = true;
    make_zip(d / "crc.xlsx", parts);
    auto bytes = read_bytes(d / "crc.xlsx");
    for_each_local_header(bytes, [&](std::size_t at) { put_u16(bytes, at + 10, 0); });
    bytes[bytes.find("12345")] = '9';
    write_bytes(d / "crc.xlsx", bytes);
    auto e = refusal(d / "crc.xlsx");
    BOOST_TEST((e.code() == ErrorCode::corrupt));
    BOOST_TEST(e.where() == "xl/worksheets/sheet1.xml");
}

BOOST_AUTO_TEST_CASE(refuses_part_names_that_differ_only_in_case_naming_both) {
    TempDir d;
    auto parts = minimal_workbook({one_cell});
    parts.push_back({"XL/Worksheets/Sheet1.xml",
                     "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                     "main\"><sheetData/></worksheet>"});
    make_zip(d / "store-små.xlsx", parts);
    auto e = refusal(d / "store-små.xlsx");
    BOOST_TEST((e.code() == ErrorCode::duplicate_entry));
    auto text = e.describe(Lang::en);
    BOOST_TEST(text.find("xl/worksheets/sheet1.xml") != std::string::npos, text);
    BOOST_TEST(text.find("XL/Worksheets/Sheet1.xml") != std::string::npos, text);
    BOOST_TEST(text.find("store-små.xlsx") != std::string::npos, text);
    BOOST_TEST(e.describe(Lang::da).find("store og små bogstaver") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(refuses_two_entries_of_the_same_name) {
    TempDir d;
    auto parts = minimal_workbook({one_cell});
    parts.push_back({"xl/worksheets/sheetX.xml", "<worksheet/>"});
    make_zip(d / "dobbelt.xlsx", parts);
    auto bytes = read_bytes(d / "dobbelt.xlsx");
    rename_entry(bytes, "xl/worksheets/sheetX.xml", "xl/worksheets/sheet1.xml");
    write_bytes(d / "dobbelt.xlsx", bytes);
    auto e = refusal(d / "dobbelt.xlsx");
    BOOST_TEST((e.code() == ErrorCode::duplicate_entry));
    BOOST_TEST(e.where() == "xl/worksheets/sheet1.xml");
}

BOOST_AUTO_TEST_CASE(reads_a_large_sheet_that_compresses_far_beyond_100_to_1) {
    // Rows without cell references (allowed by ECMA-376 and written by some libraries) are the
    // most compressible legitimate sheet: tens of MB at about 400:1.
    std::string rows;
    const int n = 400000;
    rows.reserve(static_cast<std::size_t>(n) * 40);
    for (int i = 0; i < n; ++i) rows += "<row><c t=\"s\"><v>0</v></c><c><v>1</v></c></row>";
    TempDir d;
    make_zip(d / "gentaget.xlsx", minimal_workbook({rows}));
    auto inflated = rows.size();
    auto on_disk = std::filesystem::file_size(d / "gentaget.xlsx");
    BOOST_TEST_REQUIRE(inflated > (8u << 20));
    BOOST_TEST_REQUIRE(inflated > 100 * on_disk);  // the ratio the old rule refused
    auto wb = read_workbook(d / "gentaget.xlsx");
    BOOST_TEST(wb.sheets.at(0).cells.size() == 2u * n);
}

BOOST_AUTO_TEST_SUITE_END()
