// SPDX-License-Identifier: MIT
// The department template as written (issue 15 and issue 17, point 10): what its XML says about
// protection, unlocked cells and formulas, what its guide says, its version stamp and what
// `validate` makes of it. What Excel and LibreOffice do with it is tested in tests/interop.
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "core/parse/danish_number.h"
#include "core/parse/period.h"
#include "core/plan/reader.h"
#include "core/plan/timetable.h"
#include "core/util/date.h"
#include "core/validate/codes.h"
#include "core/validate/validator.h"
#include "core/workbook_template/live_checks.h"
#include "core/workbook_template/template_writer.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/writer.h"
#include "core/xlsx/zip_archive.h"
#include "test_support.h"

using namespace opfolg;
using opfolg::test::TempDir;

namespace {

const schema::Schema& shipped_schema() {
    static const schema::Schema s = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    return s;
}

const indicators::Catalogue& catalogue() {
    static const auto c =
        indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    return c;
}

// The shipped schema with `edit` applied to its JSON.
schema::Schema edited_schema(const std::function<void(nlohmann::json&)>& edit) {
    auto j = nlohmann::json::parse(test::read_bytes(OPFOLG_TEMPLATES_DIR "/plan-schema.json"));
    edit(j);
    return schema::parse_schema(j.dump(), "edited-schema.json");
}

// A written template, its parts and its sheets (libxlsxwriter names them sheet1.xml … in order).
struct Written {
    TempDir dir;
    std::filesystem::path file;
    xlsx::Workbook wb;
    std::map<std::string, std::string> parts;  // sheet name → worksheet XML

    explicit Written(const tmpl::TemplateOptions& o = {"Byg og anlæg", 2026, "Eksempelskolen"},
                     const schema::Schema& schema = shipped_schema()) {
        file = dir / "skabelon.xlsx";
        tmpl::write_template(schema, o, file);
        wb = xlsx::read_workbook(file);
        xlsx::ZipArchive zip(file, xlsx::ReadLimits{});
        for (std::size_t i = 0; i < wb.sheets.size(); ++i)
            parts[wb.sheets[i].name] =
                zip.read("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml");
    }
    std::string part(const std::string& name) const {
        xlsx::ZipArchive zip(file, xlsx::ReadLimits{});
        return zip.read(name);
    }
};

pugi::xml_document parse_xml(const std::string& xml) {
    pugi::xml_document doc;
    BOOST_TEST_REQUIRE(static_cast<bool>(doc.load_string(xml.c_str())));
    return doc;
}

// Whether each cellXfs style is locked (ECMA-376 Part 1, §18.8.33: <protection locked="0"/>
// unlocks; a style without <protection> is locked).
std::vector<bool> locked_styles(const std::string& styles_xml) {
    auto doc = parse_xml(styles_xml);
    std::vector<bool> out;
    for (auto xf : doc.child("styleSheet").child("cellXfs").children("xf")) {
        auto p = xf.child("protection");
        out.push_back(!p || p.attribute("locked").as_bool(true));
    }
    return out;
}

// Whether the cell at `ref` of a worksheet part is locked: its style's flag, or the column's
// style for a cell never written, or the default style.
bool locked(const std::string& sheet_xml, const std::vector<bool>& styles, xlsx::CellRef ref) {
    auto doc = parse_xml(sheet_xml);
    auto ws = doc.child("worksheet");
    for (auto row : ws.child("sheetData").children("row"))
        for (auto c : row.children("c"))
            if (xlsx::parse_cell_ref(c.attribute("r").value()) == ref)
                return styles.at(c.attribute("s").as_uint(0));
    for (auto col : ws.child("cols").children("col"))
        if (ref.col + 1 >= col.attribute("min").as_uint() &&
            ref.col + 1 <= col.attribute("max").as_uint())
            return styles.at(col.attribute("style").as_uint(0));
    return styles.at(0);
}

// The formulas of a worksheet part: cell formulas, conditional-format rules and validations.
struct Formulas {
    std::vector<std::string> cells, rules, validations;
};
Formulas formulas_of(const std::string& sheet_xml) {
    auto doc = parse_xml(sheet_xml);
    Formulas f;
    auto ws = doc.child("worksheet");
    for (auto row : ws.child("sheetData").children("row"))
        for (auto c : row.children("c"))
            if (auto fx = c.child("f")) f.cells.push_back(fx.text().get());
    for (auto cf : ws.children("conditionalFormatting"))
        for (auto rule : cf.children("cfRule"))
            for (auto fx : rule.children("formula")) f.rules.push_back(fx.text().get());
    for (auto dv : ws.child("dataValidations").children("dataValidation"))
        for (auto fx : dv.children()) f.validations.push_back(fx.text().get());
    return f;
}

// The depth of nested function calls, the names of the functions and the longest string
// literal of a formula, scanned outside string literals.
struct Shape {
    int depth = 0;
    std::set<std::string> functions;
    std::size_t longest_literal = 0;
};
Shape shape_of(const std::string& f) {
    Shape s;
    int depth = 0;
    std::string name;
    for (std::size_t i = 0; i < f.size(); ++i) {
        char c = f[i];
        if (c == '"') {
            std::size_t len = 0;
            for (++i; i < f.size(); ++i, ++len)
                if (f[i] == '"') {
                    if (i + 1 < f.size() && f[i + 1] == '"')
                        ++i;
                    else
                        break;
                }
            s.longest_literal = std::max(s.longest_literal, len);
            name.clear();
            continue;
        }
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.') {
            name.push_back(c);
            continue;
        }
        if (c == '(') {
            s.depth = std::max(s.depth, ++depth);
            if (!name.empty()) s.functions.insert(name);
        } else if (c == ')') {
            --depth;
        }
        name.clear();
    }
    return s;
}

// Every text of a sheet's cells (shared strings are resolved by our reader).
std::vector<std::string> texts_of(const xlsx::Sheet& s) {
    std::vector<std::string> out;
    for (const auto& c : s.cells)
        if (const auto* t = std::get_if<std::string>(&c.value)) out.push_back(*t);
    return out;
}

bool any_contains(const std::vector<std::string>& texts, const std::string& needle) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const std::string& t) { return t.find(needle) != std::string::npos; });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(template_workbook)

BOOST_AUTO_TEST_CASE(reads_back_as_an_empty_plan_carrying_its_stamp) {
    Written w({"Byg og anlæg", 2026, ""});
    auto plan = plan::map_workbook(w.wb, shipped_schema());
    BOOST_TEST_REQUIRE(plan.stamp.has_value());
    BOOST_TEST(plan.stamp->schema == shipped_schema().name);
    BOOST_TEST(plan.stamp->version == shipped_schema().version);
    BOOST_TEST(plan.tables.size() == shipped_schema().sheets.size());
    for (const auto& t : plan.tables) {
        BOOST_TEST(t.rows.empty());
        for (const auto& c : t.columns)
            BOOST_TEST((c.role != plan::Column::Role::unknown), c.header);
    }
    // The empty Institution cell is empty, not the help text printed beside it.
    BOOST_TEST(plan.meta.institution.empty(), plan.meta.institution.text);
    BOOST_TEST(plan.meta.department.text == "Byg og anlæg");
    BOOST_TEST(plan.meta.year.value_or(0) == 2026);
}

BOOST_AUTO_TEST_CASE(protects_every_sheet_without_a_password_allowing_sort_and_filter) {
    Written w;
    for (const auto& [name, xml] : w.parts) {
        BOOST_TEST_CONTEXT(name) {
            auto doc = parse_xml(xml);
            auto p = doc.child("worksheet").child("sheetProtection");
            BOOST_TEST_REQUIRE(static_cast<bool>(p));
            BOOST_TEST(p.attribute("sheet").as_bool());
            BOOST_TEST(!p.attribute("password"));
            BOOST_TEST(!p.attribute("hashValue"));
            // §18.3.1.85: an attribute "0" lifts that protection; absent means protected.
            bool data = shipped_schema().sheet("plan")->title == name ||
                        shipped_schema().sheet("indicators")->title == name;
            BOOST_TEST(p.attribute("sort").as_bool(true) == !data);
            BOOST_TEST(p.attribute("autoFilter").as_bool(true) == !data);
            BOOST_TEST(p.attribute("formatColumns").as_bool(true));  // the code column stays hidden
            BOOST_TEST(p.attribute("insertRows").as_bool(true));
            BOOST_TEST(p.attribute("deleteRows").as_bool(true));
        }
    }
    // The guide says so.
    BOOST_TEST(any_contains(texts_of(*w.wb.sheet("Vejledning")), "beskyttet uden adgangskode"));
}

BOOST_AUTO_TEST_CASE(unlocks_the_input_cells_of_the_tables_and_nothing_else) {
    tmpl::TemplateOptions o{"Byg og anlæg", 2026, "Eksempelskolen"};
    Written w(o);
    auto styles = locked_styles(w.part("xl/styles.xml"));
    const auto last = static_cast<std::uint32_t>(o.empty_rows);
    for (const auto& s : shipped_schema().sheets) {
        const auto& xml = w.parts.at(s.title);
        const auto nfields = static_cast<std::uint32_t>(s.fields.size());
        const auto ncols = nfields + static_cast<std::uint32_t>(s.computed.size());
        BOOST_TEST_CONTEXT(s.title) {
            for (std::uint32_t c = 0; c < ncols; ++c) {
                BOOST_TEST(locked(xml, styles, {0, c}), "header " << c);
                for (std::uint32_t r : {1u, last})
                    BOOST_TEST(!locked(xml, styles, {r, c}), "row " << r + 1 << " col " << c);
            }
            BOOST_TEST(locked(xml, styles, {last + 1, 0}));  // below the table
            BOOST_TEST(locked(xml, styles, {1, ncols}));     // right of it
        }
    }
    const auto& meta = w.parts.at(shipped_schema().metadata.title);
    for (std::uint32_t r = 2; r < 2 + shipped_schema().metadata.fields.size(); ++r) {
        BOOST_TEST(locked(meta, styles, {r, 0}));
        BOOST_TEST(!locked(meta, styles, {r, 1}));
        BOOST_TEST(locked(meta, styles, {r, 2}));
    }
    BOOST_TEST(locked(w.parts.at("Vejledning"), styles, {0, 0}));
}

BOOST_AUTO_TEST_CASE(guide_names_the_rows_each_table_holds) {
    // A plan imported with 45 rows gets 55 (ten empty below them); the indicator table keeps
    // the 40 a fresh template has. The guide says so sheet by sheet, since a table cannot grow.
    tmpl::TemplateOptions o{"Byg og anlæg", 2026, "Eksempelskolen"};
    const auto& plan = *shipped_schema().sheet("plan");
    tmpl::SheetRows rows;
    for (int i = 0; i < 45; ++i) {
        tmpl::SheetRows::Row row;
        row.fields.resize(plan.fields.size());
        row.fields[0] = std::string("Indsats ") + std::to_string(i + 1);
        rows.rows.push_back(row);
    }
    o.rows["plan"] = rows;
    Written w(o);
    auto guide = texts_of(*w.wb.sheet("Vejledning"));
    BOOST_TEST(any_contains(guide, plan.title + " har 55 rækker"));
    BOOST_TEST(any_contains(guide, shipped_schema().sheet("indicators")->title + " har 40 rækker"));
    // The table itself ends where the guide says: row 56 is the last one unlocked.
    auto styles = locked_styles(w.part("xl/styles.xml"));
    BOOST_TEST(!locked(w.parts.at(plan.title), styles, {55, 0}));
    BOOST_TEST(locked(w.parts.at(plan.title), styles, {56, 0}));
}

BOOST_AUTO_TEST_CASE(guards_formula_cells_against_typing_with_a_validation) {
    Written w;
    for (const auto& s : shipped_schema().sheets) {
        auto doc = parse_xml(w.parts.at(s.title));
        std::set<std::string> guarded;
        for (auto dv : doc.child("worksheet").child("dataValidations").children("dataValidation"))
            if (std::string(dv.attribute("type").value()) == "custom" &&
                std::string(dv.child("formula1").text().get()) == "FALSE()")
                guarded.insert(dv.attribute("sqref").value());
        for (std::size_t i = 0; i < s.computed.size(); ++i) {
            auto c = static_cast<std::uint32_t>(s.fields.size() + i);
            BOOST_TEST(guarded.count(xlsx::range_a1({{1, c}, {40, c}})) == 1u, s.computed[i].name);
        }
    }
}

BOOST_AUTO_TEST_CASE(keeps_every_formula_within_what_excel_2016_and_libreoffice_share) {
    // Functions of Excel 2016 that LibreOffice computes alike; no dynamic arrays, LET or LAMBDA.
    // UNICHAR came with Excel 2013 and is stored with its _xlfn. prefix.
    const std::set<std::string> allowed = {
        "ABS",   "AND",    "CHAR",       "CLEAN",      "COUNTIFS", "ERROR.TYPE", "EXACT",
        "FALSE", "FIND",   "IF",         "IFERROR",    "INT",      "ISERROR",    "ISNUMBER",
        "LEFT",  "LEN",    "LOWER",      "MATCH",      "MID",      "NOT",        "OR",
        "ROUND", "SUMIFS", "SUMPRODUCT", "SUBSTITUTE", "TRIM",     "TRUNC",      "_xlfn.UNICHAR"};
    Written w;
    std::size_t cells = 0;
    for (const auto& [name, xml] : w.parts) {
        auto f = formulas_of(xml);
        cells += f.cells.size();
        BOOST_TEST_CONTEXT(name) {
            auto check = [&](const std::string& formula, std::size_t max_length) {
                auto s = shape_of(formula);
                BOOST_TEST(formula.size() <= max_length, formula.size());
                BOOST_TEST(s.depth <= 64, s.depth);     // Excel's nesting limit
                BOOST_TEST(s.longest_literal <= 255u);  // a literal's limit
                for (const auto& fn : s.functions) BOOST_TEST(allowed.count(fn) == 1u, fn);
            };
            for (const auto& formula : f.cells) check(formula, 8192);  // Excel's formula length
            // Rules and validations stay within the 255 characters Excel's dialogs take.
            for (const auto& formula : f.rules) check(formula, 255);
            for (const auto& formula : f.validations) check(formula, 255);
        }
    }
    BOOST_TEST(cells > 0u);
}

BOOST_AUTO_TEST_CASE(derives_its_checks_from_the_schema) {
    // A field made required and a value added to a list reach the template without code.
    auto schema = edited_schema([](nlohmann::json& j) {
        for (auto& f : j["sheets"][0]["fields"]) {
            if (f["name"] == "target_group") f["constraints"]["required"] = true;
            if (f["name"] == "status") f["constraints"]["enum"].push_back("Sat på pause");
        }
    });
    const auto& plan = *schema.sheet("plan");
    auto checks = tmpl::sheet_checks(plan);
    auto has = [&](const std::string& code, const std::string& field) {
        return std::any_of(checks.begin(), checks.end(), [&](const tmpl::LiveCheck& c) {
            return c.code == code && c.field == field;
        });
    };
    BOOST_TEST(has("required-empty", "target_group"));
    BOOST_TEST(!tmpl::sheet_checks(*shipped_schema().sheet("plan")).empty());
    std::vector<std::uint32_t> inputs;
    for (std::uint32_t c = 0; c < plan.fields.size(); ++c) inputs.push_back(c);
    auto formula = tmpl::row_codes_formula(checks, 2, inputs);
    BOOST_TEST(formula.find("\"satpaapause\"") != std::string::npos);
    BOOST_TEST(formula.find("E:required-empty:target_group;") != std::string::npos);
    // Every required field, list and date field of every sheet has its check.
    for (const auto& s : shipped_schema().sheets)
        for (const auto& f : s.fields) {
            auto all = tmpl::sheet_checks(s);
            auto count = [&](const char* code) {
                return std::count_if(all.begin(), all.end(), [&](const tmpl::LiveCheck& c) {
                    return c.code == code && c.field == f.name;
                });
            };
            bool first_of_any = std::any_of(s.required_any.begin(), s.required_any.end(),
                                            [&](const schema::RequiredAny& a) {
                                                return s.fields[a.fields.front()].name == f.name;
                                            });
            BOOST_TEST(count("required-empty") == (f.required || first_of_any ? 1 : 0), f.name);
            BOOST_TEST(count("enum-value") == (f.enum_values.empty() ? 0 : 1), f.name);
            BOOST_TEST(count("not-a-date") == (f.type == schema::FieldType::date ? 1 : 0), f.name);
        }
}

BOOST_AUTO_TEST_CASE(guide_lists_the_templates_checks_and_those_only_opfolg_makes) {
    Written w;
    auto texts = texts_of(*w.wb.sheet("Vejledning"));
    for (const auto& c : tmpl::claims(shipped_schema())) {
        BOOST_TEST(any_contains(texts, c.in_template.da), c.code);
        if (!c.opfolg_only.da.empty()) BOOST_TEST(any_contains(texts, c.opfolg_only.da), c.code);
    }
    // A check the template cannot make is listed as Opfølg's: duplicate IDs, timetables as text.
    for (const char* code : {"duplicate-value", "period-unparsed", "indicator-unknown"}) {
        const auto* kind = validate::issue_kind(code);
        BOOST_TEST_REQUIRE(kind != nullptr);
        std::string title = kind->title.da;
        title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
        BOOST_TEST(any_contains(texts, title), code);
    }
    BOOST_TEST(any_contains(texts, "kun Opfølg"));
}

BOOST_AUTO_TEST_CASE(guide_names_fields_and_bounds_as_the_schema_has_them) {
    // The guide's list of checks follows the schema as the checks do: a renamed date field and
    // narrower plan-year bounds reach it without code.
    auto schema = edited_schema([](nlohmann::json& j) {
        for (auto& f : j["metadata"]["fields"])
            if (f["name"] == "plan_year") {
                f["constraints"]["minimum"] = 2010;
                f["constraints"]["maximum"] = 2040;
            }
        for (auto& f : j["sheets"][0]["fields"])
            if (f["name"] == "start") f["title"] = "Startdato";
    });
    Written w({"Byg og anlæg", 2026, "Eksempelskolen"}, schema);
    auto guide = texts_of(*w.wb.sheet("Vejledning"));
    BOOST_TEST(any_contains(guide, "uden for det tilladte (2010–2040)"));
    BOOST_TEST(!any_contains(guide, "2000–2100"));
    BOOST_TEST(any_contains(guide, "Slut, der ligger før Startdato"));
    BOOST_TEST(any_contains(guide, "Startdato eller Slut, der er et tal"));
    BOOST_TEST(any_contains(guide, "mindst ét af felterne Startdato, Slut eller Tidsplan"));
    // The metadata cell's own validation says the same bounds.
    auto meta = parse_xml(w.parts.at(schema.metadata.title));
    bool bounds = false;
    for (auto dv : meta.child("worksheet").child("dataValidations").children("dataValidation"))
        bounds |= std::string(dv.attribute("error").value()).find("mellem 2010 og 2040") !=
                  std::string::npos;
    BOOST_TEST(bounds);
}

BOOST_AUTO_TEST_CASE(validator_messages_give_the_examples_the_guide_gives) {
    // Issue 17, point 10: what the validator tells a department to write is what the template's
    // guide and input messages tell it: a date as 01-08-2025, a number as 16,7.
    tmpl::TemplateOptions o{"Byg og anlæg", 2026, "Eksempelskolen"};
    const auto& schema = shipped_schema();
    const auto& plan = *schema.sheet("plan");
    const auto& ind = *schema.sheet("indicators");
    tmpl::SheetRows::Row p;
    p.fields.resize(plan.fields.size());
    p.fields[*plan.field_index("theme")] = std::string("GF2 Frafald");
    p.fields[*plan.field_index("start")] = std::string("snart");
    o.rows["plan"].rows = {p};
    tmpl::SheetRows::Row i;
    i.fields.resize(ind.fields.size());
    i.fields[*ind.field_index("indicator")] = std::string("Frafald 3 mdr. GF2");
    i.fields[*ind.field_index("year")] = 2024.0;
    i.fields[*ind.field_index("value")] = std::string("mange");
    o.rows["indicators"].rows = {i};
    Written w(o);
    auto report = validate::validate_file(w.file, schema, catalogue());
    auto message = [&](const char* code) {
        for (const auto& issue : report.issues)
            if (issue.code == code) return issue.message.da;
        return std::string();
    };
    auto guide = texts_of(*w.wb.sheet("Vejledning"));
    const std::string date_example = "01-08-2025", number_example = "16,7";
    BOOST_TEST(message("not-a-date").find(date_example) != std::string::npos,
               message("not-a-date"));
    BOOST_TEST(message("not-a-number").find(number_example) != std::string::npos,
               message("not-a-number"));
    BOOST_TEST(any_contains(guide, "datoer som " + date_example));
    BOOST_TEST(any_contains(guide, "uden %-tegn (" + number_example + ")"));
    // The cells' input messages say the same.
    std::string prompts;
    for (const auto& [name, xml] : w.parts) {
        auto doc = parse_xml(xml);
        for (auto dv : doc.child("worksheet").child("dataValidations").children("dataValidation"))
            prompts += std::string(dv.attribute("prompt").value()) + "\n";
    }
    BOOST_TEST(prompts.find("fx " + date_example) != std::string::npos);
    BOOST_TEST(prompts.find("fx " + number_example) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(guide_lists_each_columns_allowed_values_once) {
    // A help text that names the values ("Ny, Videreføres, Afsluttet eller Fast drift") gets no
    // second list after it; one that does not gets "Værdier: …".
    Written w;
    const auto& guide = *w.wb.sheet("Vejledning");
    std::size_t seen = 0;
    for (const auto& s : shipped_schema().sheets)
        for (const auto& f : s.fields) {
            if (f.enum_values.empty()) continue;
            for (const auto& c : guide.cells) {
                if (c.ref.col != 0 || xlsx::to_text(c.value) != f.title) continue;
                const auto* explained = guide.find({c.ref.row, 2});
                if (!explained) continue;  // the title in an example row
                std::string text = xlsx::to_text(explained->value);
                BOOST_TEST_CONTEXT(f.name << ": " << text) {
                    for (const auto& e : f.enum_values) {
                        std::size_t n = 0;
                        for (auto at = text.find(e); at != std::string::npos;
                             at = text.find(e, at + e.size()))
                            ++n;
                        BOOST_TEST(n == 1u, e);
                    }
                }
                ++seen;
            }
        }
    BOOST_TEST(seen >= 4u);
}

BOOST_AUTO_TEST_CASE(guidance_writes_numbers_and_dates_as_the_validator_reads_them) {
    // Issue 17, point 10: the guide's examples, the validation messages and the sheets' help
    // write numbers with a decimal comma and no % sign and dates as dd-mm-åååå, and each example
    // is what the validator reads as the schema's example value.
    Written w;
    const auto& schema = shipped_schema();
    auto guide = texts_of(*w.wb.sheet("Vejledning"));
    std::vector<std::string> guidance = guide;
    for (const auto& [name, xml] : w.parts) {
        auto doc = parse_xml(xml);
        for (auto dv : doc.child("worksheet").child("dataValidations").children("dataValidation"))
            for (const char* a : {"prompt", "error"})
                if (auto v = dv.attribute(a)) guidance.push_back(v.value());
    }
    static const std::regex decimal_point(R"(\d\.\d)"), iso_date(R"(\d{4}-\d{2}-\d{2})");
    for (const auto& g : guidance) {
        BOOST_TEST(!std::regex_search(g, decimal_point), g);
        BOOST_TEST(!std::regex_search(g, iso_date), g);
        // Whatever mentions the % sign says to leave it out.
        if (g.find("%-tegn") != std::string::npos)
            BOOST_TEST(g.find("uden %-tegn") != std::string::npos, g);
    }
    for (const auto& s : schema.sheets) {
        bool numbers = std::any_of(s.fields.begin(), s.fields.end(), [](const schema::Field& f) {
            return f.type == schema::FieldType::number;
        });
        if (numbers) BOOST_TEST(!std::regex_search(s.help, std::regex(R"(\d ?%)")), s.help);
        // The guide's example column: each example as the validator reads it.
        for (const auto& f : s.fields) {
            if (f.example.is_null()) continue;
            BOOST_TEST_CONTEXT(s.title << " / " << f.name) {
                auto row =
                    std::find_if(w.wb.sheet("Vejledning")->cells.begin(),
                                 w.wb.sheet("Vejledning")->cells.end(), [&](const xlsx::Cell& c) {
                                     return c.ref.col == 0 && xlsx::to_text(c.value) == f.title;
                                 });
                BOOST_TEST_REQUIRE((row != w.wb.sheet("Vejledning")->cells.end()));
                const auto* ex = w.wb.sheet("Vejledning")->find({row->ref.row, 3});
                BOOST_TEST_REQUIRE(ex != nullptr);
                std::string shown = xlsx::to_text(ex->value);
                if (f.type == schema::FieldType::number || f.type == schema::FieldType::year) {
                    auto n = parse::parse_danish_number(shown);
                    BOOST_TEST_REQUIRE(n.has_value(), shown);
                    BOOST_TEST(!n->percent);
                    BOOST_TEST(n->value == f.example.get<double>());
                } else if (f.type == schema::FieldType::date) {
                    BOOST_TEST(std::regex_match(shown, std::regex(R"(\d{2}-\d{2}-\d{4})")), shown);
                    auto p = parse::parse_period(shown);
                    BOOST_TEST_REQUIRE(p.start.has_value());
                    BOOST_TEST(iso(*p.start) == f.example.get<std::string>());
                }
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(template_version)

BOOST_AUTO_TEST_CASE(a_workbook_from_an_older_template_gets_a_note_of_what_changed) {
    const auto& now = shipped_schema();
    auto older = edited_schema([&](nlohmann::json& j) { j["version"] = now.version - 1; });
    Written w({"Byg og anlæg", 2026, "Eksempelskolen"}, older);
    auto report = validate::validate_file(w.file, now, catalogue());
    std::vector<Issue> notes;
    for (const auto& i : report.issues)
        if (i.code.rfind("template-", 0) == 0) notes.push_back(i);
    BOOST_TEST_REQUIRE(notes.size() == 1u);
    BOOST_TEST(notes[0].code == "template-outdated");
    BOOST_TEST((notes[0].severity == Severity::warning));  // read as before: a note, no error
    auto changes = now.changes_since(now.version - 1);
    BOOST_TEST_REQUIRE(!changes.empty());
    for (const auto* c : changes) {
        BOOST_TEST(notes[0].message.da.find(c->changes.da) != std::string::npos);
        BOOST_TEST(notes[0].message.en.find(c->changes.en) != std::string::npos);
    }
    BOOST_TEST((report.status == validate::FileReport::Status::ok));
}

BOOST_AUTO_TEST_CASE(a_workbook_from_a_newer_template_or_another_schema_says_so) {
    const auto& now = shipped_schema();
    auto newer = edited_schema([&](nlohmann::json& j) { j["version"] = now.version + 1; });
    auto other = edited_schema([&](nlohmann::json& j) { j["name"] = "selvevaluering"; });
    for (auto [schema, code] :
         {std::pair{&newer, "template-newer"}, std::pair{&other, "template-other-schema"}}) {
        Written w({"Byg og anlæg", 2026, "Eksempelskolen"}, *schema);
        auto report = validate::validate_file(w.file, now, catalogue());
        std::set<std::string> codes;
        for (const auto& i : report.issues)
            if (i.code.rfind("template-", 0) == 0) codes.insert(i.code);
        BOOST_TEST((codes == std::set<std::string>{code}));
    }
}

BOOST_AUTO_TEST_CASE(a_current_template_and_a_workbook_made_without_one_get_no_note) {
    Written current;
    TempDir d;
    {
        xlsx::WorkbookWriter w(d / "egen.xlsx");
        auto& s = w.add_sheet("Opfølgningsplan");
        const auto& plan = *shipped_schema().sheet("plan");
        for (std::uint32_t c = 0; c < plan.fields.size(); ++c)
            s.write_string({0, c}, plan.fields[c].title);
        w.save();
    }
    for (const auto& file : {current.file, d / "egen.xlsx"}) {
        auto report = validate::validate_file(file, shipped_schema(), catalogue());
        BOOST_TEST_REQUIRE(report.workbook.has_value());
        for (const auto& i : report.issues) BOOST_TEST(i.code.rfind("template-", 0) != 0, i.code);
    }
    auto own = validate::validate_file(d / "egen.xlsx", shipped_schema(), catalogue());
    BOOST_TEST(!own.workbook->stamp.has_value());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(issue_codes)

BOOST_AUTO_TEST_CASE(registers_every_code_the_sources_report_with_its_severity) {
    // The guide lists what only Opfølg checks from the registry; a code missing from it would be
    // missing from the guide.
    static const std::regex with_severity(R"re(Severity::(error|warning),\s*"([a-z0-9-]+)")re");
    static const std::regex warned(R"re(\bwarn\(\s*\w+,\s*"([a-z0-9-]+)")re");
    std::map<std::string, std::string> found;  // code → severity
    std::string all;
    for (const auto& e : std::filesystem::recursive_directory_iterator(OPFOLG_CORE_DIR)) {
        // The template's live checks name the codes they mirror; they report nothing themselves.
        if (e.path().extension() != ".cpp" || e.path().filename() == "codes.cpp" ||
            e.path().parent_path().filename() == "workbook_template")
            continue;
        std::string text = test::read_bytes(e.path());
        all += text;
        for (std::sregex_iterator it(text.begin(), text.end(), with_severity), end; it != end; ++it)
            found[(*it)[2]] = (*it)[1];
        for (std::sregex_iterator it(text.begin(), text.end(), warned), end; it != end; ++it)
            found[(*it)[1]] = "warning";
    }
    BOOST_TEST(found.size() > 20u);
    for (const auto& [code, severity] : found) {
        const auto* kind = validate::issue_kind(code);
        BOOST_TEST_REQUIRE(kind != nullptr, "register \"" << code << "\" in validate/codes.cpp");
        BOOST_TEST(severity_name(kind->severity) == severity, code);
    }
    for (const auto& k : validate::issue_kinds())
        BOOST_TEST(all.find("\"" + std::string(k.code) + "\"") != std::string::npos, k.code);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(date_fields)

BOOST_AUTO_TEST_CASE(hold_days_from_2000_to_2099_whatever_the_cell_format) {
    struct Case {
        xlsx::CellValue value;
        bool date;
    };
    const Case cases[] = {
        {xlsx::DateTime{36525, xlsx::DateTime::Kind::date}, false},       // 1999-12-31
        {xlsx::DateTime{36526, xlsx::DateTime::Kind::date}, true},        // 2000-01-01
        {xlsx::DateTime{73050.9, xlsx::DateTime::Kind::datetime}, true},  // 2099-12-31 21:36
        {xlsx::DateTime{73051, xlsx::DateTime::Kind::date}, false},       // 2100-01-01
        {xlsx::DateTime{5, xlsx::DateTime::Kind::date}, false},           // 05-01-1900: a slip
        {45870.0, true},                                                  // a bare serial
        {73051.0, false},
    };
    for (const auto& c : cases) {
        plan::FieldValue v{xlsx::to_text(c.value), plan::typed(c.value), {}};
        BOOST_TEST(plan::date_of(v, false).has_value() == c.date, v.text);
    }
    BOOST_TEST(iso(date_from_serial(plan::first_date_serial)) == "2000-01-01");
    BOOST_TEST(iso(date_from_serial(plan::last_date_serial)) == "2099-12-31");
}

BOOST_AUTO_TEST_SUITE_END()
