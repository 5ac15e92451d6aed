// SPDX-License-Identifier: MIT
#include "core/consolidate/board_workbook.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

#include "core/consolidate/board_formats.h"
#include "core/consolidate/board_indicators.h"
#include "core/consolidate/public_content.h"
#include "core/plan/reader.h"
#include "core/plan/timetable.h"
#include "core/util/date.h"
#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/version.h"

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
    s.set_widths({26, 40, 12, 66, 14, 10, 10, 50});
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
    s.write_string({row++, 1}, r.institution, f.plain);
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
        s.print_setup(board_print(head, r.institution, r.year, "Forside"));
        s.activate();
        return;
    }
    s.write_string({row++, 0}, "Kildefiler", f.label);
    const std::uint32_t head = row;
    write_headers(s, head,
                  {"Afdeling", "Fil", "Størrelse (byte)", "SHA-256", "Status", "Fejl", "Advarsler",
                   "Bemærkning"},
                  f.header);
    row = head + 1;
    for (const auto& src : r.sources) {
        s.write_string({row, 0}, src.department, f.text);
        s.write_string({row, 1}, file_name(src.file), f.text);
        s.write_number({row, 2}, static_cast<double>(src.size), f.plain);
        s.write_string({row, 3}, src.sha256, f.plain);
        s.write_string({row, 4}, status_text(src), status_format(src, f));
        s.write_number({row, 5}, static_cast<double>(src.errors), f.plain);
        s.write_number({row, 6}, static_cast<double>(src.warnings), f.plain);
        s.write_string({row, 7}, src.note.da, f.text);
        ++row;
    }
    for (const auto& sk : r.skipped) {
        s.write_string({row, 1}, file_name(sk.path), f.text);
        s.write_string({row, 4}, "Sprunget over", f.neutral);
        s.write_string({row, 7}, sk.reason.da, f.text);
        ++row;
    }
    s.print_setup(board_print(head, r.institution, r.year, "Forside"));
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
    s.print_setup(board_print(head, r.institution, r.year, "Overblik"));
}

// --- Opfølgningsplan -----------------------------------------------------------------------------

struct PlanRow {
    const validate::FileReport* file;
    std::size_t file_index;  ///< files are in path order: the index orders them as cheaply
    const plan::Table* table;
    const plan::Row* row;
    std::string theme_key, department_key;
};

std::size_t plan_sheet(xlsx::WorkbookWriter& w, const Board& b, const BoardFormats& f) {
    const auto& r = b.result;
    const auto* ps = b.schema.sheet("plan");
    auto& s = w.add_sheet("Opfølgningsplan");
    const bool internal = !b.options.public_version;
    auto theme = ps ? ps->field_index("theme") : std::nullopt;
    // Department, then theme, then the rest in the schema's order: a board member finds a
    // department's plan by reading down the first column.
    std::vector<std::size_t> fields;
    if (theme) fields.push_back(*theme);
    for (std::size_t i = 0; ps && i < ps->fields.size(); ++i)
        if (i != theme && (internal || is_public_field(ps->fields[i]))) fields.push_back(i);

    std::vector<PlanRow> rows;
    for (std::size_t i = 0; i < r.report.files.size(); ++i) {
        const auto& file = r.report.files[i];
        if (!file.workbook || !included(r, file)) continue;
        for (const auto* t : file.workbook->tables_of("plan"))
            for (const auto& row : t->rows) rows.push_back({&file, i, t, &row, {}, {}});
    }
    auto department = [](const PlanRow& p) -> const std::string& {
        return p.file->workbook->meta.department.text;
    };
    // Sort keys folded once, not per comparison.
    for (auto& p : rows) {
        p.theme_key = theme ? fold_case(p.row->fields[*theme].text) : std::string();
        p.department_key = fold_case(department(p));
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const PlanRow& a, const PlanRow& b2) {
        return std::tie(a.department_key, a.file_index, a.theme_key, a.table->sheet, a.row->row) <
               std::tie(b2.department_key, b2.file_index, b2.theme_key, b2.table->sheet,
                        b2.row->row);
    });

    std::vector<std::string> heads{"Afdeling"};
    for (auto i : fields) heads.push_back(ps->fields[i].title);
    if (internal) {
        heads.push_back("Bemærkninger");  // unknown columns: internal, they may hold anything
        heads.push_back("Kilde");
    }
    const std::uint32_t ncols = static_cast<std::uint32_t>(heads.size());
    // Widths first: rows are fitted to them as they are written. Empty cells look like the
    // rest through their column's format, so they need not be written.
    s.set_column(0, 0, 20, f.text);
    for (std::uint32_t c = 0; c < fields.size(); ++c)
        s.set_column(c + 1, c + 1, std::min(ps->fields[fields[c]].width, 40.0), f.text);
    if (internal) s.set_widths({24, 34}, ncols - 2, f.text);  // Bemærkninger, Kilde
    // The table writes the header cells; it needs at least one data row.
    s.set_row(0, 30);
    const std::uint32_t last = std::max<std::uint32_t>(static_cast<std::uint32_t>(rows.size()), 1);
    xlsx::TableSpec table;
    table.name = "tblOpfoelgningsplan";
    table.headers = heads;
    s.add_table({{0, 0}, {last, ncols - 1}}, table);
    std::uint32_t row = 1;
    for (const auto& p : rows) {
        s.write_string({row, 0}, department(p), f.text);
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
            std::string extras;
            for (const auto& [h, v] : p.row->extras)
                extras += (extras.empty() ? "" : "\n") + h + ": " + v.text;
            if (!extras.empty()) s.write_string({row, c}, extras, f.text);
            ++c;
            s.write_string(
                {row, c++},
                fmt::format("{} › {}!{}", file_name(p.file->file), p.table->sheet, p.row->row + 1),
                f.text);
        }
        ++row;
    }
    s.freeze(1);
    auto print = board_print(0, r.institution, r.year, "Opfølgningsplan");
    print.paper = 8;  // A3: the plan has many columns of prose
    s.print_setup(print);
    return rows.size();
}

// --- Validering ----------------------------------------------------------------------------------

void issues_sheet(xlsx::WorkbookWriter& w, const Board& b, const BoardFormats& f) {
    const auto& r = b.result;
    auto& s = w.add_sheet("Validering");
    s.set_widths({30, 20, 16, 20, 16, 12, 10, 60, 24});
    s.write_string({0, 0}, "Kvalitetskontrol pr. afdeling", f.title);
    std::uint32_t row = 2;
    s.set_row(row, 30);
    write_headers(s, row++,
                  {"Fil", "Afdeling", "Status", "Fejl", "Advarsler", "Påkrævede felter mangler"},
                  f.header);
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
    row += 1;
    s.write_string({row++, 0}, "Bemærkninger", f.title);
    const std::uint32_t head = row;
    write_headers(s, head,
                  {"Fil", "Afdeling", "Alvor", "Kode", "Ark", "Celle", "Felt", "Besked", "Værdi"},
                  f.header);
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
    s.print_setup(board_print(head, r.institution, r.year, "Validering"));
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
    // The quality check names files, cells and offending values: it stays with the school.
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
