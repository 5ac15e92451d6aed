// SPDX-License-Identifier: MIT
// What Excel, LibreOffice, openpyxl and `unzip -t` read, we read: packages whose local headers
// differ harmlessly from the central directory (as Excel 2007 and LibreOffice write them) read
// the same through our reader as through openpyxl, and `unzip -t` finds them sound – while a
// package with case-equivalent part names, which .NET refuses, is refused by us too.
#include <boost/test/unit_test.hpp>

#include "core/util/error.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/writer.h"
#include "interop_support.h"
#include "test_support.h"

using namespace opfolg;
namespace t = opfolg::test;

BOOST_AUTO_TEST_SUITE(zip_tolerance)

BOOST_AUTO_TEST_CASE(reads_header_variants_that_other_readers_accept_as_they_do,
                     *t::needs("openpyxl", {t::openpyxl(), t::unzip()})) {
    t::TempDir d;
    {
        xlsx::WorkbookWriter w(d / "kilde.xlsx");
        auto& s = w.add_sheet("Plan");
        s.write_string({0, 0}, "Frafald på GF1");
        s.write_number({0, 1}, 16.7);
        s.write_string({1, 0}, "Trivsel – æøå");
        w.save();
    }
    auto bytes = t::read_bytes(d / "kilde.xlsx");
    t::for_each_local_header(bytes, [&](std::size_t at) {
        t::put_u16(bytes, at + 4, 45);                                  // version needed 4.5
        t::put_u16(bytes, at + 10, t::get_u16(bytes, at + 10) ^ 0x21);  // another time
    });
    t::write_bytes(d / "varianter.xlsx", bytes);
    auto unzip = t::run("unzip -tq " + t::shell_quote((d / "varianter.xlsx").string()));
    BOOST_TEST(unzip.exit_code == 0, unzip.out << unzip.err);
    BOOST_TEST(t::compare_with_openpyxl(d / "varianter.xlsx") == 3u);
    auto wb = xlsx::read_workbook(d / "varianter.xlsx");
    BOOST_TEST(wb.sheets.at(0).cells.size() == 3u);
}

BOOST_AUTO_TEST_SUITE_END()
