// SPDX-License-Identifier: MIT
// A coordinator's season replayed end to end (issue 17): templates for three departments, filled
// the way people type in Excel (tests/cli/season.py), files saved in other formats beside them,
// validation, feedback per department, consolidation plain, public and strict – and nothing is
// overwritten, leaked or silently dropped on the way.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "cli_support.h"

namespace t = opfolg::test;
using nlohmann::json;

namespace {

// Every string cell of every sheet of a workbook, through our own dump.
std::vector<std::string> texts_of(const std::filesystem::path& workbook) {
    auto r = t::opfolg("dump --format json " + t::quote(workbook));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    std::vector<std::string> out;
    const json dump = json::parse(r.out);  // kept: a range-for over a temporary's member dangles
    for (const auto& sheet : dump["sheets"]) {
        out.push_back(sheet["name"]);
        for (const auto& c : sheet["cells"])
            if (c["value"].is_string()) out.push_back(c["value"]);
    }
    return out;
}

bool holds(const std::vector<std::string>& texts, const std::string& needle) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const std::string& s) { return s.find(needle) != std::string::npos; });
}

struct Season {
    t::TempDir dir;
    std::filesystem::path in = dir / "indkomne planer";
    json typed;

    Season() {
        std::filesystem::create_directories(in);
        for (const char* d : {"Byg", "Handel", "Omsorg"}) {
            auto r = t::opfolg(std::string("template --department ") + d +
                               " --year 2026 --institution Eksempelskolen -o " +
                               t::quote((in / (std::string(d) + ".xlsx"))));
            BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
        }
        auto fill = t::run("/usr/bin/python3 " +
                           t::shell_quote(std::string(OPFOLG_CLI_TEST_DIR) + "/season.py") + " " +
                           t::quote(in));
        BOOST_TEST_REQUIRE(fill.exit_code == 0, fill.err);
        typed = json::parse(fill.out);
        // What else lands in the shared folder: an old .xls, a CSV export, Excel's lock file.
        t::write_bytes(in / t::u8("Økonomi.xls"), std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
        t::write_bytes(in / t::u8("Fravær.csv"), "Afdeling;Fravær\nByg;12,5\n");
        t::write_bytes(in / "~$Byg.xlsx", "lock");
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(coordinators_season)

BOOST_AUTO_TEST_CASE(loses_leaks_and_overwrites_nothing_from_templates_to_the_public_version,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    Season s;

    // Validation finds the typo at its cell, tolerates the rest, and names every other file.
    auto v = json::parse(t::opfolg("validate --format json " + t::quote(s.in)).out);
    BOOST_TEST(v["files"].size() == 3u);
    std::set<std::string> codes;
    for (const auto& f : v["files"])
        for (const auto& i : f["issues"]) codes.insert(i["code"].get<std::string>());
    BOOST_TEST(codes.count("enum-value"));      // "Videreføress"
    BOOST_TEST(codes.count("unknown-column"));  // the leader's remark, kept as a remark
    BOOST_TEST(!codes.count("not-a-date"));     // "1. august 2026" is a date
    BOOST_TEST(!codes.count("no-plan-table"));  // a renamed sheet and a row above the header
    std::set<std::string> skipped;
    for (const auto& sk : v["summary"]["skipped"])
        skipped.insert(std::filesystem::path(sk["file"].get<std::string>()).filename().string());
    BOOST_TEST((skipped == std::set<std::string>{"Økonomi.xls", "Fravær.csv", "~$Byg.xlsx"}));

    // One feedback workbook per department.
    auto fb = s.dir / "tilbagemeldinger";
    std::filesystem::create_directories(fb);
    t::opfolg("validate --report-dir " + t::quote(fb) + " " +
              t::quote(s.in));
    BOOST_TEST(std::distance(std::filesystem::directory_iterator(fb), {}) == 3);

    // The board workbook holds every text every department typed, and names the skipped files.
    auto board = s.dir / "samlet.xlsx";
    auto c = t::opfolg("consolidate -o " + t::quote(board) + " " +
                       t::quote(s.in));
    BOOST_TEST_REQUIRE(c.exit_code == 0, c.err);
    BOOST_TEST(c.out.find("3 afdelinger") != std::string::npos, c.out);
    auto board_texts = texts_of(board);
    BOOST_TEST_REQUIRE(board_texts.size() > 50u);
    for (const auto& [department, kinds] : s.typed.items())
        for (const auto& kind : {"public", "internal"})
            for (const auto& text : kinds[kind])
                BOOST_TEST(holds(board_texts, text), department << ": " << text);
    for (const char* file : {"Økonomi.xls", "Fravær.csv"}) BOOST_TEST(holds(board_texts, file));
    BOOST_TEST(holds(board_texts, "Drøftet på ledermødet"));  // the extra column, as a remark

    // Run again onto the same output: refused, last run's workbook intact.
    auto before = t::read_bytes(board);
    auto again = t::opfolg("consolidate -o " + t::quote(board) + " " +
                           t::quote(s.in));
    BOOST_TEST(again.exit_code == 2);
    BOOST_TEST(t::read_bytes(board) == before);

    // A template made over a filled plan is refused; the plan stays.
    auto byg = t::read_bytes(s.in / "Byg.xlsx");
    auto over = t::opfolg("template --department Byg --year 2026 -o " +
                          t::quote((s.in / "Byg.xlsx")));
    BOOST_TEST(over.exit_code == 2);
    BOOST_TEST(t::read_bytes(s.in / "Byg.xlsx") == byg);

    // The public version: every public text, no internal one, nothing of the quality check.
    auto pub = s.dir / "offentlig.xlsx";
    auto p = t::opfolg("consolidate --public -o " + t::quote(pub) + " " +
                       t::quote(s.in));
    BOOST_TEST_REQUIRE(p.exit_code == 0, p.err);
    auto pub_texts = texts_of(pub);
    for (const auto& [department, kinds] : s.typed.items()) {
        for (const auto& text : kinds["public"])
            BOOST_TEST(holds(pub_texts, text), department << ": " << text);
        for (const auto& text : kinds["internal"])
            BOOST_TEST(!holds(pub_texts, text), department << " leaks: " << text);
    }
    for (const char* internal : {"Validering", "Drøftet på ledermødet", ".xlsx", "Økonomi.xls"})
        BOOST_TEST(!holds(pub_texts, internal), internal);

    // Strict: the department with an error is left out and the run says so.
    auto strict =
        t::opfolg("consolidate --strict -o " + t::quote((s.dir / "streng.xlsx")) +
                  " " + t::quote(s.in));
    BOOST_TEST(strict.exit_code == 1);
    auto strict_texts = texts_of(s.dir / "streng.xlsx");
    BOOST_TEST(!holds(strict_texts, "Trivselssamtaler med alle elever"));
    BOOST_TEST(holds(strict_texts, "Fast fraværsopfølgning hver fredag"));
}

BOOST_AUTO_TEST_SUITE_END()
