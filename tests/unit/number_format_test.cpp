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
