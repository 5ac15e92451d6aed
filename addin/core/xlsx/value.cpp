// SPDX-License-Identifier: MIT
#include "core/xlsx/value.h"

#include <fmt/format.h>

#include <cmath>
#include <cstdio>

namespace opfolg::xlsx {

const char* type_name(const CellValue& v) {
    switch (v.index()) {
        case 0:
            return "empty";
        case 1:
            return "number";
        case 2:
            return "string";
        case 3:
            return "boolean";
        case 4:
            return "error";
        default:
            break;
    }
    switch (std::get<DateTime>(v).kind) {
        case DateTime::Kind::date:
            return "date";
        case DateTime::Kind::time:
            return "time";
        case DateTime::Kind::datetime:
            return "datetime";
        case DateTime::Kind::duration:
            return "duration";
    }
    return "datetime";
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-Compatible Low-Level
// Date Algorithms").
long long days_from_civil(long long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

void civil_from_days(long long z, int& y, int& m, int& d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long yy = static_cast<long long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yy + (m <= 2));
}

// 1899-12-30, the zero of Excel's 1900 system for serials from 61 on.
const long long excel_epoch_days = days_from_civil(1899, 12, 30);

}  // namespace

Civil civil_from_serial(double serial) {
    Civil c;
    double whole = std::floor(serial);
    // Excel counts a fictitious 1900-02-29 (serial 60); serials below it are one day later
    // than the plain epoch arithmetic gives.
    long long day = static_cast<long long>(whole);
    if (serial > 0 && serial < 60) day += 1;
    long long ms = std::llround((serial - whole) * 86400000.0);
    if (ms >= 86400000) {
        ms -= 86400000;
        day += 1;
    }
    civil_from_days(excel_epoch_days + day, c.year, c.month, c.day);
    c.hour = static_cast<int>(ms / 3600000);
    c.minute = static_cast<int>(ms / 60000 % 60);
    c.second = static_cast<int>(ms / 1000 % 60);
    c.microsecond = static_cast<int>(ms % 1000) * 1000;
    return c;
}

double serial_from_civil(const Civil& c) {
    long long day =
        days_from_civil(c.year, static_cast<unsigned>(c.month), static_cast<unsigned>(c.day)) -
        excel_epoch_days;
    if (day > 0 && day <= 60) day -= 1;
    double frac = (c.hour * 3600.0 + c.minute * 60.0 + c.second + c.microsecond / 1e6) / 86400.0;
    return static_cast<double>(day) + frac;
}

DateTime::Kind kind_for(DateTime::Kind format_kind, double serial) {
    switch (format_kind) {
        case DateTime::Kind::time:
            return serial >= 0 && serial < 1 ? format_kind : DateTime::Kind::datetime;
        case DateTime::Kind::date:
            return serial == std::floor(serial) ? format_kind : DateTime::Kind::datetime;
        default:
            return format_kind;
    }
}

namespace {

// Elapsed hours, minutes and seconds of a duration in days, to the millisecond.
std::string duration_text(double days) {
    long long ms = std::llround(std::fabs(days) * 86400000.0);
    std::string text = fmt::format("{}{}:{:02}:{:02}", days < 0 && ms ? "-" : "", ms / 3600000,
                                   ms / 60000 % 60, ms / 1000 % 60);
    if (ms % 1000) text += fmt::format(".{:03}", ms % 1000);
    return text;
}

}  // namespace

std::string iso_text(const DateTime& dt) {
    if (dt.kind == DateTime::Kind::duration) return duration_text(dt.serial);
    Civil c = civil_from_serial(dt.serial);
    std::string date = fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
    std::string time = fmt::format("{:02}:{:02}:{:02}", c.hour, c.minute, c.second);
    if (c.microsecond) time += fmt::format(".{:03}", c.microsecond / 1000);
    switch (dt.kind) {
        case DateTime::Kind::date:
            return date;
        case DateTime::Kind::time:
            return time;
        case DateTime::Kind::datetime:
        case DateTime::Kind::duration:
            return date + "T" + time;
    }
    return date + "T" + time;
}

bool parse_iso(const std::string& s, DateTime& out) {
    Civil c;
    int ms = 0;
    char sep = 0;
    auto parse_time = [&](const char* p) {
        int n = 0;
        if (std::sscanf(p, "%2d:%2d:%2d%n", &c.hour, &c.minute, &c.second, &n) != 3) return false;
        if (p[n] == '.') {
            if (std::sscanf(p + n + 1, "%3d", &ms) != 1) return false;
        } else if (p[n] != '\0') {
            return false;
        }
        c.microsecond = ms * 1000;
        return c.hour < 24 && c.minute < 60 && c.second < 60;
    };
    if (s.size() >= 8 && s[2] == ':') {
        c = Civil{};
        c.year = 1899, c.month = 12, c.day = 30;
        if (!parse_time(s.c_str())) return false;
        out = DateTime{serial_from_civil(c), DateTime::Kind::time};
        return true;
    }
    int n = 0;
    if (std::sscanf(s.c_str(), "%4d-%2d-%2d%n", &c.year, &c.month, &c.day, &n) != 3) return false;
    if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > 31) return false;
    if (s.size() == static_cast<std::size_t>(n)) {
        out = DateTime{serial_from_civil(c), DateTime::Kind::date};
        return true;
    }
    sep = s[static_cast<std::size_t>(n)];
    if (sep != 'T' && sep != ' ') return false;
    if (!parse_time(s.c_str() + n + 1)) return false;
    out = DateTime{serial_from_civil(c), DateTime::Kind::datetime};
    return true;
}

std::string to_text(const CellValue& v) {
    return std::visit(
        [](const auto& x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return "";
            else if constexpr (std::is_same_v<T, double>)
                return number_text(x);
            else if constexpr (std::is_same_v<T, std::string>)
                return x;
            else if constexpr (std::is_same_v<T, bool>)
                return x ? "TRUE" : "FALSE";
            else if constexpr (std::is_same_v<T, ErrorValue>)
                return x.code;
            else
                return iso_text(x);
        },
        v);
}

std::string number_text(double v) {
    if (v == 0) return "0";  // also folds -0
    return fmt::format("{}", v);
}

}  // namespace opfolg::xlsx
