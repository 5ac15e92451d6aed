// SPDX-License-Identifier: MIT
// `opfolg deltas` end to end: the seed tables of shared/domain.md in JSON and text, in Danish
// and English, and the exit status with unreadable and invalid inputs.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "cli_support.h"
#include "seed_workbook.h"

namespace t = opfolg::test;
using nlohmann::json;

namespace {

const std::string examples = OPFOLG_EXAMPLES_DIR;

const json* find(const json& all, const std::string& id, const std::string& group) {
    for (const auto& d : all)
        if (d["indicator_id"] == id && d["group"] == group) return &d;
    return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(deltas_cli)

BOOST_AUTO_TEST_CASE(prints_the_seed_tables_as_json) {
    t::TempDir d;
    t::write_seed_workbook(d / "seed.xlsx");
    auto r = t::opfolg("deltas --format json " + t::quote((d / "seed.xlsx")));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    BOOST_TEST(r.err.empty());
    auto all = json::parse(r.out).at("indicators");
    BOOST_TEST(all.size() == 16u);
    struct Row {
        const char* id;
        const char* group;
        json delta, diff_national, assessment, vs_national, trend;
    };
    const Row rows[] = {
        {"frafald-gf1-3m", "Omsorg, sundhed og pædagogik", -3.1, 7.6, "improved", "worse", nullptr},
        {"frafald-gf1-3m", "Kontor, handel og forretningsservice", 2.2, 4.4, "worsened", "worse",
         nullptr},
        {"frafald-gf1-3m", "Teknologi, byggeri og transport", 0.3, 0.5, "worsened", "worse",
         nullptr},
        {"frafald-gf2-3m", "GF2 uden omvalg", 1.4, 2.9, "worsened", "worse", "rising"},
        {"frafald-gf2-6m", "GF2 uden omvalg", nullptr, 5.5, nullptr, "worse", nullptr},
        {"etu-andel-altid-ofte", "Underviserne giver dig faglig hjælp", 3.0, nullptr, "improved",
         nullptr, nullptr},
        {"etu-andel-altid-ofte", "Underviserne overholder aftaler", -1.0, nullptr, "worsened",
         nullptr, nullptr},
        {"etu-andel-altid-ofte", "Underviserne er gode til at forklare", 0.0, nullptr, "unchanged",
         nullptr, nullptr},
        {"fravaer", "GF1", -0.9, 0.6, "improved", "worse", "falling"},
        {"etu-velbefindende", "Alle elever", 0.0, nullptr, "unchanged", nullptr, "flat"},
        {"ansoegere", "Undervisere", 4.0, nullptr, "improved", nullptr, nullptr},
    };
    for (const auto& row : rows) {
        BOOST_TEST_CONTEXT(row.id << " / " << row.group) {
            const json* got = find(all, row.id, row.group);
            BOOST_TEST_REQUIRE(got != nullptr);
            BOOST_TEST((*got)["delta"] == row.delta);
            BOOST_TEST((*got)["diff_national"] == row.diff_national);
            BOOST_TEST((*got)["assessment"] == row.assessment);
            BOOST_TEST((*got)["vs_national"] == row.vs_national);
            BOOST_TEST((*got)["trend"] == row.trend);
        }
    }
    // A previous value of 0: a change, but no percentage of nothing.
    const json* applicants = find(all, "ansoegere", "Undervisere");
    BOOST_TEST((*applicants)["previous_value"] == 0.0);
    BOOST_TEST((*applicants)["relative_change"] == nullptr);
}

BOOST_AUTO_TEST_CASE(prints_the_seed_tables_as_text_in_danish_or_english) {
    t::TempDir d;
    t::write_seed_workbook(d / "seed.xlsx");
    auto file = t::quote((d / "seed.xlsx"));
    auto da = t::opfolg("deltas " + file);
    BOOST_TEST_REQUIRE(da.exit_code == 0, da.err);
    BOOST_TEST(da.out.find("Frafald 3 mdr. GF1 – Omsorg, sundhed og pædagogik          2024    "
                           "16,7 %  ▼ −3,1 procentpoint (forbedret)    landsplan 9,1 %: +7,6 "
                           "procentpoint (dårligere end landsplan)") != std::string::npos,
               da.out);
    BOOST_TEST(da.out.find("Frafald 6 mdr. GF2 – GF2 uden omvalg                       2024    "
                           "16,2 %  intet forrige år") != std::string::npos);
    auto en = t::opfolg("--lang en deltas " + file);
    BOOST_TEST(en.exit_code == 0);
    BOOST_TEST(en.out.find("16.7 %  ▼ −3.1 pp (improved)") != std::string::npos, en.out);
    BOOST_TEST(en.out.find("national 9.1 %: +7.6 pp (worse than national)") != std::string::npos);
    BOOST_TEST(t::opfolg("deltas --lang en " + file).out == en.out);
}

BOOST_AUTO_TEST_CASE(exits_2_for_an_unreadable_file_and_still_prints_the_others) {
    t::TempDir d;
    t::write_seed_workbook(d / "seed.xlsx");
    t::write_bytes(d / "ødelagt.xlsx", "ikke en zip");
    for (const char* format : {"text", "json"}) {
        auto r = t::opfolg(std::string("--lang en deltas --format ") + format + " " +
                           t::quote(d.path()));
        BOOST_TEST(r.exit_code == 2, format);
        BOOST_TEST(r.err.find("ødelagt.xlsx") != std::string::npos, r.err);
        BOOST_TEST(r.err.find("not an Excel workbook") != std::string::npos, r.err);
        BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        BOOST_TEST(r.out.find("Undervisere") != std::string::npos, format);
        BOOST_TEST(r.out.find("ødelagt.xlsx") == std::string::npos, format);
    }
}

BOOST_AUTO_TEST_CASE(exits_1_when_a_workbook_has_errors_and_lists_every_file) {
    auto r = t::opfolg("deltas " + t::shell_quote(examples));
    BOOST_TEST(r.exit_code == 1);  // Handel og kontor lacks two required columns
    for (const char* name :
         {"Opfølgningsplan Byg og anlæg.xlsx", "Opfølgningsplan Handel og kontor.xlsx",
          "Opfølgningsplan Omsorg, sundhed og pædagogik.xlsx"})
        BOOST_TEST(r.out.find(std::string(name) + "\n") != std::string::npos, name);
    BOOST_TEST(t::opfolg("deltas").exit_code == 64);
}

BOOST_AUTO_TEST_SUITE_END()
