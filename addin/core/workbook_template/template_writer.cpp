// SPDX-License-Identifier: MIT
#include "core/workbook_template/template_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/plan/reader.h"
#include "core/plan/timetable.h"
#include "core/util/date.h"
#include "core/util/normalize.h"
#include "core/util/number_display.h"
#include "core/util/utf8.h"
#include "core/validate/codes.h"
#include "core/workbook_template/live_checks.h"
#include "core/xlsx/house_style.h"
#include "core/xlsx/writer.h"

namespace opfolg::tmpl {

namespace {

using schema::Field;
using schema::FieldType;
using schema::SheetSchema;
using xlsx::FormatSpec;
namespace st = xlsx::style;

// " 2025", or nothing when the year is not known.
std::string year_suffix(const TemplateOptions& o) {
    return o.year ? " " + std::to_string(o.year) : std::string();
}

// The last data row (zero-based) of sheet `sh`'s table: the prepared rows, and at least ten
// empty ones below filled rows (the sheets are protected: a table cannot grow in Excel).
std::uint32_t last_row_of(const SheetSchema& sh, const TemplateOptions& o) {
    auto filled = o.rows.find(sh.name);
    std::size_t rows = filled == o.rows.end() ? 0 : filled->second.rows.size() + 10;
    return static_cast<std::uint32_t>(std::max<std::size_t>({o.empty_rows, rows, 1}));
}

std::string table_name(const std::string& s) {
    std::string out = "tbl";
    for (char c : s)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out.push_back(c);
    return out;
}

// A sheet name as a formula names it: 'Opfølgningsplan'!
std::string sheet_ref(const std::string& name) {
    std::string out = "'";
    for (char c : name) {
        out.push_back(c);
        if (c == '\'') out.push_back('\'');
    }
    return out + "'!";
}

std::string date_text(double serial) { return danish(date_from_serial(serial)); }

// What the sheets allow besides typing into input cells. Sorting and filtering the tables are
// allowed; Excel sorts a protected sheet only where no cell is locked, so the tables' formula
// cells are unlocked too and guarded by a validation that refuses typing. Column formats stay
// protected: widths hold, and the hidden code column stays hidden.
xlsx::SheetProtection data_protection() {
    xlsx::SheetProtection p;
    p.sort = true;
    p.autofilter = true;
    p.format_rows = true;  // row heights, for long text
    return p;
}

std::optional<xlsx::Validation> validation_for(const Field& f) {
    xlsx::Validation v;
    v.input_title = shorten(f.title, 32);
    v.error_title = shorten(f.title, 32);
    if (!f.enum_values.empty()) {
        v.type = xlsx::Validation::Type::list;
        v.list = f.enum_values;
        std::string choices;
        for (const auto& e : f.enum_values) choices += (choices.empty() ? "" : ", ") + e;
        v.input_message = shorten("Vælg fra listen: " + choices, 255);
        v.error_message = shorten("Vælg en af værdierne på listen: " + choices, 255);
        return v;
    }
    switch (f.type) {
        case FieldType::date: {
            // The bounds `validate` reads a date within (plan::date_of).
            v.type = xlsx::Validation::Type::date;
            v.minimum = plan::first_date_serial;
            v.maximum = plan::last_date_serial;
            v.input_message = shorten("Skriv en dato, fx 01-08-2025. " + f.help, 255);
            v.error_message =
                fmt::format("Skriv en gyldig dato mellem {} og {}, fx 01-08-2025.",
                            date_text(plan::first_date_serial), date_text(plan::last_date_serial));
            return v;
        }
        case FieldType::year:
            v.type = xlsx::Validation::Type::whole;
            v.minimum = f.minimum.value_or(2000);
            v.maximum = f.maximum.value_or(2100);
            v.input_message = shorten("Skriv et årstal, fx 2025. " + f.help, 255);
            v.error_message =
                fmt::format("Skriv et årstal mellem {} og {}.", static_cast<int>(*v.minimum),
                            static_cast<int>(*v.maximum));
            return v;
        case FieldType::integer:
        case FieldType::number:
            v.type = f.type == FieldType::integer ? xlsx::Validation::Type::whole
                                                  : xlsx::Validation::Type::decimal;
            v.minimum = f.minimum.value_or(-1e9);
            v.maximum = f.maximum.value_or(1e9);
            // Typed into Excel, "16,7 %" becomes the fraction 0,167, which the sheet's own
            // formulas would subtract from 16,7: percentages go in as plain numbers.
            v.input_message = shorten(
                "Skriv et tal med komma som decimaltegn og uden %-tegn, fx 16,7. " + f.help, 255);
            v.error_message = "Skriv et tal med komma som decimaltegn og uden %-tegn, fx 16,7.";
            return v;
        default:
            if (f.help.empty()) return std::nullopt;
            v.type = xlsx::Validation::Type::text_length;
            v.minimum = 0;
            v.maximum = 32767;
            v.input_message = shorten(f.help, 255);
            return v;
    }
}

// A formula cell's guard: typing into it is refused with a word on where to type instead. (The
// cell is unlocked so that the table can be sorted; see data_protection.)
xlsx::Validation computed_guard(const std::string& title) {
    xlsx::Validation v;
    v.type = xlsx::Validation::Type::custom;
    v.source = "=FALSE()";
    v.allow_blank = false;
    v.input_title = shorten(title, 32);
    v.input_message = "Udfyldes automatisk af skabelonen.";
    v.error_title = shorten(title, 32);
    v.error_message = "Kolonnen udfyldes automatisk; skriv i kolonnerne til venstre.";
    return v;
}

// The example as the guide shows it, written the way the department should type it: Danish
// decimal commas and dates as dd-mm-åååå.
std::string example_text(const Field& f) {
    if (f.example.is_number()) return number_display(f.example.get<double>(), Lang::da);
    if (!f.example.is_string()) return "";
    std::string text = f.example.get<std::string>();
    xlsx::DateTime dt;
    if (f.type == FieldType::date && xlsx::parse_iso(text, dt)) return date_text(dt.serial);
    return text;
}

void write_example_value(xlsx::SheetWriter& s, xlsx::CellRef at, const Field& f, xlsx::Format text,
                         xlsx::Format date, xlsx::Format number) {
    if (f.example.is_number()) {
        s.write_number(at, f.example.get<double>(), number);
    } else if (f.type == FieldType::date && f.example.is_string()) {
        xlsx::DateTime dt;
        if (xlsx::parse_iso(f.example.get<std::string>(), dt))
            s.write_number(at, dt.serial, date);
        else
            s.write_string(at, example_text(f), text);
    } else {
        s.write_string(at, example_text(f), text);
    }
}

std::string capitalised(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

// The lines of the guide that say what the template checks and what only Opfølg checks: the
// template's claims, and every other kind of issue `validate` can report to a department.
std::pair<std::vector<std::string>, std::vector<std::string>> check_lines(
    const schema::Schema& schema) {
    std::vector<std::string> in_template, opfolg_only;
    const auto all = claims(schema);
    for (const auto& c : all) {
        in_template.push_back(c.in_template.da);
        if (!c.opfolg_only.da.empty()) opfolg_only.push_back(c.opfolg_only.da);
    }
    for (const auto& k : validate::issue_kinds()) {
        if (!k.for_departments) continue;
        bool claimed =
            std::any_of(all.begin(), all.end(), [&](const Claim& c) { return c.code == k.code; });
        if (!claimed) opfolg_only.push_back(capitalised(k.title.da) + ".");
    }
    return {in_template, opfolg_only};
}

void write_instructions(xlsx::WorkbookWriter& w, const schema::Schema& schema,
                        const TemplateOptions& o) {
    auto& s =
        w.add_sheet(schema.instructions_sheet.empty() ? "Vejledning" : schema.instructions_sheet);
    auto title = w.format(st::title());
    auto sub = w.format(st::subtitle());
    auto head = w.format(st::header());
    auto body = w.format(st::body());
    FormatSpec ex = st::body();
    ex.fill = st::example_fill;
    ex.italic = true;
    auto example = w.format(ex);
    FormatSpec ex_date = ex;
    ex_date.num_format = "dd-mm-yyyy";
    auto example_date = w.format(ex_date);
    FormatSpec ex_number = ex;
    ex_number.num_format = "#,##0.0##";
    auto example_number = w.format(ex_number);
    auto bold = w.format(st::label());
    auto intro = w.format([] {
        FormatSpec f;
        f.wrap = true;
        return f;
    }());

    s.write_string({0, 0}, fmt::format("{}{} – {}", schema.title, year_suffix(o), o.department),
                   title);
    s.write_string({1, 0},
                   "Sådan udfylder I projektmappen. Kvalitetsfunktionen kontrollerer og samler "
                   "afdelingernes planer til bestyrelsen.",
                   sub);
    std::uint32_t r = 3;
    // Guide lines run across the four columns (merged, wrapped), so they print at full width;
    // the four columns hold about 150 characters a line.
    auto line = [&](const std::string& text) {
        s.merge({{r, 0}, {r, 3}}, text, intro);
        double lines = std::max(1.0, std::ceil(static_cast<double>(utf8_length(text)) / 140.0));
        s.set_row(r, 15 * lines);
        ++r;
    };
    auto heading = [&](const std::string& text) {
        ++r;
        s.write_string({r++, 0}, text, bold);
    };
    const std::string meta_title =
        schema.metadata.title.empty() ? "Oplysninger" : schema.metadata.title;
    line("1. Udfyld arket " + meta_title + " (institution, afdeling og planår).");
    int step = 2;
    for (const auto& sh : schema.sheets)
        line(fmt::format("{}. Arket {}: {}", step++, sh.title, sh.help));
    line(
        fmt::format("{}. Se kolonnen \"Kontrol af rækken\" og arket {}: når der står \"Klar "
                    "til at sende\", sender I projektmappen til kvalitetsfunktionen.",
                    step++, meta_title));
    line(
        "Skriv tal med komma som decimaltegn og procenter uden %-tegn (16,7), og datoer som "
        "01-08-2025. Lister med ▼ viser de tilladte værdier.");

    heading("Beskyttede ark");
    std::string sizes;
    for (std::size_t i = 0; i < schema.sheets.size(); ++i)
        sizes += fmt::format("{}{} har {} rækker",
                             i == 0                          ? ""
                             : i + 1 == schema.sheets.size() ? " og "
                                                             : ", ",
                             schema.sheets[i].title, last_row_of(schema.sheets[i], o));
    line(fmt::format(
        "Arkene er beskyttet uden adgangskode, så overskrifter, formler og lister ikke ændres "
        "ved et uheld. I kan skrive i alle felter i tabellerne, sortere og filtrere. {}; har I "
        "brug for flere, så bed kvalitetsfunktionen om en skabelon med flere rækker. "
        "(Beskyttelsen kan fjernes under Gennemse ▸ Fjern arkbeskyttelse uden adgangskode, men "
        "så kan formlerne gå i stykker.)",
        sizes));

    auto [in_template, opfolg_only] = check_lines(schema);
    heading("Det kontrollerer skabelonen, mens I skriver");
    line(
        "Felter med fejl bliver røde, bemærkninger gule, og kolonnen \"Kontrol af rækken\" "
        "siger, hvad der mangler. Det er de samme kontroller, som Opfølg laver, når "
        "kvalitetsfunktionen modtager projektmappen:");
    for (const auto& l : in_template) line("• " + l);
    heading("Det kontrollerer kun Opfølg (når kvalitetsfunktionen modtager projektmappen)");
    for (const auto& l : opfolg_only) line("• " + l);
    ++r;

    for (const auto& sh : schema.sheets) {
        s.write_string({r++, 0}, "Kolonnerne i arket " + sh.title, bold);
        const char* heads[] = {"Kolonne", "Påkrævet", "Forklaring", "Eksempel"};
        for (std::uint32_t c = 0; c < 4; ++c) s.write_string({r, c}, heads[c], head);
        ++r;
        for (const auto& f : sh.fields) {
            std::string any_title;
            for (const auto& any : sh.required_any)
                for (auto i : any.fields)
                    if (sh.fields[i].name == f.name) {
                        any_title.clear();
                        for (std::size_t k = 0; k < any.fields.size(); ++k)
                            any_title += (k == 0                       ? ""
                                          : k + 1 == any.fields.size() ? " eller "
                                                                       : ", ") +
                                         sh.fields[any.fields[k]].title;
                    }
            s.write_string({r, 0}, f.title, body);
            s.write_string({r, 1}, f.required ? "Ja" : any_title, body);
            std::string help = f.help;
            // The allowed values, unless the help text already names every one of them.
            bool named = std::all_of(
                f.enum_values.begin(), f.enum_values.end(),
                [&](const std::string& e) { return help.find(e) != std::string::npos; });
            if (!f.enum_values.empty() && !named) {
                std::string choices;
                for (const auto& e : f.enum_values) choices += (choices.empty() ? "" : ", ") + e;
                help += " Værdier: " + choices + ".";
            }
            s.write_string({r, 2}, help, body);
            s.write_string({r, 3}, example_text(f), body);
            ++r;
        }
        ++r;
        s.write_string({r++, 0}, "Eksempel på en udfyldt række i arket " + sh.title + ":", bold);
        for (std::uint32_t c = 0; c < sh.fields.size(); ++c)
            s.write_string({r, c}, sh.fields[c].title, head);
        ++r;
        for (std::uint32_t c = 0; c < sh.fields.size(); ++c)
            write_example_value(s, {r, c}, sh.fields[c], example, example_date, example_number);
        r += 2;
    }
    s.set_widths({26, 22, 64, 40});
    s.set_column(4, 20, 18);
    // The wide example rows are for the screen; on paper the four-column guide says it all.
    auto print = st::board_print(0, o.department, trim(year_suffix(o)));
    print.repeat_rows.reset();
    print.print_area = xlsx::CellRange{{0, 0}, {r, 3}};
    s.print_setup(print);
    s.protect({});
    s.activate();
}

// Where each data sheet keeps its row codes, for the metadata sheet's counts.
struct CodeColumn {
    std::string sheet;  ///< sheet title
    std::string range;  ///< 'Ark'!$R$2:$R$41
};

std::optional<std::uint32_t> computed_column(const SheetSchema& sh, const std::string& name) {
    for (std::size_t i = 0; i < sh.computed.size(); ++i)
        if (sh.computed[i].name == name) return static_cast<std::uint32_t>(sh.fields.size() + i);
    return std::nullopt;
}

// The cached result of every formula the template writes. Excel computes them all on load
// (libxlsxwriter asks it to: fullCalcOnLoad); LibreOffice keeps a cached result that is not
// empty, and computes a formula whose result is – so no result must look like a verdict.
const xlsx::CellValue no_result = std::string();

std::string plural(const std::string& n, const char* one, const char* many) {
    return fmt::format("IF({0}=1,\"1 {1}\",{0}&\" {2}\")", n, one, many);
}

// The summary of a data sheet from its code column: rows started, rows lacking something, rows
// with remarks.
std::string sheet_summary(const std::string& range, const std::string& errors_cell) {
    std::string started = fmt::format("SUMPRODUCT(--({}<>\"\"))", range);
    std::string warned = fmt::format("SUMPRODUCT(--ISNUMBER(FIND(\";W:\",{})))", range);
    return fmt::format(
        "IF({0}=0,\"Ingen rækker udfyldt endnu\",{1}&\" udfyldt; \"&IF({2}=0,\"ingen mangler "
        "noget\",{3})&IF({4}>0,\"; \"&{5},\"\"))",
        started, plural(started, "række", "rækker"), errors_cell,
        plural(errors_cell, "mangler noget", "mangler noget"), warned,
        plural(warned, "med bemærkning", "med bemærkninger"));
}

void write_metadata(xlsx::WorkbookWriter& w, const schema::Schema& schema, const TemplateOptions& o,
                    const std::vector<CodeColumn>& code_columns) {
    const auto& ms = schema.metadata;
    auto& s = w.add_sheet(ms.title.empty() ? "Oplysninger" : ms.title);
    auto title = w.format(st::title());
    auto label = w.format([] {
        auto f = st::body(false);
        f.bold = true;
        return f;
    }());
    FormatSpec input_spec = st::body(false);
    input_spec.unlocked = true;
    input_spec.fill = 0xFFF2CC;
    // Left, like the texts above and below it: a right-aligned year ran into the help beside it.
    input_spec.align = FormatSpec::Align::left;
    auto input = w.format(input_spec);
    auto help = w.format(st::subtitle());
    auto head = w.format(st::header());
    FormatSpec computed_spec = st::body();
    computed_spec.fill = st::example_fill;
    auto computed = w.format(computed_spec);
    computed_spec.num_format = "0";
    computed_spec.align = FormatSpec::Align::center;
    auto computed_count = w.format(computed_spec);
    s.write_string({0, 0}, "Oplysninger om planen", title);
    std::uint32_t r = 2;
    MetadataCells cells;
    std::vector<std::pair<std::size_t, std::uint32_t>> value_rows;  // field, row
    for (std::size_t i = 0; i < ms.fields.size(); ++i) {
        const auto& f = ms.fields[i];
        s.write_string({r, 0}, f.title, label);
        if (f.name == "department")
            s.write_string({r, 1}, o.department, input);
        else if (f.name == "plan_year" && o.year)
            s.write_number({r, 1}, o.year, input);
        else if (f.name == "institution" && !o.institution.empty())
            s.write_string({r, 1}, o.institution, input);
        else if (f.name == "contact" && !o.contact.empty())
            s.write_string({r, 1}, o.contact, input);
        else
            s.write({r, 1}, std::monostate{}, input);
        s.write_string({r, 2}, f.help, help);
        if (auto v = validation_for(f)) s.add_validation({{r, 1}, {r, 1}}, *v);
        std::string a1 = "$B$" + std::to_string(r + 1);
        if (f.name == "institution") cells.institution = a1;
        if (f.name == "department") cells.department = a1;
        if (f.name == "plan_year") cells.plan_year = a1;
        value_rows.emplace_back(i, r);
        ++r;
    }
    // The reader falls back on the document properties the template writes (company, subject).
    cells.institution_fallback = !o.institution.empty();
    cells.department_fallback = !o.department.empty();
    if (const auto* plan = schema.sheet("plan"))
        for (const auto& cc : code_columns)
            if (cc.sheet == plan->title) cells.plan_codes = cc.range;

    // The workbook's own verdict: rows lacking something per sheet, the metadata, and whether
    // the workbook is ready to send.
    ++r;
    const char* heads[] = {"Kontrol af projektmappen", "Mangler noget", "Forklaring"};
    for (std::uint32_t c = 0; c < 3; ++c) s.write_string({r, c}, heads[c], head);
    s.set_row(r, 30);
    ++r;
    const std::uint32_t first_count_row = r;
    std::vector<std::string> row_counts;
    for (const auto& cc : code_columns) {
        std::string errors = fmt::format("SUMPRODUCT(--ISNUMBER(FIND(\";E:\",{})))", cc.range);
        std::string b = "$B$" + std::to_string(r + 1);
        s.write_string({r, 0}, cc.sheet, label);
        s.write_formula({r, 1}, "=" + errors, no_result, computed_count);
        s.write_formula({r, 2}, "=" + sheet_summary(cc.range, b), std::string(), computed);
        row_counts.push_back(b);
        ++r;
    }
    // The metadata codes sit in a hidden row at the end of the block (see below).
    const std::uint32_t meta_row = r, total_row = r + 1, codes_row = r + 2;
    const std::string meta_codes = "$B$" + std::to_string(codes_row + 1);
    auto checks = metadata_checks(schema, cells);
    s.write_string({meta_row, 0}, ms.title.empty() ? "Oplysninger" : ms.title, label);
    std::string meta_errors =
        fmt::format("(LEN({0})-LEN(SUBSTITUTE({0},\";E:\",\"\")))/3", meta_codes);
    s.write_formula({meta_row, 1}, "=" + meta_errors, no_result, computed_count);
    s.write_formula({meta_row, 2}, "=" + row_status_formula(checks, meta_codes), std::string(),
                    computed);
    // Total: rows lacking something in all sheets; ready when none does, the metadata is in
    // order and the plan has at least one row.
    std::string rows_total;
    for (const auto& b : row_counts) rows_total += (rows_total.empty() ? "" : "+") + b;
    if (rows_total.empty()) rows_total = "0";
    const std::string total = "$B$" + std::to_string(total_row + 1);
    const std::string meta_b = "$B$" + std::to_string(meta_row + 1);
    std::string plan_started = "0", warnings = "0";
    for (const auto& cc : code_columns) {
        if (cc.sheet == (schema.sheet("plan") ? schema.sheet("plan")->title : ""))
            plan_started = fmt::format("SUMPRODUCT(--({}<>\"\"))", cc.range);
        warnings += fmt::format("+SUMPRODUCT(--ISNUMBER(FIND(\";W:\",{})))", cc.range);
    }
    warnings += fmt::format("+ISNUMBER(FIND(\";W:\",{}))", meta_codes);
    s.write_string({total_row, 0}, "I alt", label);
    s.write_formula({total_row, 1}, "=" + rows_total, no_result, computed_count);
    s.write_formula(
        {total_row, 2},
        fmt::format("=IF({0}+{1}>0,\"Ikke klar til at sende – ret de røde felter\"&IF({0}>0,"
                    "\": \"&{2},\"\")&IF({1}>0,IF({0}>0,\" og \",\": \")&\"{3}\",\"\"),IF({4}=0,"
                    "\"Ikke klar: ingen indsatser udfyldt endnu\",\"✓ Klar til at sende\"&IF({5}>0,"
                    "\" (se bemærkningerne)\",\"\")))",
                    total, meta_b, plural(total, "række mangler noget", "rækker mangler noget"),
                    "Oplysninger", plan_started, warnings),
        std::string(), computed);
    s.write_string({codes_row, 0}, "Kontrolkoder", help);
    s.write_formula({codes_row, 1}, "=" + metadata_codes_formula(checks), no_result, computed);
    s.set_row(codes_row, 15, {}, true);

    // Colours: a metadata value with an error red, with a remark yellow; the verdicts green when
    // all is well and red when not.
    auto bad = w.format(st::fill(st::bad_fill, st::bad_ink));
    auto neutral = w.format(st::fill(st::neutral_fill, st::neutral_ink));
    auto good = w.format(st::fill(st::good_fill, st::good_ink));
    for (auto [field, row] : value_rows) {
        std::string errors, remarks;
        for (const auto& c : checks) {
            if (std::find(c.marks.begin(), c.marks.end(), field) == c.marks.end()) continue;
            std::string& list = c.severity == Severity::error ? errors : remarks;
            list += (list.empty() ? "" : ",") +
                    fmt::format("ISNUMBER(FIND(\";{}\",{}))", c.token(), meta_codes);
        }
        xlsx::CellRange at{{row, 1}, {row, 1}};
        if (!errors.empty()) s.add_conditional(at, {"OR(" + errors + ")", bad, true});
        if (!remarks.empty()) s.add_conditional(at, {"OR(" + remarks + ")", neutral});
    }
    // Each count row is red while its sheet lacks something; the total green once ready.
    for (std::uint32_t row = first_count_row; row <= meta_row; ++row)
        s.add_conditional({{row, 1}, {row, 2}}, {fmt::format("$B${}>0", row + 1), bad, true});
    s.add_conditional({{total_row, 1}, {total_row, 2}},
                      {fmt::format("{}+{}>0", total, meta_b), bad, true});
    s.add_conditional({{total_row, 1}, {total_row, 2}},
                      {fmt::format("LEFT($C${},1)=\"✓\"", total_row + 1), good});

    s.set_column(0, 0, 24);
    s.set_column(1, 1, 36);
    s.set_column(2, 2, 70);
    s.print_setup(st::board_print(0, o.department, trim(year_suffix(o))));
    s.protect({});
}

// The live formulas of a computed column, for data row `r` (zero-based) of a table whose data
// rows run from 1 to `last`. They mirror opfolg::indicators::compute: the previous value only
// from exactly the year before, differences in the table's units, judgement by the row's
// polarity and the catalogue's usual tolerances (0.1 pp, 0.01 points, 0 for counts).
std::string computed_formula(const SheetSchema& sh, const std::string& name, std::uint32_t r,
                             std::uint32_t last) {
    auto has = [&](const char* field) { return sh.field_index(field).has_value(); };
    for (const char* f : {"indicator", "group", "year", "value", "national", "polarity", "unit"})
        if (!has(f)) return std::string();
    auto col = [&](const char* field) {
        return xlsx::column_name(static_cast<std::uint32_t>(*sh.field_index(field)));
    };
    auto computed_col = [&](const char* n) {
        auto c = computed_column(sh, n);
        return c ? xlsx::column_name(*c) : std::string();
    };
    std::string row = std::to_string(r + 1);
    auto whole = [&](const std::string& c) { return fmt::format("${0}$2:${0}${1}", c, last + 1); };
    std::string ind = col("indicator"), grp = col("group"), yr = col("year"), val = col("value"),
                nat = col("national"), pol = col("polarity"), unit = col("unit");
    std::string tol = fmt::format("IF(${0}{1}=\"%\",0.1,IF(${0}{1}=\"antal\",0,0.01))", unit, row);
    std::string better_when_lower = fmt::format("${}{}=\"lavere er bedre\"", pol, row);
    if (name == "previous_value") {
        std::string criteria = fmt::format("{},${}{},{},${}{},{},${}{}-1", whole(ind), ind, row,
                                           whole(grp), grp, row, whole(yr), yr, row);
        return fmt::format(
            "=IF(${0}{1}=\"\",\"\",IF(COUNTIFS({2},{3},\"<>\")=1,SUMIFS({3},{2}),\"\"))", val, row,
            criteria, whole(val));
    }
    // Value minus another column of the row, blank when either is blank.
    auto difference = [&](const std::string& other) {
        return fmt::format("=IF(OR(${0}{2}=\"\",${1}{2}=\"\"),\"\",ROUND(${0}{2}-${1}{2},6))", val,
                           other, row);
    };
    if (name == "delta") return difference(computed_col("previous_value"));
    if (name == "diff_national") return difference(nat);
    // A difference judged by the row's polarity and tolerance, as indicators::compute judges it:
    // `same` when zero or below the tolerance, else `better` or `worse`. `neutral` is what a row
    // with neutral polarity shows.
    auto judged = [&](const std::string& difference_col, const char* neutral, const char* same,
                      const char* better, const char* worse) {
        std::string d = "$" + difference_col + row;
        return fmt::format(
            "=IF({0}=\"\",\"\",IF(${1}{2}=\"neutral\",\"{5}\",IF(OR({0}=0,ABS({0})<{3}),\"{6}\","
            "IF(({0}<0)=({4}),\"{7}\",\"{8}\"))))",
            d, pol, row, tol, better_when_lower, neutral, same, better, worse);
    };
    if (name == "assessment")
        return judged(computed_col("delta"), "uændret", "uændret", "forbedret", "forværret");
    if (name == "vs_national")
        return judged(computed_col("diff_national"), "", "som landsplan", "bedre end landsplan",
                      "dårligere end landsplan");
    return std::string();
}

// --- Read-only columns (schema "readonly": filled by a rollover) ------------------------------
// Shown grey, and typing into them is refused by a validation that allows no text at all (the
// values Opfølg wrote stand; Excel does not check what is already in a cell). The cells are not
// locked: Excel sorts a table on a protected sheet only where no cell is locked.
xlsx::Format readonly_format(xlsx::WorkbookWriter& w) {
    FormatSpec f = st::body();
    f.fill = st::example_fill;
    f.italic = true;
    f.unlocked = true;
    return w.format(f);
}

xlsx::Validation readonly_guard(const Field& f) {
    xlsx::Validation v;
    v.type = xlsx::Validation::Type::text_length;
    v.minimum = 0;
    v.maximum = 0;
    v.input_title = shorten(f.title, 32);
    v.input_message = shorten(f.help.empty() ? "Udfyldes af Opfølg." : f.help, 255);
    v.error_title = shorten(f.title, 32);
    v.error_message = "Kolonnen udfyldes af Opfølg fra sidste års plan og kan ikke ændres her.";
    return v;
}

void write_data_sheet(xlsx::WorkbookWriter& w, const SheetSchema& sh, const TemplateOptions& o) {
    auto& s = w.add_sheet(sh.title);
    auto unlocked = [&](FormatSpec f) {
        f.unlocked = true;
        return w.format(f);
    };
    auto text = unlocked(st::body());
    auto date = unlocked(st::body_format("dd-mm-yyyy"));
    auto number = unlocked(st::body_format("#,##0.0##"));
    auto year = unlocked(st::body_format("0"));
    FormatSpec computed_spec = st::body_format("+0.0##;-0.0##;0");
    computed_spec.fill = st::example_fill;
    auto computed_number = unlocked(computed_spec);
    computed_spec.num_format.clear();
    computed_spec.wrap = true;
    auto computed_text = unlocked(computed_spec);
    static const SheetRows no_rows;
    auto filled = o.rows.find(sh.name);
    const SheetRows& content = filled == o.rows.end() ? no_rows : filled->second;
    const std::uint32_t nfields = static_cast<std::uint32_t>(sh.fields.size());
    const std::uint32_t ncomputed = static_cast<std::uint32_t>(sh.computed.size());
    const std::uint32_t nextra = static_cast<std::uint32_t>(content.extra_headers.size());
    const std::uint32_t last_col = nfields + ncomputed + nextra - 1;
    const std::uint32_t last_row = last_row_of(sh, o);
    xlsx::TableSpec table;
    table.name = table_name(sh.title);
    table.header_format = w.format(st::header());
    for (const auto& f : sh.fields) table.headers.push_back(f.title);
    for (const auto& c : sh.computed) table.headers.push_back(c.title);
    for (const auto& h : content.extra_headers) table.headers.push_back(h);
    s.add_table({{0, 0}, {last_row, last_col}}, table);
    // Input cells, filled (an imported plan) or blank: only the table's rows are unlocked, so
    // that nothing is typed below the table where neither its checks nor its formulas reach.
    auto value_at = [&](std::uint32_t r, const auto& cells, std::uint32_t i) -> xlsx::CellValue {
        if (r - 1 < content.rows.size() && i < (content.rows[r - 1].*cells).size())
            return (content.rows[r - 1].*cells)[i];
        return std::monostate{};
    };
    for (std::uint32_t c = 0; c < nfields; ++c) {
        const Field& f = sh.fields[c];
        xlsx::Format fmt = f.readonly                                                  ? readonly_format(w)
                           : f.type == FieldType::date                                 ? date
                           : f.type == FieldType::year || f.type == FieldType::integer ? year
                           : f.type == FieldType::number                               ? number
                                                                                       : text;
        s.set_column(c, c, f.width);
        for (std::uint32_t r = 1; r <= last_row; ++r)
            s.write({r, c}, value_at(r, &SheetRows::Row::fields, c), fmt);
        if (f.readonly)
            s.add_validation({{1, c}, {last_row, c}}, readonly_guard(f));
        else if (auto v = validation_for(f))
            s.add_validation({{1, c}, {last_row, c}}, *v);
    }
    // Columns after the schema's (where an imported row came from, text under headers the
    // schema does not know): the reader keeps their text, so they are input too.
    std::vector<std::uint32_t> input_columns;
    for (std::uint32_t c = 0; c < nfields; ++c) input_columns.push_back(c);
    for (std::uint32_t i = 0; i < nextra; ++i) {
        std::uint32_t c = nfields + ncomputed + i;
        input_columns.push_back(c);
        s.set_column(c, c, 30);
        for (std::uint32_t r = 1; r <= last_row; ++r) {
            std::string v;
            if (r - 1 < content.rows.size() && i < content.rows[r - 1].extras.size())
                v = content.rows[r - 1].extras[i];
            s.write({r, c}, v.empty() ? xlsx::CellValue{} : xlsx::CellValue{v}, text);
        }
    }
    auto checks = sheet_checks(sh);
    auto status_col = computed_column(sh, "row_status");
    auto codes_col = computed_column(sh, "row_checks");
    // Computed columns: live formulas with their (empty) results cached, so any reader sees them.
    for (std::uint32_t i = 0; i < sh.computed.size(); ++i) {
        std::uint32_t c = nfields + i;
        const auto& name = sh.computed[i].name;
        bool words = name == "assessment" || name == "vs_national";
        bool status = name == "row_status", codes = name == "row_checks";
        s.set_column(c, c, status ? 48 : words ? 22 : 13, {}, codes);
        for (std::uint32_t r = 1; r <= last_row; ++r) {
            std::string formula;
            if (codes)
                formula = "=" + row_codes_formula(checks, r + 1, input_columns);
            else if (status && codes_col)
                formula = "=" + row_status_formula(checks, "$" + xlsx::column_name(*codes_col) +
                                                               std::to_string(r + 1));
            else
                formula = computed_formula(sh, name, r, last_row);
            if (!formula.empty())
                s.write_formula({r, c}, formula, std::string(),
                                words || status || codes ? computed_text : computed_number);
        }
        s.add_validation({{1, c}, {last_row, c}}, computed_guard(sh.computed[i].title));
        if (words) {
            auto good = w.format(st::fill(st::good_fill, st::good_ink));
            auto bad = w.format(st::fill(st::bad_fill, st::bad_ink));
            std::string a1 = xlsx::column_name(c) + "2";
            xlsx::CellRange range{{1, c}, {last_row, c}};
            s.add_conditional(
                range,
                {fmt::format("OR({0}=\"forbedret\",{0}=\"bedre end landsplan\")", a1), good});
            s.add_conditional(
                range,
                {fmt::format("OR({0}=\"forværret\",{0}=\"dårligere end landsplan\")", a1), bad});
        }
    }
    // Colours of the live checks: a cell a check marks goes red for an error, yellow for a
    // remark; the row status red, yellow or green. The rules read the row's hidden code cell.
    if (codes_col) {
        const std::string codes = "$" + xlsx::column_name(*codes_col) + "2";
        auto bad = w.format(st::fill(st::bad_fill, st::bad_ink));
        auto neutral = w.format(st::fill(st::neutral_fill, st::neutral_ink));
        auto good = w.format(st::fill(st::good_fill, st::good_ink));
        for (std::uint32_t c = 0; c < nfields; ++c) {
            std::string errors, remarks;
            for (const auto& chk : checks) {
                if (std::find(chk.marks.begin(), chk.marks.end(), c) == chk.marks.end()) continue;
                std::string& list = chk.severity == Severity::error ? errors : remarks;
                list += (list.empty() ? "" : ",") +
                        fmt::format("ISNUMBER(FIND(\";{}\",{}))", chk.token(), codes);
            }
            xlsx::CellRange range{{1, c}, {last_row, c}};
            if (!errors.empty()) s.add_conditional(range, {"OR(" + errors + ")", bad, true});
            if (!remarks.empty()) s.add_conditional(range, {"OR(" + remarks + ")", neutral});
        }
        if (status_col) {
            xlsx::CellRange range{{1, *status_col}, {last_row, *status_col}};
            s.add_conditional(range, {fmt::format("ISNUMBER(FIND(\";E:\",{}))", codes), bad, true});
            s.add_conditional(range,
                              {fmt::format("ISNUMBER(FIND(\";W:\",{}))", codes), neutral, true});
            s.add_conditional(range, {fmt::format("{}=\";\"", codes), good});
        }
    }
    s.set_row(0, 32);
    s.freeze(1);
    s.print_setup(st::board_print(0, o.department, sh.title + year_suffix(o)));
    s.protect(data_protection());
}

}  // namespace

void write_template(const schema::Schema& schema, const TemplateOptions& o,
                    const std::filesystem::path& out) {
    xlsx::WorkbookWriter w(out, {}, xlsx::RowOrder::any, o.existing);
    write_instructions(w, schema, o);
    // The metadata sheet comes before the data sheets but sums their code columns, which are
    // known from the schema before those sheets are written.
    std::vector<CodeColumn> code_columns;
    for (const auto& sh : schema.sheets)
        if (auto c = computed_column(sh, "row_checks")) {
            std::string letter = xlsx::column_name(*c);
            code_columns.push_back({sh.title, fmt::format("{}${}$2:${}${}", sheet_ref(sh.title),
                                                          letter, letter, last_row_of(sh, o) + 1)});
        }
    write_metadata(w, schema, o, code_columns);
    for (const auto& sh : schema.sheets) write_data_sheet(w, sh, o);
    if (o.more_sheets) o.more_sheets(w);
    w.set_properties({schema.title + year_suffix(o), o.department, "Opfølg", o.institution,
                      "Kvalitetsarbejde", "opfølgningsplan; kvalitet",
                      "Skabelon til afdelingens opfølgningsplan"});
    // The stamp `validate` reads to tell a department what changed since its template was made.
    w.set_custom_property(plan::template_schema_property, schema.name);
    w.set_custom_property(plan::template_version_property, schema.version);
    w.save();
}

}  // namespace opfolg::tmpl
