// SPDX-License-Identifier: MIT
#include "core/consolidate/board_indicators.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/consolidate/board_print.h"
#include "core/consolidate/board_reader.h"
#include "core/indicators/deltas_format.h"
#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/xlsx/house_style.h"
#include "core/xlsx/text_metrics.h"

namespace opfolg::consolidate {

namespace {

using indicators::Delta;

struct Entry {
    std::string department;
    std::string file;
    const Delta* delta;
};

std::vector<Entry> all_deltas(const Board& b) {
    std::vector<Entry> out;
    for (const auto& f : b.result.report.files) {
        if (!f.workbook || !included(b.result, f)) continue;
        for (const auto& d : f.deltas)
            out.push_back({f.workbook->meta.department.text, path_utf8(f.file.filename()), &d});
    }
    return out;
}

std::string unit_text(indicators::Unit u) { return indicators::unit_word(u); }

std::string source_text(const Entry& e, const Delta& d) {
    return fmt::format("{} › {}!{}", e.file, d.series.sheet,
                       d.source.known ? xlsx::to_a1(d.source.cell) : "");
}

void indicators_sheet(xlsx::WorkbookWriter& w, const Board& b, const BoardFormats& f,
                      const std::vector<Entry>& entries) {
    auto& s = w.add_sheet("Indikatorer");
    // Columns by name, so that a column added later moves the formulas that refer to it. The
    // first ten are what the board reads on paper (the print area); the source is last, because
    // the public version leaves it out.
    enum Col : std::uint32_t {
        department, indicator, group, year, value, change, change_unit, national, assessment,
        vs_national, diff_national, previous_year, previous_value, target, target_met, trend,
        catalogue, unit, source, count
    };
    constexpr std::uint32_t printed = diff_national;
    const std::vector<std::string> heads = {
        "Afdeling",  "Indikator", "Gruppe",     "År",          "Værdi",
        "Ændring",   "Ændring i", "Landsplan",  "Udvikling",   "Ift. landsplan",
        "Forskel til landsplan",  "Forrige år", "Forrige værdi", "Mål", "Mål nået",
        "Tendens",   "Katalog",   "Enhed",      "Kilde"};
    static_assert(Col::count == 19, "one header per column");
    // The public version leaves the source (file and cell names) out: it is the last column.
    const std::uint32_t ncols = b.options.public_version ? Col::source : Col::count;
    // Each column as wide as its header and its longest text, so nothing is cut off ("Forskel
    // til landsplan", "dårligere end landsplan"); the printed ones share an A4 landscape page,
    // where the labels (department, indicator, group) wrap.
    std::vector<std::vector<std::string>> texts(Col::count);
    for (const auto& e : entries) {
        const Delta& d = *e.delta;
        texts[department].push_back(e.department);
        texts[indicator].push_back(d.series.name());
        texts[catalogue].push_back(indicators::catalogue_text(d.series, Lang::da));
        texts[group].push_back(d.series.group);
        texts[unit].push_back(unit_text(d.series.unit));
        texts[change_unit].push_back(indicators::delta_unit_text(d.series.unit, Lang::da));
        if (d.assessment)
            texts[assessment].push_back(indicators::assessment_text(*d.assessment, Lang::da));
        if (d.vs_national)
            texts[vs_national].push_back(indicators::vs_national_text(*d.vs_national, Lang::da));
        if (d.trend) texts[trend].push_back(indicators::trend_text(*d.trend, Lang::da));
        texts[source].push_back(source_text(e, d));
    }
    // Figures need room for "-12.35" at most; texts are wrapped beyond 45 characters.
    for (auto& t : texts)
        if (t.empty()) t.push_back("-00.00");
    std::vector<PrintColumn> page;
    for (std::uint32_t c = 0; c < printed; ++c)
        page.push_back(c == department  ? text_column(heads[c], texts[c], 30)
                       : c <= group     ? text_column(heads[c], texts[c], 45, 1.5)
                                        : fixed_column(heads[c], texts[c]));
    auto widths = fit_columns(page, board_page_width_pt(b));
    for (std::uint32_t c = 0; c < ncols; ++c)
        s.set_column(c, c, c < printed ? widths[c] : fit_width(heads[c], texts[c], 45));
    texts.clear();
    // The table writes the header cells; it needs at least one data row.
    const std::uint32_t last =
        std::max<std::uint32_t>(static_cast<std::uint32_t>(entries.size()), 1);
    xlsx::TableSpec table;
    table.name = "tblIndikatorer";
    table.headers.assign(heads.begin(), heads.begin() + ncols);
    table.header_format = f.header;
    table.banded_rows = false;  // borders instead, as LibreOffice shows it too
    s.add_table({{0, 0}, {last, ncols - 1}}, table);
    std::uint32_t row = 1;
    auto num = [&](std::uint32_t c, const std::optional<double>& v, xlsx::Format fmt) {
        if (v)
            s.write_number({row, c}, *v, fmt);
        else
            s.write({row, c}, std::monostate{}, f.plain);
    };
    for (const auto& e : entries) {
        const Delta& d = *e.delta;
        const auto& ser = d.series;
        s.write_string({row, department}, e.department, f.text);
        s.write_string({row, indicator}, ser.name(), f.text);
        s.write_string({row, catalogue}, indicators::catalogue_text(ser, Lang::da), f.text);
        s.write_string({row, group}, ser.group, f.text);
        s.write_string({row, unit}, unit_text(ser.unit), f.plain);
        s.write_number({row, year}, d.year, f.plain);
        s.write_number({row, value}, d.value, f.number);
        num(previous_year, d.previous_year ? std::optional<double>(*d.previous_year) : std::nullopt,
            f.plain);
        num(previous_value, d.previous_value, f.number);
        num(change, d.delta, f.delta);
        s.write_string({row, change_unit}, indicators::delta_unit_text(ser.unit, Lang::da),
                       f.plain);
        num(national, d.national, f.number);
        num(diff_national, d.diff_national, f.delta);
        s.write_string({row, assessment},
                       d.assessment ? indicators::assessment_text(*d.assessment, Lang::da) : "",
                       f.plain);
        s.write_string({row, vs_national},
                       d.vs_national ? indicators::vs_national_text(*d.vs_national, Lang::da) : "",
                       f.plain);
        num(target, d.target, f.number);
        s.write_string({row, target_met}, d.target_met ? (*d.target_met ? "ja" : "nej") : "",
                       f.plain);
        s.write_string({row, trend}, d.trend ? indicators::trend_text(*d.trend, Lang::da) : "",
                       f.plain);
        if (ncols > source) s.write_string({row, source}, source_text(e, d), f.text);
        ++row;
    }
    // Colours follow the words, so they stay right when the board sorts or filters the table.
    auto when = [&](Col c, const char* word) {
        return "$" + xlsx::column_name(c) + "2=\"" + word + "\"";
    };
    s.add_conditional({{1, assessment}, {last, assessment}}, {when(assessment, "forværret"), f.bad});
    s.add_conditional({{1, assessment}, {last, assessment}}, {when(assessment, "forbedret"), f.good});
    s.add_conditional({{1, vs_national}, {last, vs_national}},
                      {when(vs_national, "dårligere end landsplan"), f.bad});
    s.add_conditional({{1, vs_national}, {last, vs_national}},
                      {when(vs_national, "bedre end landsplan"), f.good});
    s.freeze(1, 2);
    auto print = board_page(b, "Indikatorer", 0);
    print.print_area = xlsx::CellRange{{0, 0}, {last, printed - 1}};
    s.print_setup(print);
}

constexpr std::size_t max_chart_series = 255;  // Excel's limit per chart

// A chart line's name. Two labels of one department can share an entry ("Frafald 3 mdr. GF2"
// with and without "uden omvalg"): the label tells their lines apart.
std::string series_name(const Entry& e, const std::string& entry_name) {
    const auto& ser = e.delta->series;
    return e.department + (header_key(ser.label) == header_key(entry_name) ? "" : " – " + ser.label) +
           (ser.group.empty() || ser.group == e.department ? "" : " – " + ser.group);
}

void charts_sheet(xlsx::WorkbookWriter& w, const Board& b, const BoardFormats& f,
                  const std::vector<Entry>& entries) {
    auto& s = w.add_sheet("Grafer");
    // One chart a page, as wide as the page: the charts stand in columns A–J, which are the print
    // area; their figures stand to the right, one table under the other, and are not printed (the
    // Indikatorer sheet prints them).
    const std::uint32_t data_col = 10;
    auto print = board_page(b, "Grafer", std::nullopt);
    const auto [page_width, page_height] = xlsx::printable_area_pt(print);
    const auto widths =
        fit_columns(std::vector<PrintColumn>(data_col, PrintColumn{100, 1, 1}), page_width);
    double chart_px = 0;  // Excel's pixels, which libxlsxwriter anchors the chart by
    for (double w : widths) chart_px += std::floor(xlsx::column_width_pt(w) / 0.75);
    s.set_widths(widths);
    // The series' names on one line each: a wrapped name would make its row taller, and with it
    // the chart beside it, beyond its page.
    std::vector<std::string> names{"Landsplan – " + std::string(20, 'x')};
    for (const auto& e : entries)
        if (e.delta->series.entry && e.delta->series.entry->key)
            names.push_back(series_name(e, e.delta->series.entry->name));
    s.set_column(data_col, data_col, fit_width("Serie", names, 120));
    names.clear();
    s.set_column(data_col + 1, data_col + 12, 8);
    constexpr double title_height = 21, row_height = xlsx::default_line_height;
    s.set_row(0, title_height);
    s.write_string({0, 0}, "Nøgleindikatorer: udvikling pr. afdeling og landsplan", f.title);
    // The first page holds the title and a blank row above its chart; a row to spare below.
    const auto chart_rows =
        static_cast<std::uint32_t>((page_height - title_height - row_height) / row_height) - 1;
    std::uint32_t block = 2;           // where the next chart goes
    std::uint32_t table_row = 2;       // where the next table of figures goes
    std::vector<std::uint32_t> pages;  // a page break before each chart but the first
    // Key indicators in catalogue order, so the sheet reads the same every year.
    std::size_t charts = 0;
    for (const auto& entry : b.catalogue.entries()) {
        if (!entry.key) continue;
        std::vector<const Entry*> mine;
        for (const auto& e : entries)
            if (e.delta->series.entry && e.delta->series.entry->id == entry.id) mine.push_back(&e);
        if (mine.empty()) continue;
        std::set<int> years;
        for (const auto* e : mine)
            for (const auto& p : e->delta->series.points)
                if (p.value || p.national) years.insert(p.year);
        std::vector<int> ys(years.begin(), years.end());
        s.write_string({table_row, data_col}, entry.name, f.label);
        std::uint32_t head = table_row + 1;
        s.write_string({head, data_col}, "Serie", f.header);
        for (std::uint32_t i = 0; i < ys.size(); ++i)
            s.write_string({head, data_col + 1 + i}, std::to_string(ys[i]), f.header);
        std::uint32_t row = head + 1;
        xlsx::ChartSpec chart;
        chart.title = entry.name;
        chart.y_title = entry.unit == indicators::Unit::percent ? "%"
                        : entry.unit == indicators::Unit::count ? "antal"
                                                                : "score";
        // A percentage axis starts at 0: one starting at 10.5 makes a small change look large.
        if (entry.unit == indicators::Unit::percent) chart.y_min = 0;
        // libxlsxwriter's charts are 480 × 288 pixels at scale 1.
        chart.width_scale = chart_px / 480;
        chart.height_scale = chart_rows * row_height / 0.75 / 288;
        const std::uint32_t palette[] = {0x1F4E79, 0xC55A11, 0x548235, 0x7030A0,
                                         0xBF9000, 0x2E75B6, 0x833C0B, 0x375623};
        std::string sheet_ref = "'Grafer'!";
        auto range = [&](std::uint32_t r0, std::uint32_t c0, std::uint32_t c1) {
            return "=" + sheet_ref + "$" + xlsx::column_name(c0) + "$" + std::to_string(r0 + 1) +
                   ":$" + xlsx::column_name(c1) + "$" + std::to_string(r0 + 1);
        };
        std::string categories =
            range(head, data_col + 1, data_col + static_cast<std::uint32_t>(ys.size()));
        std::size_t n = 0;
        std::vector<xlsx::ChartSeries> lines;  // one per department and group
        std::map<std::string, std::vector<std::optional<double>>>
            nationals;  // one per distinct national series
        for (const auto* e : mine) {
            const auto& ser = e->delta->series;
            std::string name = series_name(*e, entry.name);
            s.write_string({row, data_col}, name, f.plain);
            std::vector<std::optional<double>> nat(ys.size());
            for (std::uint32_t i = 0; i < ys.size(); ++i)
                for (const auto& p : ser.points)
                    if (p.year == ys[i]) {
                        if (p.value)
                            s.write_number({row, data_col + 1 + i}, p.value->value, f.number);
                        if (p.national) nat[i] = p.national->value;
                    }
            if (std::any_of(nat.begin(), nat.end(), [](const auto& v) { return v.has_value(); }))
                nationals.emplace(
                    "Landsplan" +
                        (ser.group.empty() || ser.group == e->department ? "" : " – " + ser.group),
                    nat);
            lines.push_back(
                {name, categories,
                 range(row, data_col + 1, data_col + static_cast<std::uint32_t>(ys.size())),
                 palette[n % 8], false});
            ++n;
            ++row;
        }
        // Identical national series (one national level for all groups) collapse into one line.
        std::map<std::vector<std::optional<double>>, std::string> distinct;
        for (const auto& [name, nat] : nationals) distinct.emplace(nat, name);
        bool single = distinct.size() == 1;
        // Excel refuses a chart of more than 255 series: the table beside the chart keeps every
        // line, the chart shows as many as it can, national levels first.
        const std::size_t room = max_chart_series - std::min(max_chart_series, distinct.size());
        const std::size_t shown = std::min(room, lines.size());
        chart.series.assign(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(shown));
        std::size_t k = 0;
        for (const auto& [nat, name] : distinct) {
            std::string label = single ? "Landsplan" : name;
            s.write_string({row, data_col}, label, f.plain);
            for (std::uint32_t i = 0; i < ys.size(); ++i)
                if (nat[i]) s.write_number({row, data_col + 1 + i}, *nat[i], f.number);
            chart.series.push_back(
                {label, categories,
                 range(row, data_col + 1, data_col + static_cast<std::uint32_t>(ys.size())),
                 palette[(n + k++) % 8], true});
            ++row;
        }
        if (shown < lines.size())
            s.write_string({row++, data_col},
                           fmt::format("Diagrammet viser de første {} af {} serier (Excel tillader "
                                       "{}); alle tal står ovenfor og på arket Indikatorer.",
                                       shown, lines.size(), max_chart_series),
                           f.plain);
        s.insert_chart({block, 0}, chart);
        if (charts++) pages.push_back(block);
        block += chart_rows + 1;
        table_row = row + 2;
    }
    if (charts == 0)
        s.write_string({2, 0}, "Ingen nøgleindikatorer fundet i afdelingernes projektmapper.",
                       f.plain);
    print.print_area = xlsx::CellRange{{0, 0}, {std::max<std::uint32_t>(block, 3) - 1, data_col - 1}};
    print.page_breaks = pages;
    s.print_setup(print);
}

std::string point_source(const Entry& e, const indicators::Point& p) {
    const auto* fig = p.value ? &*p.value : p.national ? &*p.national : nullptr;
    if (!fig || !fig->source.known) return e.file;
    return fmt::format("{} › {}!{}", e.file, fig->source.sheet.str(), xlsx::to_a1(fig->source.cell));
}

}  // namespace

void history_sheet(xlsx::WorkbookWriter& w, const Board& b, const BoardFormats& f) {
    namespace h = board_history;
    auto entries = all_deltas(b);
    auto& s = w.add_sheet(h::sheet);
    const std::vector<std::string> heads = {h::department, h::indicator, h::group, h::unit,
                                            h::polarity,   h::year,      h::value, h::national,
                                            h::target,     h::source};
    // Everything but the source is what a reader needs on paper: the print area, which fills an
    // A4 landscape page like Indikatorer's (the labels wrap, figures and words do not).
    constexpr std::uint32_t printed = 9;
    std::vector<std::vector<std::string>> texts(heads.size());
    std::size_t rows = 0;
    for (const auto& e : entries) {
        const auto& ser = e.delta->series;
        texts[0].push_back(e.department);
        texts[1].push_back(ser.name());
        texts[2].push_back(ser.group);
        texts[3].push_back(unit_text(ser.unit));
        texts[4].push_back(indicators::polarity_word(ser.polarity));
        rows += static_cast<std::size_t>(
            std::count_if(ser.points.begin(), ser.points.end(),
                          [](const indicators::Point& p) { return p.value || p.national; }));
    }
    texts[9].push_back(std::string(40, 'x'));
    // Figures need room for "-12.35" at most.
    for (auto& t : texts)
        if (t.empty()) t.push_back("-00.00");
    std::vector<PrintColumn> page;
    for (std::uint32_t c = 0; c < printed; ++c)
        page.push_back(c == 0   ? text_column(heads[c], texts[c], 30)
                       : c <= 2 ? text_column(heads[c], texts[c], 45, 1.5)
                                : fixed_column(heads[c], texts[c]));
    auto widths = fit_columns(page, board_page_width_pt(b));
    for (std::uint32_t c = 0; c < heads.size(); ++c)
        s.set_column(c, c, c < printed ? widths[c] : fit_width(heads[c], texts[c], 45));
    const std::uint32_t last = std::max<std::uint32_t>(static_cast<std::uint32_t>(rows), 1);
    xlsx::TableSpec table;
    table.name = "tblIndikatorhistorik";
    table.headers = heads;
    s.add_table({{0, 0}, {last, static_cast<std::uint32_t>(heads.size() - 1)}}, table);
    std::uint32_t row = 1;
    for (const auto& e : entries) {
        const auto& ser = e.delta->series;
        for (const auto& p : ser.points) {
            if (!p.value && !p.national) continue;
            s.write_string({row, 0}, e.department, f.text);
            s.write_string({row, 1}, ser.name(), f.text);
            s.write_string({row, 2}, ser.group, f.text);
            s.write_string({row, 3}, unit_text(ser.unit), f.plain);
            s.write_string({row, 4}, indicators::polarity_word(ser.polarity), f.plain);
            s.write_number({row, 5}, p.year, f.plain);
            if (p.value) s.write_number({row, 6}, p.value->value, f.number);
            if (p.national) s.write_number({row, 7}, p.national->value, f.number);
            if (p.target) s.write_number({row, 8}, p.target->value, f.number);
            s.write_string({row, 9}, point_source(e, p), f.text);
            ++row;
        }
    }
    s.freeze(1, 2);
    auto print = board_page(b, h::sheet, 0);
    print.print_area = xlsx::CellRange{{0, 0}, {last, printed - 1}};
    s.print_setup(print);
}

void indicator_sheets(xlsx::WorkbookWriter& w, const Board& b, const BoardFormats& f) {
    auto entries = all_deltas(b);
    indicators_sheet(w, b, f, entries);
    charts_sheet(w, b, f, entries);
}

}  // namespace opfolg::consolidate
