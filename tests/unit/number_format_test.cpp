// SPDX-License-Identifier: MIT
#include "core/xlsx/number_format.h"

#include <boost/test/unit_test.hpp>

#include "core/xlsx/value.h"

using namespace opfolg::xlsx;

BOOST_AUTO_TEST_SUITE(number_formats)

BOOST_AUTO_TEST_CASE(classifies_date_and_time_format_codes) {
    struct Case {
        const char* code;
        DateKind kind;
    };
    for (auto c : {Case{"General", DateKind::none}, Case{"0.0%", DateKind::none},
                   Case{"0.00E+00", DateKind::none}, Case{"#,##0.00 \"kr.\"", DateKind::none},
                   Case{"@", DateKind::none}, Case{"[Red]0.0;[Blue]-0.0", DateKind::none},
                   Case{"dd-mm-yyyy", DateKind::date}, Case{"d. mmmm yyyy", DateKind::date},
                   Case{"[$-406]d. mmmm yyyy;@", DateKind::date}, Case{"mmm-yy", DateKind::date},
                   Case{"h:mm", DateKind::time}, Case{"hh:mm:ss", DateKind::time},
                   Case{"h:mm AM/PM", DateKind::time}, Case{"[h]:mm:ss", DateKind::duration},
                   Case{"mm:ss", DateKind::time}, Case{"dd-mm-yyyy hh:mm", DateKind::datetime},
                   Case{"m/d/yy h:mm", DateKind::datetime}, Case{"\"dato\" 0", DateKind::none},
                   Case{"yyyy\\-mm\\-dd", DateKind::date}, Case{"[mm]:ss", DateKind::duration},
                   Case{"[Red][h]:mm", DateKind::duration},
                   Case{"d/m/yyyy [h]:mm", DateKind::datetime}})
        BOOST_TEST((classify_number_format(c.code) == c.kind), c.code);
}

BOOST_AUTO_TEST_CASE(knows_builtin_date_formats) {
    BOOST_TEST((classify_number_format(*builtin_number_format(14)) == DateKind::date));
    BOOST_TEST((classify_number_format(*builtin_number_format(22)) == DateKind::datetime));
    BOOST_TEST((classify_number_format(*builtin_number_format(21)) == DateKind::time));
    BOOST_TEST(!builtin_number_format(164).has_value());
}

// Every built-in id of ECMA-376 Part 1, §18.8.30, as a cell's style may name it without a
// <numFmt>: which show dates or times, which percentages, and that the gaps are not built in.
BOOST_AUTO_TEST_CASE(classifies_every_builtin_format_id) {
    struct Id {
        std::uint32_t id;
        DateKind kind;
        bool percent;
    };
    const auto none = DateKind::none, date = DateKind::date, time = DateKind::time,
               datetime = DateKind::datetime, duration = DateKind::duration;
    const Id ids[] = {
        {0, none, false},  {1, none, false},  {2, none, false},      {3, none, false},
        {4, none, false},  {9, none, true},   {10, none, true},      {11, none, false},
        {12, none, false}, {13, none, false}, {14, date, false},     {15, date, false},
        {16, date, false}, {17, date, false}, {18, time, false},     {19, time, false},
        {20, time, false}, {21, time, false}, {22, datetime, false}, {37, none, false},
        {38, none, false}, {39, none, false}, {40, none, false},     {45, time, false},
        {46, duration, false}, {47, time, false}, {48, none, false},     {49, none, false}};
    for (const auto& i : ids) {
        auto code = builtin_number_format(i.id);
        BOOST_TEST_REQUIRE(code.has_value(), i.id);
        BOOST_TEST((classify_number_format(*code) == i.kind), i.id << ": " << *code);
        BOOST_TEST(is_percent_format(*code) == i.percent, i.id << ": " << *code);
    }
    BOOST_TEST(*builtin_number_format(13) == "# ?\?/??");
    for (std::uint32_t gap : {5u, 8u, 23u, 36u, 41u, 44u, 50u, 163u})
        BOOST_TEST(!builtin_number_format(gap).has_value(), gap);
}

BOOST_AUTO_TEST_CASE(recognises_percent_formats) {
    BOOST_TEST(is_percent_format("0.0%"));
    BOOST_TEST(is_percent_format("0%"));
    BOOST_TEST(!is_percent_format("0.0\"%\""));
    BOOST_TEST(!is_percent_format("0.00"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(serial_dates)

BOOST_AUTO_TEST_CASE(converts_serials_to_civil_dates_like_excel) {
    struct Case {
        double serial;
        const char* iso;
    };
    for (auto c :
         {Case{1, "1900-01-01T00:00:00"}, Case{59, "1900-02-28T00:00:00"},
          Case{61, "1900-03-01T00:00:00"}, Case{45838, "2025-06-30T00:00:00"},
          Case{45838.6041666667, "2025-06-30T14:30:00"}, Case{2958465, "9999-12-31T00:00:00"}})
        BOOST_TEST(iso_text(DateTime{c.serial, DateTime::Kind::datetime}) == c.iso);
    BOOST_TEST(iso_text(DateTime{0.34375, DateTime::Kind::time}) == "08:15:00");
}

BOOST_AUTO_TEST_CASE(round_trips_iso_text) {
    for (const char* iso : {"2025-06-30", "08:15:00", "2024-02-29T23:59:59", "1900-01-01"}) {
        DateTime dt;
        BOOST_TEST_REQUIRE(parse_iso(iso, dt), iso);
        BOOST_TEST(iso_text(dt) == iso);
    }
    DateTime dt;
    BOOST_TEST(!parse_iso("30-06-2025", dt));
    BOOST_TEST(!parse_iso("2025-13-01", dt));
}

BOOST_AUTO_TEST_CASE(prints_numbers_at_their_own_precision) {
    BOOST_TEST(number_text(16.7) == "16.7");
    BOOST_TEST(number_text(42) == "42");
    BOOST_TEST(number_text(-0.0) == "0");
    BOOST_TEST(number_text(0.1 + 0.2) == "0.30000000000000004");
}

BOOST_AUTO_TEST_SUITE_END()
