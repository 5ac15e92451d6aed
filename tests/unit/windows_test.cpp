// SPDX-License-Identifier: MIT
// What Windows users meet and Linux never shows: Excel holding a workbook open, file names in
// Danish outside the ANSI code page's comfort. Built into the Windows suite only, which CI runs
// under Wine (installer/windows/test-wine.sh).
#include <windows.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "core/util/error.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/writer.h"
#include "test_support.h"

using namespace opfolg;
namespace t = opfolg::test;

namespace {

/// Holds `path` open as another program would, sharing only `share` with others (Excel:
/// FILE_SHARE_READ – others may read, nobody may write, rename or delete it).
class HeldOpen {
  public:
    HeldOpen(const std::filesystem::path& path, DWORD share)
        : h_(CreateFileW(path.c_str(), GENERIC_READ | GENERIC_WRITE, share, nullptr,
                         OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr)) {
        BOOST_REQUIRE(h_ != INVALID_HANDLE_VALUE);
    }
    ~HeldOpen() { CloseHandle(h_); }
    HeldOpen(const HeldOpen&) = delete;
    HeldOpen& operator=(const HeldOpen&) = delete;

  private:
    HANDLE h_;
};

void write_small_workbook(const std::filesystem::path& target, const std::string& text,
                          xlsx::Existing existing) {
    xlsx::WorkbookWriter w(target, {}, xlsx::RowOrder::any, existing);
    w.add_sheet("Ark1").write_string({0, 0}, text);
    w.save();
}

std::string first_cell(const std::filesystem::path& p) {
    auto wb = xlsx::read_workbook(p);
    return std::get<std::string>(wb.sheets.at(0).cells.at(0).value);
}

std::size_t files_in(const std::filesystem::path& dir) {
    std::size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) n += e.is_regular_file();
    return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(windows)

BOOST_AUTO_TEST_CASE(writes_and_reads_workbooks_whose_names_and_folders_are_danish) {
    t::TempDir d;
    auto dir = d.path() / t::u8("Tømrer og snedker æøå ÆØÅ");
    std::filesystem::create_directories(dir);
    auto target = dir / t::u8("Opfølgningsplan – Tømrer.xlsx");
    write_small_workbook(target, "Fraværet skal ned", xlsx::Existing::refuse);
    BOOST_TEST(std::filesystem::exists(target));
    BOOST_TEST(first_cell(target) == "Fraværet skal ned");
}

BOOST_AUTO_TEST_CASE(reads_a_workbook_that_excel_holds_open) {
    t::TempDir d;
    auto p = d.path() / t::u8("Åben i Excel.xlsx");
    write_small_workbook(p, "læst", xlsx::Existing::refuse);
    HeldOpen excel(p, FILE_SHARE_READ);
    BOOST_TEST(first_cell(p) == "læst");
}

BOOST_AUTO_TEST_CASE(names_a_workbook_another_program_holds_without_sharing) {
    t::TempDir d;
    auto p = d.path() / t::u8("Låst.xlsx");
    write_small_workbook(p, "x", xlsx::Existing::refuse);
    HeldOpen locker(p, 0);
    try {
        xlsx::read_workbook(p);
        BOOST_FAIL("expected a refusal");
    } catch (const Error& e) {
        auto text = e.describe(Lang::da);
        BOOST_TEST(text.find("Låst.xlsx") != std::string::npos, text);
        BOOST_TEST(text.find("åben i et andet program") != std::string::npos, text);
    }
}

BOOST_AUTO_TEST_CASE(keeps_an_output_excel_holds_open_and_leaves_no_temporary_file) {
    t::TempDir d;
    auto p = d.path() / t::u8("Samlet plan.xlsx");
    write_small_workbook(p, "sidste uges version", xlsx::Existing::refuse);
    {
        HeldOpen excel(p, FILE_SHARE_READ);
        try {
            write_small_workbook(p, "ny version", xlsx::Existing::replace);
            BOOST_FAIL("expected a refusal");
        } catch (const Error& e) {
            auto text = e.describe(Lang::da);
            BOOST_TEST(text.find("Samlet plan.xlsx") != std::string::npos, text);
            BOOST_TEST(text.find("Excel") != std::string::npos, text);
        }
        BOOST_TEST(files_in(d.path()) == 1u);  // no .~opfolg-*.tmp left beside it
    }
    BOOST_TEST(first_cell(p) == "sidste uges version");
    write_small_workbook(p, "ny version", xlsx::Existing::replace);  // closed in Excel: replaced
    BOOST_TEST(first_cell(p) == "ny version");
}

BOOST_AUTO_TEST_CASE(never_replaces_a_file_that_appeared_while_a_new_one_was_written) {
    t::TempDir d;
    auto p = d.path() / t::u8("Skabelon æøå.xlsx");
    xlsx::WorkbookWriter w(p);
    w.add_sheet("Ark1").write_string({0, 0}, "ny");
    t::write_bytes(p, "en andens fil");  // made meanwhile by someone else
    BOOST_CHECK_THROW(w.save(), Error);
    BOOST_TEST(t::read_bytes(p) == "en andens fil");
    BOOST_TEST(files_in(d.path()) == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
