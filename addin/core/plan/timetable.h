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

/// A date from a date field: an Excel date, a bare serial, or text ("01-08-2025", "august 2025");
/// `as_end` picks the end of a span ("juni 2026" → 2026-06-30).
std::optional<Date> date_of(const FieldValue& v, bool as_end);

/// The timetable of a plan row (fields named "start", "end" and "period" in the schema).
Timetable timetable_of(const Row& row, const schema::SheetSchema& s);

}  // namespace opfolg::plan
