// SPDX-License-Identifier: MIT
#include "core/util/date.h"

#include <fmt/format.h>

#include "core/xlsx/value.h"

namespace opfolg {

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return days[(m - 1) % 12];
}

bool valid_date(int y, int m, int d) {
    return y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

std::string iso(const Date& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }
std::string danish(const Date& d) {
    return fmt::format("{:02}-{:02}-{:04}", d.day, d.month, d.year);
}

Date date_from_serial(double serial) {
    auto c = xlsx::civil_from_serial(serial);
    return Date{c.year, c.month, c.day};
}

double serial_from_date(const Date& d) {
    xlsx::Civil c;
    c.year = d.year;
    c.month = d.month;
    c.day = d.day;
    return xlsx::serial_from_civil(c);
}

}  // namespace opfolg
