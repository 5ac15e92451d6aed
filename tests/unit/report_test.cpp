// SPDX-License-Identifier: MIT
// The validation report as scripts read it (JSON) and as people read it (text): an unreadable
// file carries the stable name of its error code, as the JSON contract promises.
#include <boost/test/unit_test.hpp>
#include <set>
#include <sstream>

#include "core/indicators/catalogue.h"
#include "core/schema/schema.h"
#include "core/util/error.h"
#include "core/validate/feedback_workbook.h"
#include "core/validate/report_format.h"
#include "core/validate/validator.h"
#include "core/xlsx/reader.h"
#include "test_support.h"

using namespace opfolg;
namespace t = opfolg::test;
using nlohmann::json;

namespace {

const schema::Schema& shipped_schema() {
    static const auto s = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    return s;
}
const indicators::Catalogue& catalogue() {
    static const auto c =
        indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    return c;
}

std::string ole_with(const char* stream) {
    std::string bytes = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    bytes.resize(1024, '\0');
    for (const char* p = stream; *p; ++p) bytes += std::string(1, *p) + '\0';
    bytes.resize(2048, '\0');
    return bytes;
}

const json& file_named(const json& report, const std::string& name) {
    for (const auto& f : report["files"])
        if (std::filesystem::path(f["file"].get<std::string>()).filename() == name) return f;
    BOOST_FAIL("no report for " << name);
    throw std::logic_error("unreachable");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(report)

BOOST_AUTO_TEST_CASE(gives_every_error_code_a_distinct_kebab_case_name) {
    std::set<std::string> names;
    const int last = static_cast<int>(ErrorCode::cancelled);
    for (int i = 0; i <= last; ++i) {
        std::string name = error_code_name(static_cast<ErrorCode>(i));
        BOOST_TEST(name != "unknown", i);
        BOOST_TEST(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos,
                   name);
        names.insert(name);
    }
    BOOST_TEST(names.size() == static_cast<std::size_t>(last + 1));
    BOOST_TEST(error_code_name(ErrorCode::zip_bomb) == std::string("zip-bomb"));
    BOOST_TEST(error_code_name(static_cast<ErrorCode>(last + 1)) == std::string("unknown"));
}

BOOST_AUTO_TEST_CASE(names_why_each_unreadable_file_is_unreadable_in_json) {
    t::TempDir d;
    const std::pair<const char*, std::string> files[] = {
        {"tom.xlsx", ""},
        {"tekst.xlsx", "Afdeling;Tema\n"},
        {"gammel.xlsx", ole_with("Workbook")},
        {"hemmelig.xlsx", ole_with("EncryptionInfo")},
        {"afkortet.xlsx", std::string("PK\x03\x04", 4) + std::string(60, 'x')},
    };
    for (const auto& [name, bytes] : files) t::write_bytes(d / name, bytes);
    t::make_zip(d / "calc.xlsx",
                {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", true}});
    auto report =
        validate::validate_paths({d.path(), d / "findes-ikke.xlsx"}, shipped_schema(), catalogue());
    BOOST_TEST(report.exit_code() == 2);
    json j = validate::report_json(report);
    const std::pair<const char*, const char*> expected[] = {
        {"tom.xlsx", "empty-file"},     {"tekst.xlsx", "not-a-workbook"},
        {"gammel.xlsx", "legacy-xls"},  {"hemmelig.xlsx", "encrypted"},
        {"afkortet.xlsx", "truncated"}, {"calc.xlsx", "ods"},
        {"findes-ikke.xlsx", "io"},
    };
    BOOST_TEST(j["files"].size() == std::size(expected));
    BOOST_TEST(j["summary"]["unreadable"] == std::size(expected));
    for (const auto& [name, code] : expected) {
        const auto& f = file_named(j, name);
        BOOST_TEST(f["status"] == "unreadable", name);
        BOOST_TEST(f["error_code"] == code, name);
        BOOST_TEST(!f["error"].get<std::string>().empty(), name);
        BOOST_TEST(!f["error_en"].get<std::string>().empty(), name);
        BOOST_TEST(f["issues"].empty(), name);
        BOOST_TEST(f["department"] == nullptr, name);
    }
}

BOOST_AUTO_TEST_CASE(has_no_error_code_for_a_file_it_could_read) {
    auto report =
        validate::validate_paths({OPFOLG_TEMPLATES_DIR "/examples"}, shipped_schema(), catalogue());
    json j = validate::report_json(report);
    BOOST_TEST_REQUIRE(j["files"].size() == 3u);
    for (const auto& f : j["files"]) {
        BOOST_TEST(f["error_code"] == nullptr);
        BOOST_TEST(f["error"] == nullptr);
        BOOST_TEST(f["status"] != "unreadable");
    }
    BOOST_TEST(j["summary"]["errors"] == 3);
    BOOST_TEST(j["summary"]["warnings"] == 4);
}

BOOST_AUTO_TEST_CASE(prints_an_unreadable_file_and_a_summary_for_people) {
    t::TempDir d;
    t::write_bytes(d / "tom.xlsx", "");
    t::write_bytes(d / "~$låst.xlsx", "lock");
    auto report = validate::validate_paths({d.path(), OPFOLG_TEMPLATES_DIR "/examples"},
                                           shipped_schema(), catalogue());
    std::ostringstream da, en;
    validate::report_text(report, Lang::da, da);
    validate::report_text(report, Lang::en, en);
    BOOST_TEST(
        da.str().find("tom.xlsx\n  KAN IKKE LÆSES  filen er tom (0 byte)\n") != std::string::npos,
        da.str());
    BOOST_TEST(en.str().find("tom.xlsx\n  UNREADABLE  the file is empty (0 bytes)\n") !=
               std::string::npos);
    BOOST_TEST(da.str().find("~$låst.xlsx: låsefil (dokumentet er åbent et sted); springes over\n") !=
               std::string::npos);
    BOOST_TEST(da.str().find("Opfølgningsplan Byg og anlæg.xlsx  (Byg og anlæg)  0 fejl, 0 "
                             "advarsler\n  I orden.\n") != std::string::npos);
    BOOST_TEST(en.str().find("Opfølgningsplan Omsorg, sundhed og pædagogik.xlsx  (Omsorg, "
                             "sundhed og pædagogik)  0 errors, 1 warning\n") != std::string::npos);
    BOOST_TEST(da.str().find("4 filer: 2 i orden, 1 med fejl, 1 kan ikke læses. I alt 3 fejl og "
                             "4 advarsler.\n") != std::string::npos);
    BOOST_TEST(en.str().find("4 files: 2 OK, 1 with errors, 1 unreadable. 3 errors and 4 "
                             "warnings in all.\n") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(feedback_workbook)

namespace {

// Every text of a sheet, each as often as a cell holds it.
std::multiset<std::string> texts_of(const xlsx::Sheet& s) {
    std::multiset<std::string> out;
    for (const auto& c : s.cells) out.insert(xlsx::to_text(c.value));
    return out;
}

}  // namespace

// One summary sheet and one sheet per file: an unreadable file says why, a file with issues
// lists each of them under its sheet, a clean file thanks the department; in English on
// request, with sheet names Excel accepts (at most 31 characters, none of []:*?/\).
// A file name with characters a sheet name may not hold. Windows file names cannot hold ':',
// '*' or '?' either; there the brackets alone.
#if defined(_WIN32)
const std::string awkward_name = "Afdeling [gammel] Fag.xlsx";
#else
const std::string awkward_name = "Afdeling [gammel]: Fag*Kursus?.xlsx";
#endif

BOOST_AUTO_TEST_CASE(gives_each_file_a_sheet_with_its_issues_in_either_language) {
    t::TempDir d;
    std::filesystem::create_directory(d / "in");
    for (const char* name :
         {"Opfølgningsplan Handel og kontor.xlsx", "Opfølgningsplan Byg og anlæg.xlsx"})
        std::filesystem::copy_file(t::u8(std::string(OPFOLG_TEMPLATES_DIR "/examples/") + name),
                                   d / (std::string("in/") + name));
    t::write_bytes(d / ("in/" + awkward_name), "");
    auto report = validate::validate_paths({d / "in"}, shipped_schema(), catalogue());
    const auto& handel_report = report.files.at(2);
    BOOST_TEST_REQUIRE(path_utf8(handel_report.file.filename()) ==
                       "Opfølgningsplan Handel og kontor.xlsx");
    for (Lang lang : {Lang::da, Lang::en}) {
        bool da = lang == Lang::da;
        auto out = d / (da ? "Tilbagemelding.xlsx" : "Feedback.xlsx");
        validate::write_feedback_workbook(report, shipped_schema(), out, lang);
        auto wb = xlsx::read_workbook(out);
        std::vector<std::string> names;
        for (const auto& s : wb.sheets) names.push_back(s.name);
        BOOST_TEST_REQUIRE(names.size() == 4u);
        BOOST_TEST(names[0] == (da ? "Oversigt" : "Summary"));
        for (const auto& n : names) {
            BOOST_TEST(n.find_first_of("[]:*?/\\") == std::string::npos, n);
            BOOST_TEST(n.size() <= 31u, n);
        }
        auto summary = texts_of(wb.sheets[0]);
        BOOST_TEST(summary.count(awkward_name) == 1u);
        BOOST_TEST(summary.count(da ? "Kan ikke læses" : "Unreadable") == 1u);
        BOOST_TEST(summary.count(da ? "I orden" : "OK") == 1u);
        BOOST_TEST(summary.count(da ? "Har fejl" : "Has errors") == 1u);
        auto unreadable = texts_of(wb.sheets[1]);
        BOOST_TEST(unreadable.count(da ? "Kan ikke læses: filen er tom (0 byte)"
                                       : "Cannot be read: the file is empty (0 bytes)") == 1u);
        BOOST_TEST(texts_of(wb.sheets[2]).count(da ? "Ingen bemærkninger – tak!"
                                                   : "No remarks – thank you!") == 1u);
        // Handel og kontor: every issue once, under its sheet, with its severity and cell.
        auto handel = texts_of(wb.sheets[3]);
        BOOST_TEST(handel.count(da ? "Projektmappen som helhed" : "The workbook as a whole") ==
                   1u);
        BOOST_TEST(handel.count(da ? "Ark: Opfølgningsplan" : "Sheet: Opfølgningsplan") == 1u);
        BOOST_TEST(handel.count(da ? "Fejl" : "Error") ==
                   handel_report.count(Severity::error));
        BOOST_TEST(handel.count(da ? "Advarsel" : "Warning") ==
                   handel_report.count(Severity::warning));
        for (const auto& i : handel_report.issues) {
            BOOST_TEST(handel.count(i.message.in(lang)) >= 1u, i.code);
            if (!i.cell.empty()) BOOST_TEST(handel.count(i.cell) >= 1u, i.cell);
        }
        BOOST_TEST(handel.count("A3") == 2u);  // two missing columns, two rows
    }
}

BOOST_AUTO_TEST_CASE(refuses_to_overwrite_a_workbook_it_reports_on) {
    t::TempDir d;
    auto input = d / "Opfølgningsplan Byg og anlæg.xlsx";
    std::filesystem::copy_file(
        t::u8(OPFOLG_TEMPLATES_DIR "/examples/Opfølgningsplan Byg og anlæg.xlsx"), input);
    auto before = t::sha256_of(input);
    auto report = validate::validate_paths({input}, shipped_schema(), catalogue());
    for (auto existing : {xlsx::Existing::refuse, xlsx::Existing::replace}) {
        try {
            validate::write_feedback_workbook(report, shipped_schema(), input, Lang::da,
                                              existing);
            BOOST_FAIL("expected a refusal");
        } catch (const Error& e) {
            BOOST_TEST((e.code() == ErrorCode::output_is_input));
        }
    }
    BOOST_TEST(t::sha256_of(input) == before);
}

BOOST_AUTO_TEST_SUITE_END()
