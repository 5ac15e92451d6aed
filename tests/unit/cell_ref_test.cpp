// SPDX-License-Identifier: MIT
#include "core/xlsx/cell_ref.h"

#include <boost/test/unit_test.hpp>

using namespace opfolg::xlsx;

BOOST_AUTO_TEST_SUITE(cell_ref)

BOOST_AUTO_TEST_CASE(parses_and_formats_a1_references) {
    struct Case {
        const char* a1;
        std::uint32_t row, col;
    };
    for (auto c : {Case{"A1", 0, 0}, Case{"B7", 6, 1}, Case{"Z1", 0, 25}, Case{"AA10", 9, 26},
                   Case{"$C$3", 2, 2}, Case{"xfd1048576", 1048575, 16383}}) {
        auto r = parse_cell_ref(c.a1);
        BOOST_TEST_REQUIRE(r.has_value(), c.a1);
        BOOST_TEST(r->row == c.row);
        BOOST_TEST(r->col == c.col);
    }
    BOOST_TEST(to_a1(CellRef{1048575, 16383}) == "XFD1048576");
    BOOST_TEST(column_name(701) == "ZZ");
    BOOST_TEST(column_name(702) == "AAA");
}

BOOST_AUTO_TEST_CASE(rejects_references_beyond_the_grid_or_malformed) {
    for (const char* bad :
         {"", "A", "1", "A0", "XFE1", "A1048577", "AAAA1", "A1B", "A-1", "A12345678"})
        BOOST_TEST(!parse_cell_ref(bad).has_value(), bad);
}

BOOST_AUTO_TEST_CASE(parses_ranges) {
    auto r = parse_range("A1:C2");
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(range_a1(*r) == "A1:C2");
    BOOST_TEST(!parse_range("C2:A1").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
