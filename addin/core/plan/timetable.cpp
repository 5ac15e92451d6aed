// SPDX-License-Identifier: MIT
#include "core/plan/timetable.h"

#include <cmath>

namespace opfolg::plan {

std::optional<Date> date_of(const FieldValue& v, bool as_end) {
    if (v.empty()) return std::nullopt;
    // A number is a day whether or not the cell has a date format (a date typed into a cell
    // without one is still a serial day number); a time of day does not move it. A number
    // outside the bounds is a slip (5 shown as 05-01-1900), not a date.
    std::optional<double> serial;
    if (const auto* dt = std::get_if<xlsx::DateTime>(&v.value)) serial = dt->serial;
    if (const double* d = std::get_if<double>(&v.value)) serial = *d;
    if (serial) {
        double day = std::floor(*serial);
        if (day >= first_date_serial && day <= last_date_serial) return date_from_serial(day);
        return std::nullopt;
    }
    auto p = parse::parse_period(v.text);
    if (p.status != parse::Period::Status::dated) return std::nullopt;
    return as_end ? (p.end ? p.end : p.start) : p.start;
}

Timetable timetable_of(const Row& row, const schema::SheetSchema& s) {
    Timetable t;
    auto field = [&](const char* name) -> const FieldValue* {
        auto i = s.field_index(name);
        return i && *i < row.fields.size() ? &row.fields[*i] : nullptr;
    };
    if (const auto* p = field("period"); p && !p->empty()) {
        t.stated = true;
        t.period = parse::parse_period(p->text);
        t.start = t.period->start;
        t.end = t.period->end;
        t.open_end = t.period->open_end;
        t.recurring = t.period->recurring;
        t.ongoing = t.period->status == parse::Period::Status::ongoing;
    }
    if (const auto* f = field("start"); f && !f->empty()) {
        t.stated = true;
        if (auto d = date_of(*f, false)) t.start = d;
    }
    if (const auto* f = field("end"); f && !f->empty()) {
        t.stated = true;
        if (auto d = date_of(*f, true)) {
            t.end = d;
            t.open_end = false;
        }
    }
    return t;
}

}  // namespace opfolg::plan
