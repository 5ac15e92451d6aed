// SPDX-License-Identifier: MIT
// The agreement test of issue 15: templates filled by openpyxl with planted defects of every kind
// the template can show (and clean rows, and defects only Opfølg sees), recalculated by
// LibreOffice, flag exactly the rows and fields `validate` flags for every check the template
// claims – no more, no fewer – in the hidden code column, the row status and the counts on
// Oplysninger.
#include "core/workbook_template/live_checks.h"

#include <fmt/format.h>

#include <boost/test/unit_test.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "core/plan/reader.h"
#include "core/plan/timetable.h"
#include "core/validate/validator.h"
#include "core/workbook_template/template_writer.h"
#include "core/xlsx/house_style.h"
#include "core/xlsx/reader.h"
#include "interop_support.h"
#include "test_support.h"

using namespace opfolg;
namespace t = opfolg::test;
using nlohmann::json;

namespace {

// Field name → value, as fill_cells.py writes it (null clears the cell).
using Cells = std::map<std::string, json>;

json date(const char* iso) { return json{{"date", iso}}; }
json error(const char* code) { return json{{"error", code}}; }

Cells with(Cells base, const Cells& changes) {
    for (const auto& [k, v] : changes) base[k] = v;
    return base;
}

const Cells plan_row = {{"theme", "GF2 Frafald"},
                        {"dimension", "Resultatkvalitet"},
                        {"finding", "Frafaldet steg fra 8,8 % til 10,2 %."},
                        {"indicator", "Frafald 3 mdr. GF2"},
                        {"goal", "Under 8 % i 2026."},
                        {"action", "Fast fraværsopfølgning hver fredag."},
                        {"evaluation", "Gennemgås i december og juni."},
                        {"responsible", "Uddannelsesleder GF2"},
                        {"period", "Skoleåret 2025/2026"},
                        {"start", date("2025-08-01")},
                        {"end", date("2026-06-30")},
                        {"status", "Ny"}};

// Every kind of defect the template can show, the spellings it must accept, and defects only
// Opfølg sees (text dates, timetables read from text, duplicate IDs), which the template must
// leave alone.
std::vector<Cells> planted_plan_rows() {
    const json none = nullptr;
    return {
        plan_row,
        with(plan_row, {{"theme", none}}),
        with(plan_row, {{"finding", "   "}}),    // spaces only: empty
        with(plan_row, {{"goal", "\u00a0\t"}}),  // no-break space and tab: empty
        with(plan_row, {{"action", none}, {"evaluation", none}, {"responsible", none}}),
        with(plan_row, {{"status", none}}),
        with(plan_row, {{"period", none}, {"start", none}, {"end", none}}),  // no timetable
        with(plan_row, {{"start", none}, {"end", none}}),                    // Tidsplan alone
        with(plan_row, {{"period", none}}),                                  // dates alone
        with(plan_row, {{"dimension", "Kvalitet?"}}),
        with(plan_row, {{"status", "ny"}}),
        with(plan_row, {{"status", "Videreført"}}),  // a synonym of Videreføres
        with(plan_row, {{"status", "  Fast-drift! \n"}}),
        with(plan_row, {{"status", "Igangsat"}}),
        with(plan_row, {{"dimension", "LÆRINGSKVALITET"}}),
        with(plan_row, {{"dimension", "Laeringskvalitet"}}),
        with(plan_row, {{"status", error("#N/A")}}),
        with(plan_row, {{"start", 5}}),  // 05-01-1900: a slip, no date
        with(plan_row, {{"end", 80000}}),
        with(plan_row, {{"start", date("2026-08-01")}, {"end", date("2025-06-30")}}),
        with(plan_row, {{"start", 45870.75}, {"end", 45870.25}}),  // one day: not before
        with(plan_row, {{"start", "august 2025"}}),                // text Opfølg reads
        with(plan_row, {{"start", "snart"}}),                      // text: Opfølg only
        with(plan_row, {{"start", none}, {"period", "Skoleåret 2026/2027"}}),  // Opfølg only
        with(plan_row, {{"goal", "Bedre trivsel for eleverne"}, {"indicator", none}}),
        with(plan_row, {{"goal", "Bedre trivsel"}, {"indicator", "ETU Velbefindende"}}),
        with(plan_row, {{"goal", error("#DIV/0!")}, {"indicator", none}}),
        with(plan_row, {{"goal", error("#N/A")}, {"indicator", none}}),
        Cells{{"status", "Ny"}},     // a row just begun
        Cells{{"knowledge", "  "}},  // spaces alone do not start a row
        with(plan_row, {{"period", "En gang imellem"}, {"start", none}, {"end", none}}),
    };
}

const Cells indicator_row = {{"indicator", "Frafald 3 mdr. GF2"},
                             {"unit", "%"},
                             {"polarity", "lavere er bedre"},
                             {"group", "GF2 alle indgange"},
                             {"year", 2024},
                             {"value", 10.2},
                             {"national", 7.3},
                             {"target", 8}};

std::vector<Cells> planted_indicator_rows() {
    const json none = nullptr;
    return {
        indicator_row,
        with(indicator_row, {{"indicator", none}}),
        with(indicator_row, {{"year", none}, {"value", none}}),
        with(indicator_row, {{"unit", "procent"}}),
        with(indicator_row, {{"unit", " % "}}),
        with(indicator_row, {{"unit", "%%"}}),
        with(indicator_row, {{"unit", "pct."}}),
        with(indicator_row, {{"unit", 16.7}}),
        with(indicator_row, {{"polarity", "Lav er godt"}}),
        with(indicator_row, {{"polarity", "jo lavere, jo bedre"}}),
        with(indicator_row, {{"polarity", "opad"}}),
        with(indicator_row, {{"value", "–"}}),  // missing data
        with(indicator_row, {{"year", 1999}}),  // out of range: Opfølg only
    };
}

std::uint32_t column_of(const schema::SheetSchema& s, const std::string& name) {
    return static_cast<std::uint32_t>(*s.field_index(name));
}

std::uint32_t computed_of(const schema::SheetSchema& s, const std::string& name) {
    for (std::size_t i = 0; i < s.computed.size(); ++i)
        if (s.computed[i].name == name) return static_cast<std::uint32_t>(s.fields.size() + i);
    throw std::logic_error("no computed column " + name);
}

// The fill_cells.py spec of `rows` from row 2 on; rows give a value to each field or clear it.
// Each row gets its own ID (rows from `distinct_ids` on share one, a duplicate only Opfølg sees).
void put_rows(json& spec, const schema::SheetSchema& s, const std::vector<Cells>& rows) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::uint32_t r = static_cast<std::uint32_t>(i + 1);
        for (const auto& [field, value] : rows[i])
            spec[s.title][xlsx::to_a1({r, column_of(s, field)})] = value;
    }
}

std::string text_at(const xlsx::Sheet& s, xlsx::CellRef at) {
    const auto* c = s.find(at);
    if (!c) return "";
    if (const auto* str = std::get_if<std::string>(&c->value)) return *str;
    return xlsx::to_text(c->value);
}

std::optional<double> number_at(const xlsx::Sheet& s, xlsx::CellRef at) {
    const auto* c = s.find(at);
    if (!c) return std::nullopt;
    if (const auto* d = std::get_if<double>(&c->value)) return *d;
    if (const auto* dt = std::get_if<xlsx::DateTime>(&c->value)) return dt->serial;
    return std::nullopt;
}

bool date_in_bounds(std::optional<double> v) {
    return v && std::floor(*v) >= plan::first_date_serial &&
           std::floor(*v) <= plan::last_date_serial;
}

// Whether the template claims `issue`: its code is one of the template's checks, within the
// reach each claim states (see tmpl::claims()).
bool claimed(const Issue& issue, const xlsx::Workbook& wb, const schema::Schema& schema) {
    const auto claims = tmpl::claims(schema);
    if (std::none_of(claims.begin(), claims.end(),
                     [&](const tmpl::Claim& c) { return issue.code == c.code; }))
        return false;
    const xlsx::Sheet* sheet = wb.sheet(issue.sheet);
    auto cell = xlsx::parse_cell_ref(issue.cell);
    if (issue.code == "not-a-date") return sheet && cell && number_at(*sheet, *cell).has_value();
    if (issue.code == "not-a-year")
        return issue.field == "plan_year" && sheet && cell && number_at(*sheet, *cell);
    if (issue.code == "end-before-start") {
        const auto& plan = *schema.sheet("plan");
        return sheet && cell &&
               date_in_bounds(number_at(*sheet, {cell->row, column_of(plan, "start")})) &&
               date_in_bounds(number_at(*sheet, {cell->row, column_of(plan, "end")}));
    }
    return true;
}

// One flag as "row code field" (row 1-based), so that a difference prints readably.
std::string flag(std::uint32_t row, const std::string& code, const std::string& field) {
    return std::to_string(row) + " " + code + " " + field;
}

// The flags in a code cell: ";E:required-empty:theme;W:…;".
std::set<std::pair<std::string, std::string>> tokens(const std::string& codes) {
    std::set<std::pair<std::string, std::string>> out;
    std::size_t at = 0;
    while ((at = codes.find(';', at)) != std::string::npos) {
        auto next = codes.find(';', at + 1);
        if (next == std::string::npos) break;
        std::string tok = codes.substr(at + 1, next - at - 1);  // "E:code:field"
        auto c1 = tok.find(':'), c2 = tok.rfind(':');
        if (c1 != std::string::npos && c2 != c1)
            out.insert({tok.substr(c1 + 1, c2 - c1 - 1), tok.substr(c2 + 1)});
        at = next;
    }
    return out;
}

std::set<std::tuple<std::string, std::string, std::string, std::string>> issue_set(
    const validate::FileReport& r) {
    std::set<std::tuple<std::string, std::string, std::string, std::string>> out;
    for (const auto& i : r.issues) out.insert({i.sheet, i.cell, i.code, i.field});
    return out;
}

// The row of the metadata sheet whose column A reads `label`.
std::optional<std::uint32_t> row_labelled(const xlsx::Sheet& s, const std::string& label) {
    for (const auto& c : s.cells)
        if (c.ref.col == 0 && std::holds_alternative<std::string>(c.value) &&
            std::get<std::string>(c.value) == label)
            return c.ref.row;
    return std::nullopt;
}

// The background colour LibreOffice paints into each cell of each sheet (its HTML export applies
// the conditional formats), row by row; hidden columns are left out. See cell_colours.py.
json painted_colours(const std::filesystem::path& workbook, const std::filesystem::path& dir) {
    auto page = t::soffice_convert(workbook, dir, "html", "html");
    auto r = t::run("/usr/bin/python3 " + t::shell_quote(OPFOLG_INTEROP_DIR "/cell_colours.py") +
                    " " + t::shell_quote(page.string()));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    return json::parse(r.out);
}

std::string colour(std::uint32_t rgb) { return fmt::format("#{:06X}", rgb); }

struct Outcome {
    std::set<std::string> shown;        // codes the template showed
    std::set<std::string> opfolg_only;  // codes validate reported that the template leaves alone
    std::string verdict;                // the total's text on Oplysninger
};

// Writes a template, fills it with `spec` (or, when `spec` is null, leaves it as written: rows
// the template writer filled itself, as Word import does), recalculates it in LibreOffice and
// checks that the template's verdict is validate's, cell by cell and in the counts.
Outcome agree(const t::TempDir& d, const std::string& name, const tmpl::TemplateOptions& options,
              const json& spec) {
    auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    auto catalogue = indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    auto blank = d / (name + "-skabelon.xlsx");
    auto filled = d / (name + ".xlsx");
    tmpl::write_template(schema, options, spec.is_null() ? filled : blank);
    if (!spec.is_null()) {
        auto spec_file = d / (name + ".json");
        t::write_bytes(spec_file, spec.dump());
        auto r = t::run("/usr/bin/python3 " + t::shell_quote(OPFOLG_INTEROP_DIR "/fill_cells.py") +
                        " " + t::shell_quote(blank.string()) + " " +
                        t::shell_quote(spec_file.string()) + " " + t::shell_quote(filled.string()));
        BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    }
    auto recalculated = t::recalculate_in_libreoffice(filled, d / ("lo-" + name));

    // validate reads the file as it was filled and as LibreOffice saved it alike.
    auto report = validate::validate_file(recalculated, schema, catalogue);
    auto report_filled = validate::validate_file(filled, schema, catalogue);
    BOOST_TEST_REQUIRE(report.workbook.has_value());
    BOOST_TEST((issue_set(report) == issue_set(report_filled)));
    // (openpyxl 3.0 drops custom document properties, so the stamp is tested apart.)

    auto wb = xlsx::read_workbook(recalculated);
    // What the department sees: the colours LibreOffice paints from the conditional formats.
    const json painted = painted_colours(filled, d / ("lo-" + name));
    const std::string red = colour(xlsx::style::bad_fill),
                      yellow = colour(xlsx::style::neutral_fill),
                      green = colour(xlsx::style::good_fill);
    Outcome out;
    std::map<std::string, std::size_t> rows_with_errors;  // sheet → expected count
    for (const auto& s : schema.sheets) {
        BOOST_TEST_CONTEXT(name << " / " << s.title) {
            const auto* sheet = wb.sheet(s.title);
            BOOST_TEST_REQUIRE(sheet != nullptr);
            std::set<std::string> expected, shown;
            std::set<std::uint32_t> error_rows;
            for (const auto& i : report.issues) {
                // A plan with no action is the workbook's note, compared on Oplysninger below.
                if (i.sheet != s.title || i.code == "no-actions") continue;
                if (!claimed(i, wb, schema)) {
                    out.opfolg_only.insert(i.code);
                    continue;
                }
                auto cell = xlsx::parse_cell_ref(i.cell);
                BOOST_TEST_REQUIRE(cell.has_value(), i.code);
                expected.insert(flag(cell->row + 1, i.code, i.field));
                if (i.severity == Severity::error) error_rows.insert(cell->row);
            }
            rows_with_errors[s.title] = error_rows.size();
            const auto codes_col = computed_of(s, "row_checks");
            const auto status_col = computed_of(s, "row_status");
            auto checks = tmpl::sheet_checks(s);
            std::set<std::uint32_t> started;
            if (auto t = report.workbook->tables_of(s.name); !t.empty())
                for (const auto& row : t.front()->rows) started.insert(row.row);
            for (std::uint32_t r = 1; r <= std::max<std::size_t>(options.empty_rows, 50); ++r) {
                std::string codes = text_at(*sheet, {r, codes_col});
                std::string status = text_at(*sheet, {r, status_col});
                auto flags = tokens(codes);
                for (const auto& [code, field] : flags) {
                    shown.insert(flag(r + 1, code, field));
                    out.shown.insert(code);
                }
                // The row status: empty for a row not started, "✓ I orden" for a row without
                // flags, else a text naming every flag.
                BOOST_TEST_CONTEXT("row " << r + 1 << ": " << codes << " / " << status) {
                    BOOST_TEST(codes.empty() == (started.count(r) == 0));
                    if (codes.empty()) {
                        BOOST_TEST(status.empty());
                    } else if (flags.empty()) {
                        BOOST_TEST(status == "✓ I orden");
                    } else {
                        for (const auto& c : checks)
                            if (flags.count({c.code, c.field}))
                                BOOST_TEST(status.find(c.label) != std::string::npos, c.label);
                    }
                }
            }
            BOOST_TEST(shown == expected, boost::test_tools::per_element());

            // The colours: each cell a claimed issue's check marks is red for an error, yellow
            // for a remark, and no other input cell is coloured; the row status is red, yellow
            // or green as the row has errors, remarks only, or nothing.
            std::map<std::pair<std::uint32_t, std::uint32_t>, std::string> want;
            std::map<std::uint32_t, std::string> want_status;
            for (auto r : started) want_status[r] = green;
            for (const auto& i : report.issues) {
                if (i.sheet != s.title || i.code == "no-actions" || !claimed(i, wb, schema))
                    continue;
                auto cell = xlsx::parse_cell_ref(i.cell);
                bool error = i.severity == Severity::error;
                for (const auto& c : checks) {
                    if (c.code != i.code || c.field != i.field) continue;
                    for (auto m : c.marks) {
                        auto& w = want[{cell->row, static_cast<std::uint32_t>(m)}];
                        w = error || w == red ? red : yellow;
                    }
                }
                auto& st = want_status[cell->row];
                st = error || st == red ? red : yellow;
            }
            BOOST_TEST_REQUIRE(painted.contains(s.title));
            const auto& rows = painted[s.title];
            std::set<std::string> wanted, seen;
            auto visible = [&](std::uint32_t c) { return c < codes_col ? c : c - 1; };
            for (std::uint32_t r = 1; r < rows.size(); ++r) {
                auto at = [&](std::uint32_t c) {
                    auto v = visible(c);
                    return v < rows[r].size() ? rows[r][v].get<std::string>() : std::string();
                };
                for (std::uint32_t c = 0; c < s.fields.size(); ++c) {
                    auto a1 = xlsx::to_a1({r, c});
                    if (auto w = want.find({r, c}); w != want.end())
                        wanted.insert(a1 + " " + w->second);
                    // Only the checks' colours: a read-only column has a fill of its own.
                    if (auto shown_colour = at(c); shown_colour == red || shown_colour == yellow)
                        seen.insert(a1 + " " + shown_colour);
                }
                auto a1 = xlsx::to_a1({r, status_col});
                if (auto w = want_status.find(r); w != want_status.end())
                    wanted.insert(a1 + " " + w->second);
                if (auto shown_colour = at(status_col);
                    shown_colour == red || shown_colour == yellow || shown_colour == green)
                    seen.insert(a1 + " " + shown_colour);
            }
            BOOST_TEST(seen == wanted, boost::test_tools::per_element());
        }
    }

    // Oplysninger: the metadata flags, the counts and the verdict.
    const auto* meta = wb.sheet(schema.metadata.title);
    BOOST_TEST_REQUIRE(meta != nullptr);
    std::set<std::pair<std::string, std::string>> meta_expected;
    std::size_t meta_errors = 0;
    for (const auto& i : report.issues)
        if ((i.code == "missing-metadata" || i.code == "not-a-year" || i.code == "no-actions") &&
            claimed(i, wb, schema)) {
            meta_expected.insert({i.code, i.field});
            meta_errors += i.severity == Severity::error;
        }
    auto codes_row = row_labelled(*meta, "Kontrolkoder");
    BOOST_TEST_REQUIRE(codes_row.has_value());
    auto meta_shown = tokens(text_at(*meta, {*codes_row, 1}));
    BOOST_TEST((meta_shown == meta_expected));
    for (const auto& [code, field] : meta_shown) out.shown.insert(code);
    // The metadata values the checks mark are red or yellow; the others keep their input colour.
    const auto meta_checks = tmpl::metadata_checks(
        schema,
        {"$B$0", "$B$0", "$B$0", !options.institution.empty(), !options.department.empty(), ""});
    BOOST_TEST_REQUIRE(painted.contains(schema.metadata.title));
    const auto& meta_painted = painted[schema.metadata.title];
    for (std::size_t f = 0; f < schema.metadata.fields.size(); ++f) {
        std::string want = colour(0xFFF2CC);  // an input cell's own fill
        for (const auto& c : meta_checks)
            if (meta_expected.count({c.code, c.field}) &&
                std::find(c.marks.begin(), c.marks.end(), f) != c.marks.end())
                want = c.severity == Severity::error || want == red ? red : yellow;
        auto row = static_cast<std::uint32_t>(2 + f);
        BOOST_TEST_REQUIRE(meta_painted.size() > row);
        BOOST_TEST(meta_painted[row][1].get<std::string>() == want, schema.metadata.fields[f].name);
    }
    std::size_t total = 0;
    for (const auto& [title, n] : rows_with_errors) {
        auto row = row_labelled(*meta, title);
        BOOST_TEST_REQUIRE(row.has_value(), title);
        BOOST_TEST(number_at(*meta, {*row, 1}).value_or(-1) == static_cast<double>(n), title);
        total += n;
    }
    auto meta_row = row_labelled(*meta, schema.metadata.title);
    BOOST_TEST_REQUIRE(meta_row.has_value());
    BOOST_TEST(number_at(*meta, {*meta_row, 1}).value_or(-1) == static_cast<double>(meta_errors));
    auto total_row = row_labelled(*meta, "I alt");
    BOOST_TEST_REQUIRE(total_row.has_value());
    BOOST_TEST(number_at(*meta, {*total_row, 1}).value_or(-1) == static_cast<double>(total));
    out.verdict = text_at(*meta, {*total_row, 2});
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(template_live_checks)

BOOST_AUTO_TEST_CASE(flag_exactly_what_validate_flags_after_libreoffice_recalculates,
                     *t::needs("libreoffice", {t::openpyxl(), t::soffice()})) {
    auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    const auto& plan = *schema.sheet("plan");
    const auto& ind = *schema.sheet("indicators");
    t::TempDir d;

    // Defects of every kind, with no institution in the template and a plan year out of range.
    json spec;
    auto rows = planted_plan_rows();
    put_rows(spec, plan, rows);
    for (std::size_t i = 0; i < rows.size(); ++i)  // distinct IDs, and one duplicate
        spec[plan.title][xlsx::to_a1({static_cast<std::uint32_t>(i + 1), column_of(plan, "id")})] =
            "BYG-" + std::to_string(i + 1 == rows.size() ? 1 : i + 1);
    auto ind_rows = planted_indicator_rows();
    for (std::size_t i = 0; i < ind_rows.size(); ++i)  // one year each: no duplicate values
        if (ind_rows[i].count("year") && ind_rows[i]["year"] == 2024)
            ind_rows[i]["year"] = 2010 + i;
    put_rows(spec, ind, ind_rows);
    const std::string year_cell =
        xlsx::to_a1({static_cast<std::uint32_t>(2 + *schema.metadata.field_index("plan_year")), 1});
    spec[schema.metadata.title][year_cell] = 1999;
    auto defects = agree(d, "fejl", {"Byg og anlæg", 2026, ""}, spec);
    // Defects only Opfølg sees were there, and the template left them alone.
    for (const char* code :
         {"not-a-date", "end-before-start", "duplicate-value", "period-unparsed", "out-of-range"})
        BOOST_TEST(defects.opfolg_only.count(code) == 1u, code);
    BOOST_TEST(defects.verdict.rfind("Ikke klar til at sende", 0) == 0, defects.verdict);

    // Clean rows only, institution and year in place: ready to send.
    json clean;
    put_rows(clean, plan, {with(plan_row, {{"id", "BYG-01"}})});
    put_rows(clean, ind, {indicator_row});
    auto ready = agree(d, "klar", {"Byg og anlæg", 2026, "Eksempelskolen"}, clean);
    BOOST_TEST(ready.shown.empty());
    BOOST_TEST(ready.verdict == "✓ Klar til at sende");

    // Nothing filled in and the plan year cleared: a remark, and not ready.
    json empty;
    empty[schema.metadata.title][year_cell] = nullptr;
    auto nothing = agree(d, "tom", {"Byg og anlæg", 2026, "Eksempelskolen"}, empty);
    BOOST_TEST((nothing.shown == std::set<std::string>{"missing-metadata", "no-actions"}));
    BOOST_TEST(nothing.verdict == "Ikke klar: ingen indsatser udfyldt endnu");

    // Rows the template writer fills itself (Word import), with a column the schema does not
    // know: a row holding text only there is a started row, as the reader makes it one.
    tmpl::TemplateOptions imported{"Byg og anlæg", 2026, "Eksempelskolen"};
    auto& written = imported.rows["plan"];
    written.extra_headers = {"Kilde i dokumentet"};
    auto row_of = [&](const Cells& cells, std::string source) {
        tmpl::SheetRows::Row row;
        row.fields.resize(plan.fields.size());
        for (const auto& [field, v] : cells) {
            auto& cell = row.fields[column_of(plan, field)];
            if (v.is_string())
                cell = v.get<std::string>();
            else if (v.is_number())
                cell = v.get<double>();
            else if (v.is_object() && v.contains("date")) {
                xlsx::DateTime dt;
                BOOST_TEST_REQUIRE(xlsx::parse_iso(v["date"].get<std::string>(), dt));
                cell = dt;
            }
        }
        row.extras = {std::move(source)};
        return row;
    };
    written.rows = {
        row_of(with(plan_row, {{"id", "BYG-1"}}), "Tabel 1, række 2"),
        row_of(with(plan_row, {{"id", "BYG-2"}, {"theme", nullptr}, {"status", "Igangsat"}}),
               "Tabel 1, række 3"),
        row_of({}, "Tabel 2, række 2"),
        row_of(with(plan_row,
                    {{"id", "BYG-4"}, {"start", date("2026-08-01")}, {"end", date("2025-06-30")}}),
               "Tabel 2, række 3")};
    auto from_word = agree(d, "importeret", imported, nullptr);
    BOOST_TEST((from_word.shown ==
                std::set<std::string>{"required-empty", "enum-value", "end-before-start"}));
    BOOST_TEST(from_word.opfolg_only.count("unknown-column") == 1u);

    // Together the workbooks showed every kind of flag the template claims.
    std::set<std::string> claimed_codes;
    for (const auto& c : tmpl::claims(schema)) claimed_codes.insert(c.code);
    std::set<std::string> shown = defects.shown;
    shown.insert(nothing.shown.begin(), nothing.shown.end());
    BOOST_TEST(shown == claimed_codes, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
