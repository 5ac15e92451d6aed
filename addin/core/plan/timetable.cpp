// SPDX-License-Identifier: MIT
#include "core/plan/timetable.h"

namespace opfolg::plan {

std::optional<Date> date_of(const FieldValue& v, bool as_end) {
    if (v.empty()) return std::nullopt;
    if (const auto* dt = std::get_if<xlsx::DateTime>(&v.value)) return date_from_serial(dt->serial);
    if (const double* d = std::get_if<double>(&v.value)) {
        // A date typed into a cell without a date format is still a serial day number.
        if (*d >= 36526 && *d <= 73051) return date_from_serial(*d);  // 2000-01-01 … 2099-12-31
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
