// SPDX-License-Identifier: MIT
// Every issue code the validator can report, each from a workbook that triggers it and from the
// valid workbook it was changed from (which must report nothing): asserted by code, sheet, cell
// and severity, never by message wording. The workbooks are written at test time by our own
// writer, in the template's layout (Oplysninger, Opfølgningsplan, Indikatorer) plus one wide
// indicator table as real plans carry them.
#include <boost/test/unit_test.hpp>
#include <functional>
#include <set>
#include <tuple>

#include "core/consolidate/consolidate.h"
#include "core/indicators/catalogue.h"
#include "core/schema/schema.h"
#include "core/util/date.h"
#include "core/validate/validator.h"
#include "core/xlsx/writer.h"
#include "test_support.h"

using namespace opfolg;
using xlsx::CellValue;
using xlsx::DateTime;
namespace t = opfolg::test;

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

// A workbook as sheets of cells, changed by the cases below and then written.
struct Workbook {
    struct Sheet {
        std::string name;
        std::vector<std::vector<CellValue>> rows;
    };
    std::vector<Sheet> sheets;

    Sheet& sheet(const std::string& name) {
        for (auto& s : sheets)
            if (s.name == name) return s;
        throw std::logic_error("no sheet " + name);
    }
    // Sets one cell ("Opfølgningsplan", "N2"); std::monostate empties it.
    void set(const std::string& name, const char* a1, CellValue v) {
        auto ref = *xlsx::parse_cell_ref(a1);
        auto& rows = sheet(name).rows;
        if (rows.size() <= ref.row) rows.resize(ref.row + 1);
        auto& row = rows[ref.row];
        if (row.size() <= ref.col) row.resize(ref.col + 1);
        row[ref.col] = std::move(v);
    }
    // Deletes a column, moving the ones right of it left, as Excel's Delete Column does.
    void delete_column(const std::string& name, const char* letter) {
        auto col = xlsx::parse_cell_ref(std::string(letter) + "1")->col;
        for (auto& row : sheet(name).rows)
            if (row.size() > col) row.erase(row.begin() + col);
    }
    void remove_sheet(const std::string& name) {
        sheets.erase(std::remove_if(sheets.begin(), sheets.end(),
                                    [&](const Sheet& s) { return s.name == name; }),
                     sheets.end());
    }
    void write(const std::filesystem::path& file) const {
        xlsx::WorkbookWriter w(file);
        for (const auto& s : sheets) {
            auto& out = w.add_sheet(s.name);
            for (std::uint32_t r = 0; r < s.rows.size(); ++r)
                for (std::uint32_t c = 0; c < s.rows[r].size(); ++c)
                    if (!std::holds_alternative<std::monostate>(s.rows[r][c]))
                        out.write({r, c}, s.rows[r][c]);
        }
        w.save();
    }
};

CellValue date(int y, int m, int d) {
    return DateTime{serial_from_date({y, m, d}), DateTime::Kind::date};
}

const std::string plan_sheet = "Opfølgningsplan", ind_sheet = "Indikatorer",
                  meta_sheet = "Oplysninger", wide_sheet = "Tabel 1";

// A department's plan with nothing to report: two actions, indicators in the template's long
// form, and Tabel 1 of the seed (shared/domain.md) in the wide form real plans use.
Workbook valid_workbook() {
    using S = std::string;
    Workbook wb;
    wb.sheets.push_back({meta_sheet,
                         {{S("Oplysninger om planen")},
                          {},
                          {S("Institution"), S("Eksempelskolen")},
                          {S("Afdeling"), S("Byg og anlæg")},
                          {S("Planår"), 2025.0}}});
    wb.sheets.push_back(
        {plan_sheet,
         {{S("ID"), S("Tema"), S("Kvalitetsdimension"), S("Resultat/ændringsbehov"), S("Indikator"),
           S("Operationelt mål"), S("Indsats"), S("Målgruppe"), S("Understøttende viden"),
           S("Ønsket virkning"), S("Evaluering af effekt"), S("Ansvarlig"), S("Tidsplan"),
           S("Start"), S("Slut"), S("Status")},
          {S("BYG-01"), S("GF2 Frafald"), S("Resultatkvalitet"), S("Frafaldet steg til 10,2 %"),
           S("Frafald 3 mdr. GF2"), S("Under 8 % i 2026"), S("Fraværsopfølgning hver fredag"),
           S("GF2-elever"), S("Fraværsprojektet 2024"), S("Færre stopper"),
           S("Tallene gennemgås i juni"), S("Uddannelsesleder GF2"), S("Skoleåret 2025/2026"),
           date(2025, 8, 1), date(2026, 6, 30), S("Ny")},
          {S("BYG-02"), S("Læreplads"), S("Læringskvalitet"), S("61 % har en aftale"), S(""),
           S("Mindst 70 % i juni 2026"), S("Søgeværksteder"), S(""), S(""), S(""),
           S("Opgøres i uge 15"), S("Lærepladskonsulent"), S("Efteråret 2025 og frem"),
           std::monostate{}, std::monostate{}, S("Videreføres")}}});
    wb.sheets.push_back({ind_sheet,
                         {{S("Indikator"), S("Enhed"), S("Polaritet"), S("Uddannelse/område"),
                           S("År"), S("Værdi"), S("Landsplan"), S("Mål")},
                          {S("Frafald 3 mdr. GF2"), S("%"), S("lavere er bedre"),
                           S("GF2 uden omvalg"), 2023.0, 8.8, std::monostate{}, std::monostate{}},
                          {S("Frafald 3 mdr. GF2"), S("%"), S("lavere er bedre"),
                           S("GF2 uden omvalg"), 2024.0, 10.2, 7.3, 8.0},
                          {S("Frafald 6 mdr. GF2"), S("%"), S("lavere er bedre"),
                           S("GF2 uden omvalg"), 2024.0, 16.2, 10.7, std::monostate{}}}});
    wb.sheets.push_back(
        {wide_sheet,
         {{S("Tabel 1: Frafald 3 mdr. efter uddannelsesstart på GF1")},
          {},
          {S("GF1 indgang"), S("2023"), S("2024"), S("Landsplan 2024"),
           S("Diff. til landsplan 2024")},
          {S("Omsorg, sundhed og pædagogik"), S("19,8 %"), S("16,7 %"), S("9,1 %"), S("7,6")},
          {S("Kontor, handel og forretningsservice"), S("7,2 %"), S("9,4 %"), S("5,0 %"),
           S("4,4")}}});
    return wb;
}

struct Expected {
    Severity severity;
    std::string code, sheet, cell;
};
using Found = std::multiset<std::tuple<std::string, std::string, std::string, std::string>>;

Found found_in(const validate::FileReport& r, bool with_cells = true) {
    Found out;
    for (const auto& i : r.issues)
        out.insert({severity_name(i.severity), i.code, i.sheet, with_cells ? i.cell : ""});
    return out;
}

Found expected(const std::vector<Expected>& e, bool with_cells = true) {
    Found out;
    for (const auto& i : e)
        out.insert({severity_name(i.severity), i.code, i.sheet, with_cells ? i.cell : ""});
    return out;
}

validate::FileReport validate_workbook(const Workbook& wb,
                                       const schema::Schema& schema = shipped_schema()) {
    t::TempDir d;
    auto file = d / "Opfølgningsplan Byg og anlæg.xlsx";
    wb.write(file);
    auto r = validate::validate_file(file, schema, catalogue());
    BOOST_TEST_REQUIRE((r.status != validate::FileReport::Status::unreadable));
    return r;
}

struct Case {
    const char* what;
    std::function<void(Workbook&)> change;
    std::vector<Expected> issues;  ///< exactly these; none for a change that must pass
};

const auto E = Severity::error;
const auto W = Severity::warning;

// Runs each case on a fresh copy of the valid workbook.
void run_cases(const std::vector<Case>& cases, const schema::Schema& schema = shipped_schema()) {
    for (const auto& c : cases) {
        BOOST_TEST_CONTEXT(c.what) {
            auto wb = valid_workbook();
            c.change(wb);
            auto r = validate_workbook(wb, schema);
            BOOST_TEST(found_in(r) == expected(c.issues));
            for (const auto& i : r.issues)
                BOOST_TEST_MESSAGE(severity_name(i.severity)
                                   << " " << i.code << " " << i.sheet << "!" << i.cell << " "
                                   << i.message.en);
            bool errors = std::any_of(c.issues.begin(), c.issues.end(),
                                      [](const Expected& e) { return e.severity == E; });
            BOOST_TEST((r.status == (errors ? validate::FileReport::Status::invalid
                                            : validate::FileReport::Status::ok)));
        }
    }
}

auto set(const std::string& sheet, const char* a1, CellValue v) {
    return [=](Workbook& wb) { wb.set(sheet, a1, v); };
}

template <class... F>
auto all(F... fs) {
    return [=](Workbook& wb) { (fs(wb), ...); };
}

}  // namespace

BOOST_TEST_DONT_PRINT_LOG_VALUE(Found)

BOOST_AUTO_TEST_SUITE(checks)

BOOST_AUTO_TEST_CASE(reports_nothing_for_a_valid_workbook) {
    auto r = validate_workbook(valid_workbook());
    BOOST_TEST(found_in(r) == Found{});
    BOOST_TEST((r.status == validate::FileReport::Status::ok));
    BOOST_TEST(r.deltas.size() == 4u);  // two long series, two groups of Tabel 1
}

BOOST_AUTO_TEST_CASE(finds_the_structure_of_the_plan) {
    using S = std::string;
    run_cases({
        {"no plan table",
         [](Workbook& wb) { wb.remove_sheet(plan_sheet); },
         {{E, "no-plan-table", "", ""}}},
        {"a required column deleted",
         [](Workbook& wb) { wb.delete_column(plan_sheet, "P"); },
         {{E, "missing-column", plan_sheet, "A1"}}},
        {"no timetable column at all",
         [](Workbook& wb) {
             for (int i = 0; i < 3; ++i) wb.delete_column(plan_sheet, "M");
         },
         {{E, "missing-column", plan_sheet, "A1"}}},
        {"one timetable column is enough",
         [](Workbook& wb) {
             wb.delete_column(plan_sheet, "N");
             wb.delete_column(plan_sheet, "N");
         },
         {}},
        {"an unknown column",
         all(set(plan_sheet, "Q1", S("Bemærkning fra leder")),
             set(plan_sheet, "Q2", S("Drøftet 3/9"))),
         {{W, "unknown-column", plan_sheet, "Q1"}}},
    });
}

BOOST_AUTO_TEST_CASE(checks_the_plans_metadata) {
    using S = std::string;
    run_cases({
        {"no institution",
         set(meta_sheet, "B3", std::monostate{}),
         {{W, "missing-metadata", "", ""}}},
        {"the department only in the file name",
         set(meta_sheet, "B4", std::monostate{}),
         {{W, "missing-metadata", "", ""}}},
        {"no plan year",
         set(meta_sheet, "B5", std::monostate{}),
         {{W, "missing-metadata", "", ""}}},
        {"a plan year in words",
         set(meta_sheet, "B5", S("tyvetyvefem")),
         {{E, "not-a-year", meta_sheet, "B5"}}},
        {"a plan year as text", set(meta_sheet, "B5", S("2025")), {}},
    });
}

// Three missing-metadata warnings at one place (the workbook): the field tells them apart.
BOOST_AUTO_TEST_CASE(names_the_missing_metadata_field) {
    for (auto [cell, field] : {std::pair{"B3", "institution"}, std::pair{"B4", "department"},
                               std::pair{"B5", "plan_year"}}) {
        auto wb = valid_workbook();
        wb.set(meta_sheet, cell, std::monostate{});
        auto r = validate_workbook(wb);
        BOOST_TEST_REQUIRE(r.issues.size() == 1u, cell);
        BOOST_TEST(r.issues[0].field == field);
    }
}

// A plan year the metadata check refuses measures no action: 2125 is one error, not also "ends
// before the plan year 2125" for every action (found and fixed under issue 18).
BOOST_AUTO_TEST_CASE(measures_no_action_against_a_plan_year_it_refuses) {
    run_cases({{"a plan year past 2100",
                set(meta_sheet, "B5", 2125.0),
                {{E, "not-a-year", meta_sheet, "B5"}}}});
}

BOOST_AUTO_TEST_CASE(requires_the_laws_minimum_content_in_every_row) {
    using S = std::string;
    run_cases({
        {"an empty theme",
         set(plan_sheet, "B2", std::monostate{}),
         {{E, "required-empty", plan_sheet, "B2"}}},
        {"an empty goal",
         set(plan_sheet, "F3", std::monostate{}),
         {{E, "required-empty", plan_sheet, "F3"}}},
        {"an empty status",
         set(plan_sheet, "P3", std::monostate{}),
         {{E, "required-empty", plan_sheet, "P3"}}},
        {"no timetable in any of its three cells",
         all(set(plan_sheet, "M2", std::monostate{}), set(plan_sheet, "N2", std::monostate{}),
             set(plan_sheet, "O2", std::monostate{})),
         {{E, "required-empty", plan_sheet, "N2"}}},
        {"only an end date is a timetable",
         all(set(plan_sheet, "M2", std::monostate{}), set(plan_sheet, "N2", std::monostate{})),
         {}},
        {"an empty indicator value",
         set(ind_sheet, "F4", std::monostate{}),
         {{E, "required-empty", ind_sheet, "F4"}}},
        {"an empty indicator year",
         set(ind_sheet, "E4", std::monostate{}),
         {{E, "required-empty", ind_sheet, "E4"}}},
        {"an empty optional column", set(plan_sheet, "H2", S("")), {}},
    });
}

BOOST_AUTO_TEST_CASE(checks_values_against_the_columns_type_enum_and_range) {
    using S = std::string;
    run_cases({
        {"a dimension not in the list",
         set(plan_sheet, "C2", S("Kvalitet")),
         {{E, "enum-value", plan_sheet, "C2"}}},
        {"a dimension in other letter case", set(plan_sheet, "C2", S("resultatkvalitet")), {}},
        {"a status not in the list",
         set(plan_sheet, "P2", S("Måske")),
         {{E, "enum-value", plan_sheet, "P2"}}},
        {"a unit not in the list",
         set(ind_sheet, "B4", S("kg")),
         {{E, "enum-value", ind_sheet, "B4"}}},
        {"a polarity not in the list",
         set(ind_sheet, "C4", S("bedst")),
         {{E, "enum-value", ind_sheet, "C4"}}},
        {"a value in words",
         set(ind_sheet, "F4", S("mange")),
         {{E, "not-a-number", ind_sheet, "F4"}}},
        {"a national level in words",
         set(ind_sheet, "G3", S("ukendt")),
         {{E, "not-a-number", ind_sheet, "G3"}}},
        {"a value as Danish text", set(ind_sheet, "F4", S("16,2 %")), {}},
        {"a dash for missing data", set(ind_sheet, "G4", S("–")), {}},
        {"a year in words",
         set(ind_sheet, "E4", S("sidste år")),
         {{E, "not-a-year", ind_sheet, "E4"}}},
        {"a year with decimals",
         set(ind_sheet, "E4", 2024.5),
         {{E, "not-a-year", ind_sheet, "E4"}}},
        {"a year before 1900", set(ind_sheet, "E4", 1850.0), {{E, "not-a-year", ind_sheet, "E4"}}},
        {"a year below the column's minimum",
         set(ind_sheet, "E4", 1999.0),
         {{E, "out-of-range", ind_sheet, "E4"}}},
        {"a year as text", set(ind_sheet, "E4", S("2024")), {}},
        {"a start date in words",
         set(plan_sheet, "N2", S("i morgen")),
         {{E, "not-a-date", plan_sheet, "N2"}}},
        {"a start date as Danish text", set(plan_sheet, "N2", S("01-08-2025")), {}},
        {"a date as a bare serial", set(plan_sheet, "O2", 46203.0), {}},  // 2026-06-30
        {"an ID used twice",
         set(plan_sheet, "A3", S("BYG-01")),
         {{E, "duplicate-value", plan_sheet, "A3"}}},
        {"an ID used twice in other letter case",
         set(plan_sheet, "A3", S("byg-01")),
         {{E, "duplicate-value", plan_sheet, "A3"}}},
    });
}

// The Tidsplan text, the Start and Slut cells, and the plan year.
BOOST_AUTO_TEST_CASE(checks_the_timetable_of_every_row) {
    using S = std::string;
    run_cases({
        {"a timetable nobody can read",
         set(plan_sheet, "M3", S("Når vi får tid")),
         {{W, "period-unparsed", plan_sheet, "M3"}}},
        {"how long but not when",
         set(plan_sheet, "M3", S("Op mod fem år")),
         {{W, "period-unanchored", plan_sheet, "M3"}}},
        {"ongoing", set(plan_sheet, "M3", S("Løbende")), {}},
        {"an end before the start",
         all(set(plan_sheet, "N2", date(2026, 6, 30)), set(plan_sheet, "O2", date(2025, 8, 1))),
         {{E, "end-before-start", plan_sheet, "O2"}}},
        {"an end before the plan year",
         all(set(plan_sheet, "M2", S("Skoleåret 2023/2024")),
             set(plan_sheet, "N2", date(2023, 8, 1)), set(plan_sheet, "O2", date(2024, 6, 30))),
         {{W, "period-before-plan-year", plan_sheet, "O2"}}},
        {"a text timetable before the plan year",
         set(plan_sheet, "M3", S("Juni 2024")),
         {{W, "period-before-plan-year", plan_sheet, "M3"}}},
        {"a finished action may have ended before the plan year",
         all(set(plan_sheet, "M3", S("Juni 2024")), set(plan_sheet, "P3", S("Afsluttet"))),
         {}},
    });
}

BOOST_AUTO_TEST_CASE(asks_for_a_measurable_goal) {
    using S = std::string;
    run_cases({
        {"a goal without number or indicator",
         set(plan_sheet, "F3", S("Flere elever får en aftale")),
         {{W, "goal-not-measurable", plan_sheet, "F3"}}},
        {"a goal without a number but with an indicator",
         all(set(plan_sheet, "F3", S("Flere elever får en aftale")),
             set(plan_sheet, "E3", S("Andel med uddannelsesaftale ved afslutning af GF2"))),
         {}},
    });
}

// The indicator readings (indicators/series.cpp) report into the same list.
BOOST_AUTO_TEST_CASE(checks_the_indicator_figures) {
    using S = std::string;
    run_cases({
        {"two values for one indicator, group and year",
         all(set(ind_sheet, "A5", S("Frafald 6 mdr. GF2")),
             set(ind_sheet, "D5", S("GF2 uden omvalg")), set(ind_sheet, "E5", 2024.0),
             set(ind_sheet, "F5", 16.9)),
         {{W, "indicator-duplicate", ind_sheet, "F5"}}},
        {"a unit the catalogue contradicts",
         set(ind_sheet, "B4", S("antal")),
         {{W, "unit-mismatch", ind_sheet, ""}}},
        {"a 1-100 figure beside a 1-5 score of the same indicator",
         all(set(ind_sheet, "A5", S("Velbefindende")), set(ind_sheet, "D5", S("GF2")),
             set(ind_sheet, "E5", 2023.0), set(ind_sheet, "F5", 3.9),
             set(ind_sheet, "A6", S("Velbefindende")), set(ind_sheet, "D6", S("GF2")),
             set(ind_sheet, "E6", 2024.0), set(ind_sheet, "F6", 72.0)),
         {{W, "scale-mismatch", ind_sheet, "F6"}}},
        {"only 1-100 figures under the name of a 1-5 score: the catalogue's unit is not used",
         all(set(ind_sheet, "A5", S("Velbefindende")), set(ind_sheet, "D5", S("GF2")),
             set(ind_sheet, "E5", 2024.0), set(ind_sheet, "F5", 72.0)),
         {{W, "indicator-unit-misfit", ind_sheet, "F5"}}},
        {"a wide figure in words",
         set(wide_sheet, "C5", S("ukendt")),
         {{E, "indicator-not-a-number", wide_sheet, "C5"}}},
        {"a wide dash for missing data", set(wide_sheet, "B5", S("–")), {}},
        {"a stated difference that does not add up",
         set(wide_sheet, "E5", S("4,5")),
         {{W, "diff-mismatch", wide_sheet, "E5"}}},
        {"a stated difference within its rounding", set(wide_sheet, "E5", S("4,40")), {}},
    });
}

// Which cell an unknown indicator is reported at is being settled (issue 12): only its code,
// severity and sheet are asserted here.
BOOST_AUTO_TEST_CASE(reports_an_indicator_the_catalogue_does_not_know) {
    using S = std::string;
    auto wb = valid_workbook();
    wb.set(ind_sheet, "A5", S("Kantinens kaffe"));
    wb.set(ind_sheet, "B5", S("%"));
    wb.set(ind_sheet, "C5", S("højere er bedre"));
    wb.set(ind_sheet, "E5", 2024.0);
    wb.set(ind_sheet, "F5", 64.0);
    auto r = validate_workbook(wb);
    BOOST_TEST(found_in(r, false) == expected({{W, "indicator-unknown", ind_sheet, ""}}, false));
    BOOST_TEST(r.deltas.size() == 5u);  // computed from the sheet's unit and polarity
}

BOOST_AUTO_TEST_CASE(follows_the_columns_type_and_range_in_an_edited_schema) {
    // Værdi as a whole number of at most 100: the schema alone decides.
    std::string text = t::read_bytes(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    const std::string value_field =
        R"("name": "value", "title": "Værdi", "title_en": "Value", "type": "number")";
    auto at = text.find(value_field);
    BOOST_TEST_REQUIRE(at != std::string::npos);
    text.replace(at, value_field.size(),
                 R"("name": "value", "title": "Værdi", "title_en": "Value", "type": "integer")");
    const std::string constraint = R"("width": 10, "constraints": {"required": true}})";
    at = text.find(constraint, at);
    BOOST_TEST_REQUIRE(at != std::string::npos);
    text.replace(at, constraint.size(),
                 R"("width": 10, "constraints": {"required": true, "maximum": 100}})");
    auto schema = schema::parse_schema(text, "heltal.json");
    using S = std::string;
    auto whole =
        all(set(ind_sheet, "F2", 9.0), set(ind_sheet, "F3", 10.0), set(ind_sheet, "F4", 16.0));
    run_cases(
        {
            {"decimals in a whole-number column",
             all(whole, set(ind_sheet, "F4", 16.2)),
             {{E, "not-an-integer", ind_sheet, "F4"}}},
            {"above the column's maximum",
             all(whole, set(ind_sheet, "F4", 120.0)),
             // 120 % is no percentage either.
             {{E, "out-of-range", ind_sheet, "F4"}, {W, "scale-mismatch", ind_sheet, "F4"}}},
            {"whole numbers within the range, one as text",
             all(whole, set(ind_sheet, "F4", S("16"))),
             {}},
        },
        schema);
}

BOOST_AUTO_TEST_CASE(reports_its_own_board_workbook_and_checks_nothing_in_it) {
    t::TempDir d;
    auto board = d / "Samlet.xlsx";
    consolidate::consolidate({OPFOLG_TEMPLATES_DIR "/examples"}, board, shipped_schema(),
                             catalogue(), {}, {});
    auto r = validate::validate_file(board, shipped_schema(), catalogue());
    BOOST_TEST(found_in(r) == expected({{W, "board-workbook", "", ""}}));
    BOOST_TEST((r.status == validate::FileReport::Status::ok));
    // A department's workbook is none.
    auto dept = validate_workbook(valid_workbook());
    BOOST_TEST(found_in(dept).count({"warning", "board-workbook", "", ""}) == 0u);
}

// Consolidation adds one code of its own: two workbooks claiming one department.
BOOST_AUTO_TEST_CASE(reports_two_workbooks_claiming_one_department_when_consolidating) {
    t::TempDir d;
    valid_workbook().write(d / "Byg 1.xlsx");
    valid_workbook().write(d / "Byg 2.xlsx");
    auto other = valid_workbook();
    other.set(meta_sheet, "B4", std::string("Handel og kontor"));
    other.write(d / "Handel.xlsx");
    auto r = consolidate::consolidate({d / "Byg 1.xlsx", d / "Byg 2.xlsx", d / "Handel.xlsx"},
                                      d / "Samlet.xlsx", shipped_schema(), catalogue(), {}, {});
    BOOST_TEST_REQUIRE(r.report.files.size() == 3u);
    for (const auto& f : r.report.files) {
        bool byg = f.file.filename() != "Handel.xlsx";
        BOOST_TEST(found_in(f) == (byg ? expected({{W, "duplicate-department", "", ""}}) : Found{}),
                   f.file.filename());
    }
}

BOOST_AUTO_TEST_SUITE_END()
