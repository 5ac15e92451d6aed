// SPDX-License-Identifier: MIT
#include "core/workbook_template/live_checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "core/plan/timetable.h"
#include "core/util/date.h"
#include "core/xlsx/cell_ref.h"

namespace opfolg::tmpl {

namespace {

using schema::Field;
using schema::FieldType;
using schema::SheetSchema;

// Only functions Excel 2016 and LibreOffice share, and none Excel 2016 would have to compute as
// an array formula: SUMPRODUCT takes arrays in an ordinary cell. UNICHAR arrived in Excel 2013,
// so the file names it with the _xlfn. prefix Excel writes for it (ECMA-376 Part 1, §18.17.7
// lists the functions of the original standard; later ones carry the prefix in the file).

// An Excel string literal.
std::string lit(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        out.push_back(c);
        if (c == '"') out.push_back('"');
    }
    return out + "\"";
}

// Whether `x` is empty as the reader sees it: it trims spaces, tabs, line breaks and
// non-breaking spaces from both ends (opfolg::trim), so a cell holding only those is empty. TRIM
// in Excel and LibreOffice removes spaces only, so the others become spaces first. A cell holding
// an error value is not empty (the reader keeps its text, "#N/A").
std::string blank(const std::string& x) {
    return fmt::format(
        "IFERROR(LEN(TRIM(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE({},CHAR(9),\" \"),CHAR(10),"
        "\" \"),CHAR(13),\" \"),_xlfn.UNICHAR(160),\" \")))=0,FALSE)",
        x);
}

// The header key of `x` as opfolg::header_key makes it, for the characters a Danish keyboard
// types: lower case, æ ø å (and ä ö é è ê ü) spelt out, every space, control character and ASCII
// punctuation mark removed. header_key drops Ê rather than folding it, so it goes first.
// (header_key also drops every other non-ASCII character, such as "–" or "…"; no formula without
// a loop can, so a list value holding one is marked here though Opfølg reads it.)
std::string key_of(const std::string& x) {
    std::string k = fmt::format("CLEAN(LOWER(SUBSTITUTE({},\"Ê\",\"\")))", x);
    static const std::pair<const char*, const char*> letters[] = {
        {"æ", "ae"}, {"ä", "ae"}, {"ø", "oe"}, {"ö", "oe"}, {"å", "aa"},
        {"é", "e"},  {"è", "e"},  {"ê", "e"},  {"ü", "ue"}};
    for (auto [from, to] : letters) k = fmt::format("SUBSTITUTE({},\"{}\",\"{}\")", k, from, to);
    k = fmt::format("SUBSTITUTE({},_xlfn.UNICHAR(160),\"\")", k);
    k = fmt::format("SUBSTITUTE({},_xlfn.UNICHAR(8199),\"\")", k);
    k = fmt::format("SUBSTITUTE({},_xlfn.UNICHAR(8239),\"\")", k);
    k = fmt::format("SUBSTITUTE({},CHAR(127),\"\")", k);
    for (char c = 32; c < 127; ++c)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            k = fmt::format("SUBSTITUTE({},{},\"\")", k, lit(std::string(1, c)));
    return k;
}

// `x` with white space squeezed as opfolg::squeeze_spaces does (runs of spaces, tabs, line
// breaks and the three no-break spaces become one space; both ends trimmed): how the schema
// compares list values that hold no letter or digit ("%").
std::string squeezed(const std::string& x) {
    std::string s = x;
    for (const char* ws : {"CHAR(9)", "CHAR(10)", "CHAR(13)", "_xlfn.UNICHAR(160)",
                           "_xlfn.UNICHAR(8199)", "_xlfn.UNICHAR(8239)"})
        s = fmt::format("SUBSTITUTE({},{},\" \")", s, ws);
    return "TRIM(" + s + ")";
}

// A day number within the bounds a date field may hold (plan::date_of).
std::string within_dates(const std::string& x) {
    return fmt::format("INT({0})>={1},INT({0})<={2}", x, static_cast<long>(plan::first_date_serial),
                       static_cast<long>(plan::last_date_serial));
}

// The error values' texts as the reader keeps them, by ERROR.TYPE number.
const char* const error_texts[] = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!",
                                   "#NAME?", "#NUM!",   "#N/A"};

// Whether field `f`'s value `x` is on its list, as Field::canonical_enum decides: its header key
// is one of the keys of the allowed values and their synonyms, or, for a value without letters
// or digits, its squeezed text is one of those values exactly.
std::string on_list(const Field& f, const std::string& x) {
    std::vector<std::string> keys, raw;
    for (const auto& [key, index] : f.enum_keys) {
        (void)index;
        if (!key.empty() && key.front() == '=')
            raw.push_back(key.substr(1));
        else
            keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end());
    std::sort(raw.begin(), raw.end());
    std::vector<std::string> tests;
    if (!keys.empty()) {
        std::string list;
        for (const auto& k : keys) list += (list.empty() ? "" : ",") + lit(k);
        // MATCH treats * ? ~ as wildcards; a key holds none of them.
        tests.push_back(fmt::format("ISNUMBER(MATCH({},{{{}}},0))", key_of(x), list));
    }
    for (const auto& r : raw) tests.push_back(fmt::format("EXACT({},{})", squeezed(x), lit(r)));
    std::string text_test = tests.empty()       ? "FALSE"
                            : tests.size() == 1 ? tests.front()
                                                : "OR(" +
                                                      [&] {
                                                          std::string j;
                                                          for (const auto& t : tests)
                                                              j += (j.empty() ? "" : ",") + t;
                                                          return j;
                                                      }() +
                                                      ")";
    // An error value is on the list only if its text means an allowed value (no list holds
    // "#N/A", but the schema decides).
    std::string error_list;
    for (std::size_t i = 0; i < std::size(error_texts); ++i)
        if (f.canonical_enum(error_texts[i]))
            error_list += (error_list.empty() ? "" : ",") + std::to_string(i + 1);
    std::string error_test =
        error_list.empty() ? "FALSE"
                           : fmt::format("ISNUMBER(MATCH(ERROR.TYPE({}),{{{}}},0))", x, error_list);
    return fmt::format("IF(ISERROR({}),{},{})", x, error_test, text_test);
}

// Whether `x` holds an ASCII digit, as the measurable-goal check looks for one in the text.
// Of the error values only "#DIV/0!" holds one.
std::string has_digit(const std::string& x) {
    return fmt::format(
        "IF(ISERROR({0}),ERROR.TYPE({0})=2,SUMPRODUCT(--ISNUMBER(FIND({{\"0\",\"1\",\"2\",\"3\","
        "\"4\",\"5\",\"6\",\"7\",\"8\",\"9\"}},{0})))>0)",
        x);
}

std::string cell(std::size_t field, std::uint32_t row) {
    return "$" + xlsx::column_name(static_cast<std::uint32_t>(field)) + std::to_string(row);
}

std::string joined_titles(const SheetSchema& s, const std::vector<std::size_t>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i)
        out += (i == 0                   ? ""
                : i + 1 == fields.size() ? " eller "
                                         : ", ") +
               s.fields[fields[i]].title;
    return out;
}

}  // namespace

std::string LiveCheck::token() const {
    return fmt::format("{}:{}:{};", severity == Severity::error ? "E" : "W", code, field);
}

std::vector<LiveCheck> sheet_checks(const SheetSchema& s) {
    std::vector<LiveCheck> out;
    // Required fields and "at least one of" groups, in field order (as check_required).
    for (std::size_t f = 0; f < s.fields.size(); ++f) {
        if (!s.fields[f].required) continue;
        out.push_back({"required-empty",
                       Severity::error,
                       s.fields[f].name,
                       {f},
                       LiveGroup::missing,
                       s.fields[f].title,
                       [f](std::uint32_t r) { return blank(cell(f, r)); }});
    }
    for (const auto& any : s.required_any) {
        auto fields = any.fields;
        out.push_back({"required-empty", Severity::error, s.fields[fields.front()].name, fields,
                       LiveGroup::missing, joined_titles(s, fields), [fields](std::uint32_t r) {
                           std::string all;
                           for (auto f : fields)
                               all += (all.empty() ? "" : ",") + blank(cell(f, r));
                           return "AND(" + all + ")";
                       }});
    }
    // Values outside their list (check_value, enum part).
    for (std::size_t f = 0; f < s.fields.size(); ++f) {
        const Field& field = s.fields[f];
        if (field.enum_values.empty()) continue;
        out.push_back({"enum-value",
                       Severity::error,
                       field.name,
                       {f},
                       LiveGroup::not_on_list,
                       field.title,
                       [f, field](std::uint32_t r) {
                           std::string x = cell(f, r);
                           return fmt::format("IF({},FALSE,NOT({}))", blank(x), on_list(field, x));
                       }});
    }
    // Date fields holding a number that is no day within the bounds (plan::date_of). Text is
    // read by Opfølg's period parser, which no formula can mirror: the template leaves it alone.
    for (std::size_t f = 0; f < s.fields.size(); ++f) {
        if (s.fields[f].type != FieldType::date) continue;
        out.push_back({"not-a-date",
                       Severity::error,
                       s.fields[f].name,
                       {f},
                       LiveGroup::not_a_date,
                       s.fields[f].title,
                       [f](std::uint32_t r) {
                           std::string x = cell(f, r);
                           return fmt::format("IF(ISNUMBER({0}),NOT(AND({1})),FALSE)", x,
                                              within_dates(x));
                       }});
    }
    // An end before its start, when both are dates (check_timetables: then the row's timetable
    // takes its start and end from these two cells, whatever Tidsplan says).
    auto start = s.field_index("start"), end = s.field_index("end");
    if (start && end) {
        std::size_t a = *start, b = *end;
        out.push_back({"end-before-start",
                       Severity::error,
                       "end",
                       {a, b},
                       LiveGroup::end_before_start,
                       fmt::format("{} ligger før {}", s.fields[b].title, s.fields[a].title),
                       [a, b](std::uint32_t r) {
                           std::string x = cell(a, r), y = cell(b, r);
                           return fmt::format(
                               "IF(AND(ISNUMBER({0}),ISNUMBER({1})),AND({2},{3},INT({1})<INT({0})),"
                               "FALSE)",
                               x, y, within_dates(x), within_dates(y));
                       }});
    }
    // A goal with no digit and no indicator (check_measurable_goals, on the plan sheet).
    auto goal = s.field_index("goal"), indicator = s.field_index("indicator");
    if (s.name == "plan" && goal) {
        std::size_t g = *goal;
        std::optional<std::size_t> i = indicator;
        out.push_back({"goal-not-measurable",
                       Severity::warning,
                       "goal",
                       {g},
                       LiveGroup::goal,
                       "Bemærk: målet har hverken tal eller indikator",
                       [g, i](std::uint32_t r) {
                           std::string x = cell(g, r);
                           std::string no_indicator = i ? blank(cell(*i, r)) : "TRUE";
                           return fmt::format("IF({},FALSE,AND({},NOT({})))", blank(x),
                                              no_indicator, has_digit(x));
                       }});
    }
    return out;
}

std::string row_codes_formula(const std::vector<LiveCheck>& checks, std::uint32_t row,
                              const std::vector<std::uint32_t>& input_columns) {
    // A row is started when any input cell holds something: the reader makes a row of it. The
    // cells are joined, so one test covers them all (an error value in any makes it started).
    std::string all;
    for (auto c : input_columns) all += (all.empty() ? "" : "&") + cell(c, row);
    std::string tokens;
    for (const auto& c : checks)
        tokens += fmt::format("&IF({},{},\"\")", c.condition(row), lit(c.token()));
    return fmt::format("IF({},\"\",\";\"{})", blank(all), tokens);
}

std::string row_status_formula(const std::vector<LiveCheck>& checks,
                               const std::string& codes_cell) {
    auto fires = [&](const std::string& needle) {
        return fmt::format("ISNUMBER(FIND({},{}))", lit(needle), codes_cell);
    };
    // One group: ". Mangler: Tema, Ansvarlig" when any of its checks fires; MID drops the
    // separator before the first item.
    auto group = [&](LiveGroup g, const std::string& heading) {
        std::string items, any;
        for (const auto& c : checks) {
            if (c.group != g) continue;
            items += fmt::format("&IF({},{},\"\")", fires(";" + c.token()), lit(", " + c.label));
            any += (any.empty() ? "" : ",") + fires(";" + c.token());
        }
        if (items.empty()) return std::string();
        return fmt::format("&IF(OR({}),{}&MID(\"\"{},3,1000),\"\")", any, lit(". " + heading),
                           items);
    };
    // Groups whose label is the whole message ("Slut ligger før Start").
    auto plain = [&](LiveGroup g, const std::string& prefix) {
        std::string out;
        for (const auto& c : checks)
            if (c.group == g)
                out += fmt::format("&IF({},{},\"\")", fires(";" + c.token()),
                                   lit(". " + prefix + c.label));
        return out;
    };
    // Short phrases: the status is read at a glance, and the guide explains each one.
    std::string parts = group(LiveGroup::missing, "Mangler: ") +
                        group(LiveGroup::not_on_list, "Ikke på listen: ") +
                        group(LiveGroup::not_a_date, "Ikke en dato: ") +
                        group(LiveGroup::not_a_year, "Ikke et gyldigt årstal: ") +
                        plain(LiveGroup::end_before_start, "") + plain(LiveGroup::goal, "") +
                        plain(LiveGroup::note, "");
    return fmt::format("IF({0}=\"\",\"\",IF({0}=\";\",\"✓ I orden\",MID(\"\"{1},3,1000)))",
                       codes_cell, parts);
}

std::vector<LiveCheck> metadata_checks(const schema::Schema& schema, const MetadataCells& m) {
    std::vector<LiveCheck> out;
    const auto& ms = schema.metadata;
    auto title = [&](const char* name) {
        auto i = ms.field_index(name);
        return i ? ms.fields[*i].title : std::string(name);
    };
    auto index = [&](const char* name) {
        auto i = ms.field_index(name);
        return i ? std::vector<std::size_t>{*i} : std::vector<std::size_t>{};
    };
    // check_metadata: an empty institution is a warning unless the document's company names it.
    if (!m.institution.empty() && !m.institution_fallback) {
        std::string x = m.institution;
        out.push_back({"missing-metadata", Severity::warning, "institution", index("institution"),
                       LiveGroup::missing, title("institution"),
                       [x](std::uint32_t) { return blank(x); }});
    }
    // The department falls back on the document's subject, then on the file name (a warning).
    if (!m.department.empty() && !m.department_fallback) {
        std::string x = m.department;
        out.push_back({"missing-metadata", Severity::warning, "department", index("department"),
                       LiveGroup::missing, title("department"),
                       [x](std::uint32_t) { return blank(x); }});
    }
    if (!m.plan_year.empty()) {
        std::string x = m.plan_year;
        out.push_back({"missing-metadata", Severity::warning, "plan_year", index("plan_year"),
                       LiveGroup::missing, title("plan_year"),
                       [x](std::uint32_t) { return blank(x); }});
        double lowest = 2000, highest = 2100;
        if (auto i = ms.field_index("plan_year")) {
            lowest = ms.fields[*i].minimum.value_or(lowest);
            highest = ms.fields[*i].maximum.value_or(highest);
        }
        // The reader takes a number's whole part (as an int cast does: TRUNC); text is read by
        // the Danish number parser, which the template leaves to Opfølg.
        out.push_back(
            {"not-a-year", Severity::error, "plan_year", index("plan_year"), LiveGroup::not_a_year,
             title("plan_year"), [x, lowest, highest](std::uint32_t) {
                 return fmt::format("IF(ISNUMBER({0}),OR(TRUNC({0})<{1},TRUNC({0})>{2}),FALSE)", x,
                                    static_cast<long>(lowest), static_cast<long>(highest));
             }});
    }
    // check_structure: a plan table without a single row.
    if (!m.plan_codes.empty()) {
        std::string range = m.plan_codes;
        out.push_back(
            {"no-actions",
             Severity::warning,
             "",
             {},
             LiveGroup::note,
             "Bemærk: ingen indsatser udfyldt endnu",
             [range](std::uint32_t) { return fmt::format("SUMPRODUCT(--({}<>\"\"))=0", range); }});
    }
    return out;
}

std::string metadata_codes_formula(const std::vector<LiveCheck>& checks) {
    std::string tokens;
    for (const auto& c : checks)
        tokens += fmt::format("&IF({},{},\"\")", c.condition(0), lit(c.token()));
    return "\";\"" + tokens;
}

std::vector<Claim> claims(const schema::Schema& schema) {
    const std::string first = danish(date_from_serial(plan::first_date_serial));
    const std::string last = danish(date_from_serial(plan::last_date_serial));
    // The names the guide uses are the schema's titles, as the checks and the row status use
    // them: the plan sheet's date fields, its "at least one of" groups, the metadata fields.
    const SheetSchema* plan = schema.sheet("plan");
    auto title_of = [](const std::vector<Field>& fields, const char* name, const char* fallback) {
        for (const auto& f : fields)
            if (f.name == name) return f.title;
        return std::string(fallback);
    };
    const auto& meta = schema.metadata.fields;
    const std::string start = plan ? title_of(plan->fields, "start", "Start") : "Start";
    const std::string end = plan ? title_of(plan->fields, "end", "Slut") : "Slut";
    const std::string institution = title_of(meta, "institution", "Institution");
    const std::string year = title_of(meta, "plan_year", "Planår");
    const std::string meta_sheet =
        schema.metadata.title.empty() ? "Oplysninger" : schema.metadata.title;
    std::string indicators_sheet = "Indikatorer";
    if (const auto* s = schema.sheet("indicators")) indicators_sheet = s->title;
    std::string dates;  // "Start eller Slut"
    if (plan) {
        std::vector<std::size_t> date_fields;
        for (std::size_t f = 0; f < plan->fields.size(); ++f)
            if (plan->fields[f].type == FieldType::date) date_fields.push_back(f);
        dates = joined_titles(*plan, date_fields);
    }
    if (dates.empty()) dates = start + " eller " + end;
    std::string groups_da, groups_en;  // "; mindst ét af felterne Start, Slut eller Tidsplan …"
    if (plan)
        for (const auto& any : plan->required_any) {
            groups_da += fmt::format("; mindst ét af felterne {} skal udfyldes",
                                     joined_titles(*plan, any.fields));
            std::string en;
            for (std::size_t i = 0; i < any.fields.size(); ++i)
                en += (i == 0                       ? ""
                       : i + 1 == any.fields.size() ? " or "
                                                    : ", ") +
                      plan->fields[any.fields[i]].title;
            groups_en += fmt::format("; at least one of {}", en);
        }
    double lowest = 2000, highest = 2100;
    if (auto i = schema.metadata.field_index("plan_year")) {
        lowest = meta[*i].minimum.value_or(lowest);
        highest = meta[*i].maximum.value_or(highest);
    }
    const auto low = static_cast<long>(lowest), high = static_cast<long>(highest);
    return {
        {"required-empty",
         {fmt::format("Påkrævede felter, der er tomme i en række, I er begyndt på{}.", groups_da),
          fmt::format("Required cells left empty in a row that has been started{}.", groups_en)},
         {}},
        {"enum-value",
         {"Værdier, der ikke er på kolonnens liste (store og små bogstaver, mellemrum og "
          "tegnsætning tæller ikke).",
          "Values not on the column's list (case, spaces and punctuation aside)."},
         {}},
        {"not-a-date",
         {fmt::format("{}, der er et tal, men ikke en dato fra {} til {}.", dates, first, last),
          fmt::format("{} holding a number that is no date from {} to {}.", dates, first, last)},
         {fmt::format("{} skrevet som tekst (fx \"august 2025\"): om teksten kan læses som en "
                      "dato.",
                      dates),
          fmt::format("{} written as text: whether it reads as a date.", dates)}},
        {"end-before-start",
         {fmt::format("{}, der ligger før {}, når begge er datoer.", end, start),
          fmt::format("{} before {} when both are dates.", end, start)},
         {fmt::format("{} før {}, når en af dem eller tidsplanen er skrevet som tekst.", end,
                      start),
          fmt::format("{} before {} when one of them or the timetable is text.", end, start)}},
        {"goal-not-measurable",
         {"Et operationelt mål uden tal og uden indikator (en bemærkning, ikke en fejl).",
          "A goal with no number and no indicator (a remark, not an error)."},
         {}},
        {"missing-metadata",
         {fmt::format("{} eller {}, der mangler på arket {} (en bemærkning).", institution, year,
                      meta_sheet),
          fmt::format("{} or {} missing on the {} sheet (a remark).", institution, year,
                      meta_sheet)},
         {}},
        {"no-actions",
         {fmt::format("En plan uden en eneste indsats (en bemærkning på arket {}).", meta_sheet),
          fmt::format("A plan without a single action (a remark on the {} sheet).", meta_sheet)},
         {}},
        {"not-a-year",
         {fmt::format("Et planår, der er et tal uden for det tilladte ({}–{}).", low, high),
          fmt::format("A plan year that is a number outside {}–{}.", low, high)},
         {fmt::format("Planår skrevet som tekst, og årstal på arket {}.", indicators_sheet),
          fmt::format("A plan year written as text, and years on the {} sheet.",
                      indicators_sheet)}},
    };
}

}  // namespace opfolg::tmpl
