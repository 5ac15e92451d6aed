// SPDX-License-Identifier: MIT
#include "core/rollover/rollover.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/consolidate/board_reader.h"
#include "core/plan/reader.h"
#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/workbook_template/indicator_rows.h"
#include "core/workbook_template/template_writer.h"
#include "core/xlsx/house_style.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/writer.h"

namespace opfolg::rollover {

Text where_text(const RowSource& s) {
    std::string at = path_utf8(s.file.filename());
    if (!s.sheet.empty()) at += " › " + s.sheet + (s.cell.empty() ? "" : "!" + s.cell);
    if (s.origin.empty()) return {at, at};
    return {at + " (fra " + s.origin + ")", at + " (from " + s.origin + ")"};
}

const char* fate_name(Fate f) {
    switch (f) {
        case Fate::carried:
            return "carried";
        case Fate::closed:
            return "closed";
        case Fate::not_carried:
            return "not-carried";
    }
    return "not-carried";
}

std::size_t Department::count(Fate f) const {
    return static_cast<std::size_t>(std::count_if(actions.begin(), actions.end(),
                                                  [f](const Action& a) { return a.fate == f; }));
}

std::size_t Department::indicator_values() const {
    std::size_t n = 0;
    for (const auto& s : series)
        for (const auto& p : s.points) n += (p.value || p.national) ? 1 : 0;
    return n;
}

std::size_t Department::open_indicator_rows() const {
    if (!year) return 0;
    return static_cast<std::size_t>(
        std::count_if(series.begin(), series.end(), [&](const indicators::Series& s) {
            return std::none_of(s.points.begin(), s.points.end(), [&](const indicators::Point& p) {
                return p.year == indicator_year();
            });
        }));
}

std::size_t Rollover::written() const {
    return static_cast<std::size_t>(std::count_if(departments.begin(), departments.end(),
                                                  [](const Department& d) { return d.written; }));
}

int Rollover::exit_code() const {
    if (!problems.empty() || departments.empty()) return 2;
    for (const auto& d : departments)
        if (!d.written) return 2;
    for (const auto& d : departments)
        if (d.count(Fate::not_carried)) return 1;
    return 0;
}

namespace {

// The field's value in the schema's spelling ("Videreføres"), or the text itself.
std::string enum_spelling(const schema::SheetSchema& ps, const char* field,
                          const std::string& text) {
    if (auto f = ps.field_index(field))
        if (auto v = ps.fields[*f].canonical_enum(text)) return *v;
    return text;
}

const plan::FieldValue* field(const Action& a, const schema::SheetSchema& ps, const char* name) {
    auto f = ps.field_index(name);
    return f && *f < a.fields.size() ? &a.fields[*f] : nullptr;
}

// Decides what becomes of one row of last year's plan. A finished action (Afsluttet) is listed
// as it was, ID or not: it goes nowhere. Of the rest nothing is guessed: a row without an ID
// cannot be followed from year to year, and a cell holding an error value (#REF!) has lost what
// it said; both are reported. Only Afsluttet means finished, so a missing or unknown status goes
// forward, with a word about it.
Action judge(const plan::Row& row, const schema::SheetSchema& ps, RowSource source) {
    Action a;
    a.fields = row.fields;
    a.fields.resize(ps.fields.size());
    a.source = std::move(source);
    if (const auto* id = field(a, ps, "id")) a.id = trim(id->text);
    const auto* status = field(a, ps, "status");
    std::string status_text = status ? trim(status->text) : std::string();
    a.status = enum_spelling(ps, "status", status_text);
    if (status && !std::holds_alternative<xlsx::ErrorValue>(status->value) &&
        a.status == enum_spelling(ps, "status", "Afsluttet")) {
        a.fate = Fate::closed;
        return a;
    }
    for (std::size_t f = 0; f < a.fields.size(); ++f)
        if (const auto* e = std::get_if<xlsx::ErrorValue>(&a.fields[f].value)) {
            const auto& v = a.fields[f];
            std::string cell = v.source.known ? xlsx::to_a1(v.source.cell) : a.source.cell;
            a.fate = Fate::not_carried;
            a.code = "unreadable";
            a.reason = {
                fmt::format("cellen {} ({}) holder fejlværdien {}; ret den i sidste års plan", cell,
                            ps.fields[f].title, e->code),
                fmt::format(
                    "the cell {} ({}) holds the error value {}; correct it in last "
                    "year's plan",
                    cell,
                    ps.fields[f].title_en.empty() ? ps.fields[f].title : ps.fields[f].title_en,
                    e->code)};
            return a;
        }
    if (a.id.empty()) {
        a.fate = Fate::not_carried;
        a.code = "no-id";
        a.reason = {
            "rækken har intet ID, så indsatsen kan ikke følges fra år til år; giv den et "
            "ID i sidste års plan, eller skriv den ind i årets plan",
            "the row has no ID, so the action cannot be followed from year to year; give "
            "it an ID in last year's plan, or enter it in this year's plan"};
        return a;
    }
    a.fate = Fate::carried;
    if (status_text.empty()) {
        a.code = "status-missing";
        a.reason = {"status mangler; videreføres, da kun Afsluttet betyder afsluttet",
                    "the status is missing; carried on, since only Afsluttet means finished"};
    } else if (auto f = ps.field_index("status"); f && !ps.fields[*f].enum_values.empty() &&
                                                  !ps.fields[*f].canonical_enum(status_text)) {
        a.code = "status-unknown";
        a.reason = {fmt::format("status \"{}\" er ikke en af planens værdier; videreføres, da kun "
                                "Afsluttet betyder afsluttet",
                                status_text),
                    fmt::format("the status \"{}\" is not one of the plan's values; carried on, "
                                "since only Afsluttet means finished",
                                status_text)};
    }
    return a;
}

// Where a row stands: its ID cell, else its first cell with a known place.
RowSource source_of(const plan::Row& row, const schema::SheetSchema& ps,
                    const std::filesystem::path& file, const std::string& sheet) {
    RowSource s{file, sheet, {}, {}};
    auto id = ps.field_index("id");
    const plan::FieldValue* at =
        id && *id < row.fields.size() && row.fields[*id].source.known ? &row.fields[*id] : nullptr;
    for (const auto& v : row.fields)
        if (!at && v.source.known) at = &v;
    if (at) {
        s.sheet = at->source.sheet.str();
        s.cell = xlsx::to_a1(at->source.cell);
    } else {
        s.cell = xlsx::to_a1({row.row, 0});
    }
    for (const auto& [header, v] : row.extras)
        if (header == consolidate::board_source_header) s.origin = v.text;
    return s;
}

void add_actions(Department& d, const plan::DepartmentWorkbook& wb, const schema::SheetSchema& ps) {
    for (const auto* t : wb.tables_of("plan"))
        for (const auto& row : t->rows)
            d.actions.push_back(judge(row, ps, source_of(row, ps, d.input, t->sheet)));
}

// A file name for the department: characters Windows refuses in names become "-".
std::string file_name_for(int year, std::string department) {
    for (char bad : std::string("<>:\"/\\|?*"))
        std::replace(department.begin(), department.end(), bad, '-');
    return fmt::format("Opfølgningsplan {} {}.xlsx", year, trim(department));
}

}  // namespace

// Plan year, file and refusals of every department, once all are read: two inputs naming the
// same department would write the same file, and the second is reported rather than written
// over the first.
void decide(Rollover& r, const Options& options) {
    std::map<std::string, const Department*> used;  // file name (folded) → who writes it
    for (auto& d : r.departments) {
        d.error.reset();
        d.error_code.clear();
        d.year = 0;
        d.output.clear();
        d.institution = options.institution.empty() ? d.plan_institution : options.institution;
        if (trim(d.name).empty()) {
            d.error = Text{"afdelingens navn mangler; intet skrevet",
                           "the department's name is missing; nothing written"};
            d.error_code = "no-department";
            continue;
        }
        d.year = options.year ? *options.year : d.last_year ? *d.last_year + 1 : 0;
        if (!d.year) {
            d.error = Text{fmt::format("planåret står ikke i {}; angiv næste års planår med --year",
                                       path_utf8(d.input.filename())),
                           fmt::format("{} does not state its plan year; give next year's plan "
                                       "year with --year",
                                       path_utf8(d.input.filename()))};
            d.error_code = "no-plan-year";
            continue;
        }
        if (d.last_year && d.year <= *d.last_year) {
            d.error =
                Text{fmt::format("næste års planår ({}) skal ligge efter sidste års ({})", d.year,
                                 *d.last_year),
                     fmt::format("next year's plan year ({}) must come after last year's ({})",
                                 d.year, *d.last_year)};
            d.error_code = "year-not-after";
            continue;
        }
        d.output = r.folder / path_from_utf8(file_name_for(d.year, d.name));
        auto [first, fresh] = used.emplace(fold_case(path_utf8(d.output.filename())), &d);
        if (!fresh) {
            const std::string other = path_utf8(first->second->input.filename());
            d.error = Text{fmt::format("afdelingen \"{}\" findes også i {}, hvorfra den skrives; "
                                       "angiv kun den ene (fx den samlede plan eller afdelingens "
                                       "egen projektmappe)",
                                       d.name, other),
                           fmt::format("the department \"{}\" is also in {}, from which it is "
                                       "written; give only one of them (e.g. the board workbook or "
                                       "the department's own workbook)",
                                       d.name, other)};
            d.error_code = "duplicate-department";
        }
    }
}

namespace {

Department from_department_workbook(const xlsx::Workbook& wb,
                                    const plan::DepartmentWorkbook& mapped,
                                    const schema::Schema& schema,
                                    const indicators::Catalogue& catalogue) {
    Department d;
    d.input = wb.path;
    d.name = trim(mapped.meta.department.text);
    d.plan_institution = trim(mapped.meta.institution.text);
    d.contact = trim(mapped.meta.contact.text);
    d.last_year = mapped.meta.year;
    if (const auto* ps = schema.sheet("plan")) add_actions(d, mapped, *ps);
    // Validation reports problems of the indicator tables; here they only decide what is read.
    std::vector<Issue> ignored;
    d.series = indicators::read_series(wb, mapped, catalogue, schema, ignored);
    return d;
}

void from_board_workbook(const xlsx::Workbook& wb, const schema::Schema& schema, Rollover& r) {
    auto board = consolidate::read_board_workbook(wb, schema);
    const auto* ps = schema.sheet("plan");
    if (!ps) return;
    // The public version leaves the internal columns out (Ansvarlig): rolled over, next year's
    // plans would lose them without a word.
    for (const auto& f : board.report.files) {
        const auto& covered = f.workbook->tables.front().covered;
        for (std::size_t i = 0; i < ps->fields.size(); ++i)
            if (ps->fields[i].internal && !covered[i]) {
                r.problems.push_back(
                    {wb.path,
                     {fmt::format("den offentlige version af den samlede plan mangler de interne "
                                  "kolonner (fx {}); før den interne version videre",
                                  ps->fields[i].title),
                      fmt::format("the public version of the board workbook lacks the internal "
                                  "columns (e.g. {}); roll over the internal version",
                                  ps->fields[i].title)},
                     "public-board"});
                return;
            }
        break;  // every department shares the sheet's columns
    }
    for (auto& f : board.report.files) {
        Department d;
        d.input = wb.path;
        d.from_board = true;
        d.name = trim(f.workbook->meta.department.text);
        d.plan_institution = trim(f.workbook->meta.institution.text);
        d.contact = trim(f.workbook->meta.contact.text);
        d.last_year = f.workbook->meta.year;
        add_actions(d, *f.workbook, *ps);
        for (auto& delta : f.deltas) d.series.push_back(std::move(delta.series));
        r.departments.push_back(std::move(d));
    }
}

// --- Writing ---------------------------------------------------------------------------------

// A value as its cell held it: typed (numbers, dates) when it came from one cell, else its text.
xlsx::CellValue cell_value(const plan::FieldValue& v) {
    if (v.empty()) return {};
    if (!std::holds_alternative<std::monostate>(v.value)) return v.value;
    return v.text;
}

tmpl::SheetRows plan_rows(const Department& d, const schema::SheetSchema& ps) {
    tmpl::SheetRows out;
    auto idx = [&](const char* n) { return ps.field_index(n); };
    const auto status = idx("status"), evaluation = idx("evaluation"), prev_id = idx("previous_id"),
               prev_eval = idx("previous_evaluation");
    const std::string continued = enum_spelling(ps, "status", "Videreføres");
    for (const auto& a : d.actions) {
        if (a.fate != Fate::carried) continue;
        tmpl::SheetRows::Row row;
        row.fields.resize(ps.fields.size());
        for (std::size_t f = 0; f < ps.fields.size(); ++f) row.fields[f] = cell_value(a.fields[f]);
        if (status) row.fields[*status] = continued;
        // Last year's evaluation is history, in its own locked column; this year's is written
        // by the department in the evaluation column, left empty for it.
        if (prev_eval)
            row.fields[*prev_eval] =
                evaluation ? cell_value(a.fields[*evaluation]) : xlsx::CellValue{};
        if (evaluation) row.fields[*evaluation] = {};
        // The ID the action had: validate reports an ID changed since (continued-id-changed).
        if (prev_id) row.fields[*prev_id] = a.id;
        out.rows.push_back(std::move(row));
    }
    return out;
}

tmpl::SheetRows indicator_rows(const Department& d, const schema::SheetSchema& is) {
    tmpl::SheetRows out;
    for (const auto& s : d.series) {
        bool asked = false;
        for (const auto& p : s.points) {
            if (!p.value && !p.national) continue;
            out.rows.push_back(tmpl::indicator_row(is, s, p.year, &p));
            asked = asked || p.year == d.indicator_year();
        }
        if (!asked) out.rows.push_back(tmpl::indicator_row(is, s, d.indicator_year(), nullptr));
    }
    return out;
}

// A sheet listing rows of last year's plan that are not in next year's: a title, a line on what
// it is, and a table of the plan's columns (read-only ones left out), the source and, for rows
// not carried, why.
void list_sheet(xlsx::WorkbookWriter& w, const schema::SheetSchema& ps, const std::string& name,
                const std::string& table_name, const std::string& title,
                const std::string& explanation, const std::string& empty_text,
                const std::vector<const Action*>& actions, bool with_reason) {
    namespace st = xlsx::style;
    auto& s = w.add_sheet(name);
    auto title_fmt = w.format(st::title());
    auto sub = w.format(st::subtitle());
    auto text = w.format(st::body());
    auto date = w.format(st::body_format("dd-mm-yyyy"));
    s.write_string({0, 0}, title, title_fmt);
    s.write_string({1, 0}, explanation, sub);
    std::vector<std::size_t> fields;
    for (std::size_t f = 0; f < ps.fields.size(); ++f)
        if (!ps.fields[f].readonly) fields.push_back(f);
    std::vector<std::string> heads;
    if (with_reason) heads.push_back("Hvorfor ikke videreført");
    for (auto f : fields) heads.push_back(ps.fields[f].title);
    heads.push_back("Kilde");
    const std::uint32_t head = 3;
    std::uint32_t c = 0;
    if (with_reason) s.set_column(c, c, 36), ++c;
    for (auto f : fields) {
        s.set_column(c, c, std::min(ps.fields[f].width, 40.0));
        ++c;
    }
    s.set_column(c, c, 40);
    if (actions.empty()) {
        s.write_string({head, 0}, empty_text, sub);
        return;
    }
    xlsx::TableSpec table;
    table.name = table_name;
    table.headers = heads;
    s.set_row(head, 30);
    s.add_table({{head, 0},
                 {head + static_cast<std::uint32_t>(actions.size()),
                  static_cast<std::uint32_t>(heads.size() - 1)}},
                table);
    std::uint32_t row = head + 1;
    for (const auto* a : actions) {
        c = 0;
        if (with_reason) s.write_string({row, c++}, a->reason.da, text);
        for (auto f : fields) {
            auto v = cell_value(a->fields[f]);
            bool is_date = std::holds_alternative<xlsx::DateTime>(v);
            if (!std::holds_alternative<std::monostate>(v))
                s.write({row, c}, v, is_date ? date : text);
            ++c;
        }
        s.write_string({row, c}, where_text(a->source).da, text);
        ++row;
    }
    s.freeze(head + 1);
}

}  // namespace

void add_workbook(Rollover& r, const xlsx::Workbook& wb, const schema::Schema& schema,
                  const indicators::Catalogue& catalogue) {
    auto mapped = plan::map_workbook(wb, schema);
    if (mapped.board_workbook)
        from_board_workbook(wb, schema, r);
    else
        r.departments.push_back(from_department_workbook(wb, mapped, schema, catalogue));
}

Rollover prepare(const std::vector<std::filesystem::path>& inputs,
                 const std::filesystem::path& folder, const schema::Schema& schema,
                 const indicators::Catalogue& catalogue, const Options& options,
                 const Progress& progress) {
    Rollover r;
    r.folder = folder;
    auto in = plan::collect_inputs(inputs);
    r.skipped = in.skipped;
    for (const auto& m : in.missing) r.problems.push_back({m.path, m.reason, "missing"});
    for (std::size_t i = 0; i < in.files.size(); ++i) {
        const auto& file = in.files[i];
        if (progress.cancelled())
            throw Error(ErrorCode::cancelled, folder,
                        {"næste års projektmapper: afbrudt", "next year's workbooks: cancelled"});
        try {
            add_workbook(r, xlsx::read_workbook(file), schema, catalogue);
        } catch (const Error& e) {
            r.problems.push_back(
                {file, {e.describe(Lang::da), e.describe(Lang::en)}, error_code_name(e.code())});
        }
        if (progress.report) progress.report(i + 1, in.files.size(), path_utf8(file.filename()));
    }
    decide(r, options);
    return r;
}

void write(Rollover& r, const schema::Schema& schema, const Options& options,
           const Progress& progress) {
    std::vector<std::filesystem::path> inputs;
    for (const auto& d : r.departments) inputs.push_back(d.input);
    const auto total = static_cast<std::size_t>(std::count_if(
        r.departments.begin(), r.departments.end(), [](const Department& d) { return !d.error; }));
    std::size_t done = 0;
    for (auto& d : r.departments) {
        if (d.error) continue;
        if (progress.cancelled()) {
            d.error = Text{"afbrudt før den blev skrevet", "cancelled before it was written"};
            d.error_code = error_code_name(ErrorCode::cancelled);
            continue;
        }
        try {
            // Next year's workbook written over last year's would lose the plan it came from.
            xlsx::refuse_overwriting_inputs(d.output, inputs);
            std::error_code ec;
            if (!r.folder.empty()) std::filesystem::create_directories(r.folder, ec);
            write_department(d, schema, d.output, options.force);
            d.written = true;
        } catch (const Error& e) {
            d.error = Text{e.describe(Lang::da), e.describe(Lang::en)};
            d.error_code = error_code_name(e.code());
        }
        if (progress.report) progress.report(++done, total, path_utf8(d.output.filename()));
    }
}

Rollover rollover(const std::vector<std::filesystem::path>& inputs,
                  const std::filesystem::path& folder, const schema::Schema& schema,
                  const indicators::Catalogue& catalogue, const Options& options,
                  const Progress& progress) {
    auto r = prepare(inputs, folder, schema, catalogue, options, progress);
    write(r, schema, options, progress);
    return r;
}

void write_department(const Department& d, const schema::Schema& schema,
                      const std::filesystem::path& out, bool force) {
    tmpl::TemplateOptions o;
    o.existing = force ? xlsx::Existing::replace : xlsx::Existing::refuse;
    o.department = d.name;
    o.institution = d.institution;
    o.contact = d.contact;
    o.year = d.year;
    const auto* ps = schema.sheet("plan");
    if (ps) o.rows[ps->name] = plan_rows(d, *ps);
    if (const auto* is = schema.sheet("indicators"); is && !d.series.empty())
        o.rows[is->name] = indicator_rows(d, *is);
    std::vector<const Action*> closed, not_carried;
    for (const auto& a : d.actions) {
        if (a.fate == Fate::closed) closed.push_back(&a);
        if (a.fate == Fate::not_carried) not_carried.push_back(&a);
    }
    const std::string last = d.last_year ? std::to_string(*d.last_year) : std::string("sidste år");
    o.more_sheets = [&](xlsx::WorkbookWriter& w) {
        if (!ps) return;
        list_sheet(w, *ps, schema.closed_sheet, "tblAfsluttet",
                   fmt::format("Indsatser afsluttet i planen for {}", last),
                   "Til orientering: indsatserne er afsluttet og føres ikke videre. Arket læses "
                   "ikke som en del af årets plan.",
                   fmt::format("Ingen indsatser blev afsluttet i planen for {}.", last), closed,
                   false);
        if (!not_carried.empty())
            list_sheet(w, *ps, schema.not_carried_sheet, "tblIkkeViderefoert",
                       fmt::format("Indsatser fra planen for {}, der ikke kunne videreføres", last),
                       "Opfølg gætter ikke: en række uden ID eller med en ulæselig celle føres "
                       "ikke videre. Skriv de indsatser, der fortsætter, ind i arket " +
                           ps->title + " med deres ID.",
                       "", not_carried, true);
    };
    tmpl::write_template(schema, o, out);
}

}  // namespace opfolg::rollover
