// SPDX-License-Identifier: MIT
#include "core/validate/checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/parse/danish_number.h"
#include "core/parse/period.h"
#include "core/plan/timetable.h"
#include "core/util/normalize.h"
#include "core/util/number_display.h"
#include "core/util/utf8.h"

namespace opfolg::validate {

namespace {

using plan::Column;
using plan::FieldValue;
using plan::Row;
using plan::Table;
using schema::Field;
using schema::FieldType;

const std::string& title_en(const Field& f) { return f.title_en.empty() ? f.title : f.title_en; }

// The cell a field of a row lives in: where its text came from, else the column that would hold it.
std::string cell_of(const Table& t, const Row& row, std::size_t field) {
    const FieldValue& v = row.fields[field];
    if (v.source.known && v.source.sheet == t.sheet) return xlsx::to_a1(v.source.cell);
    for (const auto& c : t.columns) {
        bool holds = (c.role == Column::Role::field && c.index == field) ||
                     (c.role == Column::Role::combined &&
                      std::count(t.schema->combined[c.index].fields.begin(),
                                 t.schema->combined[c.index].fields.end(), field)) ||
                     c.role == Column::Role::split;
        if (holds) return xlsx::to_a1({row.row, c.col});
    }
    return xlsx::to_a1({row.row, t.columns.empty() ? 0 : t.columns.front().col});
}

std::string header_cell(const Table& t) {
    return xlsx::to_a1({t.header_row, t.columns.empty() ? 0 : t.columns.front().col});
}

void add(const CheckContext& ctx, Severity sev, const char* code, const std::string& sheet,
         const std::string& cell, const std::string& field, Text msg,
         const std::string& value = {}) {
    ctx.issues.push_back(Issue{sev, code, sheet, cell, field, std::move(msg), value});
}

// --- structure ---------------------------------------------------------------------------------

void check_structure(const CheckContext& ctx) {
    if (ctx.workbook.tables_of("plan").empty()) {
        const auto* ps = ctx.schema.sheet("plan");
        std::string title = ps ? ps->title : "Opfølgningsplan";
        add(ctx, Severity::error, "no-plan-table", "", "", "",
            {fmt::format("ingen tabel med opfølgningsplanens kolonner fundet (fx {}); er det den "
                         "rigtige fil?",
                         title),
             fmt::format("no table with the follow-up plan's columns found (e.g. {}); is this the "
                         "right file?",
                         title)});
    }
    // An untouched template is not a plan: say so, so that it is not counted as one in silence.
    const auto plans = ctx.workbook.tables_of("plan");
    if (!plans.empty() && std::all_of(plans.begin(), plans.end(),
                                      [](const Table* t) { return t->rows.empty(); }))
        add(ctx, Severity::warning, "no-actions", plans.front()->sheet,
            xlsx::to_a1({plans.front()->header_row + plans.front()->header_rows, 0}), "",
            {"ingen indsatser udfyldt; planen er tom", "no actions filled in; the plan is empty"});
    for (const auto& t : ctx.workbook.tables) {
        const auto& s = *t.schema;
        for (std::size_t f = 0; f < s.fields.size(); ++f)
            if (s.fields[f].required && !t.covered[f])
                add(ctx, Severity::error, "missing-column", t.sheet, header_cell(t),
                    s.fields[f].name,
                    {fmt::format("kolonnen \"{}\" mangler; den er påkrævet", s.fields[f].title),
                     fmt::format("the column \"{}\" is missing; it is required",
                                 title_en(s.fields[f]))});
        for (const auto& any : s.required_any)
            if (std::none_of(any.fields.begin(), any.fields.end(),
                             [&](std::size_t f) { return t.covered[f]; }))
                add(ctx, Severity::error, "missing-column", t.sheet, header_cell(t),
                    s.fields[any.fields.front()].name,
                    {fmt::format("kolonnen \"{}\" mangler; {}", any.title, any.help),
                     fmt::format("the \"{}\" (timetable) column is missing", any.title)});
        for (const auto& c : t.columns)
            if (c.role == Column::Role::unknown)
                add(ctx, Severity::warning, "unknown-column", t.sheet,
                    xlsx::to_a1({t.header_row, c.col}), "",
                    {fmt::format("ukendt kolonne \"{}\"; indholdet medtages som bemærkning",
                                 c.header),
                     fmt::format("unknown column \"{}\"; its content is kept as a remark",
                                 c.header)},
                    c.header);
    }
}

// --- template version ------------------------------------------------------------------------

// A workbook made from an Opfølg template carries the schema's name and version; one made from
// an older version is read as today, with a note saying what changed since. A workbook without
// the stamp (any other workbook) gets no note.
void check_template(const CheckContext& ctx) {
    const auto& stamp = ctx.workbook.stamp;
    if (!stamp) return;
    const auto& s = ctx.schema;
    if (stamp->schema != s.name) {
        add(ctx, Severity::warning, "template-other-schema", "", "", "",
            {fmt::format("projektmappen er lavet med skabelonen til skemaet \"{}\", men Opfølg "
                         "læser den efter skemaet \"{}\"; kolonner kan være tolket anderledes",
                         stamp->schema, s.name),
             fmt::format("the workbook was made from a template of schema \"{}\", but Opfølg "
                         "reads it by schema \"{}\"; columns may be read differently",
                         stamp->schema, s.name)},
            stamp->schema);
        return;
    }
    if (stamp->version > s.version) {
        add(ctx, Severity::warning, "template-newer", "", "", "",
            {fmt::format("projektmappen er lavet med skabelon version {}, men denne udgave af "
                         "Opfølg kender kun version {}; opdater Opfølg",
                         stamp->version, s.version),
             fmt::format("the workbook was made from template version {}, but this Opfølg "
                         "knows version {} only; update Opfølg",
                         stamp->version, s.version)},
            std::to_string(stamp->version));
    } else if (stamp->version < s.version) {
        std::string da, en;
        for (const auto* c : s.changes_since(stamp->version)) {
            da += fmt::format(" Version {}: {}", c->version, c->changes.da);
            en += fmt::format(" Version {}: {}", c->version, c->changes.en);
        }
        add(ctx, Severity::warning, "template-outdated", "", "", "",
            {fmt::format("projektmappen er lavet med skabelon version {} (nu version {}); den "
                         "læses som før, men en ny skabelon kontrollerer mere.{}",
                         stamp->version, s.version, da),
             fmt::format("the workbook was made from template version {} (now version {}); it "
                         "is read as before, but a new template checks more.{}",
                         stamp->version, s.version, en)},
            std::to_string(stamp->version));
    }
}

// --- metadata ----------------------------------------------------------------------------------

void check_metadata(const CheckContext& ctx) {
    const auto& m = ctx.workbook.meta;
    // The plan year's bounds are the schema's, as the template's validation and live check have.
    double lowest = 2000, highest = 2100;
    if (auto f = ctx.schema.metadata.field_index("plan_year")) {
        lowest = ctx.schema.metadata.fields[*f].minimum.value_or(lowest);
        highest = ctx.schema.metadata.fields[*f].maximum.value_or(highest);
    }
    if (m.institution.empty())
        add(ctx, Severity::warning, "missing-metadata", "", "", "institution",
            {"institutionens navn mangler (arket Oplysninger)",
             "the institution's name is missing (sheet Oplysninger)"});
    if (ctx.workbook.department_source == "file name")
        add(ctx, Severity::warning, "missing-metadata", "", "", "department",
            {fmt::format("afdelingen står ikke i projektmappen; filnavnet \"{}\" bruges",
                         m.department.text),
             fmt::format(
                 "the department is not stated in the workbook; the file name \"{}\" is used",
                 m.department.text)});
    if (m.plan_year.empty())
        add(ctx, Severity::warning, "missing-metadata", "", "", "plan_year",
            {"planåret mangler (arket Oplysninger)",
             "the plan year is missing (sheet Oplysninger)"});
    else if (!m.year || *m.year < lowest || *m.year > highest)
        add(ctx, Severity::error, "not-a-year", m.plan_year.source.sheet,
            m.plan_year.source.known ? xlsx::to_a1(m.plan_year.source.cell) : "", "plan_year",
            {fmt::format("planåret \"{}\" er ikke et årstal", m.plan_year.text),
             fmt::format("the plan year \"{}\" is not a year", m.plan_year.text)},
            m.plan_year.text);
}

// --- required cells ------------------------------------------------------------------------------

void check_required(const CheckContext& ctx) {
    for (const auto& t : ctx.workbook.tables) {
        const auto& s = *t.schema;
        for (const auto& row : t.rows) {
            for (std::size_t f = 0; f < s.fields.size(); ++f)
                if (s.fields[f].required && t.covered[f] && row.fields[f].empty())
                    add(ctx, Severity::error, "required-empty", t.sheet, cell_of(t, row, f),
                        s.fields[f].name,
                        {fmt::format("\"{}\" skal udfyldes", s.fields[f].title),
                         fmt::format("\"{}\" must be filled in", title_en(s.fields[f]))});
            for (const auto& any : s.required_any) {
                bool covered = std::any_of(any.fields.begin(), any.fields.end(),
                                           [&](std::size_t f) { return t.covered[f]; });
                bool filled = std::any_of(any.fields.begin(), any.fields.end(),
                                          [&](std::size_t f) { return !row.fields[f].empty(); });
                if (covered && !filled)
                    add(ctx, Severity::error, "required-empty", t.sheet,
                        cell_of(t, row, any.fields.front()), s.fields[any.fields.front()].name,
                        {fmt::format("\"{}\" skal udfyldes: {}", any.title, any.help),
                         fmt::format("\"{}\" (timetable) must be filled in", any.title)});
            }
        }
    }
}

// --- values
// ------------------------------------------------------------------------------------------

// The allowed value `value` is probably a misspelling of: the nearest one, when at most a third
// of its letters differ ("Afsluttett" → "Afsluttet"); "" when none is that close ("Igangsat" is
// no misspelling of "Ny").
std::string nearest(const std::string& value, const std::vector<std::string>& allowed) {
    std::string best;
    std::size_t best_d = SIZE_MAX;
    for (const auto& a : allowed) {
        std::size_t d = edit_distance(fold_case(value), fold_case(a));
        if (d < best_d) best_d = d, best = a;
    }
    std::size_t longest = std::max(utf8_length(value), utf8_length(best));
    return best_d * 3 <= longest ? best : "";
}

std::string allowed_list(const std::vector<std::string>& allowed) {
    std::string out;
    for (const auto& a : allowed) out += (out.empty() ? "" : ", ") + a;
    return out;
}

void check_value(const CheckContext& ctx, const Table& t, const Row& row, std::size_t f) {
    const Field& field = t.schema->fields[f];
    const FieldValue& v = row.fields[f];
    if (v.empty()) return;
    std::string cell = cell_of(t, row, f);
    if (!field.enum_values.empty()) {
        if (!field.canonical_enum(v.text)) {
            std::string near = nearest(v.text, field.enum_values);
            add(ctx, Severity::error, "enum-value", t.sheet, cell, field.name,
                {fmt::format("\"{}\" er ikke en gyldig værdi for \"{}\";{} Tilladt: {}", v.text,
                             field.title,
                             near.empty() ? "" : fmt::format(" mente du \"{}\"?", near),
                             allowed_list(field.enum_values)),
                 fmt::format("\"{}\" is not a valid value for \"{}\";{} Allowed: {}", v.text,
                             title_en(field),
                             near.empty() ? "" : fmt::format(" did you mean \"{}\"?", near),
                             allowed_list(field.enum_values))},
                v.text);
        }
    }
    std::optional<double> number;
    switch (field.type) {
        case FieldType::number:
        case FieldType::integer:
        case FieldType::year: {
            if (const double* d = std::get_if<double>(&v.value))
                number = *d;
            else if (auto n = parse::parse_danish_number(v.text))
                number = n->value;
            else if (parse::is_missing_marker(v.text))
                return;  // "–": missing data, not an error
            bool whole = number && std::floor(*number) == *number;
            if (field.type == FieldType::year && (!whole || *number < 1900 || *number > 2100)) {
                add(ctx, Severity::error, "not-a-year", t.sheet, cell, field.name,
                    {fmt::format("\"{}\" er ikke et årstal (fx 2024)", v.text),
                     fmt::format("\"{}\" is not a year (e.g. 2024)", v.text)},
                    v.text);
                return;
            }
            if (!number) {
                add(ctx, Severity::error, "not-a-number", t.sheet, cell, field.name,
                    {fmt::format("\"{}\" er ikke et tal (skriv fx 16,7)", v.text),
                     fmt::format("\"{}\" is not a number (write e.g. 16.7)", v.text)},
                    v.text);
                return;
            }
            if (field.type == FieldType::integer && !whole)
                add(ctx, Severity::error, "not-an-integer", t.sheet, cell, field.name,
                    {fmt::format("\"{}\" skal være et helt tal", v.text),
                     fmt::format("\"{}\" must be a whole number", v.text)},
                    v.text);
            break;
        }
        case FieldType::date:
            if (!plan::date_of(v, false))
                add(ctx, Severity::error, "not-a-date", t.sheet, cell, field.name,
                    {fmt::format("\"{}\" er ikke en dato (skriv fx 01-08-2025)", v.text),
                     fmt::format("\"{}\" is not a date (write e.g. 01-08-2025)", v.text)},
                    v.text);
            break;
        case FieldType::period:  // checked with the row's timetable, which parses it once
            break;
        default:
            break;
    }
    if (number && field.minimum && *number < *field.minimum)
        add(ctx, Severity::error, "out-of-range", t.sheet, cell, field.name,
            {fmt::format("{} er mindre end det mindst tilladte ({})", v.text,
                         number_display(*field.minimum, Lang::da)),
             fmt::format("{} is below the minimum ({})", v.text,
                         xlsx::number_text(*field.minimum))},
            v.text);
    if (number && field.maximum && *number > *field.maximum)
        add(ctx, Severity::error, "out-of-range", t.sheet, cell, field.name,
            {fmt::format("{} er større end det højst tilladte ({})", v.text,
                         number_display(*field.maximum, Lang::da)),
             fmt::format("{} is above the maximum ({})", v.text,
                         xlsx::number_text(*field.maximum))},
            v.text);
}

void check_values(const CheckContext& ctx) {
    for (const auto& t : ctx.workbook.tables)
        for (const auto& row : t.rows)
            for (std::size_t f = 0; f < t.schema->fields.size(); ++f) check_value(ctx, t, row, f);
}

// --- timetables ----------------------------------------------------------------------------------

// A Tidsplan text that says nothing readable, or how long but not when.
void check_period(const CheckContext& ctx, const Table& t, const Row& row, std::size_t f,
                  const parse::Period& p) {
    const auto& v = row.fields[f];
    const auto& field = t.schema->fields[f];
    const std::string cell = cell_of(t, row, f);
    if (p.status == parse::Period::Status::unparsed)
        add(ctx, Severity::warning, "period-unparsed", t.sheet, cell, field.name,
            {fmt::format("tidsplanen \"{}\" kan ikke tolkes; skriv fx \"Skoleåret "
                         "2025/2026\", \"Juni 2025\" eller \"Løbende\"",
                         v.text),
             fmt::format("the timetable \"{}\" cannot be read; write e.g. \"Skoleåret "
                         "2025/2026\", \"Juni 2025\" or \"Løbende\"",
                         v.text)},
            v.text);
    else if (p.status == parse::Period::Status::unanchored)
        add(ctx, Severity::warning, "period-unanchored", t.sheet, cell, field.name,
            {fmt::format("tidsplanen \"{}\" siger hvor længe, men ikke hvornår; tilføj et "
                         "startår (fx \"Fra 2025, op mod fem år\")",
                         v.text),
             fmt::format("the timetable \"{}\" says how long but not when; add a start "
                         "year (e.g. \"Fra 2025, op mod fem år\")",
                         v.text)},
            v.text);
}

void check_timetables(const CheckContext& ctx) {
    // Only a plan year the metadata check accepts (2000–2100) measures the actions; 0: none.
    const auto& stated = ctx.workbook.meta.year;
    const int year = stated && *stated >= 2000 && *stated <= 2100 ? *stated : 0;
    for (const auto& table : ctx.workbook.tables) {
        const Table* t = &table;
        // The cell that states the end: Slut when filled, else the Tidsplan text, else Start.
        std::vector<std::size_t> end_cells;
        for (const char* name : {"end", "period", "start"})
            if (auto f = t->schema->field_index(name)) end_cells.push_back(*f);
        if (end_cells.empty()) continue;
        auto period_field = t->schema->field_index("period");
        auto status_field = t->schema->field_index("status");
        auto previous_id = t->schema->field_index("previous_id");
        for (const auto& row : t->rows) {
            auto tt = plan::timetable_of(row, *t->schema);
            if (tt.period) check_period(ctx, *t, row, *period_field, *tt.period);
            std::string cell;
            for (auto f : end_cells)
                if (!row.fields[f].empty()) {
                    cell = cell_of(*t, row, f);
                    break;
                }
            if (tt.start && tt.end && *tt.end < *tt.start)
                add(ctx, Severity::error, "end-before-start", t->sheet, cell, "end",
                    {fmt::format("slutdatoen {} ligger før startdatoen {}", danish(*tt.end),
                                 danish(*tt.start)),
                     fmt::format("the end date {} is before the start date {}", iso(*tt.end),
                                 iso(*tt.start))});
            bool finished = status_field &&
                            header_key(row.fields[*status_field].text) == header_key("Afsluttet");
            // A rollover keeps last year's ID beside a carried action: its old end date is no
            // leftover but a date to move (see check_continued).
            bool continued = previous_id && !row.fields[*previous_id].empty();
            if (year && tt.end && tt.end->year < year && !finished && continued)
                add(ctx, Severity::warning, "continued-end-passed", t->sheet, cell, "end",
                    {fmt::format("indsatsen videreføres fra sidste år, men slutter {}, før planåret "
                                 "{}; skriv en ny slutdato eller tidsplan",
                                 danish(*tt.end), year),
                     fmt::format("the action is carried on from last year, but ends {}, before "
                                 "the plan year {}; enter a new end date or timetable",
                                 iso(*tt.end), year)});
            else if (year && tt.end && tt.end->year < year && !finished)
                add(ctx, Severity::warning, "period-before-plan-year", t->sheet, cell, "end",
                    {fmt::format(
                         "indsatsen slutter {}, før planåret {}; er det en rest fra en ældre plan?",
                         danish(*tt.end), year),
                     fmt::format("the action ends {}, before the plan year {}; is it left over "
                                 "from an older plan?",
                                 iso(*tt.end), year)});
        }
    }
}

// --- uniqueness ----------------------------------------------------------------------------------

void check_unique(const CheckContext& ctx) {
    for (const auto& t : ctx.workbook.tables) {
        const auto& s = *t.schema;
        for (std::size_t f = 0; f < s.fields.size(); ++f) {
            if (!s.fields[f].unique) continue;
            std::map<std::string, std::string> first;  // key → cell
            for (const auto& row : t.rows) {
                const auto& v = row.fields[f];
                if (v.empty()) continue;
                std::string cell = cell_of(t, row, f);
                auto [it, fresh] = first.emplace(fold_case(v.text), cell);
                if (!fresh)
                    add(ctx, Severity::error, "duplicate-value", t.sheet, cell, s.fields[f].name,
                        {fmt::format("\"{}\" bruges også i {}; {} skal være entydig", v.text,
                                     it->second, s.fields[f].title),
                         fmt::format("\"{}\" is also used in {}; {} must be unique", v.text,
                                     it->second, title_en(s.fields[f]))},
                        v.text);
            }
        }
    }
}

// --- measurable goals
// -------------------------------------------------------------------------------

void check_measurable_goals(const CheckContext& ctx) {
    for (const auto* t : ctx.workbook.tables_of("plan")) {
        auto goal = t->schema->field_index("goal");
        auto indicator = t->schema->field_index("indicator");
        if (!goal) continue;
        for (const auto& row : t->rows) {
            const auto& g = row.fields[*goal];
            if (g.empty()) continue;
            bool number = std::any_of(g.text.begin(), g.text.end(),
                                      [](char c) { return c >= '0' && c <= '9'; });
            bool has_indicator = indicator && !row.fields[*indicator].empty();
            if (!number && !has_indicator)
                add(ctx, Severity::warning, "goal-not-measurable", t->sheet,
                    cell_of(*t, row, *goal), "goal",
                    {"målet indeholder hverken et tal, en indikator eller en dato; gør det målbart "
                     "(fx \"under 8 % i 2026\")",
                     "the goal holds no number, indicator or date; make it measurable (e.g. "
                     "\"below 8 % in 2026\")"},
                    shorten(g.text, 120));
        }
    }
}

// --- continued actions --------------------------------------------------------------------------

// A rolled-over workbook keeps each carried action's ID of last year in the read-only column
// Sidste års ID (schema field previous_id). An ID changed since breaks the thread from year to
// year (the board, next year's rollover), so it is reported; the ID is what links the years.
void check_continued(const CheckContext& ctx) {
    for (const auto* t : ctx.workbook.tables_of("plan")) {
        auto id = t->schema->field_index("id"), previous = t->schema->field_index("previous_id");
        if (!id || !previous) continue;
        for (const auto& row : t->rows) {
            const auto& was = row.fields[*previous];
            if (was.empty()) continue;
            const std::string now = trim(row.fields[*id].text), before = trim(was.text);
            if (now == before) continue;
            add(ctx, Severity::warning, "continued-id-changed", t->sheet, cell_of(*t, row, *id),
                "id",
                now.empty()
                    ? Text{fmt::format("indsatsen havde ID \"{}\" sidste år, men har nu intet ID; "
                                       "skriv det igen, så indsatsen kan følges fra år til år",
                                       before),
                           fmt::format("the action had the ID \"{}\" last year, but now has none; "
                                       "enter it again so that the action can be followed from "
                                       "year to year",
                                       before)}
                    : Text{fmt::format("indsatsen hed \"{}\" sidste år, men har nu ID \"{}\"; "
                                       "behold sidste års ID, så indsatsen kan følges fra år til år",
                                       before, now),
                           fmt::format("the action was \"{}\" last year, but now has the ID "
                                       "\"{}\"; keep last year's ID so that the action can be "
                                       "followed from year to year",
                                       before, now)},
                now);
        }
    }
}

}  // namespace

const std::vector<Check>& all_checks() {
    static const std::vector<Check> checks = {
        {"template", check_template},
        {"structure", check_structure},
        {"metadata", check_metadata},
        {"required", check_required},
        {"values", check_values},
        {"timetables", check_timetables},
        {"unique", check_unique},
        {"measurable-goals", check_measurable_goals},
        {"continued", check_continued},
    };
    return checks;
}

}  // namespace opfolg::validate
