// SPDX-License-Identifier: MIT
// opfolg rollover in the core: what goes forward, what is closed, what is reported, the
// indicator history and its open year, the board workbook read back, and validation of a
// workbook with continued actions. The department workbooks are written by the template writer
// with filled rows, as a department would have left them.
#include "core/rollover/rollover.h"

#include <atomic>
#include <boost/test/unit_test.hpp>
#include <map>

#include "core/consolidate/board_reader.h"
#include "core/consolidate/consolidate.h"
#include "core/plan/reader.h"
#include "core/util/date.h"
#include "core/util/error.h"
#include "core/validate/validator.h"
#include "core/workbook_template/template_writer.h"
#include "core/xlsx/reader.h"
#include "test_support.h"

using namespace opfolg;

namespace {

using Fields = std::map<std::string, xlsx::CellValue>;

struct Setup {
    schema::Schema schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    indicators::Catalogue catalogue =
        indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    test::TempDir dir;

    // A department's workbook in the template layout with these plan and indicator rows.
    std::filesystem::path workbook(const std::string& file, const std::string& department, int year,
                                   const std::vector<Fields>& plan,
                                   const std::vector<Fields>& indicators = {},
                                   const std::string& contact = "Kvalitetskoordinator Byg") {
        tmpl::TemplateOptions o;
        o.department = department;
        o.year = year;
        o.institution = "Eksempelskolen";
        o.contact = contact;
        auto rows = [&](const char* sheet, const std::vector<Fields>& in) {
            const auto* sh = schema.sheet(sheet);
            tmpl::SheetRows out;
            for (const auto& fields : in) {
                tmpl::SheetRows::Row r;
                r.fields.resize(sh->fields.size());
                for (const auto& [name, v] : fields) r.fields.at(*sh->field_index(name)) = v;
                out.rows.push_back(r);
            }
            return out;
        };
        o.rows["plan"] = rows("plan", plan);
        o.rows["indicators"] = rows("indicators", indicators);
        auto out = dir / file;
        tmpl::write_template(schema, o, out);
        return out;
    }

    std::filesystem::path byg() {
        return workbook(
            "Byg.xlsx", "Byg og anlæg", 2025,
            {{{"id", "BYG-01"},
              {"theme", "GF2 Frafald"},
              {"finding", "Frafaldet steg."},
              {"goal", "Under 8 % i 2026."},
              {"action", "Fraværsopfølgning hver fredag."},
              {"evaluation", "Tallene gennemgås i december."},
              {"responsible", "Uddannelsesleder"},
              {"period", "Skoleåret 2025/2026"},
              {"status", "Ny"}},
             {{"id", "BYG-02"},
              {"theme", "GF2 Frafald"},
              {"finding", "Overgangen er brat."},
              {"goal", "Mindst 82 % i ETU 2026."},
              {"action", "Praktisk opstartsuge."},
              {"evaluation", "Spørgeskema efter ugen."},
              {"responsible", "Faglærerteam"},
              {"start", xlsx::DateTime{serial_from_date({2024, 8, 1}), xlsx::DateTime::Kind::date}},
              {"end", xlsx::DateTime{serial_from_date({2025, 6, 30}), xlsx::DateTime::Kind::date}},
              {"status", "Videreført"}},
             {{"id", "BYG-03"},
              {"theme", "Læreplads"},
              {"finding", "61 % har aftale."},
              {"goal", "70 % i juni 2025."},
              {"action", "Søgeværksteder."},
              {"evaluation", "Målet blev nået: 72 %."},
              {"responsible", "Lærepladskonsulent"},
              {"period", "Juni 2025"},
              {"status", "Afsluttet"}},
             {{"id", "BYG-04"},
              {"theme", "Fysiske rammer"},
              {"finding", "Støj i værkstederne."},
              {"goal", "Score 3,6 i ETU 2026."},
              {"action", "Ny udsugning."},
              {"evaluation", "ETU 2026."},
              {"responsible", "Bygningsservice"},
              {"period", "Løbende"},
              {"status", "Fast drift"}}},
            {{{"indicator", "Frafald 3 mdr. GF2"},
              {"unit", "%"},
              {"polarity", "lavere er bedre"},
              {"group", "GF2 uden omvalg"},
              {"year", 2022.0},
              {"value", 8.0}},
             {{"indicator", "Frafald 3 mdr. GF2"},
              {"unit", "%"},
              {"polarity", "lavere er bedre"},
              {"group", "GF2 uden omvalg"},
              {"year", 2023.0},
              {"value", 8.8}},
             {{"indicator", "Frafald 3 mdr. GF2"},
              {"unit", "%"},
              {"polarity", "lavere er bedre"},
              {"group", "GF2 uden omvalg"},
              {"year", 2024.0},
              {"value", 10.2},
              {"national", 7.3},
              {"target", 8.0}}});
    }

    const schema::SheetSchema& plan() const { return *schema.sheet("plan"); }
    std::string text(const plan::Row& r, const char* field) const {
        return r.fields.at(*plan().field_index(field)).text;
    }
};

const rollover::Action& action(const rollover::Department& d, const std::string& id) {
    for (const auto& a : d.actions)
        if (a.id == id) return a;
    BOOST_FAIL("no action " + id);
    return d.actions.front();
}

std::vector<std::string> codes(const validate::FileReport& f, const std::string& code) {
    std::vector<std::string> cells;
    for (const auto& i : f.issues)
        if (i.code == code) cells.push_back(i.sheet + "!" + i.cell);
    return cells;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(rollover_core, Setup)

BOOST_AUTO_TEST_CASE(unfinished_actions_go_forward_with_their_id_and_status_continued) {
    auto in = byg();
    auto r = rollover::rollover({in}, dir / "2026", schema, catalogue, {});
    BOOST_TEST_REQUIRE(r.departments.size() == 1u);
    const auto& d = r.departments[0];
    BOOST_TEST(d.year == 2026);
    BOOST_TEST(d.written, (d.error ? d.error->en : ""));
    BOOST_TEST(d.output == dir / "2026/Opfølgningsplan 2026 Byg og anlæg.xlsx");
    BOOST_TEST(r.exit_code() == 0);

    auto next = plan::read_department(d.output, schema);
    BOOST_TEST(next.meta.department.text == "Byg og anlæg");
    BOOST_TEST(next.meta.institution.text == "Eksempelskolen");
    BOOST_TEST(next.meta.contact.text == "Kvalitetskoordinator Byg");
    BOOST_TEST(*next.meta.year == 2026);
    auto tables = next.tables_of("plan");
    BOOST_TEST_REQUIRE(tables.size() == 1u);
    const auto& rows = tables[0]->rows;
    BOOST_TEST_REQUIRE(rows.size() == 3u);  // BYG-03 was finished
    const char* ids[] = {"BYG-01", "BYG-02", "BYG-04"};
    const char* evaluations[] = {"Tallene gennemgås i december.", "Spørgeskema efter ugen.",
                                 "ETU 2026."};
    for (std::size_t i = 0; i < 3; ++i) {
        BOOST_TEST(text(rows[i], "id") == ids[i]);
        BOOST_TEST(text(rows[i], "previous_id") == ids[i]);
        BOOST_TEST(text(rows[i], "status") == "Videreføres");
        BOOST_TEST(text(rows[i], "evaluation") == "");
        BOOST_TEST(text(rows[i], "previous_evaluation") == evaluations[i]);
    }
    // Texts, responsible and timetable come along as they were.
    BOOST_TEST(text(rows[0], "action") == "Fraværsopfølgning hver fredag.");
    BOOST_TEST(text(rows[0], "responsible") == "Uddannelsesleder");
    BOOST_TEST(text(rows[0], "period") == "Skoleåret 2025/2026");
    BOOST_TEST(text(rows[1], "end") == "2025-06-30");
}

BOOST_AUTO_TEST_CASE(closed_actions_are_listed_on_their_own_sheet_and_not_read_as_the_plan) {
    auto r = rollover::rollover({byg()}, dir / "2026", schema, catalogue, {});
    const auto& d = r.departments.at(0);
    BOOST_TEST(d.count(rollover::Fate::closed) == 1u);
    BOOST_TEST((action(d, "BYG-03").fate == rollover::Fate::closed));
    auto wb = xlsx::read_workbook(d.output);
    const auto* closed = wb.sheet("Afsluttet sidste år");
    BOOST_TEST_REQUIRE(closed != nullptr);
    std::string all;
    for (const auto& c : closed->cells) all += xlsx::to_text(c.value) + "\n";
    BOOST_TEST(all.find("BYG-03") != std::string::npos, all);
    BOOST_TEST(all.find("Målet blev nået: 72 %.") != std::string::npos, all);
    BOOST_TEST(all.find("Indsatser afsluttet i planen for 2025") != std::string::npos, all);
    BOOST_TEST(!wb.sheet("Ikke videreført"));  // every row was carried or closed
    // The plan reader and validate leave the sheet alone: three actions, no duplicate IDs.
    auto mapped = plan::map_workbook(wb, schema);
    std::size_t rows = 0;
    for (const auto* t : mapped.tables_of("plan")) rows += t->rows.size();
    BOOST_TEST(rows == 3u);
}

BOOST_AUTO_TEST_CASE(rows_without_id_or_with_an_error_value_are_reported_not_guessed) {
    auto in = workbook("Handel.xlsx", "Handel og kontor", 2025,
                       {{{"id", "HK-01"},
                         {"theme", "Frafald"},
                         {"finding", "Frafald 9,4 %."},
                         {"goal", "Under 7 %."},
                         {"action", "Trivselssamtaler."},
                         {"evaluation", "Tal i juni."},
                         {"responsible", "Uddannelseslederen"},
                         {"period", "2025"},
                         {"status", "Ny"}},
                        {{"theme", "Rammer"},
                         {"finding", "Slidte lokaler."},
                         {"goal", "Bedre rammer."},
                         {"action", "Ombygning."},
                         {"evaluation", "ETU."},
                         {"responsible", "Afdelingslederen"},
                         {"period", "Sommeren 2025"},
                         {"status", "Ny"}},
                        {{"id", "HK-03"},
                         {"theme", "Fravær"},
                         {"finding", "Sygefravær."},
                         {"goal", xlsx::ErrorValue{"#REF!"}},
                         {"action", "Samtaler."},
                         {"evaluation", "Tal."},
                         {"responsible", "Lederen"},
                         {"period", "2025"},
                         {"status", "Ny"}}});
    auto r = rollover::rollover({in}, dir / "ud", schema, catalogue, {});
    const auto& d = r.departments.at(0);
    BOOST_TEST(d.written);
    BOOST_TEST(d.count(rollover::Fate::carried) == 1u);
    BOOST_TEST(d.count(rollover::Fate::not_carried) == 2u);
    BOOST_TEST(r.exit_code() == 1);
    const auto& no_id = d.actions.at(1);
    BOOST_TEST((no_id.fate == rollover::Fate::not_carried));
    BOOST_TEST(no_id.code == "no-id");
    BOOST_TEST(no_id.source.sheet == "Opfølgningsplan");
    BOOST_TEST(no_id.source.cell == "B3");  // no ID cell: the row's first cell (Tema)
    const auto& broken = action(d, "HK-03");
    BOOST_TEST(broken.code == "unreadable");
    BOOST_TEST(broken.reason.en.find("F4") != std::string::npos, broken.reason.en);
    BOOST_TEST(broken.reason.en.find("#REF!") != std::string::npos, broken.reason.en);
    // Listed in the workbook with the reason, never among this year's actions.
    auto wb = xlsx::read_workbook(d.output);
    const auto* sheet = wb.sheet("Ikke videreført");
    BOOST_TEST_REQUIRE(sheet != nullptr);
    std::string all;
    for (const auto& c : sheet->cells) all += xlsx::to_text(c.value) + "\n";
    BOOST_TEST(all.find("Slidte lokaler.") != std::string::npos, all);
    BOOST_TEST(all.find("intet ID") != std::string::npos, all);
    BOOST_TEST(all.find("#REF!") != std::string::npos, all);
    auto mapped = plan::map_workbook(wb, schema);
    BOOST_TEST(mapped.tables_of("plan").at(0)->rows.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_finished_action_is_listed_as_closed_with_or_without_an_id) {
    auto in = workbook("X.xlsx", "X", 2025,
                       {{{"theme", "T"},
                         {"action", "Uden ID, men afsluttet"},
                         {"period", "2025"},
                         {"status", "Afsluttet"}},
                        {{"id", "X-2"},
                         {"theme", "T"},
                         {"action", xlsx::ErrorValue{"#N/A"}},
                         {"period", "2025"},
                         {"status", "Gennemført"}}});
    auto r = rollover::rollover({in}, dir / "ud", schema, catalogue, {});
    const auto& d = r.departments.at(0);
    BOOST_TEST(d.count(rollover::Fate::closed) == 2u);
    BOOST_TEST(d.count(rollover::Fate::not_carried) == 0u);
    BOOST_TEST(r.exit_code() == 0);
    BOOST_TEST(d.actions[1].status == "Afsluttet");  // the schema's spelling of "Gennemført"
    auto wb = xlsx::read_workbook(d.output);
    std::string all;
    for (const auto& c : wb.sheet("Afsluttet sidste år")->cells)
        all += xlsx::to_text(c.value) + "\n";
    BOOST_TEST(all.find("Uden ID, men afsluttet") != std::string::npos, all);
    BOOST_TEST(all.find("#N/A") != std::string::npos, all);  // shown as it was, not hidden
}

BOOST_AUTO_TEST_CASE(a_missing_or_unknown_status_goes_forward_with_a_note) {
    auto in = workbook("X.xlsx", "X", 2025,
                       {{{"id", "X-1"}, {"theme", "T"}, {"action", "A"}, {"period", "2025"}},
                        {{"id", "X-2"},
                         {"theme", "T"},
                         {"action", "B"},
                         {"period", "2025"},
                         {"status", "Udskudt"}}});
    auto r = rollover::prepare({in}, dir / "ud", schema, catalogue, {});
    const auto& d = r.departments.at(0);
    BOOST_TEST(d.count(rollover::Fate::carried) == 2u);
    BOOST_TEST(d.actions[0].code == "status-missing");
    BOOST_TEST(d.actions[1].code == "status-unknown");
    BOOST_TEST(d.actions[1].reason.da.find("Udskudt") != std::string::npos);
    BOOST_TEST(!std::filesystem::exists(dir / "ud"));  // prepare writes nothing
}

BOOST_AUTO_TEST_CASE(indicator_history_comes_along_with_the_new_years_cells_open) {
    auto r = rollover::rollover({byg()}, dir / "2026", schema, catalogue, {});
    const auto& d = r.departments.at(0);
    BOOST_TEST(d.indicator_values() == 3u);
    BOOST_TEST(d.open_indicator_rows() == 1u);
    auto wb = xlsx::read_workbook(d.output);
    auto mapped = plan::map_workbook(wb, schema);
    const auto* is = schema.sheet("indicators");
    auto tables = mapped.tables_of("indicators");
    BOOST_TEST_REQUIRE(tables.size() == 1u);
    const auto& rows = tables[0]->rows;
    BOOST_TEST_REQUIRE(rows.size() == 4u);
    auto at = [&](std::size_t r, const char* f) {
        return rows[r].fields[*is->field_index(f)].text;
    };
    BOOST_TEST(at(0, "year") == "2022");
    BOOST_TEST(at(2, "year") == "2024");
    BOOST_TEST(at(2, "value") == "10.2");
    BOOST_TEST(at(2, "national") == "7.3");
    BOOST_TEST(at(2, "target") == "8");
    BOOST_TEST(at(2, "polarity") == "lavere er bedre");
    // 2025's figures are what the plan for 2026 reports: a row for them, left open.
    BOOST_TEST(at(3, "indicator") == "Frafald 3 mdr. GF2");
    BOOST_TEST(at(3, "group") == "GF2 uden omvalg");
    BOOST_TEST(at(3, "year") == "2025");
    BOOST_TEST(at(3, "value") == "");
    BOOST_TEST(at(3, "national") == "");
}

BOOST_AUTO_TEST_CASE(an_existing_workbook_is_refused_without_force_and_replaced_with_it) {
    auto in = byg();
    std::filesystem::create_directories(dir / "2026");
    auto out = dir / "2026/Opfølgningsplan 2026 Byg og anlæg.xlsx";
    test::write_bytes(out, "afdelingens egen plan");
    auto r = rollover::rollover({in}, dir / "2026", schema, catalogue, {});
    BOOST_TEST(!r.departments.at(0).written);
    BOOST_TEST(r.departments.at(0).error_code == "output-exists");
    BOOST_TEST(r.exit_code() == 2);
    BOOST_TEST(test::read_bytes(out) == "afdelingens egen plan");
    rollover::Options force;
    force.force = true;
    auto again = rollover::rollover({in}, dir / "2026", schema, catalogue, force);
    BOOST_TEST(again.departments.at(0).written);
    BOOST_TEST(test::read_bytes(out) != "afdelingens egen plan");
}

BOOST_AUTO_TEST_CASE(plan_year_option_institution_and_refusals_are_decided_per_department) {
    auto in = byg();
    rollover::Options o;
    o.year = 2025;
    auto same = rollover::prepare({in}, dir / "ud", schema, catalogue, o);
    BOOST_TEST(same.departments.at(0).error_code == "year-not-after");
    o.year = 2027;
    o.institution = "Nyskolen";
    auto later = rollover::prepare({in}, dir / "ud", schema, catalogue, o);
    BOOST_TEST(!later.departments.at(0).error);
    BOOST_TEST(later.departments.at(0).institution == "Nyskolen");
    BOOST_TEST(path_utf8(later.departments.at(0).output.filename()) ==
               "Opfølgningsplan 2027 Byg og anlæg.xlsx");
    // Two inputs of one department would write one file twice: the second is reported.
    auto twice = rollover::prepare({in, workbook("Byg kopi.xlsx", "Byg og anlæg", 2025, {})},
                                   dir / "ud", schema, catalogue, {});
    BOOST_TEST(twice.departments.at(1).error_code == "duplicate-department");
    // Inputs are read in name order: "Byg kopi.xlsx" comes first and is the one written.
    BOOST_TEST(twice.departments.at(1).error->da.find("Byg kopi.xlsx") != std::string::npos,
               twice.departments.at(1).error->da);
    // Without a plan year nothing is guessed.
    auto no_year = rollover::prepare({workbook("Uden år.xlsx", "Uden år", 0, {})}, dir / "ud",
                                     schema, catalogue, {});
    BOOST_TEST(no_year.departments.at(0).error_code == "no-plan-year");
}

BOOST_AUTO_TEST_CASE(an_unreadable_input_is_named_and_the_others_still_roll_over) {
    auto good = byg();
    auto bad = dir / "Ødelagt.xlsx";
    test::write_bytes(bad, "ikke en projektmappe");
    auto r = rollover::rollover({good, bad}, dir / "ud", schema, catalogue, {});
    BOOST_TEST_REQUIRE(r.problems.size() == 1u);
    BOOST_TEST(r.problems[0].file == bad);
    BOOST_TEST(r.problems[0].reason.da.find("Ødelagt.xlsx") != std::string::npos,
               r.problems[0].reason.da);
    BOOST_TEST(r.departments.at(0).written);
    BOOST_TEST(r.exit_code() == 2);
}

BOOST_AUTO_TEST_CASE(progress_hears_of_each_workbook_read_and_written_and_cancel_stops_both) {
    auto a = byg();
    auto b = workbook("Handel.xlsx", "Handel og kontor", 2025,
                      {{{"id", "HAN-01"}, {"action", "Mentorordning."}, {"status", "Ny"}}});
    std::vector<std::string> heard;
    Progress p;
    p.report = [&](std::size_t done, std::size_t total, const std::string& what) {
        heard.push_back(std::to_string(done) + "/" + std::to_string(total) + " " + what);
    };
    auto r = rollover::prepare({a, b}, dir / "ud", schema, catalogue, {}, p);
    BOOST_TEST(heard == (std::vector<std::string>{"1/2 Byg.xlsx", "2/2 Handel.xlsx"}),
               boost::test_tools::per_element());
    heard.clear();
    rollover::write(r, schema, {}, p);
    BOOST_TEST(
        heard == (std::vector<std::string>{"1/2 Opfølgningsplan 2026 Byg og anlæg.xlsx",
                                           "2/2 Opfølgningsplan 2026 Handel og kontor.xlsx"}),
        boost::test_tools::per_element());

    // Cancelled while reading: nothing comes back, and the folder is named.
    std::atomic<bool> cancel{true};
    Progress stopped;
    stopped.cancel = &cancel;
    BOOST_CHECK_EXCEPTION(rollover::prepare({a, b}, dir / "ud2", schema, catalogue, {}, stopped),
                          Error, [](const Error& e) { return e.code() == ErrorCode::cancelled; });
    // Cancelled while writing: what is written stays, the rest is reported as not written.
    cancel = false;
    auto half = rollover::prepare({a, b}, dir / "ud2", schema, catalogue, {});
    Progress after_one;
    after_one.cancel = &cancel;
    after_one.report = [&](std::size_t, std::size_t, const std::string&) { cancel = true; };
    rollover::write(half, schema, {}, after_one);
    BOOST_TEST(half.departments.at(0).written);
    BOOST_TEST(!half.departments.at(1).written);
    BOOST_TEST(half.departments.at(1).error_code == "cancelled");
    BOOST_TEST(!std::filesystem::exists(half.departments.at(1).output));
    BOOST_TEST(half.exit_code() == 2);
}

BOOST_AUTO_TEST_CASE(board_workbook_reads_back_rows_contacts_and_every_indicator_year) {
    auto in = byg();
    auto board = dir / "Samlet.xlsx";
    auto c = consolidate::consolidate({in}, board, schema, catalogue, {});
    BOOST_TEST_REQUIRE(c.written);
    auto r = consolidate::read_board_workbook(board, schema);
    BOOST_TEST(r.institution == "Eksempelskolen");
    BOOST_TEST(r.year == 2025);
    BOOST_TEST_REQUIRE(r.report.files.size() == 1u);
    const auto& f = r.report.files[0];
    BOOST_TEST(f.workbook->meta.department.text == "Byg og anlæg");
    BOOST_TEST(f.workbook->meta.contact.text == "Kvalitetskoordinator Byg");
    const auto& rows = f.workbook->tables.at(0).rows;
    BOOST_TEST_REQUIRE(rows.size() == 4u);
    // The board orders a department's actions by theme: Fysiske rammer first.
    BOOST_TEST(text(rows[0], "id") == "BYG-04");
    BOOST_TEST(text(rows[1], "id") == "BYG-01");
    BOOST_TEST(text(rows[1], "responsible") == "Uddannelsesleder");
    BOOST_TEST(rows[1].fields[*plan().field_index("id")].source.cell.row == 2u);  // board row 3
    // Each row says where in the department's workbook the board took it from.
    bool source = false;
    for (const auto& [h, v] : rows[1].extras)
        source = source || (h == "Kilde" && v.text == "Byg.xlsx › Opfølgningsplan!2");
    BOOST_TEST(source);
    BOOST_TEST_REQUIRE(f.deltas.size() == 1u);
    const auto& s = f.deltas[0].series;
    BOOST_TEST((s.polarity == indicators::Polarity::lower));
    BOOST_TEST_REQUIRE(s.points.size() == 3u);
    BOOST_TEST(s.points[0].year == 2022);
    BOOST_TEST(s.points[0].value->value == 8.0);
    BOOST_TEST(s.points[2].national->value == 7.3);
    BOOST_TEST(s.points[2].target->value == 8.0);
}

BOOST_AUTO_TEST_CASE(board_workbook_columns_are_read_by_synonym_after_a_title_changed) {
    auto board = dir / "Samlet.xlsx";
    BOOST_TEST_REQUIRE(consolidate::consolidate({byg()}, board, schema, catalogue, {}).written);
    // Next year the school renames the column; the old title stays a synonym.
    std::string text = test::read_bytes(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    auto replace = [&](const std::string& from, const std::string& to) {
        auto at = text.find(from);
        BOOST_TEST_REQUIRE(at != std::string::npos, from);
        text.replace(at, from.size(), to);
    };
    replace("\"title\": \"Evaluering af effekt\"", "\"title\": \"Effekt og evaluering\"");
    replace("\"synonyms\": [\"Evaluering\", ",
            "\"synonyms\": [\"Evaluering af effekt\", \"Evaluering\", ");
    auto renamed = schema::parse_schema(text, "renamed.json");
    auto r = consolidate::read_board_workbook(board, renamed);
    const auto& rows = r.report.files.at(0).workbook->tables.at(0).rows;
    auto evaluation = *renamed.sheet("plan")->field_index("evaluation");
    BOOST_TEST(rows.at(1).fields[evaluation].text == "Tallene gennemgås i december.");
}

BOOST_AUTO_TEST_CASE(board_workbook_rolls_over_like_the_departments_workbooks) {
    auto in = byg();
    auto board = dir / "Samlet.xlsx";
    BOOST_TEST_REQUIRE(consolidate::consolidate({in}, board, schema, catalogue, {}).written);
    auto r = rollover::rollover({board}, dir / "2026", schema, catalogue, {});
    BOOST_TEST_REQUIRE(r.departments.size() == 1u);
    const auto& d = r.departments[0];
    BOOST_TEST(d.from_board);
    BOOST_TEST(d.written);
    BOOST_TEST(d.count(rollover::Fate::carried) == 3u);
    BOOST_TEST(d.count(rollover::Fate::closed) == 1u);
    BOOST_TEST(d.contact == "Kvalitetskoordinator Byg");
    BOOST_TEST(action(d, "BYG-01").source.origin == "Byg.xlsx › Opfølgningsplan!2");
    BOOST_TEST(action(d, "BYG-01").source.file == board);
    BOOST_TEST(d.indicator_values() == 3u);
    auto next = plan::read_department(d.output, schema);
    BOOST_TEST(next.tables_of("plan").at(0)->rows.size() == 3u);
    BOOST_TEST(next.tables_of("indicators").at(0)->rows.size() == 4u);
}

BOOST_AUTO_TEST_CASE(the_public_board_workbook_is_refused_naming_the_missing_column) {
    auto board = dir / "Offentlig.xlsx";
    consolidate::Options o;
    o.public_version = true;
    BOOST_TEST_REQUIRE(consolidate::consolidate({byg()}, board, schema, catalogue, o).written);
    auto r = rollover::rollover({board}, dir / "ud", schema, catalogue, {});
    BOOST_TEST(r.departments.empty());
    BOOST_TEST_REQUIRE(r.problems.size() == 1u);
    BOOST_TEST(r.problems[0].code == "public-board");
    BOOST_TEST(r.problems[0].reason.da.find("Ansvarlig") != std::string::npos);
    BOOST_TEST(r.exit_code() == 2);
}

BOOST_AUTO_TEST_CASE(validate_asks_a_continued_action_past_its_end_for_a_new_date) {
    auto r = rollover::rollover({byg()}, dir / "2026", schema, catalogue, {});
    auto f = validate::validate_file(r.departments.at(0).output, schema, catalogue);
    // BYG-02 ended 30-06-2025 (row 3, Slut in column O); the plan year is 2026.
    BOOST_TEST(
        (codes(f, "continued-end-passed") == std::vector<std::string>{"Opfølgningsplan!O3"}));
    BOOST_TEST(codes(f, "period-before-plan-year").empty());
    BOOST_TEST(codes(f, "continued-id-changed").empty());
}

BOOST_AUTO_TEST_CASE(validate_reports_a_continued_action_whose_id_changed) {
    auto in = workbook(
        "2026.xlsx", "Byg og anlæg", 2026,
        {{{"id", "BYG-1"},
          {"previous_id", "BYG-01"},
          {"theme", "T"},
          {"period", "2026"},
          {"status", "Videreføres"}},
         {{"previous_id", "BYG-02"}, {"theme", "T"}, {"period", "2026"}, {"status", "Videreføres"}},
         {{"id", "BYG-04"},
          {"previous_id", "BYG-04"},
          {"theme", "T"},
          {"period", "2026"},
          {"status", "Videreføres"}},
         // A new action has no ID of last year: nothing to compare, no warning, and an old end
         // date is the ordinary leftover warning.
         {{"id", "BYG-05"}, {"theme", "T"}, {"period", "Juni 2025"}, {"status", "Ny"}}});
    auto f = validate::validate_file(in, schema, catalogue);
    BOOST_TEST((codes(f, "continued-id-changed") ==
                std::vector<std::string>{"Opfølgningsplan!A2", "Opfølgningsplan!A3"}));
    BOOST_TEST(
        (codes(f, "period-before-plan-year") == std::vector<std::string>{"Opfølgningsplan!M5"}));
    BOOST_TEST(codes(f, "continued-end-passed").empty());
}

BOOST_AUTO_TEST_SUITE_END()
