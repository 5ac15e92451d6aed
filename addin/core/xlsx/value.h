// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <variant>

namespace opfolg::xlsx {

/// An Excel error value such as "#N/A" or "#DIV/0!".
struct ErrorValue {
    std::string code;
    friend bool operator==(const ErrorValue& a, const ErrorValue& b) { return a.code == b.code; }
};

/// A date, a time of day or both, as Excel stores them: a serial day number in the 1900 date
/// system (1904-system files are converted on reading), with the kind its number format shows,
/// widened so that no part of the value is lost (a time format on 1.5 days is a datetime). A
/// duration is an elapsed time in days ("[h]:mm:ss"): 1.0 is 24 hours, not a time of day.
struct DateTime {
    enum class Kind { date, time, datetime, duration };
    double serial = 0;
    Kind kind = Kind::datetime;
    friend bool operator==(const DateTime& a, const DateTime& b) {
        return a.serial == b.serial && a.kind == b.kind;
    }
};

/// The typed content of a cell. An empty cell holds std::monostate.
using CellValue = std::variant<std::monostate, double, std::string, bool, ErrorValue, DateTime>;

/// Stable type name used by dump and JSON: "empty", "number", "string", "boolean", "error",
/// "date", "time", "datetime", "duration".
const char* type_name(const CellValue& v);

/// Civil date and time from a 1900-system serial, honouring Excel's fictitious 1900-02-29
/// (serial 60) the same way openpyxl does.
struct Civil {
    int year = 1899, month = 12, day = 30, hour = 0, minute = 0, second = 0, microsecond = 0;
};
Civil civil_from_serial(double serial);
/// 1900-system serial from a civil date and time.
double serial_from_civil(const Civil& c);

/// ISO 8601 text: "2024-03-01", "12:30:00" or "2024-03-01T12:30:00" by kind, and elapsed
/// hours for a duration ("36:30:00", "-1:00:00"); fractions of a second appear only when present.
std::string iso_text(const DateTime& dt);

/// The kind a value shows as: the format's kind, widened so that nothing the serial holds is
/// dropped (a time-of-day format on a serial of a day or more shows the date too; a date format
/// on a serial with a time of day shows the time too).
DateTime::Kind kind_for(DateTime::Kind format_kind, double serial);
/// Parses the ISO forms iso_text produces; false on anything else.
bool parse_iso(const std::string& s, DateTime& out);

/// The value as display text: numbers shortest round-trip, booleans TRUE/FALSE, dates and
/// times ISO 8601, errors their code, empty "".
std::string to_text(const CellValue& v);

/// Shortest decimal text that reads back to the same double ("16.7", not "16.699999999").
std::string number_text(double v);

}  // namespace opfolg::xlsx
