// SPDX-License-Identifier: MIT
#include "core/publish/board_reader.h"

#include <map>

#include "core/indicators/deltas_format.h"
#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/xlsx/reader.h"

namespace opfolg::publish {

namespace {

using Grid = std::map<std::uint32_t, std::map<std::uint32_t, const xlsx::Cell*>>;

Grid grid_of(const xlsx::Sheet& s) {
    Grid g;
    for (const auto& c : s.cells) g[c.ref.row][c.ref.col] = &c;
    return g;
}

std::string text_of(const xlsx::Cell* c) {
    if (!c) return {};
    if (const auto* s = std::get_if<std::string>(&c->value)) return *s;
    return xlsx::to_text(c->value);
}

std::optional<double> number_of(const xlsx::Cell* c) {
    if (!c) return std::nullopt;
    if (const auto* d = std::get_if<double>(&c->value)) return *d;
    return std::nullopt;
}

// Column index of each header in the first row, by header_key (the board's headers are stable
// Danish texts: its own and the schema's titles).
std::map<std::string, std::uint32_t> headers_of(const Grid& g) {
    std::map<std::string, std::uint32_t> h;
    auto first = g.find(0);
    if (first == g.end()) return h;
    for (const auto& [col, cell] : first->second) h.emplace(header_key(text_of(cell)), col);
    return h;
}

plan::FieldValue field_value(const xlsx::Cell* c, const plan::SheetName& sheet) {
    plan::FieldValue v;
    if (!c) return v;
    v.text = text_of(c);
    v.value = plan::typed(c->value);
    v.source = {sheet, c->ref, true};
    return v;
}

// The enum value whose Danish word the board wrote, or nullopt.
template <class E, class F>
std::optional<E> from_word(const std::string& word, std::initializer_list<E> values, F text) {
    for (E v : values)
        if (!word.empty() && header_key(text(v, Lang::da)) == header_key(word)) return v;
    return std::nullopt;
}

struct Department {
    validate::FileReport report;
    std::size_t order = 0;
};

}  // namespace

consolidate::Result read_board_workbook(const std::filesystem::path& file,
                                        const schema::Schema& schema) {
    auto wb = xlsx::read_workbook(file);
    const auto* ps = schema.sheet("plan");
    const auto* plan_sheet = wb.sheet("Opfølgningsplan");
    if (!ps || !plan_sheet)
        throw Error(ErrorCode::missing_part, file,
                    {"den samlede projektmappe har intet ark Opfølgningsplan",
                     "the board workbook has no Opfølgningsplan sheet"});
    consolidate::Result r;
    r.output = file;

    // Forside: "Institution" and "Planår" labels in column A, their values in B.
    if (const auto* cover = wb.sheet("Forside")) {
        Grid g = grid_of(*cover);
        for (const auto& [row, cells] : g) {
            auto a = cells.find(0), b = cells.find(1);
            if (a == cells.end() || b == cells.end()) continue;
            std::string key = header_key(text_of(a->second));
            if (key == header_key("Institution")) {
                r.institution = text_of(b->second);
            } else if (key == header_key("Planår")) {
                if (auto y = number_of(b->second)) r.year = static_cast<int>(*y);
            }
        }
    }
    plan::FieldValue institution;
    institution.text = r.institution;

    std::map<std::string, Department> departments;  // by name, in order of first appearance
    auto department = [&](const std::string& name, const xlsx::Cell* cell,
                          const plan::SheetName& sheet) -> validate::FileReport& {
        auto [it, added] = departments.try_emplace(name);
        if (added) {
            it->second.order = departments.size() - 1;
            auto& f = it->second.report;
            f.file = file;
            f.workbook.emplace();
            f.workbook->file = file;
            f.workbook->meta.department = field_value(cell, sheet);
            f.workbook->meta.institution = institution;
            f.workbook->meta.year = r.year ? std::optional<int>(r.year) : std::nullopt;
            plan::Table t;
            t.schema = ps;
            t.sheet = plan_sheet->name;
            f.workbook->tables.push_back(std::move(t));
        }
        return it->second.report;
    };

    // Opfølgningsplan: Afdeling, then the schema's fields by their titles.
    {
        const plan::SheetName sheet(plan_sheet->name);
        Grid g = grid_of(*plan_sheet);
        auto h = headers_of(g);
        auto dep_col = h.find(header_key("Afdeling"));
        std::vector<std::pair<std::size_t, std::uint32_t>> columns;  // field, column
        for (std::size_t i = 0; i < ps->fields.size(); ++i) {
            auto c = h.find(header_key(ps->fields[i].title));
            if (c != h.end()) columns.push_back({i, c->second});
        }
        for (const auto& [row, cells] : g) {
            if (row == 0 || dep_col == h.end()) continue;
            auto dc = cells.find(dep_col->second);
            const xlsx::Cell* dcell = dc == cells.end() ? nullptr : dc->second;
            plan::Row pr;
            pr.row = row;
            pr.fields.resize(ps->fields.size());
            bool any = false;
            for (const auto& [field, col] : columns) {
                auto c = cells.find(col);
                if (c == cells.end()) continue;
                pr.fields[field] = field_value(c->second, sheet);
                any = any || !pr.fields[field].empty();
            }
            if (!any) continue;
            department(text_of(dcell), dcell, sheet)
                .workbook->tables[0]
                .rows.push_back(std::move(pr));
        }
    }

    // Indikatorer: one delta a row, as the board states it.
    if (const auto* ind = wb.sheet("Indikatorer")) {
        const plan::SheetName sheet(ind->name);
        Grid g = grid_of(*ind);
        auto h = headers_of(g);
        for (const auto& line : g) {
            if (line.first == 0) continue;
            // Not a structured binding: a lambda may not capture one before C++20.
            const auto& cells = line.second;
            auto at = [&](const char* header) -> const xlsx::Cell* {
                auto c = h.find(header_key(header));
                if (c == h.end()) return nullptr;
                auto cell = cells.find(c->second);
                return cell == cells.end() ? nullptr : cell->second;
            };
            auto value = number_of(at("Værdi"));
            auto year = number_of(at("År"));
            if (!value || !year) continue;
            const xlsx::Cell* dcell = at("Afdeling");
            auto& f = department(text_of(dcell), dcell, sheet);
            indicators::Delta d;
            auto& s = d.series;
            s.sheet = ind->name;
            s.label = text_of(at("Indikator"));
            if (const auto* c = at("Indikator")) s.label_source = {sheet, c->ref, true};
            s.group = text_of(at("Gruppe"));
            if (const auto* c = at("Gruppe")) s.group_source = {sheet, c->ref, true};
            s.unit = indicators::parse_unit(text_of(at("Enhed")));
            d.year = static_cast<int>(*year);
            d.value = *value;
            d.source = {sheet, at("Værdi")->ref, true};
            if (auto y = number_of(at("Forrige år"))) d.previous_year = static_cast<int>(*y);
            d.previous_value = number_of(at("Forrige værdi"));
            d.delta = number_of(at("Ændring"));
            d.national = number_of(at("Landsplan"));
            d.diff_national = number_of(at("Forskel til landsplan"));
            d.target = number_of(at("Mål"));
            std::string met = header_key(text_of(at("Mål nået")));
            if (met == "ja" || met == "nej") d.target_met = met == "ja";
            using namespace indicators;
            d.assessment = from_word<Assessment>(
                text_of(at("Udvikling")),
                {Assessment::improved, Assessment::worsened, Assessment::unchanged},
                assessment_text);
            d.vs_national = from_word<VsNational>(
                text_of(at("Ift. landsplan")),
                {VsNational::better, VsNational::worse, VsNational::equal}, vs_national_text);
            d.trend = from_word<Trend>(text_of(at("Tendens")),
                                       {Trend::rising, Trend::falling, Trend::flat, Trend::mixed},
                                       trend_text);
            if (d.previous_year && d.previous_value) {
                Point p;
                p.year = *d.previous_year;
                p.value = Figure{*d.previous_value, 0, {}};
                s.points.push_back(p);
            }
            Point latest;
            latest.year = d.year;
            latest.value = Figure{d.value, 0, d.source};
            if (d.national) latest.national = Figure{*d.national, 0, {}};
            if (d.target) latest.target = Figure{*d.target, 0, {}};
            s.points.push_back(latest);
            f.deltas.push_back(std::move(d));
        }
    }

    // Departments in the board's order (the board sorts them); each one an included source.
    std::vector<Department*> ordered(departments.size());
    for (auto& [name, dep] : departments) ordered[dep.order] = &dep;
    for (auto* dep : ordered) {
        consolidate::Source s;
        s.file = file;
        s.department = dep->report.workbook->meta.department.text;
        r.sources.push_back(s);
        r.rows += dep->report.workbook->tables[0].rows.size();
        r.report.files.push_back(std::move(dep->report));
    }
    return r;
}

}  // namespace opfolg::publish
