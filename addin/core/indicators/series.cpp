// SPDX-License-Identifier: MIT
#include "core/indicators/series.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <regex>
#include <set>

#include "core/indicators/deltas.h"
#include "core/parse/danish_number.h"
#include "core/plan/grid.h"
#include "core/util/normalize.h"
#include "core/util/number_display.h"
#include "core/xlsx/number_format.h"

namespace opfolg::indicators {

namespace {

int decimals_of(double v) {
    std::string t = xlsx::number_text(v);
    auto dot = t.find('.');
    if (dot == std::string::npos || t.find('e') != std::string::npos) return 0;
    return static_cast<int>(t.size() - dot - 1);
}

struct Reading {
    std::optional<Figure> figure;
    bool percent = false;  ///< the cell said % (text or number format)
    bool bad = false;      ///< not a number and not a missing-data marker
};

// A figure from a cell: numbers as they are (fractions with a % format scaled to percent), Danish
// number text parsed, "–" and blanks missing.
Reading read_figure(const xlsx::Workbook& wb, const plan::SheetName& sheet, xlsx::CellRef ref) {
    Reading r;
    const xlsx::Sheet* s = wb.sheet(sheet.str());
    const xlsx::Cell* c = s ? s->find(ref) : nullptr;
    if (!c) return r;
    plan::Source src{sheet, ref, true};
    if (const double* d = std::get_if<double>(&c->value)) {
        double v = *d;
        if (xlsx::is_percent_format(wb.number_format(*c))) {
            r.percent = true;
            v = round_to(v * 100.0, 10);  // 0.167 × 100 = 16.700000000000003 → 16.7
        }
        r.figure = Figure{v, decimals_of(v), src};
        return r;
    }
    std::string text = trim(xlsx::to_text(c->value));
    if (parse::is_missing_marker(text)) return r;
    if (auto n = parse::parse_danish_number(text)) {
        r.percent = n->percent;
        r.figure = Figure{n->value, n->decimals, src};
        return r;
    }
    r.bad = true;
    return r;
}

std::string key_of(const std::string& s) { return header_key(s); }

struct Builder {
    const xlsx::Workbook& wb;
    const plan::DepartmentWorkbook& mapped;
    const Catalogue& catalogue;
    std::vector<Issue>& issues;
    std::map<std::tuple<std::string, std::string, std::string>, Series>
        series;  // (sheet, label key, group key)
    std::map<const Series*, bool> percent_seen;
    std::map<const Series*, std::pair<Unit, Polarity>> stated;

    // The series of `label` and `group` in `sheet`: labels are compared as header keys, never
    // through the catalogue, so that two questions of one survey stay two indicators.
    Series& get(const std::string& sheet, const std::string& label, const std::string& group,
                Match match, const plan::Source& label_source, const plan::Source& group_source) {
        auto k = std::make_tuple(sheet, key_of(label), key_of(group));
        auto it = series.find(k);
        if (it == series.end()) {
            Series s;
            s.sheet = sheet;
            s.label = label;
            s.label_source = label_source;
            s.group = group.empty() ? mapped.meta.department.text : group;
            s.group_source = group.empty() ? mapped.meta.department.source : group_source;
            s.match = std::move(match);
            it = series.emplace(k, std::move(s)).first;
        }
        return it->second;
    }

    Point& point(Series& s, int year) {
        for (auto& p : s.points)
            if (p.year == year) return p;
        s.points.push_back(Point{year, {}, {}, {}, {}});
        return s.points.back();
    }

    void put(Series& s, std::optional<Figure> Point::*slot, int year, const Reading& r) {
        if (r.percent) percent_seen[&s] = true;
        if (!r.figure) return;
        Point& p = point(s, year);
        if ((p.*slot) && slot == &Point::value)
            issues.push_back({Severity::warning,
                              "indicator-duplicate",
                              s.sheet,
                              xlsx::to_a1(r.figure->source.cell),
                              s.name(),
                              {fmt::format("{} har to værdier for {} ({}); den sidste bruges",
                                           s.name(), year, s.group),
                               fmt::format("{} has two values for {} ({}); the last is used",
                                           s.name(), year, s.group)},
                              xlsx::number_text(r.figure->value)});
        p.*slot = r.figure;
    }

    void bad_number(const std::string& sheet, xlsx::CellRef ref, const std::string& what) {
        const xlsx::Sheet* sh = wb.sheet(sheet);
        const xlsx::Cell* c = sh ? sh->find(ref) : nullptr;
        std::string text = c ? xlsx::to_text(c->value) : "";
        issues.push_back({Severity::error,
                          "indicator-not-a-number",
                          sheet,
                          xlsx::to_a1(ref),
                          what,
                          {fmt::format("\"{}\" er ikke et tal (skriv fx 16,7 eller 16,7 %)", text),
                           fmt::format("\"{}\" is not a number (write e.g. 16.7 or 16.7 %)", text)},
                          text});
    }

    // --- the template's long form ---------------------------------------------------------------
    void read_long(const plan::Table& t) {
        const auto& s = *t.schema;
        const plan::SheetName sheet(t.sheet);
        auto idx = [&](const char* n) { return s.field_index(n); };
        auto f_ind = idx("indicator"), f_unit = idx("unit"), f_pol = idx("polarity"),
             f_group = idx("group"), f_year = idx("year"), f_value = idx("value"),
             f_nat = idx("national"), f_target = idx("target");
        if (!f_ind || !f_year || !f_value) return;
        for (const auto& row : t.rows) {
            const auto& label = row.fields[*f_ind].text;
            if (label.empty()) continue;
            const auto& yv = row.fields[*f_year];
            std::optional<int> y;
            if (const double* d = std::get_if<double>(&yv.value))
                y = static_cast<int>(*d);
            else if (auto n = parse::parse_danish_number(yv.text); n && n->decimals == 0)
                y = static_cast<int>(n->value);
            if (!y) continue;  // the validation checks already report a bad year
            std::string group = f_group ? row.fields[*f_group].text : "";
            Series& ser = get(t.sheet, label, group, catalogue.match(label),
                              row.fields[*f_ind].source,
                              f_group ? row.fields[*f_group].source : plan::Source{});
            if (f_unit && !row.fields[*f_unit].empty())
                stated[&ser].first = parse_unit(row.fields[*f_unit].text);
            if (f_pol && !row.fields[*f_pol].empty())
                stated[&ser].second = parse_polarity(row.fields[*f_pol].text);
            auto cell = [&](std::optional<std::size_t> f) -> std::optional<xlsx::CellRef> {
                if (!f || row.fields[*f].empty() || !row.fields[*f].source.known)
                    return std::nullopt;
                return row.fields[*f].source.cell;
            };
            if (auto c = cell(f_value)) put(ser, &Point::value, *y, read_figure(wb, sheet, *c));
            if (auto c = cell(f_nat)) put(ser, &Point::national, *y, read_figure(wb, sheet, *c));
            if (auto c = cell(f_target)) put(ser, &Point::target, *y, read_figure(wb, sheet, *c));
        }
    }

    // --- the wide form of real plans
    // --------------------------------------------------------------
    enum class Kind { label, year, national, diff, target, other };
    struct WideColumn {
        std::uint32_t col;
        Kind kind;
        std::optional<int> year;
    };

    static std::optional<int> year_in(const std::string& text) {
        static const std::regex re(R"(((?:19|20)\d{2})\s*$)");
        std::smatch m;
        if (std::regex_search(text, m, re)) return std::stoi(m[1]);
        return std::nullopt;
    }

    static Kind kind_of(const std::string& text) {
        std::string k = key_of(text);
        // "Diff. til landsplan 2024" is a difference, though it names the national level.
        for (const char* w : {"diff", "forskel", "afvigelse"})
            if (k.find(w) != std::string::npos) return Kind::diff;
        for (const char* w :
             {"landsplan", "landsgennemsnit", "landsgnsn", "landsniveau", "heleland", "national"})
            if (k.find(w) != std::string::npos) return Kind::national;
        if (k.rfind("maal", 0) == 0 && k.find("maalgruppe") == std::string::npos)
            return Kind::target;
        if (year_in(text) && text.size() <= 16) return Kind::year;
        return Kind::other;
    }

    // A header row: text in its first cell, then at least one year column.
    static std::optional<std::vector<WideColumn>> wide_header(const plan::Grid& g,
                                                              std::uint32_t r) {
        auto cells = g.row_cells(r);
        if (cells.size() < 2 || !std::holds_alternative<std::string>(cells[0]->value))
            return std::nullopt;
        std::vector<WideColumn> cols{{cells[0]->ref.col, Kind::label, std::nullopt}};
        int years = 0, nationals = 0;
        for (std::size_t i = 1; i < cells.size(); ++i) {
            std::string text = trim(xlsx::to_text(cells[i]->value));
            Kind k = std::holds_alternative<double>(cells[i]->value)
                         ? (year_in(text) ? Kind::year : Kind::other)
                         : kind_of(text);
            if (k == Kind::year) ++years;
            if (k == Kind::national) ++nationals;
            cols.push_back({cells[i]->ref.col, k, year_in(text)});
        }
        // Two years, or a year and the national level: a label and one year ("Planår 2025") is not
        // an indicator table.
        if (years == 0 || (years < 2 && nationals == 0) || year_in(xlsx::to_text(cells[0]->value)))
            return std::nullopt;
        // Columns without a year of their own (a bare "Diff.") speak of the latest year.
        int latest = 0;
        for (const auto& c : cols)
            if (c.kind == Kind::year && c.year) latest = std::max(latest, *c.year);
        for (auto& c : cols)
            if (!c.year && c.kind != Kind::label) c.year = latest;
        return cols;
    }

    void read_wide(const xlsx::Sheet& sheet) {
        plan::Grid g(sheet);
        const plan::SheetName sheet_name(sheet.name);
        std::uint32_t r = 0;
        while (r < g.row_count()) {
            auto header = wide_header(g, r);
            if (!header) {
                ++r;
                continue;
            }
            std::string title;
            plan::Source title_source;
            for (std::uint32_t up = 1; up <= 3 && r >= up; ++up) {
                auto cells = g.row_cells(r - up);
                if (cells.empty()) continue;
                if (cells.size() == 1) {
                    title = trim(xlsx::to_text(cells[0]->value));
                    title_source = {sheet_name, cells[0]->ref, true};
                }
                break;
            }
            static const std::regex table_no(R"(^\s*tabel\s*\d+\s*[:.]\s*)", std::regex::icase);
            title = std::regex_replace(title, table_no, "");
            std::uint32_t row = r + 1;
            for (; row < g.row_count(); ++row) {
                auto cells = g.row_cells(row);
                if (cells.empty()) break;
                std::string label = g.text(row, header->front().col);
                if (label.empty()) continue;
                // The table's title names the indicator and each row a group ("Tabel 1: Frafald
                // …" by entry route), unless title and row together name a more specific one
                // ("Frafald uden omvalg på GF2" + "3 mdr"), or only the row names one.
                auto found = [](const Match& m) { return m.kind != MatchKind::none; };
                Match by_title = title.empty() ? Match{} : catalogue.match(title);
                Match by_both = title.empty() ? Match{} : catalogue.match(title + " " + label);
                Match by_row = catalogue.match(label);
                Match match;
                std::string name, group;
                if (found(by_both) &&
                    (!found(by_title) || by_both.key.size() > by_title.key.size())) {
                    match = std::move(by_both), name = title + " " + label;
                } else if (found(by_title)) {
                    match = std::move(by_title), name = title, group = label;
                } else if (found(by_row)) {
                    match = std::move(by_row), name = label;
                } else {
                    name = title.empty() ? label : title;
                    group = title.empty() ? "" : label;
                }
                plan::Source row_source{sheet_name, {row, header->front().col}, true};
                Series& ser = get(sheet.name, name, group, std::move(match),
                                  name == title ? title_source : row_source, row_source);
                for (const auto& c : *header) {
                    if (c.kind == Kind::label || c.kind == Kind::other || !c.year) continue;
                    xlsx::CellRef ref{row, c.col};
                    Reading rd = read_figure(wb, sheet_name, ref);
                    if (rd.bad) {
                        bad_number(sheet.name, ref, ser.name());
                        continue;
                    }
                    auto slot = c.kind == Kind::year       ? &Point::value
                                : c.kind == Kind::national ? &Point::national
                                : c.kind == Kind::diff     ? &Point::stated_diff
                                                           : &Point::target;
                    put(ser, slot, *c.year, rd);
                }
            }
            r = row + 1;
        }
    }

    // What a figure in `u` can be: a share, a 1–5 or 1–10 score, a count.
    static bool fits(Unit u, double v) {
        switch (u) {
            case Unit::percent:
                return v >= 0 && v <= 100;
            case Unit::score5:
                return v >= 0 && v <= 5;
            case Unit::score10:
                return v >= 0 && v <= 10;
            case Unit::count:
                return v >= 0;
            case Unit::unknown:
                return true;
        }
        return true;
    }

    struct Fit {
        std::size_t figures = 0;
        std::vector<std::pair<int, const Figure*>> misfits;  ///< (year, figure)
        bool none_fit() const { return figures > 0 && misfits.size() == figures; }
    };

    Fit fit(const Series& s, Unit u) {
        Fit f;
        for (const auto& p : s.points)
            for (const auto* fig : {&p.value, &p.national, &p.target})
                if (*fig) {
                    ++f.figures;
                    if (!fits(u, (*fig)->value)) f.misfits.emplace_back(p.year, &**fig);
                }
        return f;
    }

    std::string cell_of(const plan::Source& src) const {
        return src.known ? xlsx::to_a1(src.cell) : "";
    }

    void warn(const Series& s, const std::string& code, const std::string& cell, Text message,
              std::string value = {}) {
        issues.push_back({Severity::warning, code, s.sheet, cell, s.name(), std::move(message),
                          std::move(value)});
    }

    // Whether the matched entry may lend its unit and polarity: an exact match unless none of the
    // figures fits its unit (or the cells say % and the entry is no percentage); a fuzzy match
    // only when all of them fit. Says why when it may not.
    bool may_lend(const Series& s) {
        const Entry& e = *s.match.entry;
        Fit f = fit(s, e.unit);
        bool percent_cells = percent_seen[&s] && e.unit != Unit::percent;
        bool lend = !percent_cells && (s.match.kind == MatchKind::exact ? !f.none_fit()
                                                                         : f.misfits.empty());
        if (lend) return true;
        std::string shown = percent_cells        ? "%"
                            : f.misfits.empty()  ? ""
                                                 : number_display(f.misfits.front().second->value,
                                                                  Lang::da);
        std::string cell = f.misfits.empty() ? cell_of(s.label_source)
                                             : cell_of(f.misfits.front().second->source);
        warn(s, "indicator-unit-misfit", cell,
             {fmt::format("\"{}\" ligner katalogets \"{}\" ({}), men {} passer ikke til den "
                          "enhed; katalogets enhed og polaritet bruges ikke",
                          s.label, e.name, unit_name(e.unit),
                          percent_cells ? "arkets %-tal" : shown),
              fmt::format("\"{}\" resembles the catalogue's \"{}\" ({}), but {} does not fit "
                          "that unit; the catalogue's unit and polarity are not used",
                          s.label, e.name, unit_name(e.unit),
                          percent_cells ? "the sheet's percentages"
                                        : xlsx::number_text(f.misfits.front().second->value))},
             shown);
        return false;
    }

    // A label that names several entries ("Læringsmiljø: faglig hjælp (andel Altid/Ofte)") is
    // the one entry whose unit all its figures fit, if exactly one does (86 % is no 1–5 score):
    // a fuzzy match to it. Otherwise it stays ambiguous.
    void resolve_by_fit(Series& s) {
        const Entry* only = nullptr;
        for (const auto* c : s.match.candidates) {
            bool fits_all = fit(s, c->unit).misfits.empty() &&
                            !(percent_seen[&s] && c->unit != Unit::percent);
            if (!fits_all) continue;
            if (only) return;  // fits two: still ambiguous
            only = c;
        }
        if (!only || fit(s, only->unit).figures == 0) return;
        s.match.kind = MatchKind::fuzzy;
        s.match.entry = only;
    }

    // The series' own unit and polarity, from the sheet; false when it states too little.
    bool own_unit(Series& s, std::pair<Unit, Polarity> st) {
        s.unit = st.first != Unit::unknown ? st.first
                 : percent_seen[&s]        ? Unit::percent
                                           : Unit::unknown;
        s.polarity = st.second;
        return s.unit != Unit::unknown && s.polarity != Polarity::unknown;
    }

    std::vector<Series> finish() {
        std::vector<Series> out;
        for (auto& [k, s] : series) {
            auto st =
                stated.count(&s) ? stated[&s] : std::make_pair(Unit::unknown, Polarity::unknown);
            if (s.match.kind == MatchKind::ambiguous) resolve_by_fit(s);
            bool sure = s.match.kind == MatchKind::exact || s.match.kind == MatchKind::fuzzy;
            if (sure && may_lend(s)) {
                s.entry = s.match.entry;
                s.unit = s.entry->unit;
                s.polarity = s.entry->polarity;
                s.tolerance = s.entry->tolerance;
                // The catalogue decides; a sheet that says otherwise is probably mislabelled.
                if (st.first != Unit::unknown && st.first != s.unit)
                    warn(s, "unit-mismatch", "",
                         {fmt::format("arket angiver enheden {} for {}, men kataloget siger {}; "
                                      "katalogets enhed bruges",
                                      unit_name(st.first), s.name(), unit_name(s.unit)),
                          fmt::format("the sheet states the unit {} for {}, but the catalogue says "
                                      "{}; the catalogue's unit is used",
                                      unit_name(st.first), s.name(), unit_name(s.unit))},
                         unit_name(st.first));
            } else {
                bool computable = own_unit(s, st);
                const std::string label_cell = cell_of(s.label_source);
                Text not_computed = {
                    computable ? "" : "; arket angiver ikke enhed og polaritet, så den beregnes ikke",
                    computable ? "" : "; the sheet states no unit and polarity, so it is not computed"};
                if (s.match.kind == MatchKind::ambiguous) {
                    std::string names;
                    for (const auto* c : s.match.candidates)
                        names += (names.empty() ? "" : "; ") + c->name;
                    warn(s, "indicator-ambiguous", label_cell,
                         {fmt::format("\"{}\" kan være flere af katalogets indikatorer ({}); "
                                      "skriv navnet fra kataloget eller angiv enhed og polaritet{}",
                                      s.label, names, not_computed.da),
                          fmt::format("\"{}\" could be several of the catalogue's indicators ({}); "
                                      "write the catalogue's name or state unit and polarity{}",
                                      s.label, names, not_computed.en)},
                         s.label);
                } else if (s.match.kind == MatchKind::none) {
                    warn(s, "indicator-unknown", label_cell,
                         {computable
                              ? fmt::format("indikatoren \"{}\" findes ikke i kataloget; den "
                                            "beregnes ud fra arkets enhed og polaritet",
                                            s.label)
                              : fmt::format("indikatoren \"{}\" findes ikke i kataloget, og arket "
                                            "angiver ikke enhed og polaritet; den beregnes ikke",
                                            s.label),
                          computable
                              ? fmt::format("the indicator \"{}\" is not in the catalogue; it is "
                                            "computed from the sheet's unit and polarity",
                                            s.label)
                              : fmt::format("the indicator \"{}\" is not in the catalogue and the "
                                            "sheet states no unit and polarity; it is not computed",
                                            s.label)},
                         s.label);
                }
                if (!computable) continue;
            }
            std::sort(s.points.begin(), s.points.end(),
                      [](const Point& a, const Point& b) { return a.year < b.year; });
            for (const auto& [year, figure] : fit(s, s.unit).misfits)
                warn(s, "scale-mismatch", cell_of(figure->source),
                     s.unit == Unit::score5
                         ? Text{fmt::format("{} er på skalaen 1–5, men {} står som {}; ældre "
                                            "ETU-tal (før 2019, skala 1–100) kan ikke "
                                            "sammenlignes",
                                            s.name(), year, number_display(figure->value, Lang::da)),
                                fmt::format("{} uses the 1–5 scale, but {} reads {}; older ETU "
                                            "figures (before 2019, 1–100 scale) are not comparable",
                                            s.name(), year, xlsx::number_text(figure->value))}
                         : Text{fmt::format("{} måles i {}, men {} står som {}, som ikke passer",
                                            s.name(), unit_name(s.unit), year,
                                            number_display(figure->value, Lang::da)),
                                fmt::format("{} is measured in {}, but {} reads {}, which does not "
                                            "fit",
                                            s.name(), unit_name(s.unit), year,
                                            xlsx::number_text(figure->value))},
                     xlsx::number_text(figure->value));
            out.push_back(std::move(s));
        }
        return out;
    }
};

}  // namespace

std::vector<Series> read_series(const xlsx::Workbook& wb, const plan::DepartmentWorkbook& mapped,
                                const Catalogue& catalogue, const schema::Schema& schema,
                                std::vector<Issue>& issues) {
    Builder b{wb, mapped, catalogue, issues, {}, {}, {}};
    std::set<std::string> claimed;
    for (const auto& t : mapped.tables) {
        claimed.insert(t.sheet);
        if (t.schema->name == "indicators") b.read_long(t);
    }
    auto is_metadata = [&](const std::string& name) {
        if (header_key(name) == header_key(schema.metadata.title)) return true;
        for (const auto& syn : schema.metadata.synonyms)
            if (header_key(name) == header_key(syn)) return true;
        return false;
    };
    for (const auto& sheet : wb.sheets)
        if (!claimed.count(sheet.name) && !schema.ignored(sheet.name) && !is_metadata(sheet.name) &&
            sheet.state == xlsx::SheetState::visible)
            b.read_wide(sheet);
    auto out = b.finish();
    // The sheet's own difference column catches copy errors in real plans.
    for (const auto& s : out) {
        auto d = compute(s);
        if (!d || !d->stated_diff || !d->diff_national) continue;
        const Point* p = nullptr;
        for (const auto& pt : s.points)
            if (pt.year == d->year) p = &pt;
        int dec = p->stated_diff->decimals;
        if (std::fabs(*d->stated_diff - *d->diff_national) > 0.5 * std::pow(10.0, -dec) + 1e-9)
            issues.push_back(
                {Severity::warning,
                 "diff-mismatch",
                 s.sheet,
                 xlsx::to_a1(p->stated_diff->source.cell),
                 s.name(),
                 {fmt::format("forskellen til landsplan står som {}, men {} − {} = {} ({})",
                              number_display(*d->stated_diff, Lang::da),
                              number_display(d->value, Lang::da),
                              number_display(*d->national, Lang::da),
                              number_display(*d->diff_national, Lang::da), s.group),
                  fmt::format(
                      "the difference to the national level reads {}, but {} − {} = {} ({})",
                      xlsx::number_text(*d->stated_diff), xlsx::number_text(d->value),
                      xlsx::number_text(*d->national), xlsx::number_text(*d->diff_national),
                      s.group)},
                 xlsx::number_text(*d->stated_diff)});
    }
    return out;
}

}  // namespace opfolg::indicators
