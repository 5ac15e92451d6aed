// SPDX-License-Identifier: MIT
#include "core/workbook_template/template_writer.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/util/date.h"
#include "core/util/normalize.h"
#include "core/util/utf8.h"
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

std::string table_name(const std::string& s) {
    std::string out = "tbl";
    for (char c : s)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out.push_back(c);
    return out;
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
        case FieldType::date:
            v.type = xlsx::Validation::Type::date;
            v.minimum = serial_from_date({2000, 1, 1});
            v.maximum = serial_from_date({2100, 12, 31});
            v.input_message = shorten("Skriv en dato, fx 01-08-2025. " + f.help, 255);
            v.error_message =
                "Skriv en gyldig dato mellem 01-01-2000 og 31-12-2100, fx 01-08-2025.";
            return v;
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
            v.input_message =
                shorten("Skriv et tal med komma som decimaltegn, fx 16,7. " + f.help, 255);
            v.error_message = "Skriv et tal, fx 16,7 (uden %-tegn).";
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

std::string example_text(const Field& f) {
    if (f.example.is_string()) return f.example.get<std::string>();
    if (f.example.is_number()) return xlsx::number_text(f.example.get<double>());
    return "";
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

void write_instructions(xlsx::WorkbookWriter& w, const schema::Schema& schema,
                        const TemplateOptions& o) {
    auto& s = w.add_sheet("Vejledning");
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
    auto example_number = w.format(ex);
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
    // Guide lines run across the four columns (merged, wrapped), so they print at full width.
    auto line = [&](const std::string& text) {
        s.merge({{r, 0}, {r, 3}}, text, intro);
        s.set_row(r, text.size() > 150 ? 30 : 15);
        ++r;
    };
    line("1. Udfyld arket " + schema.metadata.title + " (institution, afdeling og planår).");
    int step = 2;
    for (const auto& sh : schema.sheets)
        line(fmt::format("{}. Arket {}: {}", step++, sh.title, sh.help));
    line(
        "Skriv tal med komma (16,7) og datoer som 01-08-2025. Lister med ▼ viser de tilladte "
        "værdier.");
    ++r;
    for (const auto& sh : schema.sheets) {
        s.write_string({r++, 0}, "Kolonnerne i arket " + sh.title, bold);
        const char* heads[] = {"Kolonne", "Påkrævet", "Forklaring", "Eksempel"};
        for (std::uint32_t c = 0; c < 4; ++c) s.write_string({r, c}, heads[c], head);
        ++r;
        for (const auto& f : sh.fields) {
            bool required = f.required;
            for (const auto& any : sh.required_any)
                for (auto i : any.fields) required = required || sh.fields[i].name == f.name;
            s.write_string({r, 0}, f.title, body);
            s.write_string({r, 1},
                           f.required ? "Ja"
                           : required ? "Start/Slut eller Tidsplan"
                                      : "",
                           body);
            std::string help = f.help;
            if (!f.enum_values.empty()) {
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
    s.activate();
}

void write_metadata(xlsx::WorkbookWriter& w, const schema::Schema& schema,
                    const TemplateOptions& o) {
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
    auto input = w.format(input_spec);
    auto help = w.format(st::subtitle());
    s.write_string({0, 0}, "Oplysninger om planen", title);
    std::uint32_t r = 2;
    for (const auto& f : ms.fields) {
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
        ++r;
    }
    s.set_column(0, 0, 18);
    s.set_column(1, 1, 36);
    s.set_column(2, 2, 60);
    s.print_setup(st::board_print(0, o.department, trim(year_suffix(o))));
}

// The live formulas of a computed column, for data row `r` (zero-based) of a table whose data
// rows run from 1 to `last`. They mirror opfolg::indicators::compute: the previous value only
// from exactly the year before, differences in the table's units, judgement by the row's
// polarity and the catalogue's usual tolerances (0.1 pp, 0.01 points, 0 for counts).
std::string computed_formula(const SheetSchema& sh, const std::string& name, std::uint32_t r,
                             std::uint32_t last) {
    auto col = [&](const char* field) {
        return xlsx::column_name(static_cast<std::uint32_t>(*sh.field_index(field)));
    };
    auto computed_col = [&](const char* n) {
        for (std::size_t i = 0; i < sh.computed.size(); ++i)
            if (sh.computed[i].name == n)
                return xlsx::column_name(static_cast<std::uint32_t>(sh.fields.size() + i));
        return std::string();
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
    auto computed_number = w.format(computed_spec);
    computed_spec.num_format.clear();
    auto computed_text = w.format(computed_spec);
    static const SheetRows no_rows;
    auto filled = o.rows.find(sh.name);
    const SheetRows& content = filled == o.rows.end() ? no_rows : filled->second;
    const std::uint32_t nfields = static_cast<std::uint32_t>(sh.fields.size());
    const std::uint32_t ncomputed = static_cast<std::uint32_t>(sh.computed.size());
    const std::uint32_t last_col =
        nfields + ncomputed + static_cast<std::uint32_t>(content.extra_headers.size()) - 1;
    const std::uint32_t last_row =
        static_cast<std::uint32_t>(std::max(o.empty_rows, content.rows.size() + 10));
    xlsx::TableSpec table;
    table.name = table_name(sh.title);
    for (const auto& f : sh.fields) table.headers.push_back(f.title);
    for (const auto& c : sh.computed) table.headers.push_back(c.title);
    for (const auto& h : content.extra_headers) table.headers.push_back(h);
    s.add_table({{0, 0}, {last_row, last_col}}, table);
    for (std::uint32_t c = 0; c < nfields; ++c) {
        const Field& f = sh.fields[c];
        xlsx::Format fmt = f.readonly                                                  ? readonly_format(w)
                           : f.type == FieldType::date                                 ? date
                           : f.type == FieldType::year || f.type == FieldType::integer ? year
                           : f.type == FieldType::number                               ? number
                                                                                       : text;
        s.set_column(c, c, f.width, fmt);
        if (f.readonly)
            s.add_validation({{1, c}, {last_row, c}}, readonly_guard(f));
        else if (auto v = validation_for(f))
            s.add_validation({{1, c}, {last_row, c}}, *v);
        for (std::uint32_t r = 0; r < content.rows.size(); ++r)
            if (c < content.rows[r].fields.size())
                if (const auto& v = content.rows[r].fields[c];
                    !std::holds_alternative<std::monostate>(v))
                    s.write({r + 1, c}, v, fmt);
    }
    for (std::uint32_t i = 0; i < content.extra_headers.size(); ++i) {
        std::uint32_t c = nfields + ncomputed + i;
        s.set_column(c, c, 30, text);
        for (std::uint32_t r = 0; r < content.rows.size(); ++r)
            if (i < content.rows[r].extras.size() && !content.rows[r].extras[i].empty())
                s.write_string({r + 1, c}, content.rows[r].extras[i], text);
    }
    // Computed columns: live formulas with their (empty) results cached, so any reader sees them.
    for (std::uint32_t i = 0; i < sh.computed.size(); ++i) {
        std::uint32_t c = nfields + i;
        bool words = sh.computed[i].name == "assessment" || sh.computed[i].name == "vs_national";
        s.set_column(c, c, words ? 22 : 13);
        for (std::uint32_t r = 1; r <= last_row; ++r) {
            std::string formula = computed_formula(sh, sh.computed[i].name, r, last_row);
            if (!formula.empty())
                s.write_formula({r, c}, formula, std::string(),
                                words ? computed_text : computed_number);
        }
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
    s.set_row(0, 32);
    s.freeze(1);
    s.print_setup(st::board_print(0, o.department, sh.title + year_suffix(o)));
}

}  // namespace

void write_template(const schema::Schema& schema, const TemplateOptions& o,
                    const std::filesystem::path& out) {
    xlsx::WorkbookWriter w(out, {}, xlsx::RowOrder::any, o.existing);
    write_instructions(w, schema, o);
    write_metadata(w, schema, o);
    for (const auto& sh : schema.sheets) write_data_sheet(w, sh, o);
    if (o.more_sheets) o.more_sheets(w);
    w.set_properties({schema.title + year_suffix(o), o.department, "Opfølg", o.institution,
                      "Kvalitetsarbejde", "opfølgningsplan; kvalitet",
                      "Skabelon til afdelingens opfølgningsplan"});
    w.save();
}

}  // namespace opfolg::tmpl
