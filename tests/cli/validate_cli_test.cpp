// SPDX-License-Identifier: MIT
// `opfolg validate` and `opfolg template` end to end, on workbooks made by openpyxl (the bundled
// examples), by LibreOffice (the examples re-saved) and by our own writer (templates).
#include <boost/test/unit_test.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>
#include <vector>

#include "cli_support.h"

namespace t = opfolg::test;
using nlohmann::json;

namespace {

const std::string examples = OPFOLG_EXAMPLES_DIR;
const std::string byg = examples + "/Opfølgningsplan Byg og anlæg.xlsx";
const std::string handel = examples + "/Opfølgningsplan Handel og kontor.xlsx";
const std::string omsorg = examples + "/Opfølgningsplan Omsorg, sundhed og pædagogik.xlsx";

json validate_json(const std::string& args, int expected_exit) {
    auto r = t::opfolg("validate --format json " + args);
    BOOST_TEST(r.exit_code == expected_exit, r.err);
    return json::parse(r.out);
}

// (sheet, cell, code) of every issue, sorted: what the tests assert, never message wording.
// A multiset, so that two issues at one cell (two missing columns) stay two.
using IssueKeys = std::multiset<std::tuple<std::string, std::string, std::string>>;
IssueKeys issue_keys(const json& file) {
    IssueKeys out;
    for (const auto& i : file["issues"])
        out.insert({i["sheet"].get<std::string>(), i["cell"].get<std::string>(),
                    i["code"].get<std::string>()});
    return out;
}

const json& file_named(const json& report, const std::string& suffix) {
    for (const auto& f : report["files"]) {
        std::string name = f["file"];
        if (name.size() >= suffix.size() &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            return f;
    }
    BOOST_FAIL("no report for " << suffix);
    throw std::logic_error("unreachable");
}

// `opfolg template` for department Byg, plan year 2026, into `dir`.
std::filesystem::path template_for_byg(const t::TempDir& dir) {
    auto out = dir / "skabelon.xlsx";
    BOOST_TEST_REQUIRE(
        t::opfolg("template --department Byg --year 2026 -o " + t::quote(out))
            .exit_code == 0);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(validate_cli)

BOOST_AUTO_TEST_CASE(finds_the_deliberate_defects_in_the_examples_and_nothing_else) {
    auto report = validate_json(t::shell_quote(examples), 1);
    BOOST_TEST(report["summary"]["files"] == 3);
    const auto& b = file_named(report, "Byg og anlæg.xlsx");
    BOOST_TEST(b["status"] == "ok");
    BOOST_TEST(b["issues"].empty());
    BOOST_TEST(b["layout"] == "template");
    const auto& h = file_named(report, "Handel og kontor.xlsx");
    BOOST_TEST(h["status"] == "invalid");
    BOOST_TEST(h["layout"] == "format-a");
    IssueKeys expected = {{"", "", "missing-metadata"},
                          {"Opfølgningsplan", "A3", "missing-column"},  // Evaluering af effekt
                          {"Opfølgningsplan", "A3", "missing-column"},  // Status
                          {"Opfølgningsplan", "B6", "goal-not-measurable"},
                          {"Opfølgningsplan", "B7", "required-empty"},
                          {"Opfølgningsplan", "D8", "period-before-plan-year"}};
    BOOST_TEST((issue_keys(h) == expected));
    BOOST_TEST(h["errors"] == 3);  // two missing columns (evaluation, status) and the empty goal
    const auto& o = file_named(report, "pædagogik.xlsx");
    BOOST_TEST(o["status"] == "ok");
    BOOST_TEST(o["layout"] == "format-b");
    BOOST_TEST((issue_keys(o) == IssueKeys{{"Opfølgningsplan", "D4", "period-unanchored"}}));
    for (const auto& f : report["files"])
        for (const auto& i : f["issues"]) {
            BOOST_TEST(!i["message"].get<std::string>().empty());
            BOOST_TEST(!i["message_en"].get<std::string>().empty());
            BOOST_TEST(i["message"] != i["message_en"]);
        }
}

BOOST_AUTO_TEST_CASE(reports_the_same_issues_for_libreoffice_resaved_examples,
                     *t::needs("libreoffice", {t::soffice()})) {
    t::TempDir d;
    for (const auto& f : {byg, handel, omsorg})
        t::soffice_convert(f, d / "lo", "xlsx:Calc MS Excel 2007 XML", "xlsx");
    auto original = validate_json(t::shell_quote(examples), 1);
    auto resaved = validate_json(t::quote((d / "lo")), 1);
    for (const char* name : {"Byg og anlæg.xlsx", "Handel og kontor.xlsx", "pædagogik.xlsx"})
        BOOST_TEST(
            (issue_keys(file_named(original, name)) == issue_keys(file_named(resaved, name))),
            name);
}

BOOST_AUTO_TEST_CASE(prints_a_report_in_danish_or_english) {
    auto da = t::opfolg("validate " + t::shell_quote(handel));
    BOOST_TEST(da.exit_code == 1);
    BOOST_TEST(da.out.find("FEJL      Opfølgningsplan!B7") != std::string::npos);
    BOOST_TEST(da.out.find("\"Operationelt mål\" skal udfyldes") != std::string::npos);
    auto en = t::opfolg("--lang en validate " + t::shell_quote(handel));
    BOOST_TEST(en.out.find("ERROR     Opfølgningsplan!B7") != std::string::npos);
    BOOST_TEST(en.out.find("must be filled in") != std::string::npos);
    auto after = t::opfolg("validate --lang en " + t::shell_quote(handel));
    BOOST_TEST(after.out == en.out);
}

BOOST_AUTO_TEST_CASE(exits_2_when_an_input_cannot_be_read_and_still_checks_the_rest) {
    t::TempDir d;
    t::write_bytes(d / "tom.xlsx", "");
    auto report =
        validate_json(t::quote((d / "tom.xlsx")) + " " + t::shell_quote(byg), 2);
    const auto& bad = file_named(report, "tom.xlsx");
    BOOST_TEST(bad["status"] == "unreadable");
    BOOST_TEST(bad["error"].get<std::string>().find("tom") != std::string::npos);
    BOOST_TEST(bad["error_code"] == "empty-file");  // the stable name scripts can rely on
    BOOST_TEST(file_named(report, "Byg og anlæg.xlsx")["error_code"] == nullptr);
    BOOST_TEST(file_named(report, "Byg og anlæg.xlsx")["status"] == "ok");
}

BOOST_AUTO_TEST_CASE(skips_and_mentions_excel_lock_files) {
    t::TempDir d;
    std::filesystem::copy_file(t::u8(byg), d / "Byg.xlsx");
    t::write_bytes(d / "~$Byg.xlsx", "lock");
    auto report = validate_json(t::quote(d.path()), 0);
    BOOST_TEST(report["summary"]["files"] == 1);
    BOOST_TEST(report["summary"]["skipped"].size() == 1u);
}

BOOST_AUTO_TEST_CASE(exits_64_without_inputs) { BOOST_TEST(t::opfolg("validate").exit_code == 64); }

BOOST_AUTO_TEST_CASE(names_file_and_line_of_a_broken_schema) {
    t::TempDir d;
    t::write_bytes(d / "skema.json", "{\n  \"sheets\": [\n    oops\n  ]\n}\n");
    auto r = t::opfolg("validate --schema " + t::quote((d / "skema.json")) + " " +
                       t::shell_quote(byg));
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("skema.json: linje 3") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(follows_an_edited_enum_in_the_schema) {
    t::TempDir d;
    std::string schema = t::read_bytes(std::string(OPFOLG_TEMPLATES_DIR) + "/plan-schema.json");
    auto at = schema.find("[\"Ny\", \"Videreføres\"");
    BOOST_TEST_REQUIRE(at != std::string::npos);
    schema.replace(at, 5, "[\"Ny indsats\"");
    // The value's other phrasings follow it (a synonym must name a value of the list).
    auto synonyms = schema.find("\"Ny\": [\"Nyt\", \"Ny indsats\"]");
    BOOST_TEST_REQUIRE(synonyms != std::string::npos);
    schema.replace(synonyms, std::string("\"Ny\": [\"Nyt\", \"Ny indsats\"]").size(),
                   "\"Ny indsats\": [\"Nyt\"]");
    t::write_bytes(d / "skema.json", schema);
    auto report = validate_json(
        "--schema " + t::quote((d / "skema.json")) + " " + t::shell_quote(byg), 1);
    std::size_t enum_errors = 0;
    for (const auto& i : file_named(report, "Byg og anlæg.xlsx")["issues"])
        if (i["code"] == "enum-value" && i["field"] == "status") ++enum_errors;
    BOOST_TEST(enum_errors == 2u);  // BYG-01 and BYG-03 say "Ny"
}

BOOST_AUTO_TEST_CASE(writes_a_feedback_workbook_a_department_can_act_on,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    auto out = d / "Tilbagemelding.xlsx";
    auto r = t::opfolg("validate --report " + t::quote(out) + " " +
                       t::shell_quote(examples));
    BOOST_TEST(r.exit_code == 1);
    auto py = t::run("/usr/bin/python3 -c " + t::shell_quote(R"PY(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "external": [], "rows": []}
for ws in wb:
    for row in ws.iter_rows():
        for c in row:
            if c.hyperlink is not None and c.hyperlink.target:
                out["external"].append(c.hyperlink.target)
ws = wb["Handel og kontor"]
out["header"] = [c.value for c in ws[4]]
out["rows"] = [[c.value for c in r] for r in ws.iter_rows(min_row=5)]
print(json.dumps(out, default=str))
)PY") + " " + t::quote(out));
    BOOST_TEST_REQUIRE(py.exit_code == 0, py.err);
    auto j = json::parse(py.out);
    BOOST_TEST((j["sheets"] == json{"Oversigt", "Byg og anlæg", "Handel og kontor",
                                    "Omsorg, sundhed og pædagogik"}));
    // Every link stays inside the workbook: it still works after the file is e-mailed.
    BOOST_TEST(j["external"].empty(), j["external"].dump());
    BOOST_TEST((j["header"] == json{"Alvor", "Ark", "Celle", "Kolonne", "Problem", "Værdi"}));
    // Columns by the schema's Danish titles, never internal names or codes.
    std::size_t issues = 0;
    std::set<std::string> columns;
    for (const auto& row : j["rows"]) {
        if (!row[0].is_string() || (row[0] != "Fejl" && row[0] != "Advarsel")) continue;
        ++issues;
        if (row[3].is_string()) columns.insert(row[3].get<std::string>());
    }
    BOOST_TEST(issues == 6u);
    for (const char* internal : {"end", "responsible", "status", "id", "period", "start"})
        BOOST_TEST(!columns.count(internal), internal);
    BOOST_TEST(columns.count("Status") + columns.count("Slut") + columns.count("Ansvarlig") > 0u);
}

BOOST_AUTO_TEST_CASE(writes_one_feedback_workbook_per_department) {
    t::TempDir d;
    std::filesystem::create_directories(d / "til afdelingerne");
    auto r =
        t::opfolg("validate --report-dir " + t::quote((d / "til afdelingerne")) +
                  " " + t::shell_quote(examples));
    BOOST_TEST(r.exit_code == 1, r.err);
    std::set<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(d / "til afdelingerne"))
        names.insert(e.path().filename().string());
    BOOST_TEST(
        (names == std::set<std::string>{"Tilbagemelding Byg og anlæg.xlsx",
                                        "Tilbagemelding Handel og kontor.xlsx",
                                        "Tilbagemelding Omsorg, sundhed og pædagogik.xlsx"}));
    auto one = json::parse(
        t::opfolg("dump --format json " +
                  t::quote(
                      (d / "til afdelingerne" / "Tilbagemelding Handel og kontor.xlsx")))
            .out);
    std::vector<std::string> sheets;
    for (const auto& s : one["sheets"]) sheets.push_back(s["name"]);
    BOOST_TEST((sheets == std::vector<std::string>{"Oversigt", "Handel og kontor"}),
               boost::test_tools::per_element());
    // A second run refuses to replace them without --force.
    auto again =
        t::opfolg("validate --report-dir " + t::quote((d / "til afdelingerne")) +
                  " " + t::shell_quote(examples));
    BOOST_TEST(again.exit_code == 2);
    BOOST_TEST(again.err.find("--force") != std::string::npos, again.err);
}

BOOST_AUTO_TEST_CASE(lists_every_file_of_a_folder_that_is_not_a_workbook_with_the_reason) {
    t::TempDir d;
    std::filesystem::copy_file(t::u8(byg), d / "Byg.xlsx");
    t::write_bytes(d / "Handel.xls", "gammel");
    t::write_bytes(d / "Omsorg.ods", "ods");
    t::write_bytes(d / "Tal.csv", "a;b\n");
    t::write_bytes(d / "Noter.txt", "noter");
    auto report = validate_json(t::quote(d.path()), 0);
    BOOST_TEST(report["files"].size() == 1u);
    std::map<std::string, std::string> reasons;
    for (const auto& s : report["summary"]["skipped"]) {
        std::string file = s["file"];
        reasons[std::filesystem::path(file).filename().string()] = s["reason"];
    }
    BOOST_TEST(reasons.size() == 4u);
    BOOST_TEST(reasons["Handel.xls"].find("gem den som .xlsx") != std::string::npos);
    BOOST_TEST(reasons["Omsorg.ods"].find("gem den som .xlsx") != std::string::npos);
    BOOST_TEST(reasons["Tal.csv"].find("gem den som .xlsx") != std::string::npos);
    BOOST_TEST(reasons["Noter.txt"].find("ikke en Excel-projektmappe") != std::string::npos);
    auto text = t::opfolg("validate " + t::quote(d.path()));
    BOOST_TEST(text.out.find("Handel.xls: gammel Excel-projektmappe") != std::string::npos,
               text.out);
}

BOOST_AUTO_TEST_CASE(an_empty_folder_is_an_error) {
    t::TempDir d;
    auto r = t::opfolg("validate " + t::quote(d.path()));
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.out.find("Ingen projektmapper") != std::string::npos, r.out);
}

BOOST_AUTO_TEST_CASE(counts_in_danish_with_the_right_plural) {
    auto one = t::opfolg("validate " + t::shell_quote(byg));
    BOOST_TEST(one.out.find("1 fil:") != std::string::npos, one.out);
    BOOST_TEST(one.out.find("1 filer") == std::string::npos, one.out);
    auto three = t::opfolg("validate " + t::shell_quote(examples));
    BOOST_TEST(three.out.find("3 filer:") != std::string::npos, three.out);
    for (const char* wrong : {"1 advarsler", "1 afdelinger", "1 filer"})
        BOOST_TEST(three.out.find(wrong) == std::string::npos, wrong);
}

BOOST_AUTO_TEST_CASE(says_usage_errors_in_danish_and_in_english_when_asked) {
    struct Case {
        const char* args;
        const char* danish;
    };
    for (const auto& c : std::initializer_list<Case>{
             {"", "angiv en kommando"},
             {"template --department Byg -o x.xlsx", "--year skal angives"},
             {"template --department Byg --year 1999 -o x.xlsx", "ligger ikke mellem"},
             {"validate --format xml x.xlsx", "er ikke en af"},
             {"validate --bogus x.xlsx", "uventet argument"}}) {
        BOOST_TEST_CONTEXT(c.args) {
            auto r = t::opfolg(c.args);
            BOOST_TEST(r.exit_code == 64);
            BOOST_TEST(r.err.find(c.danish) != std::string::npos, r.err);
            BOOST_TEST(r.err.find("opfolg --help") != std::string::npos, r.err);
        }
    }
    auto en = t::opfolg("--lang en template --department Byg -o x.xlsx");
    BOOST_TEST(en.err.find("--year is required") != std::string::npos, en.err);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(template_cli)

BOOST_AUTO_TEST_CASE(writes_a_template_that_reads_back_as_an_empty_valid_plan) {
    t::TempDir d;
    auto out = d / "Skabelon Byg.xlsx";
    auto r = t::opfolg(
        "template --department " + t::shell_quote("Byg og anlæg") + " --year 2026 --institution Eksempelskolen -o " +
        t::quote(out));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto report = validate_json(t::quote(out), 0);
    const auto& f = report["files"][0];
    BOOST_TEST(f["status"] == "ok");
    // An untouched template is no plan yet: one warning says so, nothing else.
    BOOST_TEST_REQUIRE(f["issues"].size() == 1u);
    BOOST_TEST(f["issues"][0]["code"] == "no-actions");
    BOOST_TEST(f["department"] == "Byg og anlæg");
    auto plan = json::parse(t::opfolg("dump --plan " + t::quote(out)).out);
    BOOST_TEST(plan["plan_year"] == 2026);
    BOOST_TEST(plan["institution"] == "Eksempelskolen");
    BOOST_TEST(plan["tables"].size() == 2u);
    for (const auto& tbl : plan["tables"]) BOOST_TEST(tbl["rows"].empty());
}

BOOST_AUTO_TEST_CASE(writes_excel_native_features_that_openpyxl_sees,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    auto out = template_for_byg(d);
    auto py = t::run("/usr/bin/python3 -c " + t::shell_quote(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Opfølgningsplan"]
dv = {}
for v in ws.data_validations.dataValidation:
    dv[str(v.sqref).split(":")[0]] = [v.type, v.formula1, v.promptTitle, v.prompt]
print(json.dumps({
  "sheets": wb.sheetnames,
  "tables": list(ws.tables.keys()),
  "freeze": ws.freeze_panes,
  "landscape": ws.page_setup.orientation,
  "fit_width": [ws.sheet_properties.pageSetUpPr.fitToPage, ws.page_setup.fitToHeight],
  "print_titles": ws.print_title_rows,
  "footer": ws.oddFooter.right.text,
  "headers": [c.value for c in ws[1]],
  "wrap": ws.column_dimensions["D"].width,
  "dv": dv,
  "title": wb.properties.title,
  "subject": wb.properties.subject,
}))
)") + " " + t::quote(out));
    BOOST_TEST_REQUIRE(py.exit_code == 0, py.err);
    auto j = json::parse(py.out);
    BOOST_TEST(
        (j["sheets"] == json{"Vejledning", "Oplysninger", "Opfølgningsplan", "Indikatorer"}));
    BOOST_TEST(j["tables"].size() == 1u);
    BOOST_TEST(j["freeze"] == "A2");
    BOOST_TEST(j["landscape"] == "landscape");
    BOOST_TEST(j["fit_width"] == json({true, 0}));  // fit to one page wide, any number tall
    BOOST_TEST(j["print_titles"] == "$1:$1");
    BOOST_TEST(j["footer"].get<std::string>().find("&P") != std::string::npos);
    BOOST_TEST(j["headers"][0] == "ID");
    BOOST_TEST(j["headers"][15] == "Status");
    BOOST_TEST(j["dv"]["P2"][0] == "list");  // Status dropdown
    BOOST_TEST(j["dv"]["P2"][1].get<std::string>().find("Videreføres") != std::string::npos);
    BOOST_TEST(j["dv"]["C2"][0] == "list");  // Kvalitetsdimension
    BOOST_TEST(j["dv"]["N2"][0] == "date");  // Start
    BOOST_TEST(j["dv"]["N2"][3].get<std::string>().find("Skriv en dato") != std::string::npos);
    BOOST_TEST(j["title"] == "Opfølgningsplan 2026");
    BOOST_TEST(j["subject"] == "Byg");
}

BOOST_AUTO_TEST_CASE(opens_cleanly_in_libreoffice,
                     *t::needs("libreoffice", {t::soffice(), t::pdftotext()})) {
    t::TempDir d;
    auto out = template_for_byg(d);
    auto pdf = t::soffice_convert(out, d / "pdf", "pdf", "pdf");
    // Printed: the guidance with every column and its help, then the empty sheets' headers.
    BOOST_TEST(t::pdf_pages(pdf) >= 2);
    std::string printed = t::pdf_text(pdf);
    for (const char* text :
         {"Opfølgningsplan 2026 – Byg", "Kolonnerne i arket Opfølgningsplan", "Operationelt mål",
          "Evaluering af effekt", "Skoleåret 2025/2026", "Kvalitetsdimension"})
        BOOST_TEST(printed.find(text) != std::string::npos, "not printed: " << text);
    // LibreOffice's own re-save keeps the table and reads back as an empty valid plan.
    auto resaved = t::soffice_convert(out, d / "lo", "xlsx:Calc MS Excel 2007 XML", "xlsx");
    auto report = validate_json(t::quote(resaved), 0);
    // The template leaves the institution blank for the department, and has no actions yet:
    // those two, and nothing else, are said (the help text beside the blank cell is no
    // institution).
    std::set<std::string> codes;
    for (const auto& i : report["files"][0]["issues"])
        codes.insert(i["code"].get<std::string>() + "/" + i["field"].get<std::string>());
    BOOST_TEST((codes == std::set<std::string>{"missing-metadata/institution", "no-actions/"}));
}

BOOST_AUTO_TEST_SUITE_END()
