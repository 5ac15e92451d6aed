// SPDX-License-Identifier: MIT
#include "core/plan/reader.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "core/parse/danish_number.h"
#include "core/plan/grid.h"
#include "core/plan/paragraphs.h"
#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/xlsx/reader.h"

namespace opfolg::plan {

const char* layout_name(Layout l) {
    switch (l) {
        case Layout::template_layout:
            return "template";
        case Layout::format_a:
            return "format-a";
        case Layout::format_b:
            return "format-b";
        case Layout::mixed:
            return "mixed";
        case Layout::unknown:
            return "unknown";
    }
    return "unknown";
}

std::vector<const Table*> DepartmentWorkbook::tables_of(const std::string& name) const {
    std::vector<const Table*> out;
    for (const auto& t : tables)
        if (t.schema && t.schema->name == name) out.push_back(&t);
    return out;
}

namespace {

using schema::HeaderMeaning;
using schema::SheetSchema;

// A candidate header: where it is and what its columns mean.
struct HeaderMatch {
    std::uint32_t row = 0, rows = 1;
    std::vector<Column> columns;
    std::size_t score = 0;          // distinct schema columns recognised
    std::vector<std::string> keys;  // header_key per column, to spot repeated headers
};

Column::Role role_of(HeaderMeaning::Kind k) {
    switch (k) {
        case HeaderMeaning::Kind::field:
            return Column::Role::field;
        case HeaderMeaning::Kind::combined:
            return Column::Role::combined;
        case HeaderMeaning::Kind::split:
            return Column::Role::split;
        case HeaderMeaning::Kind::computed:
            return Column::Role::computed;
    }
    return Column::Role::unknown;
}

std::size_t distinct_score(const std::vector<Column>& cols) {
    std::set<std::pair<int, std::size_t>> seen;
    for (const auto& c : cols)
        if (c.role != Column::Role::unknown && c.role != Column::Role::computed)
            seen.insert({static_cast<int>(c.role), c.index});
    return seen.size();
}

// Headers are short text; numbers, dates and long cells are data and need no normalising while
// headers are sought.
const std::string* header_candidate(const xlsx::Cell* cell) {
    constexpr std::size_t max_header_bytes = 160;
    const auto* str = cell ? std::get_if<std::string>(&cell->value) : nullptr;
    return str && str->size() <= max_header_bytes ? str : nullptr;
}

// A cell that could be a header, normalised once: while the header is sought each row is
// looked at alone, over the next row and under the row before, for every schema sheet.
struct HeaderCell {
    std::uint32_t col = 0;
    std::string text;  ///< trimmed, white space squeezed
    std::string key;   ///< header_key(text)
};

struct HeaderRow {
    std::vector<HeaderCell> cells;
    std::size_t all_cells = 0;  ///< every cell of the row, headers or not
};

// The rows a header is sought in, plus the one below the last (the second row of a pair).
std::vector<HeaderRow> header_rows(const Grid& g) {
    std::vector<HeaderRow> rows(std::min(g.row_count(), header_search_rows + 1));
    for (std::uint32_t r = 0; r < rows.size(); ++r) {
        auto cells = g.row_cells(r);
        rows[r].all_cells = cells.size();
        for (const auto* cell : cells) {
            const auto* str = header_candidate(cell);
            if (!str) continue;
            std::string text = squeeze_spaces(trim(*str));
            if (text.empty()) continue;
            std::string key = header_key(text);
            rows[r].cells.push_back({cell->ref.col, std::move(text), std::move(key)});
        }
    }
    return rows;
}

using Meanings = std::vector<const HeaderMeaning*>;  // one per HeaderCell of a row

void set_meaning(Column& col, const HeaderMeaning* mean) {
    if (!mean) return;
    col.role = role_of(mean->kind);
    col.index = mean->index;
}

HeaderMatch match_row(const HeaderRow& row, const Meanings& meanings, std::uint32_t r) {
    HeaderMatch m;
    m.row = r;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        Column col{row.cells[i].col, row.cells[i].text};
        set_meaning(col, meanings[i]);
        m.columns.push_back(col);
        m.keys.push_back(row.cells[i].key);
    }
    m.score = distinct_score(m.columns);
    return m;
}

// Two header rows read as one: "Resultat / Ændringsbehov".
std::string joined_header(const std::string& top, const std::string& bottom) {
    return top.empty() ? bottom : bottom.empty() ? top : top + " / " + bottom;
}

// Format A's two-row header: "Resultat" over "Ændringsbehov". Each column is matched on the
// joined text first, then on either row alone.
HeaderMatch match_pair(const HeaderRow& top, const Meanings& top_meanings, const HeaderRow& bottom,
                       const Meanings& bottom_meanings, const SheetSchema& s, std::uint32_t r) {
    HeaderMatch m;
    m.row = r;
    m.rows = 2;
    // Both rows must carry header text (an empty row above a one-row header is no pair), and the
    // second row must name at least two columns by itself.
    auto second_row_hits = std::count_if(bottom_meanings.begin(), bottom_meanings.end(),
                                         [](const HeaderMeaning* h) { return h != nullptr; });
    if (top.all_cells < 2 || second_row_hits < 2) return m;
    static const HeaderCell none;
    std::size_t t = 0, b = 0;
    while (t < top.cells.size() || b < bottom.cells.size()) {
        std::uint32_t c = std::min(t < top.cells.size() ? top.cells[t].col : UINT32_MAX,
                                   b < bottom.cells.size() ? bottom.cells[b].col : UINT32_MAX);
        const HeaderMeaning* above_mean = nullptr;
        const HeaderMeaning* below_mean = nullptr;
        const HeaderCell* above = &none;
        const HeaderCell* below = &none;
        if (t < top.cells.size() && top.cells[t].col == c)
            above_mean = top_meanings[t], above = &top.cells[t++];
        if (b < bottom.cells.size() && bottom.cells[b].col == c)
            below_mean = bottom_meanings[b], below = &bottom.cells[b++];
        // header_key ignores spaces and punctuation, so the joined key is the two keys joined.
        std::string key = above->key + below->key;
        Column col{c, joined_header(above->text, below->text)};
        const HeaderMeaning* mean = s.meaning_of_key(key);
        if (!mean) mean = above_mean;
        if (!mean) mean = below_mean;
        set_meaning(col, mean);
        m.columns.push_back(col);
        m.keys.push_back(std::move(key));
    }
    m.score = distinct_score(m.columns);
    return m;
}

HeaderMatch best_header(const std::vector<HeaderRow>& rows, const SheetSchema& s) {
    std::vector<Meanings> meanings;
    for (const auto& row : rows) {
        meanings.emplace_back();
        for (const auto& c : row.cells) meanings.back().push_back(s.meaning_of_key(c.key));
    }
    HeaderMatch best;
    const auto limit =
        static_cast<std::uint32_t>(std::min<std::size_t>(rows.size(), header_search_rows));
    for (std::uint32_t r = 0; r < limit; ++r) {
        HeaderMatch single = match_row(rows[r], meanings[r], r);
        if (single.score > best.score) best = single;
        if (r + 1 < rows.size()) {
            HeaderMatch pair = match_pair(rows[r], meanings[r], rows[r + 1], meanings[r + 1], s, r);
            if (pair.score >= 2 && pair.score >= single.score && pair.score >= best.score &&
                !(best.score == pair.score && best.row < r))
                best = pair;
        }
    }
    return best;
}

bool same_header(const HeaderMatch& h, const Grid& g, std::uint32_t r) {
    // A repeated header (the next theme's table) has the same header keys in the same columns;
    // a two-row header's key is the two rows' keys joined.
    std::size_t same = 0;
    for (std::size_t i = 0; i < h.columns.size(); ++i) {
        const std::string& key = h.keys[i];
        if (key.empty()) continue;
        const auto* top = header_candidate(g.cell(r, h.columns[i].col));
        auto n = top ? header_key_prefix(*top, key) : std::optional<std::size_t>(0);
        if (!n) continue;
        if (h.rows == 2)
            if (const auto* bottom = header_candidate(g.cell(r + 1, h.columns[i].col))) {
                auto m = header_key_prefix(*bottom, std::string_view(key).substr(*n));
                if (!m) continue;
                *n += *m;
            }
        if (*n == key.size()) ++same;
    }
    return same * 2 > h.columns.size() && same >= 2;
}

// The single text on the nearest non-empty row above `row` (within three rows), if that row
// holds exactly one cell: the title of the table below it.
std::optional<std::pair<std::string, const xlsx::Cell*>> title_above(const Grid& g,
                                                                     std::uint32_t row,
                                                                     std::uint32_t floor) {
    for (std::uint32_t up = 1; up <= 3 && row >= floor + up; ++up) {
        auto cells = g.row_cells(row - up);
        if (cells.empty()) continue;
        if (cells.size() == 1 && std::holds_alternative<std::string>(cells[0]->value))
            return std::make_pair(trim(xlsx::to_text(cells[0]->value)), cells[0]);
        return std::nullopt;
    }
    return std::nullopt;
}

void append(FieldValue& f, std::string text, const xlsx::CellValue& value, const Source& src) {
    if (text.empty()) return;
    if (f.text.empty()) {
        f.text = std::move(text);
        f.value = typed(value);
        f.source = src;
    } else {
        f.text += "\n\n" + text;
        f.value = {};  // several sources: only the joined text is left
    }
}

std::string clean_title(const std::string& title) {
    std::string t = title;
    for (const char* prefix : {"Tema:", "Tema -", "Tema"})
        if (fold_case(t).rfind(fold_case(prefix), 0) == 0 &&
            t.size() > std::string(prefix).size() + 1) {
            t = trim(t.substr(std::string(prefix).size()));
            break;
        }
    return t;
}

Table read_table(const Grid& g, const SheetSchema& s, const HeaderMatch& h, std::uint32_t end_row) {
    Table t;
    t.schema = &s;
    t.sheet = g.sheet().name;
    t.header_row = h.row;
    t.header_rows = h.rows;
    t.columns = h.columns;
    t.covered.assign(s.fields.size(), false);
    bool has_split = false;
    for (const auto& c : t.columns) {
        if (c.role == Column::Role::field) t.covered[c.index] = true;
        if (c.role == Column::Role::combined)
            for (auto f : s.combined[c.index].fields) t.covered[f] = true;
        if (c.role == Column::Role::split) {
            has_split = true;
            t.covered[s.split[c.index].lead_field] = true;
        }
    }
    // Fields reachable through a paragraph label count as covered by a split column.
    if (has_split)
        for (const auto& [key, f] : s.labels) t.covered[f] = true;

    const SheetName sheet(t.sheet);
    for (std::uint32_t r = h.row + h.rows; r < end_row; ++r) {
        auto cells = g.row_cells(r);
        if (cells.empty()) continue;
        Row row;
        row.row = r;
        row.fields.resize(s.fields.size());
        for (const auto* cell : cells) {
            const auto* str = std::get_if<std::string>(&cell->value);
            std::string text = str ? trim(*str) : trim(xlsx::to_text(cell->value));
            if (text.empty()) continue;
            Source src{sheet, cell->ref, true};
            auto col = std::find_if(t.columns.begin(), t.columns.end(),
                                    [&](const Column& c) { return c.col == cell->ref.col; });
            if (col == t.columns.end() || col->role == Column::Role::unknown) {
                std::string header =
                    col == t.columns.end() ? xlsx::column_name(cell->ref.col) : col->header;
                row.extras.push_back({header, FieldValue{text, typed(cell->value), src}});
                continue;
            }
            switch (col->role) {
                case Column::Role::field:
                    append(row.fields[col->index], std::move(text), cell->value, src);
                    break;
                case Column::Role::combined:
                    for (auto f : s.combined[col->index].fields)
                        append(row.fields[f], text, {}, src);
                    break;
                case Column::Role::split:
                    for (const auto& p :
                         split_paragraphs(text, s.labels, s.split[col->index].lead_field))
                        append(row.fields[p.field], p.text, {}, src);
                    break;
                case Column::Role::computed:  // live formulas: the core computes the same itself
                case Column::Role::unknown:
                    break;
            }
        }
        // An allowed value written another way ("ny", "Lav er godt") is the value as the schema
        // spells it, so the board shows one spelling and the checks one meaning.
        for (std::size_t f = 0; f < row.fields.size(); ++f)
            if (!s.fields[f].enum_values.empty() && !row.fields[f].empty())
                if (auto canonical = s.fields[f].canonical_enum(row.fields[f].text))
                    row.fields[f].text = std::move(*canonical);
        // Rows with nothing but empty formula results (the template's computed columns) are not
        // rows.
        bool any =
            !row.extras.empty() || std::any_of(row.fields.begin(), row.fields.end(),
                                               [](const FieldValue& v) { return !v.empty(); });
        if (any) t.rows.push_back(std::move(row));
    }
    return t;
}

// Finds every table of schema sheet `s` in `g` (one header, possibly repeated further down).
std::vector<Table> find_tables(const Grid& g, const SheetSchema& s, const HeaderMatch& first) {
    std::vector<std::uint32_t> starts{first.row};
    for (std::uint32_t r = first.row + first.rows; r < g.row_count(); ++r)
        if (same_header(first, g, r)) {
            starts.push_back(r);
            r += first.rows - 1;
        }
    std::vector<Table> out;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        HeaderMatch h = first;
        h.row = starts[i];
        std::uint32_t floor = i == 0 ? 0 : starts[i - 1] + first.rows;
        std::uint32_t end = i + 1 < starts.size() ? starts[i + 1] : g.row_count();
        // The next table's title line belongs to it, not to this table's rows.
        std::optional<std::pair<std::string, const xlsx::Cell*>> next_title;
        if (i + 1 < starts.size()) {
            next_title = title_above(g, starts[i + 1], h.row + first.rows);
            if (next_title) end = next_title->second->ref.row;
        }
        Table t = read_table(g, s, h, end);
        if (auto title = title_above(g, h.row, floor)) {
            t.title = title->first;
            t.title_source = {t.sheet, title->second->ref, true};
        }
        out.push_back(std::move(t));
    }
    return out;
}

// Theme from the table's title ("GF1 Frafald") when the table has no theme column. A title that
// names the plan itself ("Opfølgningsplan 2023: …") or runs long is a heading, not a theme; the
// sheet name serves instead.
void fill_theme(Table& t, const std::string& plan_title) {
    if (!t.schema->theme_from_title) return;
    std::size_t f = *t.schema->theme_from_title;
    if (t.covered[f]) return;
    std::string theme = clean_title(t.title);
    Source src = t.title_source;
    bool heading = !plan_title.empty() && header_key(theme).rfind(header_key(plan_title), 0) == 0;
    if (theme.empty() || theme.size() > 60 || heading) {
        theme = t.sheet;
        src = Source{t.sheet, {}, false};
    }
    for (auto& row : t.rows)
        if (row.fields[f].empty()) row.fields[f] = FieldValue{theme, {}, src};
    t.covered[f] = true;
}

// Metadata as label/value pairs: a label cell and the next non-empty cell to its right.
void read_metadata(const xlsx::Workbook& wb, const schema::Schema& schema,
                   DepartmentWorkbook& out) {
    const auto& ms = schema.metadata;
    auto assign = [&](const std::string& name, FieldValue v) {
        if (name == "institution" && out.meta.institution.empty())
            out.meta.institution = std::move(v);
        else if (name == "department" && out.meta.department.empty())
            out.meta.department = std::move(v);
        else if (name == "plan_year" && out.meta.plan_year.empty())
            out.meta.plan_year = std::move(v);
        else if (name == "contact" && out.meta.contact.empty())
            out.meta.contact = std::move(v);
    };
    // The metadata sheet when there is one; otherwise label/value pairs above the tables of any
    // sheet (never inside a table, where "Afdeling | …" would be a header, not a label).
    std::vector<std::pair<const xlsx::Sheet*, std::uint32_t>> order;  // sheet, rows to look at
    for (const auto& sh : wb.sheets) {
        std::string key = header_key(sh.name);
        bool named = key == header_key(ms.title);
        for (const auto& syn : ms.synonyms) named = named || key == header_key(syn);
        std::uint32_t limit = 40;
        for (const auto& t : out.tables)
            if (t.sheet == sh.name) limit = std::min(limit, t.header_row);
        if (named)
            order.insert(order.begin(), {&sh, 40});
        else
            order.push_back({&sh, limit});
    }
    for (const auto& [sh, rows] : order) {
        Grid g(*sh);
        std::uint32_t limit = std::min<std::uint32_t>(g.row_count(), rows);
        for (std::uint32_t r = 0; r < limit; ++r) {
            auto cells = g.row_cells(r);
            // Label, value and perhaps a help text; a wider row is a table's header or data.
            if (cells.size() < 2 || cells.size() > 3) continue;
            const auto* mean = ms.meaning(xlsx::to_text(cells[0]->value));
            if (!mean || mean->kind != HeaderMeaning::Kind::field) continue;
            const auto* val = cells[1];
            // The value stands right of its label. The template's help text stands one further
            // out, and a blank value must not make the help text the value.
            if (val->ref.col != cells[0]->ref.col + 1) continue;
            assign(ms.fields[mean->index].name,
                   FieldValue{trim(xlsx::to_text(val->value)), typed(val->value),
                              Source{sh->name, val->ref, true}});
        }
    }
    // Fall back on the document properties and the title line ("Opfølgningsplan 2023: …").
    if (out.meta.institution.empty() && !wb.company.empty())
        out.meta.institution = FieldValue{wb.company, {}, {}};
    if (out.meta.plan_year.empty()) {
        static const std::regex year_in_title(
            R"((?:opf\S*lgningsplan|plan)\D{0,12}((?:19|20)\d{2}))", std::regex::icase);
        for (const auto& t : out.tables) {
            std::smatch m;
            if (std::regex_search(t.title, m, year_in_title)) {
                out.meta.plan_year = FieldValue{m[1].str(), {}, t.title_source};
                break;
            }
        }
    }
    if (!out.meta.plan_year.empty()) {
        if (auto* d = std::get_if<double>(&out.meta.plan_year.value))
            out.meta.year = static_cast<int>(*d);
        else if (auto n = parse::parse_danish_number(out.meta.plan_year.text);
                 n && n->decimals == 0)
            out.meta.year = static_cast<int>(n->value);
    }
    out.department_source = "metadata";
    if (out.meta.department.empty()) {
        if (!wb.subject.empty()) {
            out.meta.department = FieldValue{wb.subject, {}, {}};
            out.department_source = "document properties";
        } else {
            std::string stem = path_utf8(out.file.stem());
            out.meta.department = FieldValue{stem, {}, {}};
            out.department_source = "file name";
        }
    }
}

Layout classify(const DepartmentWorkbook& wb) {
    bool a = false, b = false, tmpl = false;
    for (const auto& t : wb.tables) {
        if (t.schema->name != "plan") continue;
        if (t.header_rows == 2)
            a = true;
        else if (std::any_of(t.columns.begin(), t.columns.end(),
                             [](const Column& c) { return c.role == Column::Role::split; }))
            b = true;
        else
            tmpl = true;
    }
    int kinds = a + b + tmpl;
    if (kinds > 1) return Layout::mixed;
    return a      ? Layout::format_a
           : b    ? Layout::format_b
           : tmpl ? Layout::template_layout
                  : Layout::unknown;
}

}  // namespace

DepartmentWorkbook map_workbook(const xlsx::Workbook& wb, const schema::Schema& schema) {
    DepartmentWorkbook out;
    out.file = wb.path;
    for (const auto& sheet : wb.sheets) {
        if (schema.ignored(sheet.name) ||
            (sheet.state != xlsx::SheetState::visible && sheet.cells.empty()))
            continue;
        Grid g(sheet);
        const auto candidates = header_rows(g);
        // The schema sheet whose headers this sheet matches best; the sheet name breaks ties.
        const SheetSchema* best = nullptr;
        HeaderMatch best_match;
        for (const auto& s : schema.sheets) {
            HeaderMatch m = best_header(candidates, s);
            bool named = header_key(sheet.name) == header_key(s.title);
            for (const auto& syn : s.synonyms)
                named = named || header_key(sheet.name) == header_key(syn);
            std::size_t score = m.score * 2 + (named ? 1 : 0);
            if (m.score >= 2 && score > best_match.score) {
                best = &s;
                best_match = m;
                best_match.score = score;
            }
        }
        if (!best) continue;
        for (auto& t : find_tables(g, *best, best_match)) {
            fill_theme(t, schema.title);
            out.tables.push_back(std::move(t));
        }
    }
    read_metadata(wb, schema, out);
    out.layout = classify(out);
    out.board_workbook =
        header_key(wb.keywords).find(header_key(board_workbook_keyword)) != std::string::npos;
    if (const auto* name = wb.custom_property(template_schema_property)) {
        TemplateStamp stamp{trim(*name), 0};
        if (const auto* v = wb.custom_property(template_version_property)) {
            auto n = parse::parse_danish_number(*v);
            if (n && n->decimals == 0 && n->value >= 1 && n->value <= 1e6)
                stamp.version = static_cast<int>(n->value);
        }
        out.stamp = std::move(stamp);
    }
    return out;
}

DepartmentWorkbook read_department(const std::filesystem::path& file,
                                   const schema::Schema& schema) {
    auto wb = xlsx::read_workbook(file);
    return map_workbook(wb, schema);
}

}  // namespace opfolg::plan
