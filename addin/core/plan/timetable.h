// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "core/parse/period.h"
#include "core/plan/model.h"

namespace opfolg::plan {

/// When an action runs, from its Start/Slut cells and/or its Tidsplan text.
struct Timetable {
    std::optional<Date> start, end;
    bool open_end = false;
    bool ongoing = false;  ///< "Løbende" and the like: valid without dates
    bool recurring = false;
    bool stated = false;                  ///< anything at all was written
    std::optional<parse::Period> period;  ///< the parsed Tidsplan text, when there is one
};

/// The days a date field may hold as a number: 2000-01-01 … 2099-12-31 as Excel serials (1900
/// date system). The template's date validation and its live checks use the same bounds, so
/// that Excel refuses and marks exactly what `validate` reports.
constexpr double first_date_serial = 36526;  // 2000-01-01
constexpr double last_date_serial = 73050;   // 2099-12-31

/// A date from a date field: an Excel date or a bare serial (its day, within the bounds above),
/// or text ("01-08-2025", "august 2025"); `as_end` picks the end of a span ("juni 2026" →
/// 2026-06-30).
std::optional<Date> date_of(const FieldValue& v, bool as_end);

/// The timetable of a plan row (fields named "start", "end" and "period" in the schema).
Timetable timetable_of(const Row& row, const schema::SheetSchema& s);

}  // namespace opfolg::plan
