// SPDX-License-Identifier: MIT
#include "core/inspect/dump.h"

#include <fmt/format.h>

#include "core/util/error.h"

namespace opfolg::inspect {

using nlohmann::json;

std::string value_text(const xlsx::CellValue& v) { return xlsx::to_text(v); }

namespace {
json value_json(const xlsx::CellValue& v) {
    if (auto d = std::get_if<double>(&v)) return *d;
    if (auto b = std::get_if<bool>(&v)) return *b;
    if (std::holds_alternative<std::monostate>(v)) return nullptr;
    return value_text(v);
}
}  // namespace

json dump_json(const xlsx::Workbook& wb) {
    json sheets = json::array();
    for (const auto& s : wb.sheets) {
        json cells = json::array();
        for (const auto& c : s.cells) {
            json cell = {{"ref", xlsx::to_a1(c.ref)},
                         {"type", xlsx::type_name(c.value)},
                         {"value", value_json(c.value)}};
            // The exact stored value beside its reading, so a date or duration is never only
            // what its text rounds it to.
            if (auto* dt = std::get_if<xlsx::DateTime>(&c.value)) cell["serial"] = dt->serial;
            if (!c.formula.empty()) cell["formula"] = c.formula;
            if (c.number_format != 0) cell["format"] = wb.number_format(c);
            cells.push_back(std::move(cell));
        }
        json merged = json::array();
        for (const auto& m : s.merged) merged.push_back(xlsx::range_a1(m));
        sheets.push_back({{"name", s.name},
                          {"state", xlsx::sheet_state_name(s.state)},
                          {"merged", merged},
                          {"cells", cells}});
    }
    return {{"file", path_utf8(wb.path)}, {"date1904", wb.date1904}, {"sheets", sheets}};
}

json plan_json(const plan::DepartmentWorkbook& wb) {
    auto field_json = [](const plan::FieldValue& v) {
        json j = {{"text", v.text}};
        if (v.source.known) j["cell"] = v.source.sheet.str() + "!" + xlsx::to_a1(v.source.cell);
        return j;
    };
    json tables = json::array();
    for (const auto& t : wb.tables) {
        json cols = json::array();
        for (const auto& c : t.columns) {
            const char* role = c.role == plan::Column::Role::field      ? "field"
                               : c.role == plan::Column::Role::combined ? "combined"
                               : c.role == plan::Column::Role::split    ? "split"
                               : c.role == plan::Column::Role::computed ? "computed"
                                                                        : "unknown";
            json col = {{"column", xlsx::column_name(c.col)}, {"header", c.header}, {"role", role}};
            if (c.role == plan::Column::Role::field) col["field"] = t.schema->fields[c.index].name;
            cols.push_back(col);
        }
        json rows = json::array();
        for (const auto& r : t.rows) {
            json row = {{"row", r.row + 1}};
            json fields = json::object();
            for (std::size_t f = 0; f < r.fields.size(); ++f)
                if (!r.fields[f].empty())
                    fields[t.schema->fields[f].name] = field_json(r.fields[f]);
            row["fields"] = fields;
            json extras = json::array();
            for (const auto& [h, v] : r.extras) extras.push_back({{"header", h}, {"text", v.text}});
            if (!extras.empty()) row["extras"] = extras;
            rows.push_back(row);
        }
        tables.push_back({{"schema", t.schema->name},
                          {"sheet", t.sheet},
                          {"header_row", t.header_row + 1},
                          {"header_rows", t.header_rows},
                          {"title", t.title},
                          {"columns", cols},
                          {"rows", rows}});
    }
    return {{"file", path_utf8(wb.file)},
            {"layout", plan::layout_name(wb.layout)},
            {"institution", wb.meta.institution.text},
            {"department", wb.meta.department.text},
            {"department_source", wb.department_source},
            {"plan_year", wb.meta.year ? json(*wb.meta.year) : json(nullptr)},
            {"tables", tables}};
}

void dump_text(const xlsx::Workbook& wb, std::ostream& out) {
    out << path_utf8(wb.path) << (wb.date1904 ? "  (1904 date system)" : "") << "\n";
    for (const auto& s : wb.sheets) {
        out << "\n[" << s.name << "]";
        if (s.state != xlsx::SheetState::visible)
            out << " (" << xlsx::sheet_state_name(s.state) << ")";
        out << "  " << s.cells.size() << " cells\n";
        for (const auto& m : s.merged) out << "  merged " << xlsx::range_a1(m) << "\n";
        for (const auto& c : s.cells) {
            std::string text = value_text(c.value);
            // One line per cell, whatever the text holds.
            for (auto& ch : text)
                if (ch == '\n' || ch == '\r') ch = ' ';
            out << fmt::format("  {:<8} {:<9} {}", xlsx::to_a1(c.ref), xlsx::type_name(c.value),
                               text);
            if (!c.formula.empty()) out << "  [=" << (c.formula == "=" ? "…" : c.formula) << "]";
            out << "\n";
        }
    }
}

}  // namespace opfolg::inspect
