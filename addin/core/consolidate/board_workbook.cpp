// SPDX-License-Identifier: MIT
#include "core/consolidate/board_workbook.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "core/consolidate/board_formats.h"
#include "core/consolidate/board_indicators.h"
#include "core/consolidate/board_reader.h"
#include "core/consolidate/board_print.h"
#include "core/consolidate/public_content.h"
#include "core/plan/reader.h"
#include "core/plan/timetable.h"
#include "core/util/date.h"
#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/util/utf8.h"
#include "core/version.h"
#include "core/xlsx/text_metrics.h"

namespace opfolg::consolidate {

namespace {

using xlsx::CellRef;
using xlsx::SheetWriter;

std::string file_name(const std::filesystem::path& p) { return path_utf8(p.filename()); }

std::string status_text(const Source& s) {
    if (s.status == validate::FileReport::Status::unreadable) return "Kan ikke læses";
    if (!s.included) return "Udeladt";
    if (s.errors) return "Har fejl";
    if (s.warnings) return "Advarsler";
    return "I orden";
}

xlsx::Format status_format(const Source& src, const BoardFormats& f) {
    if (src.status == validate::FileReport::Status::ok && src.included) return f.good;
    if (src.included && src.status != validate::FileReport::Status::unreadable) return f.neutral;
    return f.bad;
}

// Issues that say a required field or column is missing, for the quality check's count.
std::size_t missing_required(const validate::FileReport& file) {
    return static_cast<std::size_t>(
        std::count_if(file.issues.begin(), file.issues.end(), [](const Issue& i) {
            return i.code == "required-empty" || i.code == "missing-column";
        }));
}

void write_headers(SheetWriter& s, std::uint32_t row, const std::vector<std::string>& heads,
                   xlsx::Format f) {
    for (std::uint32_t c = 0; c < heads.size(); ++c) s.write_string({row, c}, heads[c], f);
}

// --- Forside
// --------------------------------------------------------------------------------------

void cover(xlsx::WorkbookWriter& w, const Board& b, const BoardFormats& f) {
    const auto& r = b.result;
    auto& s = w.add_sheet("Forside");
    // The sources' table fills the page's width: a checksum on two lines, the remarks wrapped.
    // Kontaktperson: next year's workbook names the same contact (opfolg rollover reads it back).
    const std::vector<std::string> heads = {"Afdeling",  "Fil",        "Størrelse (byte)",
                                            "SHA-256",   "Status",     "Fejl",
                                            "Advarsler", "Bemærkning", "Kontaktperson"};
    std::vector<std::vector<std::string>> texts(heads.size());
    for (const auto& src : r.sources) {
        texts[0].push_back(src.department);
        texts[1].push_back(file_name(src.file));
        texts[2].push_back(std::to_string(src.size));
        texts[4].push_back(status_text(src));
        texts[5].push_back(std::to_string(src.errors));
        texts[6].push_back(std::to_string(src.warnings));
        texts[7].push_back(src.note.da);
        texts[8].push_back(src.contact);
    }
    for (const auto& sk : r.skipped) {
        texts[1].push_back(file_name(sk.path));
        texts[4].push_back("Sprunget over");
        texts[7].push_back(sk.reason.da);
    }
    texts[0].push_back("Plan-rækker");  // the labels above share the first column
    const double sha_width = xlsx::one_line_width(std::string(32, '0'));
    auto widths = fit_columns(
        {text_column(heads[0], texts[0], 30), text_column(heads[1], texts[1], 40),
         fixed_column("Størrelse", texts[2]), {sha_width, sha_width, 1},
         fixed_column(heads[4], texts[4]), fixed_column(heads[5], texts[5]),
         fixed_column(heads[6], texts[6]), text_column(heads[7], texts[7], 60, 2),
         text_column(heads[8], texts[8], 30)},
        board_page_width_pt(b));
    // The public version's only table is the departments' names; column B holds the institution
    // and the figures beside their labels, as wide as the institution's name.
    if (b.options.public_version)
        widths = {std::max(widths[0], 30.0), std::max(10.0, fit_width("", {r.institution}, 60))};
    s.set_widths(widths);
    s.write_string(
        {0, 0},
        fmt::format("Opfølgningsplan {} – {}", r.year ? std::to_string(r.year) : "", r.institution),
        f.title);
    std::tm tm{};
    std::time_t made = b.made;
#if defined(_WIN32)
    gmtime_s(&tm, &made);
#else
    gmtime_r(&made, &tm);
#endif
    s.write_string(
        {1, 0},
        fmt::format("Samlet af Opfølg {} den {:02}-{:02}-{:04} kl. {:02}:{:02} (UTC) fra {} "
                    "projektmapper. {}",
                    opfolg::version, tm.tm_mday, tm.tm_mon + 1, tm.tm_year + 1900, tm.tm_hour,
                    tm.tm_min, r.sources.size(),
                    b.options.public_version ? "Offentlig version: interne kolonner er udeladt."
                                             : "Intern version til bestyrelsen."),
        f.subtitle);
    std::uint32_t row = 3;
    s.write_string({row, 0}, "Institution", f.label);
    // A long name spans the columns it needs, so that it stays inside its border on paper.
    std::uint32_t span = 1;
    for (double room = widths[1], need = fit_width("", {r.institution}, 250);
         room < need && span + 1 < widths.size(); room += widths[++span]) {
    }
    if (span > 1)
        s.merge({{row, 1}, {row, span}}, r.institution, f.plain);
    else
        s.write_string({row, 1}, r.institution, f.plain);
    ++row;
    s.write_string({row, 0}, "Planår", f.label);
    if (r.year) s.write_number({row, 1}, r.year, f.plain);
    ++row;
    s.write_string({row, 0}, "Plan-rækker", f.label);
    s.write_number({row++, 1}, static_cast<double>(r.rows), f.plain);
    row += 1;
    if (b.options.public_version) {
        // The public version names the departments only: file names, checksums and the quality
        // check stay with the school.
        s.write_string({row++, 0}, "Afdelinger", f.label);
        const std::uint32_t head = row;
        write_headers(s, head, {"Afdeling"}, f.header);
        row = head + 1;
        for (const auto& src : r.sources)
            if (src.included) s.write_string({row++, 0}, src.department, f.text);
        s.print_setup(board_page(b, "Forside", head));
        s.activate();
        return;
    }
    s.write_string({row++, 0}, "Kildefiler", f.label);
    const std::uint32_t head = row;
    write_headers(s, head, heads, f.header);
    row = head + 1;
    for (const auto& src : r.sources) {
        s.write_string({row, 0}, src.department, f.text);
        s.write_string({row, 1}, file_name(src.file), f.text);
        s.write_number({row, 2}, static_cast<double>(src.size), f.plain);
        s.write_string({row, 3}, src.sha256, f.text);  // broken between its halves
        s.write_string({row, 4}, status_text(src), status_format(src, f));
        s.write_number({row, 5}, static_cast<double>(src.errors), f.plain);
        s.write_number({row, 6}, static_cast<double>(src.warnings), f.plain);
        s.write_string({row, 7}, src.note.da, f.text);
        // Next year's workbook names the same contact (opfolg rollover reads it back).
        s.write_string({row, 8}, src.contact, f.text);
        ++row;
    }
    for (const auto& sk : r.skipped) {
        s.write_string({row, 1}, file_name(sk.path), f.text);
        s.write_string({row, 4}, "Sprunget over", f.neutral);
        s.write_string({row, 7}, sk.reason.da, f.text);
        ++row;
    }
    s.print_setup(board_page(b, "Forside", head));
    s.activate();
}

// --- Overblik
// ----------------------------------------------------------------------------------------

void overview(xlsx::WorkbookWriter& w, const Board& b, const BoardFormats& f) {
    const auto& r = b.result;
    auto& s = w.add_sheet("Overblik");
    s.write_string({0, 0}, "Overblik pr. afdeling", f.title);
    const std::vector<std::string> statuses = {"Ny", "Videreføres", "Afsluttet", "Fast drift"};
    std::vector<std::string> heads = {"Afdeling", "Indsatser"};
    for (const auto& st : statuses) heads.push_back(st);
    // The quality check's counts (errors, warnings, missing fields) are the Validering sheet's:
    // the overview shows the plan and the indicators, as the board reads them.
    for (const char* h : {"Indikatorer forværret", "Dårligere end landsplan"}) heads.push_back(h);
    s.set_column(0, 0, 30);
    s.set_column(1, static_cast<std::uint32_t>(heads.size() - 1), 13);
    const std::uint32_t head = 2;
    s.set_row(head, 45);
    write_headers(s, head, heads, f.header);
    std::uint32_t row = head + 1;
    std::vector<double> totals(heads.size(), 0.0);
    for (const auto& file : r.report.files) {
        if (!file.workbook || !included(r, file)) continue;
        std::size_t actions = 0, worsened = 0, worse = 0;
        std::map<std::string, std::size_t> by_status;
        for (const auto* t : file.workbook->tables_of("plan")) {
            auto st = t->schema->field_index("status");
            for (const auto& rowv : t->rows) {
                ++actions;
                if (st) ++by_status[header_key(rowv.fields[*st].text)];
            }
        }
        for (const auto& d : file.deltas) {
            if (d.assessment == indicators::Assessment::worsened) ++worsened;
            if (d.vs_national == indicators::VsNational::worse) ++worse;
        }
        std::vector<std::pair<std::size_t, bool>> counts = {
            {actions, false}};  // (count, flag as a problem)
        for (const auto& st : statuses) counts.push_back({by_status[header_key(st)], false});
        counts.push_back({worsened, true});
        counts.push_back({worse, true});
        s.write_string({row, 0}, file.workbook->meta.department.text, f.text);
        for (std::uint32_t c = 1; c <= counts.size(); ++c) {
            auto [n, problem] = counts[c - 1];
            s.write_number({row, c}, static_cast<double>(n), problem && n ? f.bad : f.plain);
            totals[c] += static_cast<double>(n);
        }
        ++row;
    }
    // Totals as live formulas, with the sums cached so every reader sees them.
    s.write_string({row, 0}, "I alt", f.total);
    for (std::uint32_t c = 1; c < heads.size(); ++c) {
        std::string col = xlsx::column_name(c);
        std::string formula = fmt::format("=SUM({0}{1}:{0}{2})", col, head + 2, row);
        s.write_formula({row, c}, formula, totals[c], f.total);
    }
    s.freeze(head + 1);
    // The overview is one page when it fits on one at a readable size (Calibri 11 printed at
    // 8 pt or more); a longer one prints as the other sheets do, its header row on every page.
    auto print = board_page(b, "Overblik", head);
    double height = 21 + xlsx::default_line_height + 45 + xlsx::default_line_height;  // to I alt
    for (const auto& file : r.report.files)
        if (file.workbook && included(r, file))
            height += xlsx::default_line_height *
                      static_cast<double>(std::max<std::size_t>(
                          1, xlsx::wrapped_lines(file.workbook->meta.department.text, 30)));
    print.fit_width = print.fit_height = true;
    const double page_height = xlsx::printable_area_pt(print).second;
    if (height * overview_smallest_scale / 100 > page_height)
        print.fit_width = print.fit_height = false;
    s.print_setup(print);
}

// --- Opfølgningsplan -----------------------------------------------------------------------------

// The text a plan cell shows, for fitting its column.
std::string shown_text(const plan::FieldValue& v, const schema::Field& field) {
    if (field.type == schema::FieldType::date && plan::date_of(v, field.name == "end"))
        return "00-00-0000";
    return v.text;
}

const std::string& department_of(const PlanRow& p) {
    return p.file->workbook->meta.department.text;
}

std::string source_of(const PlanRow& p) {
    return fmt::format("{} › {}!{}", file_name(p.file->file), p.table->sheet, p.row->row + 1);
}

std::string extras_of(const PlanRow& p) {
    std::string extras;
    for (const auto& [h, v] : p.row->extras)
        extras += (extras.empty() ? "" : "\n") + h + ": " + v.text;
    return extras;
}

}  // namespace

PlanLayout plan_layout(const Board& b) {
    const auto& r = b.result;
    const auto* ps = b.schema.sheet("plan");
    const bool internal = !b.options.public_version;
    auto theme = ps ? ps->field_index("theme") : std::nullopt;
    PlanLayout l;
    auto& rows = l.rows;
    for (std::size_t i = 0; i < r.report.files.size(); ++i) {
        const auto& file = r.report.files[i];
        if (!file.workbook || !included(r, file)) continue;
        for (const auto* t : file.workbook->tables_of("plan"))
            for (const auto& row : t->rows) rows.push_back({&file, i, t, &row, {}, {}});
    }
    // Sort keys folded once, not per comparison.
    for (auto& p : rows) {
        p.theme_key = theme ? fold_case(p.row->fields[*theme].text) : std::string();
        p.department_key = fold_case(department_of(p));
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const PlanRow& a, const PlanRow& b2) {
        return std::tie(a.department_key, a.file_index, a.theme_key, a.table->sheet, a.row->row) <
               std::tie(b2.department_key, b2.file_index, b2.theme_key, b2.table->sheet,
                        b2.row->row);
    });

    // Department, then theme: a board member finds a department's plan by reading down the first
    // column. Then the columns the board reads on paper (the schema's print fields), which are
    // the print area, then the rest in the schema's order. A print field that says nothing the
    // board would miss stays out of the print area, leaving the prose room on the page.
    auto printed_field = [&](std::size_t i) {
        if (!ps->fields[i].print) return false;
        // The timetable ("at least one of" Tidsplan, Start, Slut) reads as its text: the dates
        // are printed only when some row's timetable is in its dates alone.
        std::vector<std::size_t> texts_of_group;
        if (ps->fields[i].type == schema::FieldType::date)
            for (const auto& group : ps->required_any)
                if (std::find(group.fields.begin(), group.fields.end(), i) != group.fields.end())
                    for (auto k : group.fields)
                        if (ps->fields[k].type != schema::FieldType::date)
                            texts_of_group.push_back(k);
        // Empty in every row (Start and Slut when no department gave dates): nothing to print.
        return std::any_of(rows.begin(), rows.end(), [&](const PlanRow& p) {
            return !p.row->fields[i].empty() &&
                   std::all_of(texts_of_group.begin(), texts_of_group.end(),
                               [&](std::size_t k) { return p.row->fields[k].empty(); });
        });
    };
    auto& fields = l.fields;
    std::vector<std::size_t> rest;
    if (theme) fields.push_back(*theme);
    for (std::size_t i = 0; ps && i < ps->fields.size(); ++i) {
        if (i == theme || !(internal || is_public_field(ps->fields[i]))) continue;
        (printed_field(i) ? fields : rest).push_back(i);
    }
    l.printed = static_cast<std::uint32_t>(1 + fields.size());
    fields.insert(fields.end(), rest.begin(), rest.end());

    auto& heads = l.heads;
    heads = {"Afdeling"};
    for (auto i : fields) heads.push_back(ps->fields[i].title);
    if (internal) {
        heads.push_back(board_remarks_header);  // unknown columns: internal, may hold anything
        heads.push_back(board_source_header);
    }
    const auto ncols = static_cast<std::uint32_t>(heads.size());

    // The printed columns share an A4 landscape page, prose (columns of 30 characters or more in
    // the template) twice as wide as the others when room is short, as wide as its text
    // otherwise. The other columns are fitted to their texts up to 50 characters, so that on
    // screen they rarely need more lines than the printed ones.
    std::vector<std::vector<std::string>> texts(ncols);
    for (const auto& p : rows) {
        texts[0].push_back(department_of(p));
        for (std::size_t c = 0; c < fields.size(); ++c)
            texts[c + 1].push_back(shown_text(p.row->fields[fields[c]], ps->fields[fields[c]]));
        if (internal) {
            texts[ncols - 2].push_back(extras_of(p));
            texts[ncols - 1].push_back(source_of(p));
        }
    }
    // No narrower than the longest word (up to 20 characters), so lines break between words;
    // the header's words too.
    for (std::uint32_t c = 0; c < l.printed; ++c) texts[c].push_back(heads[c]);
    auto narrowest = [&](std::uint32_t c, double least) {
        return std::max(least, std::min(20.0, longest_word_width(texts[c])));
    };
    std::vector<PrintColumn> page{{fit_width(heads[0], texts[0], 30), narrowest(0, 8), 1}};
    for (std::uint32_t c = 1; c < l.printed; ++c) {
        const auto& field = ps->fields[fields[c - 1]];
        const bool prose = field.width >= 30;
        page.push_back({fit_width(heads[c], texts[c], prose ? 60 : 30),
                        narrowest(c, prose ? 16 : 8), prose ? 2.0 : 1.0});
    }
    l.widths = fit_columns(page, board_page_width_pt(b));
    for (std::uint32_t c = l.printed; c < ncols; ++c)
        l.widths.push_back(fit_width(heads[c], texts[c], 50));
    return l;
}

std::vector<std::pair<std::size_t, Issue>> texts_too_long_to_print(const Board& b) {
    std::vector<std::pair<std::size_t, Issue>> out;
    const auto* ps = b.schema.sheet("plan");
    if (!ps) return out;
    const auto l = plan_layout(b);
    // Excel's tallest row holds this many lines of Calibri 11; the writer sizes rows the same way.
    const auto most = static_cast<std::size_t>(xlsx::max_row_height / xlsx::default_line_height);
    for (const auto& p : l.rows)
        for (std::uint32_t c = 1; c < l.printed; ++c) {
            const auto& field = ps->fields[l.fields[c - 1]];
            const auto& v = p.row->fields[l.fields[c - 1]];
            if (v.empty() || field.type == schema::FieldType::date) continue;
            std::size_t lines = xlsx::wrapped_lines(v.text, l.widths[c]);
            if (lines <= most) continue;
            out.push_back(
                {p.file_index,
                 Issue{Severity::warning, "too-long-to-print",
                       v.source.known ? v.source.sheet.str() : p.table->sheet,
                       v.source.known ? xlsx::to_a1(v.source.cell) : "", field.name,
                       Text{fmt::format("teksten fylder {} linjer i kolonnen {} på papir, men en "
                                        "række i Excel rummer højst {}; resten vises ikke. Forkort "
                                        "teksten eller del indsatsen i flere rækker",
                                        lines, field.title, most),
                            fmt::format("the text takes {} lines in the printed column {}, but "
                                        "a row in Excel holds at most {}; the rest is not shown. "
                                        "Shorten the text or split the action into several rows",
                                        lines, field.title_en.empty() ? field.title : field.title_en,
                                        most)},
                       shorten(v.text, 60)}});
        }
    return out;
}

namespace {

std::size_t plan_sheet(xlsx::WorkbookWriter& w, const Board& b, const BoardFormats& f) {
    const auto* ps = b.schema.sheet("plan");
    auto& s = w.add_sheet("Opfølgningsplan");
    const bool internal = !b.options.public_version;
    const auto l = plan_layout(b);
    const auto& rows = l.rows;
    const auto& fields = l.fields;
    const auto& heads = l.heads;
    const auto printed = l.printed;
    const auto ncols = static_cast<std::uint32_t>(heads.size());
    // Widths first: rows are fitted to them as they are written.
    for (std::uint32_t c = 0; c < ncols; ++c) s.set_column(c, c, l.widths[c], f.text);
    // The table writes the header cells; it needs at least one data row.
    const std::uint32_t last = std::max<std::uint32_t>(static_cast<std::uint32_t>(rows.size()), 1);
    xlsx::TableSpec table;
    table.name = "tblOpfoelgningsplan";
    table.headers = heads;
    table.header_format = f.header;
    // Rows told apart by their borders, as LibreOffice shows them too (it draws no table styles).
    table.banded_rows = false;
    s.add_table({{0, 0}, {last, ncols - 1}}, table);
    std::uint32_t row = 1;
    std::vector<std::uint32_t> breaks;  // a new page for each department
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const auto& p = rows[k];
        if (k > 0 && p.department_key != rows[k - 1].department_key) breaks.push_back(row);
        s.write_string({row, 0}, department_of(p), f.text);
        std::uint32_t c = 1;
        for (auto i : fields) {
            const auto& v = p.row->fields[i];
            const auto& field = ps->fields[i];
            CellRef at{row, c++};
            if (v.empty()) continue;
            if (field.type == schema::FieldType::date) {
                if (auto d = plan::date_of(v, field.name == "end")) {
                    s.write_number(at, serial_from_date(*d), f.date);
                    continue;
                }
            } else if ((field.type == schema::FieldType::number ||
                        field.type == schema::FieldType::year) &&
                       std::holds_alternative<double>(v.value)) {
                s.write_number(at, std::get<double>(v.value), f.number);
                continue;
            }
            s.write_string(at, v.text, f.text);
        }
        if (internal) {
            std::string extras = extras_of(p);
            if (!extras.empty()) s.write_string({row, c}, extras, f.text);
            ++c;
            s.write_string({row, c++}, source_of(p), f.text);
        }
        ++row;
    }
    s.freeze(1);
    // Printed: the board's columns, the header row on every page, each department from the top
    // of a page; at a fixed scale, because Excel ignores manual page breaks on a sheet fitted to
    // pages.
    auto print = board_page(b, "Opfølgningsplan", 0);
    print.print_area = xlsx::CellRange{{0, 0}, {last, printed - 1}};
    print.page_breaks = breaks;
    s.print_setup(print);
    return rows.size();
}

// --- Validering ----------------------------------------------------------------------------------

void issues_sheet(xlsx::WorkbookWriter& w, const Board& b, const BoardFormats& f) {
    const auto& r = b.result;
    auto& s = w.add_sheet("Validering");
    // Both tables share the columns; their texts decide the widths, the messages get the room.
    const std::vector<std::string> summary_heads = {"Fil",   "Afdeling", "Status",
                                                    "Fejl",  "Advarsler", "Påkrævede felter mangler"};
    const std::vector<std::string> issue_heads = {"Fil", "Afdeling", "Alvor",   "Kode", "Ark",
                                                  "Celle", "Felt",   "Besked", "Værdi"};
    std::vector<std::vector<std::string>> texts(issue_heads.size());
    for (std::size_t c = 0; c < summary_heads.size(); ++c) texts[c].push_back(summary_heads[c]);
    for (const auto& src : r.sources) {
        texts[0].push_back(file_name(src.file));
        texts[1].push_back(src.department);
        texts[2].push_back(status_text(src));
    }
    for (const auto& file : r.report.files) {
        texts[0].push_back(file_name(file.file));
        if (file.status == validate::FileReport::Status::unreadable) {
            texts[2].push_back("Kan ikke læses");
            texts[3].push_back("unreadable");
            texts[7].push_back(file.error->da);
        }
        for (const auto& i : file.issues) {
            texts[3].push_back(i.code);
            texts[4].push_back(i.sheet);
            texts[5].push_back(i.cell);
            texts[6].push_back(i.field);
            texts[7].push_back(i.message.da);
            texts[8].push_back(i.value);
        }
    }
    texts[0].push_back("Kvalitetskontrol pr.");  // the title above overflows into the next
    const std::vector<double> caps = {30, 24, 14, 22, 16, 14, 16, 60, 30};
    std::vector<PrintColumn> columns;
    for (std::size_t c = 0; c < issue_heads.size(); ++c)
        columns.push_back(text_column(issue_heads[c], texts[c], caps[c], c == 7 ? 2 : 1));
    s.set_widths(fit_columns(columns, board_page_width_pt(b)));
    texts.clear();
    s.write_string({0, 0}, "Kvalitetskontrol pr. afdeling", f.title);
    std::uint32_t row = 2;
    write_headers(s, row++, summary_heads, f.header);
    for (const auto& src : r.sources) {
        const validate::FileReport* file = nullptr;
        for (const auto& fr : r.report.files)
            if (fr.file == src.file) file = &fr;
        s.write_string({row, 0}, file_name(src.file), f.text);
        s.write_string({row, 1}, src.department, f.text);
        s.write_string({row, 2}, status_text(src), status_format(src, f));
        s.write_number({row, 3}, static_cast<double>(src.errors), src.errors ? f.bad : f.plain);
        s.write_number({row, 4}, static_cast<double>(src.warnings), f.plain);
        std::size_t missing = file ? missing_required(*file) : 0;
        s.write_number({row, 5}, static_cast<double>(missing), missing ? f.bad : f.plain);
        ++row;
    }
    const std::uint32_t summary_end = row - 1;
    row += 1;
    s.write_string({row++, 0}, "Bemærkninger", f.title);
    const std::uint32_t head = row;
    write_headers(s, head, issue_heads, f.header);
    row = head + 1;
    for (const auto& file : r.report.files) {
        std::string dep = file.workbook ? file.workbook->meta.department.text : "";
        if (file.status == validate::FileReport::Status::unreadable) {
            s.write_string({row, 0}, file_name(file.file), f.text);
            s.write_string({row, 2}, "Kan ikke læses", f.bad);
            s.write_string({row, 3}, "unreadable", f.plain);
            s.write_string({row, 7}, file.error->da, f.text);
            ++row;
            continue;
        }
        for (const auto& i : file.issues) {
            s.write_string({row, 0}, file_name(file.file), f.text);
            s.write_string({row, 1}, dep, f.text);
            s.write_string({row, 2}, i.severity == Severity::error ? "Fejl" : "Advarsel",
                           i.severity == Severity::error ? f.bad : f.neutral);
            s.write_string({row, 3}, i.code, f.plain);
            s.write_string({row, 4}, i.sheet, f.text);
            s.write_string({row, 5}, i.cell, f.plain);
            s.write_string({row, 6}, i.field, f.plain);
            s.write_string({row, 7}, i.message.da, f.text);
            s.write_string({row, 8}, i.value, f.text);
            ++row;
        }
    }
    if (row == head + 1) s.write_string({row++, 7}, "Ingen bemærkninger.", f.text);
    s.autofilter({{head, 0}, {row - 1, 8}});
    // Printed with the board's papers, the quality check is its summary per department; the
    // remarks, which can run to hundreds, are for the quality staff on screen (or printed with
    // the print area cleared).
    auto print = board_page(b, "Validering", 2);
    print.print_area = xlsx::CellRange{{0, 0}, {summary_end, 5}};
    s.print_setup(print);
}

}  // namespace

std::size_t write_board_workbook(const Board& b, const std::filesystem::path& output,
                                 const std::vector<std::filesystem::path>& inputs) {
    // The sheets are written top to bottom, so nothing of the output is held in memory.
    xlsx::WorkbookWriter w(output, inputs, xlsx::RowOrder::ascending, b.options.existing);
    BoardFormats f(w);
    cover(w, b, f);
    overview(w, b, f);
    std::size_t rows = plan_sheet(w, b, f);
    indicator_sheets(w, b, f);
    // The figures of every year, with their sources, for next year's workbooks; and the
    // quality check, which names files, cells and offending values: both stay with the school.
    if (!b.options.public_version) history_sheet(w, b, f);
    if (!b.options.public_version) issues_sheet(w, b, f);
    const auto& r = b.result;
    w.set_properties(
        {fmt::format("Opfølgningsplan {} – {}", r.year ? std::to_string(r.year) : "",
                     r.institution),
         b.options.public_version ? "Offentlig version" : "Samlet plan til bestyrelsen", "Opfølg",
         r.institution, "Kvalitetsarbejde",
         std::string("opfølgningsplan; bestyrelse; kvalitet; ") + plan::board_workbook_keyword,
         fmt::format("Samlet fra {} afdelingers projektmapper", r.sources.size()), b.made});
    w.save();
    return rows;
}

}  // namespace opfolg::consolidate
