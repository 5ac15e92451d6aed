// SPDX-License-Identifier: MIT
// `opfolg import` end to end: a Word plan (python-docx) becomes a department workbook that
// `opfolg validate` and `opfolg consolidate` accept; existing workbooks are never overwritten
// without --force; bad documents and bad usage get one clear line and their exit status.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "cli_support.h"

namespace t = opfolg::test;
using nlohmann::json;

namespace {

// A small plan in the template's columns, with a Danish file name.
std::filesystem::path write_plan(const std::filesystem::path& dir, const std::string& name) {
    auto out = dir / name;
    auto r = t::run("/usr/bin/python3 -c " + t::shell_quote(R"(
import sys, docx
d = docx.Document()
d.add_heading("Opfølgningsplan 2025 – Byg og anlæg", level=1)
m = d.add_table(rows=3, cols=2)
for r, (k, v) in enumerate([("Institution", "Eksempelskolen"), ("Afdeling", "Byg og anlæg"), ("Planår", "2025")]):
    m.cell(r, 0).text = k; m.cell(r, 1).text = v
head = ["ID", "Tema", "Resultat/ændringsbehov", "Operationelt mål", "Indsats", "Evaluering af effekt",
        "Ansvarlig", "Tidsplan", "Status"]
rows = [["BYG-01", "GF2 Frafald", "Frafaldet steg til 10,2 % i 2024.", "Under 8 % i 2026.",
         "Fast fraværsopfølgning; kontaktlæreren ringer ved 2. fraværsdag.",
         "Tallene gennemgås i december og juni.", "Uddannelsesleder GF2", "Skoleåret 2025/2026", "Ny"],
        ["BYG-02", "ETU Læringsmiljø", "73 % får tilbagemelding (Altid/Ofte).", "Mindst 78 % i ETU 2025.",
         "Feedback-uger i hvert fag.", "ETU 2025 drøftes på lærermødet i marts.", "Uddannelsesleder GF2",
         "Skoleåret 2025/2026", "Videreføres"]]
t = d.add_table(rows=3, cols=len(head))
for c, h in enumerate(head): t.cell(0, c).text = h
for r, row in enumerate(rows, start=1):
    for c, v in enumerate(row): t.cell(r, c).text = v
d.add_paragraph("Godkendt af afdelingsledelsen.")
d.save(sys.argv[1])
)") + " " + t::quote(out));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(import_cli)

BOOST_AUTO_TEST_CASE(imports_a_word_plan_that_validate_and_consolidate_accept,
                     *t::needs("word", {t::python_docx()})) {
    t::TempDir d;
    auto plan = write_plan(d.path(), "Opfølgningsplan Byg.docx");
    auto folder = d / "Afdelinger i år";
    auto r = t::opfolg("import -o " + t::quote(folder) + " " +
                       t::quote(plan));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.out << r.err);
    BOOST_TEST(r.out.find("2 indsatser") != std::string::npos, r.out);
    BOOST_TEST(r.out.find("Tekst uden for tabeller: 2 afsnit") != std::string::npos, r.out);
    auto workbook = folder / t::u8("Opfølgningsplan Byg.xlsx");
    BOOST_TEST_REQUIRE(std::filesystem::exists(workbook));

    auto v = t::opfolg("validate --format json " + t::quote(workbook));
    BOOST_TEST(v.exit_code == 0, v.out);
    auto report = json::parse(v.out);
    BOOST_TEST(report["files"][0]["department"] == "Byg og anlæg");
    BOOST_TEST(report["files"][0]["errors"] == 0);

    auto board = d / "Samlet.xlsx";
    auto c = t::opfolg("consolidate -o " + t::quote(board) + " " +
                       t::quote(folder));
    BOOST_TEST(c.exit_code == 0, c.out << c.err);
    BOOST_TEST(c.out.find("2 indsatser") != std::string::npos, c.out);
}

BOOST_AUTO_TEST_CASE(never_overwrites_a_workbook_without_force,
                     *t::needs("word", {t::python_docx()})) {
    t::TempDir d;
    auto plan = write_plan(d.path(), "plan.docx");
    auto out = d / "Byg.xlsx";
    t::write_bytes(out, "afdelingens egen fil");
    auto r = t::opfolg("import -o " + t::quote(out) + " " +
                       t::quote(plan));
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("Byg.xlsx") != std::string::npos, r.err);
    BOOST_TEST(r.err.find("--force") != std::string::npos, r.err);
    BOOST_TEST(t::read_bytes(out) == "afdelingens egen fil");
    auto forced = t::opfolg("import --force --department \"Byg & anlæg\" --year 2026 -o " +
                            t::quote(out) + " " + t::quote(plan));
    BOOST_TEST(forced.exit_code == 0, forced.err);
    auto dump = json::parse(t::opfolg("dump --plan " + t::quote(out)).out);
    BOOST_TEST(dump["department"] == "Byg & anlæg");
    BOOST_TEST(dump["plan_year"] == 2026);
}

BOOST_AUTO_TEST_CASE(json_summary_traces_every_row_to_its_table_and_row,
                     *t::needs("word", {t::python_docx()})) {
    t::TempDir d;
    auto plan = write_plan(d.path(), "plan.docx");
    auto r = t::opfolg("import --format json -o " + t::quote((d / "ud")) + " " +
                       t::quote(plan));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto j = json::parse(r.out);
    const auto& f = j["files"][0];
    BOOST_TEST(f["written"] == true);
    BOOST_TEST(f["tables"][0]["use"] == "metadata");
    BOOST_TEST(f["tables"][1]["use"] == "plan");
    BOOST_TEST(f["rows"].size() == 2u);
    BOOST_TEST(f["rows"][1]["table"] == 2);
    BOOST_TEST(f["rows"][1]["row"] == 3);
    BOOST_TEST(f["rows"][1]["workbook_row"] == 3);
    BOOST_TEST(f["outside_tables"]["paragraphs"] == 2);
    BOOST_TEST(j["summary"]["plan_rows"] == 2);
}

BOOST_AUTO_TEST_CASE(a_legacy_doc_gets_one_line_naming_it_in_either_language) {
    t::TempDir d;
    std::string cfb = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    cfb.resize(1024, '\0');
    for (char c : std::string("WordDocument")) cfb += std::string(1, c) + '\0';
    t::write_bytes(d / "gammel plan.docx", cfb);
    for (const char* lang : {"da", "en"}) {
        auto r = t::opfolg(std::string("--lang ") + lang + " import -o " +
                           t::quote((d / "ud")) + " " +
                           t::quote((d / "gammel plan.docx")));
        BOOST_TEST(r.exit_code == 2);
        BOOST_TEST(r.err.find("gammel plan.docx") != std::string::npos, r.err);
        BOOST_TEST(r.err.find(".doc)") != std::string::npos, r.err);
        BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1, r.err);
    }
    BOOST_TEST(!std::filesystem::exists(d / "ud" / "gammel plan.xlsx"));
}

BOOST_AUTO_TEST_CASE(refuses_several_documents_into_one_workbook_as_bad_usage) {
    t::TempDir d;
    auto r = t::opfolg("import -o " + t::quote((d / "en.xlsx")) + " a.docx b.docx");
    BOOST_TEST(r.exit_code == 64);
    BOOST_TEST(r.err.find("mappe") != std::string::npos, r.err);
    auto named = t::opfolg("import --department Byg -o " + t::quote(d.path()) +
                           " a.docx b.docx");
    BOOST_TEST(named.exit_code == 64);
    BOOST_TEST(t::opfolg("import a.docx").exit_code == 64);  // -o is required
}

BOOST_AUTO_TEST_SUITE_END()
