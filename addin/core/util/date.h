// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace opfolg {

/// A calendar date without time or zone (plans speak in days, months and school years).
struct Date {
    int year = 0, month = 1, day = 1;

    friend bool operator<(const Date& a, const Date& b) {
        if (a.year != b.year) return a.year < b.year;
        if (a.month != b.month) return a.month < b.month;
        return a.day < b.day;
    }
    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator>(const Date& a, const Date& b) { return b < a; }
};

int days_in_month(int year, int month);
/// "2025-06-30".
std::string iso(const Date& d);
/// "30-06-2025", the Danish way.
std::string danish(const Date& d);
/// Whether y-m-d is a real date.
bool valid_date(int y, int m, int d);
/// Date from a 1900-system Excel serial.
Date date_from_serial(double serial);
/// 1900-system Excel serial of a date.
double serial_from_date(const Date& d);

}  // namespace opfolg
