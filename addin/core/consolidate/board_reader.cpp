// SPDX-License-Identifier: MIT
#include "core/consolidate/board_reader.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/indicators/deltas_format.h"
#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/xlsx/reader.h"

namespace opfolg::consolidate {

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

// Column of each header in `row`, by header_key (the board's headers are stable Danish texts:
// its own and the schema's titles).
std::map<std::string, std::uint32_t> headers_of(const Grid& g, std::uint32_t row = 0) {
    std::map<std::string, std::uint32_t> h;
    auto it = g.find(row);
    if (it == g.end()) return h;
    for (const auto& [col, cell] : it->second) h.emplace(header_key(text_of(cell)), col);
    return h;
}

// The cells of one row by header.
struct RowCells {
    const std::map<std::string, std::uint32_t>& headers;
    const std::map<std::uint32_t, const xlsx::Cell*>& cells;
    const xlsx::Cell* operator()(const char* header) const {
        auto c = headers.find(header_key(header));
        if (c == headers.end()) return nullptr;
        auto cell = cells.find(c->second);
        return cell == cells.end() ? nullptr : cell->second;
    }
};

plan::FieldValue field_value(const xlsx::Cell* c, const plan::SheetName& sheet) {
    plan::FieldValue v;
    if (!c) return v;
    v.text = text_of(c);
    v.value = plan::typed(c->value);
    v.source = {sheet, c->ref, true};
    return v;
}

indicators::Figure figure(double value, const xlsx::Cell* c, const plan::SheetName& sheet) {
    indicators::Figure f;
    f.value = value;
    if (c) f.source = {sheet, c->ref, true};
    return f;
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
    std::string contact;
    std::size_t order = 0;
};

using SeriesKey = std::tuple<std::string, std::string, std::string>;  // department, label, group

SeriesKey key_of(const std::string& department, const std::string& label,
                 const std::string& group) {
    return {header_key(department), header_key(label), header_key(group)};
}

// Indikatorhistorik: every reported year of every series.
std::map<SeriesKey, indicators::Series> read_history(const xlsx::Sheet& sh) {
    namespace h = board_history;
    std::map<SeriesKey, indicators::Series> out;
    const plan::SheetName sheet(sh.name);
    Grid g = grid_of(sh);
    auto heads = headers_of(g);
    for (const auto& [row, cells] : g) {
        if (row == 0) continue;
        RowCells at{heads, cells};
        auto year = number_of(at(h::year));
        std::string label = text_of(at(h::indicator));
        if (!year || label.empty()) continue;
        std::string department = text_of(at(h::department)), group = text_of(at(h::group));
        auto& s = out[key_of(department, label, group)];
        if (s.label.empty()) {
            s.sheet = sh.name;
            s.label = label;
            s.label_source = {sheet, at(h::indicator)->ref, true};
            s.group = group;
            if (const auto* c = at(h::group)) s.group_source = {sheet, c->ref, true};
            s.unit = indicators::parse_unit(text_of(at(h::unit)));
            s.polarity = indicators::parse_polarity(text_of(at(h::polarity)));
        }
        indicators::Point p;
        p.year = static_cast<int>(*year);
        if (auto v = number_of(at(h::value))) p.value = figure(*v, at(h::value), sheet);
        if (auto v = number_of(at(h::national))) p.national = figure(*v, at(h::national), sheet);
        if (auto v = number_of(at(h::target))) p.target = figure(*v, at(h::target), sheet);
        s.points.push_back(p);
    }
    for (auto& [key, s] : out)
        std::stable_sort(s.points.begin(), s.points.end(),
                         [](const auto& a, const auto& b) { return a.year < b.year; });
    return out;
}

// Forside: "Institution" and "Planår" labels in column A, their values in B; then the table of
// sources, whose header row starts "Afdeling", "Fil", and holds "Kontaktperson" in the internal
// version.
void read_cover(const xlsx::Sheet& cover, Result& r, std::map<std::string, std::string>& contacts) {
    Grid g = grid_of(cover);
    std::optional<std::uint32_t> contact_col;
    for (const auto& [row, cells] : g) {
        auto a = cells.find(0), b = cells.find(1);
        if (contact_col) {
            auto c = cells.find(*contact_col);
            if (a != cells.end() && c != cells.end())
                contacts.emplace(header_key(text_of(a->second)), text_of(c->second));
            continue;
        }
        if (a == cells.end() || b == cells.end()) continue;
        std::string key = header_key(text_of(a->second));
        if (key == header_key("Institution")) {
            r.institution = text_of(b->second);
        } else if (key == header_key("Planår")) {
            if (auto y = number_of(b->second)) r.year = static_cast<int>(*y);
        } else if (key == header_key("Afdeling") && header_key(text_of(b->second)) == "fil") {
            auto heads = headers_of(g, row);
            auto c = heads.find(header_key("Kontaktperson"));
            if (c == heads.end()) break;  // a board workbook written before it named contacts
            contact_col = c->second;
        }
    }
}

}  // namespace

Result read_board_workbook(const std::filesystem::path& file, const schema::Schema& schema) {
    return read_board_workbook(xlsx::read_workbook(file), schema);
}

Result read_board_workbook(const xlsx::Workbook& wb, const schema::Schema& schema) {
    const std::filesystem::path& file = wb.path;
    const auto* ps = schema.sheet("plan");
    const auto* plan_sheet = wb.sheet("Opfølgningsplan");
    if (!ps || !plan_sheet)
        throw Error(ErrorCode::missing_part, file,
                    {"den samlede projektmappe har intet ark Opfølgningsplan",
                     "the board workbook has no Opfølgningsplan sheet"});
    Result r;
    r.output = file;
    std::map<std::string, std::string> contacts;  // header_key(department) → contact
    if (const auto* cover = wb.sheet("Forside")) read_cover(*cover, r, contacts);
    plan::FieldValue institution;
    institution.text = r.institution;

    const plan::SheetName plan_name(plan_sheet->name);
    Grid plan_grid = grid_of(*plan_sheet);
    auto plan_heads = headers_of(plan_grid);
    // Columns by what the schema says their headers mean (title, name or synonym), so that a
    // board workbook written before a title was changed in the schema is still read.
    std::vector<bool> covered(ps->fields.size(), false);
    std::vector<std::pair<std::size_t, std::uint32_t>> columns;  // field, column
    if (auto head = plan_grid.find(0); head != plan_grid.end())
        for (const auto& [col, cell] : head->second) {
            const auto* m = ps->meaning(text_of(cell));
            if (!m || m->kind != schema::HeaderMeaning::Kind::field || covered[m->index]) continue;
            columns.push_back({m->index, col});
            covered[m->index] = true;
        }

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
            f.workbook->department_source = "metadata";
            f.workbook->meta.department = field_value(cell, sheet);
            f.workbook->meta.institution = institution;
            if (r.year) {
                f.workbook->meta.year = r.year;
                f.workbook->meta.plan_year.text = std::to_string(r.year);
                f.workbook->meta.plan_year.value = static_cast<double>(r.year);
            }
            if (auto c = contacts.find(header_key(name)); c != contacts.end())
                f.workbook->meta.contact.text = c->second;
            plan::Table t;
            t.schema = ps;
            t.sheet = plan_sheet->name;
            t.covered = covered;
            f.workbook->tables.push_back(std::move(t));
        }
        return it->second.report;
    };

    // Opfølgningsplan: Afdeling, then the schema's fields by their titles, then the board's own.
    auto dep_col = plan_heads.find(header_key("Afdeling"));
    for (const auto& [row, cells] : plan_grid) {
        if (row == 0 || dep_col == plan_heads.end()) continue;
        RowCells at{plan_heads, cells};
        const xlsx::Cell* dcell = at("Afdeling");
        plan::Row pr;
        pr.row = row;
        pr.fields.resize(ps->fields.size());
        bool any = false;
        for (const auto& [field, col] : columns) {
            auto c = cells.find(col);
            if (c == cells.end()) continue;
            pr.fields[field] = field_value(c->second, plan_name);
            any = any || !pr.fields[field].empty();
        }
        if (!any) continue;
        for (const char* h : {board_remarks_header, board_source_header})
            if (const auto* c = at(h); c && !text_of(c).empty())
                pr.extras.emplace_back(h, field_value(c, plan_name));
        department(text_of(dcell), dcell, plan_name).workbook->tables[0].rows.push_back(std::move(pr));
    }

    // Indikatorer: one delta a row, as the board states it; the history gives its years.
    std::map<SeriesKey, indicators::Series> history;
    if (const auto* h = wb.sheet(board_history::sheet)) history = read_history(*h);
    if (const auto* ind = wb.sheet("Indikatorer")) {
        const plan::SheetName sheet(ind->name);
        Grid g = grid_of(*ind);
        auto heads = headers_of(g);
        for (const auto& [row, cells] : g) {
            if (row == 0) continue;
            RowCells at{heads, cells};
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
            auto past = history.find(key_of(text_of(dcell), s.label, s.group));
            if (past != history.end()) {
                // The history knows what Indikatorer leaves out: polarity, earlier years,
                // earlier national levels.
                s.polarity = past->second.polarity;
                if (s.unit == Unit::unknown) s.unit = past->second.unit;
                s.points = std::move(past->second.points);
                history.erase(past);
            } else {
                if (d.previous_year && d.previous_value) {
                    Point p;
                    p.year = *d.previous_year;
                    p.value = figure(*d.previous_value, at("Forrige værdi"), sheet);
                    s.points.push_back(p);
                }
                Point latest;
                latest.year = d.year;
                latest.value = figure(d.value, at("Værdi"), sheet);
                if (d.national) latest.national = figure(*d.national, at("Landsplan"), sheet);
                if (d.target) latest.target = figure(*d.target, at("Mål"), sheet);
                s.points.push_back(latest);
            }
            f.deltas.push_back(std::move(d));
        }
    }

    // Departments in the board's order (the board sorts them); each one an included source.
    std::vector<Department*> ordered(departments.size());
    for (auto& [name, dep] : departments) ordered[dep.order] = &dep;
    for (auto* dep : ordered) {
        Source s;
        s.file = file;
        s.department = dep->report.workbook->meta.department.text;
        s.contact = dep->report.workbook->meta.contact.text;
        r.sources.push_back(s);
        r.rows += dep->report.workbook->tables[0].rows.size();
        r.report.files.push_back(std::move(dep->report));
    }
    return r;
}

}  // namespace opfolg::consolidate
