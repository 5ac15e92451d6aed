// SPDX-License-Identifier: MIT
// The arithmetic behind a printed board workbook: how much room text takes in a cell, how wide
// a column prints in Excel and in LibreOffice, and how a table's columns share a page.
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <numeric>

#include "core/consolidate/board_print.h"
#include "core/xlsx/text_metrics.h"
#include "core/xlsx/writer.h"

using namespace opfolg;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(text_metrics)

BOOST_AUTO_TEST_CASE(measures_column_widths_as_excel_and_libreoffice_print_them) {
    // Excel's default column, 8.43 characters, is 64 pixels: 48 points.
    BOOST_TEST(xlsx::column_width_pt(8.43) == 48.0);
    // LibreOffice multiplies the stored width (8.43 + 5/7) by Calibri's digit, 5.58 points:
    // about 6 % wider, and the room a column takes is the wider of the two.
    BOOST_TEST(xlsx::column_width_pt_libreoffice(8.43) > 50.5);
    BOOST_TEST(xlsx::column_width_pt_libreoffice(8.43) < 51.5);
    BOOST_TEST(xlsx::column_room_pt(8.43) == xlsx::column_width_pt_libreoffice(8.43));
}

BOOST_AUTO_TEST_CASE(measures_text_with_calibris_widths) {
    // Calibri's digits are all 1038/2048 em wide; "m" is wider than "i".
    BOOST_TEST(xlsx::text_width_pt("0123456789") == 10 * 1038.0 / 2048 * 11,
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST(xlsx::text_width_pt("m") > 2 * xlsx::text_width_pt("i"));
    BOOST_TEST(xlsx::text_width_pt("æøå", 11, true) > xlsx::text_width_pt("æøå"));
    // Twice the size, twice the width; a character outside the table counts as "W".
    BOOST_TEST(xlsx::text_width_pt("Frafald", 22) == 2 * xlsx::text_width_pt("Frafald"),
               boost::test_tools::tolerance(1e-9));
    BOOST_TEST(xlsx::text_width_pt("\xE4\xB8\xAD") == xlsx::text_width_pt("W"));
}

struct Wrap {
    const char* text;
    double width;
    std::size_t lines;
};
std::ostream& operator<<(std::ostream& o, const Wrap& w) {
    return o << '"' << w.text << "\" in " << w.width;
}

const Wrap wraps[] = {
    {"", 10, 1},
    {"kort", 10, 1},
    {"Frafald og fravær", 30, 1},
    {"Frafald og fravær", 10, 2},          // "Frafald og" / "fravær"
    {"Linje 1\nLinje 2\nLinje 3", 30, 3},  // line feeds break
    {"Linje 1\r\nLinje 2", 30, 2},         // as Windows writes them
    {"a\n\nb", 30, 3},                     // an empty line is a line
    {"uddannelsesaftale", 8, 3},           // too long for any line: broken between letters
    {"xxxxxxxxxx xxxxxxxxxx", 10, 2},      // ten "x" fill a line of width 10
};

BOOST_DATA_TEST_CASE(wraps_at_spaces_and_line_feeds_as_excel_does, bdata::make(wraps), w) {
    BOOST_TEST(xlsx::wrapped_lines(w.text, w.width) == w.lines);
}

BOOST_AUTO_TEST_CASE(fits_a_text_on_one_line_in_the_width_it_says) {
    for (const char* text :
         {"Uddannelsesleder", "Skoleåret 2025/2026", "dårligere end landsplan"}) {
        double w = xlsx::one_line_width(text);
        BOOST_TEST(xlsx::wrapped_lines(text, w + 0.01) == 1u, text);
        BOOST_TEST(xlsx::wrapped_lines(text, w - 1) == 2u, text);
    }
}

BOOST_AUTO_TEST_CASE(gives_a_page_of_a4_landscape_less_its_margins_at_the_scale) {
    xlsx::PrintSetup p;
    p.fit_width = false;
    p.scale = 100;
    auto [w, h] = xlsx::printable_area_pt(p);
    BOOST_TEST(w == 841.89 - 72, boost::test_tools::tolerance(0.01));   // half an inch each side
    BOOST_TEST(h == 595.28 - 108, boost::test_tools::tolerance(0.01));  // three quarters
    p.scale = 50;  // twice as much of the sheet on the page
    BOOST_TEST(xlsx::printable_area_pt(p).first == 2 * w, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(print_layout)

using consolidate::fit_columns;
using consolidate::PrintColumn;

double printed(const std::vector<double>& widths) {
    return std::accumulate(widths.begin(), widths.end(), 0.0,
                           [](double t, double w) { return t + xlsx::column_room_pt(w); });
}

BOOST_AUTO_TEST_CASE(narrows_the_widest_columns_first_to_fit_the_page) {
    // Two short columns and two of prose; 400 points of room.
    auto widths = fit_columns({{12, 8, 1}, {14, 8, 1}, {60, 16, 1}, {80, 16, 1}}, 400);
    BOOST_TEST(printed(widths) <= 400);
    BOOST_TEST(printed(widths) > 390);  // and fills it
    BOOST_TEST(widths[0] == 12);        // the short ones as they were
    BOOST_TEST(widths[1] == 14);
    BOOST_TEST(std::abs(widths[2] - widths[3]) <= 0.25);  // the wide ones cut to one width
}

BOOST_AUTO_TEST_CASE(gives_prose_twice_the_width_when_room_is_short) {
    auto widths = fit_columns({{40, 8, 1}, {40, 8, 1}, {80, 16, 2}}, 300);
    BOOST_TEST(printed(widths) <= 300);
    BOOST_TEST(widths[2] == 2 * widths[0], boost::test_tools::tolerance(0.05));
}

BOOST_AUTO_TEST_CASE(never_narrows_a_column_below_its_longest_word) {
    auto widths = fit_columns({{30, 20, 1}, {60, 16, 2}}, 150);
    BOOST_TEST(widths[0] == 20);
    BOOST_TEST(widths[1] >= 16);
    // Minimums too wide for the page stay as they are: the table is too wide, not unreadable.
    widths = fit_columns({{30, 30, 1}, {30, 30, 1}}, 100);
    BOOST_TEST(widths == (std::vector<double>{30, 30}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(widens_the_prose_into_room_to_spare) {
    auto widths = fit_columns({{10, 8, 1}, {20, 16, 2}, {40, 16, 2}}, 700);
    BOOST_TEST(widths[0] == 10);
    BOOST_TEST(printed(widths) <= 700);
    BOOST_TEST(printed(widths) > 690);
    BOOST_TEST(widths[2] / widths[1] == 2, boost::test_tools::tolerance(0.05));
}

BOOST_AUTO_TEST_SUITE_END()
