// SPDX-License-Identifier: MIT
#include "core/workbook_template/indicator_rows.h"

namespace opfolg::tmpl {

namespace {

template <class T, class Parse>
std::string enum_value(const schema::SheetSchema& sh, const char* field, T wanted, Parse parse,
                       const char* fallback) {
    if (auto f = sh.field_index(field))
        for (const auto& e : sh.fields[*f].enum_values)
            if (parse(e) == wanted) return e;
    return fallback;
}

}  // namespace

std::string unit_value(const schema::SheetSchema& sh, indicators::Unit u) {
    if (u == indicators::Unit::unknown) return {};
    return enum_value(sh, "unit", u, indicators::parse_unit, indicators::unit_word(u));
}

std::string polarity_value(const schema::SheetSchema& sh, indicators::Polarity p) {
    if (p == indicators::Polarity::unknown) return {};
    return enum_value(sh, "polarity", p, indicators::parse_polarity, indicators::polarity_word(p));
}

SheetRows::Row indicator_row(const schema::SheetSchema& sh, const indicators::Series& s, int year,
                             const indicators::Point* point) {
    SheetRows::Row row;
    row.fields.resize(sh.fields.size());
    auto set = [&](const char* name, xlsx::CellValue v) {
        if (auto f = sh.field_index(name)) row.fields[*f] = std::move(v);
    };
    set("indicator", s.name());
    if (auto unit = unit_value(sh, s.unit); !unit.empty()) set("unit", unit);
    if (auto pol = polarity_value(sh, s.polarity); !pol.empty()) set("polarity", pol);
    if (!s.group.empty()) set("group", s.group);
    set("year", static_cast<double>(year));
    if (!point) return row;
    // U+2013, as national statistics print a blanked-out cell.
    set("value", point->value ? xlsx::CellValue{point->value->value} : xlsx::CellValue{std::string("\u2013")});
    if (point->national) set("national", point->national->value);
    if (point->target) set("target", point->target->value);
    return row;
}

}  // namespace opfolg::tmpl
