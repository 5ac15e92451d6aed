// SPDX-License-Identifier: MIT
// `opfolg rollover` end to end: this year's board workbook (consolidated from the bundled
// examples and a department workbook openpyxl writes) becomes next year's department workbooks;
// a department fills them in (openpyxl), and validate and consolidate give the continued
// actions with their history and the indicators with theirs. Department workbooks roll over
// directly too; existing outputs, unreadable inputs and rows without an ID are refused or
// reported by name.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <map>
#include <nlohmann/json.hpp>

#include "cli_support.h"

namespace t = opfolg::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string tool =
    "/usr/bin/python3 " + t::shell_quote(OPFOLG_INTEROP_DIR "/rollover_tool.py");

std::string q(const fs::path& p) { return t::quote(p); }

// This year's department workbooks: the three examples and Frisør og kosmetik (openpyxl).
fs::path this_year(const t::TempDir& d) {
    auto dir = d / "2025";
    fs::create_directories(dir);
    for (const auto& e : fs::directory_iterator(OPFOLG_EXAMPLES_DIR))
        if (e.path().extension() == ".xlsx") fs::copy_file(e.path(), dir / e.path().filename());
    auto r = t::run(tool + " department " + q(dir / t::u8("Opfølgningsplan Frisør og kosmetik.xlsx")));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    return dir;
}

const json& department(const json& summary, const std::string& name) {
    for (const auto& d : summary["departments"])
        if (d["department"] == name) return d;
    BOOST_FAIL("no department " + name);
    return summary;
}

json read(const fs::path& file) {
    auto r = t::run(tool + " read " + q(file));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    return json::parse(r.out);
}

// Rows of a sheet (as openpyxl reads them) as objects keyed by the header in `header_row`.
std::vector<json> records(const json& sheet, std::size_t header_row = 0) {
    std::vector<json> out;
    const auto& head = sheet.at(header_row);
    for (std::size_t r = header_row + 1; r < sheet.size(); ++r) {
        json rec = json::object();
        bool any = false;
        for (std::size_t c = 0; c < head.size(); ++c)
            if (head[c].is_string()) {
                rec[head[c].get<std::string>()] = sheet[r][c];
                // Formula cells of the template's empty rows hold "" as their cached result.
                any = any || !(sheet[r][c].is_null() || sheet[r][c] == "");
            }
        if (any) out.push_back(rec);
    }
    return out;
}

std::vector<std::string> issue_codes(const json& file) {
    std::vector<std::string> out;
    for (const auto& i : file["issues"]) out.push_back(i["code"]);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rollover_cli)

BOOST_AUTO_TEST_CASE(board_workbook_round_trips_into_next_years_plan_with_its_history,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    auto board = d / "Opfølgningsplan samlet 2025.xlsx";
    auto c = t::opfolg("consolidate -o " + q(board) + " " + q(this_year(d)));
    BOOST_TEST_REQUIRE(c.exit_code == 0, c.out << c.err);

    // Rollover: the examples in Format A and B have no ID column, so their rows are reported,
    // not guessed (exit 1); everything else is written.
    auto next = d / "2026";
    auto r = t::opfolg("rollover --format json -o " + q(next) + " " + q(board));
    BOOST_TEST(r.exit_code == 1, r.out << r.err);
    auto s = json::parse(r.out);
    BOOST_TEST(s["summary"]["departments"] == 4);
    BOOST_TEST(s["summary"]["written"] == 4);
    const auto& byg = department(s, "Byg og anlæg");
    BOOST_TEST(byg["from_board"] == true);
    BOOST_TEST(byg["last_year"] == 2025);
    BOOST_TEST(byg["year"] == 2026);
    BOOST_TEST(byg["carried"] == 4);
    BOOST_TEST(byg["closed"] == 0);
    BOOST_TEST(byg["contact"] == "Uddannelseschef Byg");
    const auto& fri = department(s, "Frisør og kosmetik");
    BOOST_TEST(fri["carried"] == 2);
    BOOST_TEST(fri["closed"] == 1);
    BOOST_TEST(fri["not_carried"] == 1);
    const auto& handel = department(s, "Handel og kontor");
    BOOST_TEST(handel["carried"] == 0);
    BOOST_TEST(handel["not_carried"] == 4);
    BOOST_TEST(handel["actions"][0]["code"] == "no-id");
    BOOST_TEST(handel["actions"][0]["source"]["sheet"] == "Opfølgningsplan");
    BOOST_TEST(handel["actions"][0]["source"]["origin"] ==
               "Opfølgningsplan Handel og kontor.xlsx › Opfølgningsplan!5");
    // The row not carried is named with where it stands, in the text summary too.
    auto text = t::opfolg("rollover --force -o " + q(next) + " " + q(board));
    BOOST_TEST(text.out.find("IKKE VIDEREFØRT (4): rækken har intet ID") != std::string::npos,
               text.out);
    BOOST_TEST(text.out.find("      Opfølgningsplan samlet 2025.xlsx › Opfølgningsplan!B") !=
                   std::string::npos,
               text.out);

    // Next year's workbook as openpyxl reads it.
    auto byg_file = t::u8(byg["output"].get<std::string>());
    BOOST_TEST(byg_file.filename() == "Opfølgningsplan 2026 Byg og anlæg.xlsx");
    auto wb = read(byg_file);
    auto plan = records(wb["Opfølgningsplan"]);
    BOOST_TEST_REQUIRE(plan.size() == 4u);
    for (const auto& row : plan) {
        BOOST_TEST(row["Status"] == "Videreføres");
        BOOST_TEST(row["Sidste års ID"] == row["ID"]);
        BOOST_TEST(row["Evaluering af effekt"].is_null());
    }
    // The board lists a department's actions by theme; next year's workbook keeps that order.
    auto byg01 =
        std::find_if(plan.begin(), plan.end(), [](const json& p) { return p["ID"] == "BYG-01"; });
    BOOST_TEST_REQUIRE((byg01 != plan.end()));
    BOOST_TEST(
        (*byg01)["Sidste års evaluering"] ==
        "Frafaldstallene efter 3 og 6 mdr. gennemgås på afdelingsmøderne i december og juni.");
    BOOST_TEST((*byg01)["Slut"] == "2026-06-30");
    BOOST_TEST((*byg01)["Ansvarlig"] == "Uddannelsesleder GF2");
    // The read-only columns refuse typing (a text length of 0 to 0).
    bool guarded = false;
    for (const auto& v : wb["validations"]["Opfølgningsplan"])
        guarded = guarded || (v[0].get<std::string>().rfind("Q2:Q", 0) == 0 &&
                              v[1] == "textLength" && v[3] == "0" && v[4] == "0");
    BOOST_TEST(guarded, wb["validations"]["Opfølgningsplan"].dump());
    // Oplysninger: label in A, value in B, as a department fills it in.
    std::map<std::string, json> oplysninger;
    for (const auto& row : wb["Oplysninger"])
        if (row.size() > 1 && row[0].is_string()) oplysninger[row[0]] = row[1];
    BOOST_TEST(oplysninger["Institution"] == "Eksempelskolen", wb["Oplysninger"].dump());
    BOOST_TEST(oplysninger["Afdeling"] == "Byg og anlæg");
    BOOST_TEST(oplysninger["Planår"] == 2026);
    BOOST_TEST(oplysninger["Kontaktperson"] == "Uddannelseschef Byg");
    auto ind = records(wb["Indikatorer"]);
    std::vector<int> years;
    for (const auto& row : ind)
        if (row["Indikator"] == "Frafald 3 mdr. GF2") years.push_back(row["År"]);
    BOOST_TEST((years == std::vector<int>{2022, 2023, 2024, 2025}));
    BOOST_TEST(wb["sheets"].dump().find("Afsluttet sidste år") != std::string::npos);
    auto fri_wb = read(fri["output"].get<std::string>());
    auto closed = records(fri_wb["Afsluttet sidste år"], 3);
    BOOST_TEST_REQUIRE(closed.size() == 1u);
    BOOST_TEST(closed[0]["ID"] == "FRI-01");
    BOOST_TEST(closed[0]["Evaluering af effekt"] == "Fraværet faldt til 8,7 %; målet er nået.");
    auto not_carried = records(fri_wb["Ikke videreført"], 3);
    BOOST_TEST_REQUIRE(not_carried.size() == 1u);
    BOOST_TEST(not_carried[0]["Indsats"] == "Fælles fredagscafé.");

    // Straight after the rollover, validate asks for what the department must write: this
    // year's evaluations and figures, and a new date for the action whose end has passed.
    auto v = t::opfolg("validate --format json " + q(fri["output"].get<std::string>()));
    auto vr = json::parse(v.out);
    auto codes = issue_codes(vr["files"][0]);
    BOOST_TEST(std::count(codes.begin(), codes.end(), "continued-end-passed") == 1);
    BOOST_TEST(std::count(codes.begin(), codes.end(), "required-empty") ==
               3);  // 2 evaluations, 1 figure
    for (const auto& i : vr["files"][0]["issues"])
        if (i["code"] == "continued-end-passed") BOOST_TEST(i["cell"] == "O3");  // FRI-02

    // The departments fill in, validate is content, and next year's board holds the history.
    for (const auto& dep : s["departments"])
        BOOST_TEST_REQUIRE(
            t::run(tool + " fill " + q(dep["output"].get<std::string>())).exit_code == 0);
    auto filled = json::parse(t::opfolg("validate --format json " + q(next)).out);
    for (const auto& f : filled["files"])
        if (f["department"] == "Byg og anlæg" || f["department"] == "Frisør og kosmetik")
            BOOST_TEST(f["errors"] == 0, f.dump());
    auto board26 = d / "Opfølgningsplan samlet 2026.xlsx";
    auto c26 = t::opfolg("consolidate -o " + q(board26) + " " + q(next));
    BOOST_TEST_REQUIRE(c26.exit_code == 0, c26.out << c26.err);
    auto b = read(board26);
    auto rows = records(b["Opfølgningsplan"]);
    std::map<std::string, json> by_id;
    for (const auto& row : rows)
        if (row["ID"].is_string()) by_id[row["ID"]] = row;
    BOOST_TEST(by_id.size() == 6u);  // BYG-01..04, FRI-02, FRI-04
    BOOST_TEST(by_id.count("FRI-01") == 0u);
    BOOST_TEST(by_id["FRI-02"]["Sidste års ID"] == "FRI-02");
    BOOST_TEST(by_id["FRI-02"]["Sidste års evaluering"] == "22 aftaler indtil nu; fortsætter.");
    BOOST_TEST(by_id["FRI-02"]["Evaluering af effekt"] == "Evalueret på afdelingsmødet i juni.");
    BOOST_TEST(by_id["FRI-02"]["Status"] == "Videreføres");
    std::map<int, json> fravaer;
    for (const auto& row : records(b["Indikatorhistorik"]))
        if (row["Afdeling"] == "Frisør og kosmetik") fravaer[row["År"].get<int>()] = row;
    BOOST_TEST_REQUIRE(fravaer.size() == 3u);  // 2023, 2024 and the new 2025
    BOOST_TEST(fravaer[2023]["Værdi"] == 10.5);
    BOOST_TEST(fravaer[2024]["Landsplan"] == 9.1);
    BOOST_TEST(fravaer[2025]["Værdi"] == 9.5);
    BOOST_TEST(fravaer[2025]["Polaritet"] == "lavere er bedre");
}

BOOST_AUTO_TEST_CASE(department_workbooks_roll_over_directly) {
    t::TempDir d;
    auto r = t::opfolg("rollover --year 2026 --institution Nyskolen --format json -o " +
                       q(d / "ud") + " " + t::shell_quote(OPFOLG_EXAMPLES_DIR));
    BOOST_TEST(r.exit_code == 1, r.out << r.err);  // Format A and B rows have no ID
    auto s = json::parse(r.out);
    BOOST_TEST(s["summary"]["written"] == 3);
    const auto& byg = department(s, "Byg og anlæg");
    BOOST_TEST(byg["from_board"] == false);
    BOOST_TEST(byg["carried"] == 4);
    BOOST_TEST(byg["institution"] == "Nyskolen");
    BOOST_TEST(byg["indicator_year"] == 2025);
    BOOST_TEST(byg["actions"][0]["source"]["cell"] == "A2");
    // Indicators in the wide form of Format A come along as long rows.
    const auto& handel = department(s, "Handel og kontor");
    BOOST_TEST(handel["indicator_values"] == 6);
    auto dump =
        json::parse(t::opfolg("dump --plan " + t::shell_quote(byg["output"].get<std::string>())).out);
    BOOST_TEST(dump["institution"] == "Nyskolen");
    BOOST_TEST(dump["plan_year"] == 2026);
}

BOOST_AUTO_TEST_CASE(never_overwrites_next_years_workbooks_without_force) {
    t::TempDir d;
    auto byg = t::shell_quote(OPFOLG_EXAMPLES_DIR "/Opfølgningsplan Byg og anlæg.xlsx");
    auto out = d / "Opfølgningsplan 2026 Byg og anlæg.xlsx";
    t::write_bytes(out, "afdelingen er i gang");
    auto r = t::opfolg("rollover -o " + q(d.path()) + " " + byg);
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("Opfølgningsplan 2026 Byg og anlæg.xlsx") != std::string::npos, r.err);
    BOOST_TEST(r.err.find("--force") != std::string::npos, r.err);
    BOOST_TEST(t::read_bytes(out) == "afdelingen er i gang");
    auto forced = t::opfolg("rollover --force -o " + q(d.path()) + " " + byg);
    BOOST_TEST(forced.exit_code == 0, forced.out << forced.err);
    BOOST_TEST(t::read_bytes(out) != "afdelingen er i gang");
}

BOOST_AUTO_TEST_CASE(an_unreadable_input_is_named_in_either_language) {
    t::TempDir d;
    t::write_bytes(d / "Gammel plan.xlsx", "ikke en zip");
    for (const char* lang : {"da", "en"}) {
        auto r =
            t::opfolg(std::string("--lang ") + lang + " rollover -o " + q(d / lang) + " " +
                      q(d / "Gammel plan.xlsx") + " " +
                      t::shell_quote(OPFOLG_EXAMPLES_DIR "/Opfølgningsplan Byg og anlæg.xlsx"));
        BOOST_TEST(r.exit_code == 2);
        BOOST_TEST(r.err.find("Gammel plan.xlsx") != std::string::npos, r.err);
        BOOST_TEST(fs::exists(d / lang / t::u8("Opfølgningsplan 2026 Byg og anlæg.xlsx")));
        BOOST_TEST(r.out.find(std::string(lang) == "da" ? "videreføres" : "carried on") !=
                       std::string::npos,
                   r.out);
    }
}

BOOST_AUTO_TEST_CASE(a_single_workbook_as_output_or_no_input_is_bad_usage) {
    t::TempDir d;
    BOOST_TEST(t::opfolg("rollover -o " + q(d / "en.xlsx") + " x.xlsx").exit_code == 64);
    BOOST_TEST(t::opfolg("rollover x.xlsx").exit_code == 64);  // -o is required
    BOOST_TEST(t::opfolg("rollover -o " + q(d.path())).exit_code == 64);
    auto empty = t::opfolg("rollover -o " + q(d / "ud") + " " + q(d.path()));
    BOOST_TEST(empty.exit_code == 2);
    BOOST_TEST(empty.err.find("ingen projektmapper") != std::string::npos, empty.err);
}

BOOST_AUTO_TEST_SUITE_END()
