// SPDX-License-Identifier: MIT
// `opfolg consolidate` end to end: the board workbook checked by openpyxl and LibreOffice, and
// every rule of issue 5 (inputs untouched, atomic output, strict, public, determinism).
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli_support.h"
#include "core/xlsx/zip_archive.h"

namespace t = opfolg::test;
using nlohmann::json;

namespace {

const std::string examples = OPFOLG_EXAMPLES_DIR;

// Copies the examples into a fresh folder so tests may add files beside them.
void copy_examples(const std::filesystem::path& to) {
    std::filesystem::create_directories(to);
    for (const auto& e : std::filesystem::directory_iterator(examples))
        if (e.path().extension() == ".xlsx")
            std::filesystem::copy_file(e.path(), to / e.path().filename());
}

std::size_t plan_rows_in(const std::filesystem::path& dir) {
    std::size_t n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        if (e.path().extension() != ".xlsx") continue;
        auto j = json::parse(t::opfolg("dump --plan " + t::quote(e.path())).out);
        for (const auto& tbl : j["tables"])
            if (tbl["schema"] == "plan") n += tbl["rows"].size();
    }
    return n;
}

json read_with_openpyxl(const std::filesystem::path& file) {
    auto py = t::run("/usr/bin/python3 -c " + t::shell_quote(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "plan": [], "indicators": [], "cover": []}
ws = wb["Opfølgningsplan"]
rows = list(ws.iter_rows(values_only=True))
out["plan_header"] = list(rows[0])
out["plan"] = [list(r) for r in rows[1:]]
ws = wb["Indikatorer"]
rows = list(ws.iter_rows(values_only=True))
out["indicators"] = [dict(zip(rows[0], r)) for r in rows[1:]]
out["cover"] = [[c for c in r] for r in wb["Forside"].iter_rows(values_only=True)]
out["title"] = wb.properties.title
out["landscape"] = [wb[n].page_setup.orientation for n in wb.sheetnames]
out["print_titles"] = wb["Opfølgningsplan"].print_title_rows
print(json.dumps(out, default=str))
)") + " " + t::quote(file));
    BOOST_TEST_REQUIRE(py.exit_code == 0, py.err);
    return json::parse(py.out);
}

std::string column_of(const json& header, const std::string& name) {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return std::to_string(i);
    return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(consolidate_cli)

BOOST_AUTO_TEST_CASE(consolidates_the_examples_into_a_board_workbook_openpyxl_reads,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    copy_examples(d / "in");
    std::map<std::string, std::string> before;
    for (const auto& e : std::filesystem::directory_iterator(d / "in"))
        before[e.path().string()] = t::sha256_of(e.path());
    auto out = d / "Samlet.xlsx";
    auto r = t::opfolg("consolidate -o " + t::quote(out) + " " +
                       t::quote((d / "in")));
    BOOST_TEST(r.exit_code == 0, r.err);  // Handel og kontor has errors: included and flagged
    BOOST_TEST_REQUIRE(std::filesystem::exists(out));
    for (const auto& [file, sum] : before)
        BOOST_TEST(t::sha256_of(file) == sum, "input modified: " << file);

    auto j = read_with_openpyxl(out);
    BOOST_TEST((j["sheets"] == json{"Forside", "Overblik", "Opfølgningsplan", "Indikatorer",
                                    "Grafer", "Indikatorhistorik", "Validering"}));
    BOOST_TEST(j["plan"].size() == plan_rows_in(d / "in"));
    auto header = j["plan_header"];
    std::size_t afdeling = std::stoul(column_of(header, "Afdeling")),
                kilde = std::stoul(column_of(header, "Kilde"));
    BOOST_TEST(!column_of(header, "Ansvarlig").empty());  // the internal version keeps it
    std::set<std::string> departments;
    for (const auto& row : j["plan"]) {
        BOOST_TEST_REQUIRE(row[afdeling].is_string());
        departments.insert(row[afdeling].get<std::string>());
        std::string source = row[kilde];
        BOOST_TEST(source.find(".xlsx › ") != std::string::npos, source);
        BOOST_TEST(source.find('!') != std::string::npos, source);
    }
    BOOST_TEST((departments == std::set<std::string>{"Byg og anlæg", "Handel og kontor",
                                                     "Omsorg, sundhed og pædagogik"}));
    // Tabel 1 of the seed, as the Handel example carries it: −3.1 pp, improved, 7.6 pp worse than
    // national.
    bool found = false;
    for (const auto& ind : j["indicators"])
        if (ind["Gruppe"] == "Omsorg, sundhed og pædagogik" &&
            ind["Katalog"] == "Frafald 3 mdr. GF1") {
            found = true;
            // As the department wrote it, with the catalogue entry it was matched to beside it.
            BOOST_TEST(ind["Indikator"] == "Frafald 3 mdr. efter uddannelsesstart på GF1");
            BOOST_TEST(ind["Ændring"] == -3.1);
            BOOST_TEST(ind["Forskel til landsplan"] == 7.6);
            BOOST_TEST(ind["Udvikling"] == "forbedret");
            BOOST_TEST(ind["Ift. landsplan"] == "dårligere end landsplan");
        }
    BOOST_TEST(found);
    for (const auto& o : j["landscape"]) BOOST_TEST(o == "landscape");
    BOOST_TEST(j["print_titles"] == "$1:$1");
    BOOST_TEST(j["title"].get<std::string>().find("Opfølgningsplan 2025") == 0u);
    // Native charts, not pictures.
    opfolg::xlsx::ZipArchive zip(out, opfolg::xlsx::ReadLimits{});
    auto charts = std::count_if(zip.names().begin(), zip.names().end(), [](const std::string& n) {
        return n.rfind("xl/charts/chart", 0) == 0;
    });
    BOOST_TEST(charts >= 2);
}

BOOST_AUTO_TEST_CASE(libreoffice_converts_every_sheet_to_pdf_and_csv,
                     *t::needs("libreoffice", {t::soffice(), t::pdftotext()})) {
    t::TempDir d;
    auto out = d / "samlet.xlsx";
    t::opfolg("consolidate -o " + t::quote(out) + " " + t::shell_quote(examples));
    auto pdf = t::soffice_convert(out, d / "pdf", "pdf", "pdf");
    // Every sheet prints as a board paper: the cover, the overview, the plan with its
    // departments and themes, the indicators and the quality check per department, each page
    // with its footer.
    BOOST_TEST(t::pdf_pages(pdf) >= 5);
    std::string printed = t::pdf_text(pdf);
    for (const char* text :
         {"Opfølgningsplan 2025 – Eksempelskolen", "Kildefiler", "Overblik pr. afdeling",
          "Byg og anlæg", "Handel og kontor", "Omsorg, sundhed og", "Fysiske rammer",
          "Frafald 3 mdr. GF1", "forbedret", "Kvalitetskontrol pr. afdeling",
          "Intern version til bestyrelsen", "Side 1 af"})
        BOOST_TEST(printed.find(text) != std::string::npos, "not printed: " << text);
    // All sheets as CSV (LibreOffice ≥ 7.2: sheet number -1 exports each sheet to its own file).
    auto r = t::run("cd " + t::quote(d.path()) +
                    " && soffice --headless --norestore -env:UserInstallation=file://" +
                    (d / ".lo").string() +
                    " --convert-to 'csv:Text - txt - csv "
                    "(StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' samlet.xlsx");
    auto csv = d / "samlet-Opfølgningsplan.csv";
    BOOST_TEST_REQUIRE(std::filesystem::exists(csv), r.out + r.err);
    std::string text = t::read_bytes(csv);
    BOOST_TEST(text.find("Byg og anlæg") != std::string::npos);
    BOOST_TEST(text.find("Kilde") != std::string::npos);
    BOOST_TEST(std::filesystem::exists(d / "samlet-Indikatorer.csv"));
}

BOOST_AUTO_TEST_CASE(refuses_to_write_onto_an_input) {
    t::TempDir d;
    copy_examples(d / "in");
    auto target = d / "in" / t::u8("Opfølgningsplan Byg og anlæg.xlsx");
    auto sum = t::sha256_of(target);
    auto r = t::opfolg("consolidate -o " + t::quote(target) + " " +
                       t::quote((d / "in")));
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("inddatafilerne") != std::string::npos, r.err);
    BOOST_TEST(t::sha256_of(target) == sum);
}

BOOST_AUTO_TEST_CASE(leaves_out_workbooks_with_errors_when_strict,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    auto out = d / "strict.xlsx";
    auto r = t::opfolg("consolidate --strict -o " + t::quote(out) + " " +
                       t::shell_quote(examples));
    BOOST_TEST(r.exit_code == 1);
    auto j = read_with_openpyxl(out);
    std::size_t afdeling = std::stoul(column_of(j["plan_header"], "Afdeling"));
    for (const auto& row : j["plan"]) BOOST_TEST(row[afdeling] != "Handel og kontor");
    bool listed = false;
    for (const auto& row : j["cover"])
        if (row.size() > 4 && row[1] == "Opfølgningsplan Handel og kontor.xlsx" &&
            row[4] == "Udeladt")
            listed = true;
    BOOST_TEST(listed);
}

BOOST_AUTO_TEST_CASE(lists_an_unreadable_workbook_on_the_cover_and_consolidates_the_rest,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    copy_examples(d / "in");
    // An Excel 97–2003 file renamed: an OLE header and a "Workbook" stream name in UTF-16.
    t::write_bytes(d / "in" / "Gammel.xlsx", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") +
                                                 std::string(600, '\0') +
                                                 std::string("W\0o\0r\0k\0b\0o\0o\0k\0", 16));
    t::write_bytes(d / "in" / t::u8("~$Opfølgningsplan Byg og anlæg.xlsx"), "lock");
    auto out = d / "samlet.xlsx";
    auto r = t::opfolg("consolidate -o " + t::quote(out) + " " +
                       t::quote((d / "in")));
    BOOST_TEST(r.exit_code == 2);
    BOOST_TEST(r.err.find("Gammel.xlsx") != std::string::npos);
    auto j = read_with_openpyxl(out);
    bool unreadable = false, lock = false;
    for (const auto& row : j["cover"]) {
        if (row.size() > 7 && row[1] == "Gammel.xlsx" && row[4] == "Kan ikke læses" &&
            row[7].get<std::string>().find(".xls") != std::string::npos)
            unreadable = true;
        if (row.size() > 4 && row[1] == "~$Opfølgningsplan Byg og anlæg.xlsx" &&
            row[4] == "Sprunget over")
            lock = true;
    }
    BOOST_TEST(unreadable);
    BOOST_TEST(lock);
    BOOST_TEST(j["plan"].size() == plan_rows_in(examples));
}

BOOST_AUTO_TEST_CASE(reports_two_workbooks_claiming_one_department) {
    t::TempDir d;
    copy_examples(d / "in");
    std::filesystem::copy_file(t::u8(examples + "/Opfølgningsplan Byg og anlæg.xlsx"),
                               d / "in" / "Byg kopi.xlsx");
    auto out = d / "samlet.xlsx";
    t::opfolg("consolidate -o " + t::quote(out) + " " +
              t::quote((d / "in")));
    auto report = json::parse(t::opfolg("dump --format json " + t::quote(out)).out);
    std::size_t flagged = 0;
    for (const auto& sheet : report["sheets"])
        if (sheet["name"] == "Validering")
            for (const auto& c : sheet["cells"])
                if (c["value"] == "duplicate-department") ++flagged;
    BOOST_TEST(flagged == 2u);
}

BOOST_AUTO_TEST_CASE(skips_its_own_board_workbook_saved_among_the_inputs,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    copy_examples(d / "in");
    auto first = d / "in" / "Samlet 1.xlsx";
    BOOST_TEST_REQUIRE(t::opfolg("consolidate -o " + t::quote(first) + " " +
                                 t::quote((d / "in")))
                           .exit_code == 0);
    auto second = d / "Samlet 2.xlsx";
    auto r = t::opfolg("consolidate -o " + t::quote(second) + " " +
                       t::quote((d / "in")));
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("Samlet 1.xlsx") != std::string::npos);  // mentioned as skipped
    auto j = read_with_openpyxl(second);
    BOOST_TEST(j["plan"].size() == plan_rows_in(examples));
    auto v = nlohmann::json::parse(
        t::opfolg("validate --format json " + t::quote(first)).out);
    BOOST_TEST(v["files"][0]["issues"][0]["code"] == "board-workbook");
}

BOOST_AUTO_TEST_CASE(public_version_leaves_out_internal_columns,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    auto out = d / "offentlig.xlsx";
    t::opfolg("consolidate --public -o " + t::quote(out) + " " +
              t::shell_quote(examples));
    auto j = read_with_openpyxl(out);
    BOOST_TEST(column_of(j["plan_header"], "Ansvarlig").empty());
    BOOST_TEST(!column_of(j["plan_header"], "Indsats").empty());
}

BOOST_AUTO_TEST_CASE(public_version_refuses_a_cpr_number_and_keeps_the_old_output,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    copy_examples(d / "in");
    auto r = t::run("/usr/bin/python3 -c " + t::shell_quote(R"(
import sys, openpyxl
p = sys.argv[1]
wb = openpyxl.load_workbook(p)
wb["Opfølgningsplan"]["G3"] = "Kontakt eleven (CPR 010203-1234) og forældrene"
wb.save(p)
)") + " " + t::quote((d / "in" / t::u8("Opfølgningsplan Byg og anlæg.xlsx"))));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto out = d / "offentlig.xlsx";
    t::write_bytes(out, "forrige version");
    auto c = t::opfolg("consolidate --public --force -o " + t::quote(out) + " " +
                       t::quote((d / "in")));
    BOOST_TEST(c.exit_code == 1);
    BOOST_TEST(c.err.find("Opfølgningsplan!G3") != std::string::npos, c.err);
    BOOST_TEST(c.err.find("CPR") != std::string::npos);
    BOOST_TEST(t::read_bytes(out) == "forrige version");
    // The internal version may carry it (it never leaves the school).
    BOOST_TEST(t::opfolg("consolidate -o " + t::quote((d / "intern.xlsx")) + " " +
                         t::quote((d / "in")))
                   .exit_code == 0);
    BOOST_TEST(std::filesystem::exists(d / "intern.xlsx"));
}

BOOST_AUTO_TEST_CASE(public_version_holds_the_plan_the_indicators_and_the_charts_only) {
    t::TempDir d;
    auto out = d / "offentlig.xlsx";
    auto r = t::opfolg("consolidate --public -o " + t::quote(out) + " " +
                       t::shell_quote(examples));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto dump = json::parse(t::opfolg("dump --format json " + t::quote(out)).out);
    std::vector<std::string> sheets;
    for (const auto& sheet : dump["sheets"]) sheets.push_back(sheet["name"]);
    BOOST_TEST(sheets == (std::vector<std::string>{"Forside", "Overblik", "Opfølgningsplan",
                                                   "Indikatorer", "Grafer"}),
               boost::test_tools::per_element());
    // Nothing internal reaches any cell: file names, checksums, the quality check, sources.
    for (const auto& sheet : dump["sheets"])
        for (const auto& c : sheet["cells"]) {
            if (!c["value"].is_string()) continue;
            std::string v = c["value"];
            BOOST_TEST_CONTEXT(sheet["name"].get<std::string>()
                               << "!" << c["ref"].get<std::string>()) {
                BOOST_TEST(v.find(".xlsx") == std::string::npos, v);
                BOOST_TEST(v != "SHA-256");
                BOOST_TEST(v != "Kilde");
                BOOST_TEST(v != "Fejl");
                BOOST_TEST(v != "Advarsler");
                BOOST_TEST(v != "Ansvarlig");  // an internal field
                BOOST_TEST(v != "Bemærkninger");
            }
        }
}

BOOST_AUTO_TEST_CASE(public_version_refuses_cpr_numbers_in_names_and_indicators,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    copy_examples(d / "in");
    auto r = t::run("/usr/bin/python3 -c " + t::shell_quote(R"PY(
import sys, openpyxl
p = sys.argv[1]
wb = openpyxl.load_workbook(p)
wb["Oplysninger"]["B4"] = "Byg 010203-1234"
wb["Indikatorer"]["A5"] = "Frafald 6 mdr. GF2 (elev 020304-5678)"
wb.save(p)
)PY") + " " + t::quote((d / "in" / t::u8("Opfølgningsplan Byg og anlæg.xlsx"))));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto out = d / "offentlig.xlsx";
    auto c = t::opfolg("consolidate --public -o " + t::quote(out) + " " +
                       t::quote((d / "in")));
    BOOST_TEST(c.exit_code == 1);
    BOOST_TEST(c.err.find("Oplysninger!B4") != std::string::npos, c.err);
    BOOST_TEST(c.err.find("Indikatorer!A5") != std::string::npos, c.err);
    BOOST_TEST(!std::filesystem::exists(out));
}

BOOST_AUTO_TEST_CASE(board_reads_as_a_board_member_reads_it,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    auto out = d / "samlet.xlsx";
    BOOST_TEST_REQUIRE(
        t::opfolg("consolidate -o " + t::quote(out) + " " + t::shell_quote(examples))
            .exit_code == 0);
    auto py = t::run("/usr/bin/python3 -c " + t::shell_quote(R"PY(
import json, sys, openpyxl
from openpyxl.utils import get_column_letter
wb = openpyxl.load_workbook(sys.argv[1])
plan = [c.value for c in wb["Opfølgningsplan"][1]]
over = [c.value for c in wb["Overblik"][3]]
val = [[c.value for c in r] for r in wb["Validering"].iter_rows(max_row=3)]
ind = wb["Indikatorer"]
cut = []
for col in range(1, ind.max_column + 1):
    letter = get_column_letter(col)
    width = ind.column_dimensions[letter].width or 8.43
    for row in range(1, ind.max_row + 1):
        v = ind.cell(row, col).value
        # A wrapped text is not cut off: it takes the lines it needs (the labels do, to fit the
        # printed page). Headers never wrap behind their filter buttons.
        if row > 1 and ind.cell(row, col).alignment.wrap_text:
            continue
        if isinstance(v, str) and len(v) + (3 if row == 1 else 0) > width + 0.5 and len(v) < 45:
            cut.append("%s%d %r (width %.1f)" % (letter, row, v, width))
print(json.dumps({"plan": plan, "overview": over, "validation": val, "cut": cut}, default=str))
)PY") + " " + t::quote(out));
    BOOST_TEST_REQUIRE(py.exit_code == 0, py.err);
    auto j = json::parse(py.out);
    BOOST_TEST(j["plan"][0] == "Afdeling");
    BOOST_TEST(j["plan"][1] == "Tema");
    auto holds = [](const json& row, const char* text) {
        return std::any_of(row.begin(), row.end(), [&](const json& v) { return v == text; });
    };
    for (const char* qc : {"Fejl", "Advarsler", "Påkrævede felter mangler"}) {
        BOOST_TEST(!holds(j["overview"], qc), qc);
        BOOST_TEST(holds(j["validation"][2], qc), qc);
    }
    BOOST_TEST(j["cut"].empty(), j["cut"].dump());
    // Percentage charts start their value axis at 0.
    std::size_t from_zero = 0;
    for (const auto& [name, xml] : t::zip_parts(out))
        if (name.rfind("xl/charts/chart", 0) == 0 &&
            xml.find("<c:min val=\"0\"/>") != std::string::npos)
            ++from_zero;
    BOOST_TEST(from_zero >= 1u);
}

BOOST_AUTO_TEST_CASE(never_overwrites_an_existing_file_unless_forced) {
    t::TempDir d;
    auto board = d / "samlet.xlsx", tmpl = d / "Byg.xlsx", feedback = d / "tilbagemelding.xlsx";
    for (const auto& p : {board, tmpl, feedback}) t::write_bytes(p, "en udfyldt plan");
    const std::string ex = t::shell_quote(examples);
    const std::vector<std::pair<std::string, std::filesystem::path>> commands = {
        {"consolidate -o " + t::quote(board) + " " + ex, board},
        {"template --department Byg --year 2026 -o " + t::quote(tmpl), tmpl},
        {"validate --report " + t::quote(feedback) + " " + ex, feedback}};
    for (const auto& [args, target] : commands) {
        BOOST_TEST_CONTEXT(args) {
            auto r = t::opfolg(args);
            BOOST_TEST(r.exit_code == 2);
            BOOST_TEST(r.err.find("findes allerede") != std::string::npos, r.err);
            BOOST_TEST(r.err.find("--force") != std::string::npos, r.err);
            BOOST_TEST(t::read_bytes(target) == "en udfyldt plan");
            auto forced = t::opfolg(args + " --force");
            BOOST_TEST(forced.exit_code != 2, forced.err);
            BOOST_TEST(t::read_bytes(target).substr(0, 2) == "PK");  // replaced by a workbook
        }
    }
    // No temporary file is left beside the targets.
    std::size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(d.path())) {
        ++files;
        BOOST_TEST(e.path().filename().string().find(".~opfolg") == std::string::npos);
    }
    BOOST_TEST(files == 3u);
}

BOOST_AUTO_TEST_CASE(names_a_missing_output_folder_without_library_noise) {
    t::TempDir d;
    auto missing = d / "findes ikke";
    const std::string ex = t::shell_quote(examples);
    for (const std::string& args :
         {"consolidate -o " + t::quote((missing / "samlet.xlsx")) + " " + ex,
          "template --department Byg --year 2026 -o " +
              t::quote((missing / "Byg.xlsx")),
          "validate --report " + t::quote((missing / "tilbage.xlsx")) + " " + ex}) {
        BOOST_TEST_CONTEXT(args) {
            auto r = t::opfolg(args);
            BOOST_TEST(r.exit_code == 2);
            BOOST_TEST(r.err.find("mappen findes ikke") != std::string::npos, r.err);
            BOOST_TEST(r.err.find(missing.string()) != std::string::npos, r.err);
            BOOST_TEST(r.err.find("[ERROR]") == std::string::npos, r.err);
            BOOST_TEST(r.err.find("workbook_close") == std::string::npos, r.err);
            BOOST_TEST(r.err.find("skrivebeskyttet") == std::string::npos, r.err);
        }
    }
    BOOST_TEST(!std::filesystem::exists(missing));
}

BOOST_AUTO_TEST_CASE(says_when_a_workbooks_plan_year_is_not_the_consolidations) {
    t::TempDir d;
    auto out = d / "samlet.xlsx";
    // The examples are plans for 2025; the board is made for 2026.
    auto r = t::opfolg("consolidate --year 2026 -o " + t::quote(out) + " " +
                       t::shell_quote(examples));
    BOOST_TEST(r.exit_code == 0, r.err);
    BOOST_TEST(r.out.find("planår er 2025, men planen samles for 2026") != std::string::npos,
               r.out);
    auto dump = json::parse(t::opfolg("dump --format json " + t::quote(out)).out);
    std::size_t flagged = 0;
    for (const auto& sheet : dump["sheets"])
        if (sheet["name"] == "Validering")
            for (const auto& c : sheet["cells"])
                if (c["value"] == "year-mismatch") ++flagged;
    BOOST_TEST(flagged == 3u);
    auto same =
        t::opfolg("consolidate --year 2025 -o " + t::quote((d / "2025.xlsx")) + " " +
                  t::shell_quote(examples));
    BOOST_TEST(same.out.find("planår") == std::string::npos, same.out);
}

BOOST_AUTO_TEST_CASE(writes_nothing_when_no_input_can_be_read) {
    t::TempDir d;
    std::filesystem::create_directories(d / "tom");
    std::filesystem::create_directories(d / "ulæselig");
    t::write_bytes(d / "ulæselig" / "Byg.xlsx", "ikke en projektmappe");
    struct Case {
        std::filesystem::path input;
        const char* says;
    };
    for (const auto& c : std::vector<Case>{{d / "findes ikke", "findes ikke"},
                                           {d / "tom", "ingen projektmapper"},
                                           {d / "ulæselig", "kunne læses"}}) {
        BOOST_TEST_CONTEXT(c.input.filename().string()) {
            auto out = d / "samlet.xlsx";
            auto r = t::opfolg("consolidate -o " + t::quote(out) + " " +
                               t::quote(c.input));
            BOOST_TEST(r.exit_code == 2);
            BOOST_TEST(!std::filesystem::exists(out));
            BOOST_TEST(r.err.find(c.says) != std::string::npos, r.err);
            BOOST_TEST(r.err.find("intet skrevet") != std::string::npos, r.err);
            BOOST_TEST(r.out.find("0 afdelinger") == std::string::npos, r.out);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
