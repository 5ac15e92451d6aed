// SPDX-License-Identifier: MIT
// What `opfolg deltas` prints, in text and JSON, for the seed tables of shared/domain.md
// (Tabel 1–3) plus a falling and a flat trend and a previous value of 0.
#include "core/indicators/deltas_format.h"

#include <boost/test/unit_test.hpp>
#include <optional>
#include <sstream>

#include "core/indicators/catalogue.h"
#include "core/schema/schema.h"
#include "core/util/error.h"
#include "core/validate/validator.h"
#include "seed_workbook.h"
#include "test_support.h"

using namespace opfolg;
namespace t = opfolg::test;
using nlohmann::json;

namespace {

// The seed workbook's deltas, as `opfolg deltas` computes them.
std::vector<indicators::FileDeltas> seed_deltas(const t::TempDir& d) {
    static const auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    static const auto catalogue =
        indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    auto file = d / "seed.xlsx";
    t::write_seed_workbook(file);
    auto r = validate::validate_file(file, schema, catalogue);
    BOOST_TEST_REQUIRE(r.issues.empty());
    return {{file, r.deltas}};
}

// The printed lines, without the padding some end with.
std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out.push_back(line);
    }
    return out;
}

bool has_line(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

struct Expected {
    const char* id;
    const char* group;
    const char* cell;
    double value;
    std::optional<double> previous, delta, relative, national, diff;
    const char* assessment;  // "" = null
    const char* vs_national;
    const char* trend;
};

std::optional<double> none = std::nullopt;

// Every delta of the seed workbook, in the order printed (indicator id, then group).
// Relative changes are percent of the previous value, to one decimal.
const std::vector<Expected>& expected() {
    static const std::vector<Expected> e = {
        {"ansoegere", "Undervisere", "F35", 4, 0.0, 4.0, none, none, none, "improved", "", ""},
        {"etu-andel-altid-ofte", "Underviserne er gode til at forklare", "F23", 79, 79.0, 0.0, 0.0,
         none, none, "unchanged", "", ""},
        {"etu-andel-altid-ofte", "Underviserne er godt forberedte", "F17", 85, 82.0, 3.0, 3.7, none,
         none, "improved", "", ""},
        {"etu-andel-altid-ofte", "Underviserne giver dig ansvar", "F21", 82, 81.0, 1.0, 1.2, none,
         none, "improved", "", ""},
        {"etu-andel-altid-ofte", "Underviserne giver dig faglig hjælp", "F13", 86, 83.0, 3.0, 3.6,
         none, none, "improved", "", ""},
        {"etu-andel-altid-ofte", "Underviserne giver dig tilbagemelding på din indsats", "F27", 73,
         73.0, 0.0, 0.0, none, none, "unchanged", "", ""},
        {"etu-andel-altid-ofte", "Underviserne opstiller klare mål", "F25", 76, 75.0, 1.0, 1.3,
         none, none, "improved", "", ""},
        {"etu-andel-altid-ofte", "Underviserne overholder aftaler", "F19", 83, 84.0, -1.0, -1.2,
         none, none, "worsened", "", ""},
        {"etu-andel-altid-ofte", "Underviserne respekterer dig", "F15", 86, 85.0, 1.0, 1.2, none,
         none, "improved", "", ""},
        {"etu-velbefindende", "Alle elever", "F33", 3.9, 3.9, 0.0, 0.0, none, none, "unchanged", "",
         "flat"},
        {"frafald-gf1-3m", "Kontor, handel og forretningsservice", "F5", 9.4, 7.2, 2.2, 30.6, 5.0,
         4.4, "worsened", "worse", ""},
        {"frafald-gf1-3m", "Omsorg, sundhed og pædagogik", "F3", 16.7, 19.8, -3.1, -15.7, 9.1, 7.6,
         "improved", "worse", ""},
        {"frafald-gf1-3m", "Teknologi, byggeri og transport", "F7", 7.2, 6.9, 0.3, 4.3, 6.7, 0.5,
         "worsened", "worse", ""},
        {"frafald-gf2-3m", "GF2 uden omvalg", "F10", 10.2, 8.8, 1.4, 15.9, 7.3, 2.9, "worsened",
         "worse", "rising"},
        {"frafald-gf2-6m", "GF2 uden omvalg", "F11", 16.2, none, none, none, 10.7, 5.5, "", "worse",
         ""},
        {"fravaer", "GF1", "F30", 10.1, 11.0, -0.9, -8.2, 9.5, 0.6, "improved", "worse", "falling"},
    };
    return e;
}

json opt(std::optional<double> v) { return v ? json(*v) : json(nullptr); }
json name(const char* s) { return *s ? json(s) : json(nullptr); }

}  // namespace

BOOST_AUTO_TEST_SUITE(deltas_output)

BOOST_AUTO_TEST_CASE(json_holds_every_figure_of_the_seed_tables) {
    t::TempDir d;
    auto files = seed_deltas(d);
    json j = indicators::deltas_json(files);
    const auto& all = j.at("indicators");
    BOOST_TEST_REQUIRE(all.size() == expected().size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& e = expected()[i];
        const auto& got = all[i];
        BOOST_TEST_CONTEXT(e.id << " / " << e.group) {
            BOOST_TEST(got["indicator_id"] == e.id);
            BOOST_TEST(got["group"] == e.group);
            BOOST_TEST(got["file"] == opfolg::path_utf8(d / "seed.xlsx"));
            BOOST_TEST(got["sheet"] == "Indikatorer");
            BOOST_TEST(got["cell"] == e.cell);  // the latest year's value
            BOOST_TEST(got["year"] == 2024);
            BOOST_TEST(got["value"] == e.value);  // exact: 16.7, never 16.700000000000003
            BOOST_TEST(got["previous_year"] == (e.previous ? json(2023) : json(nullptr)));
            BOOST_TEST(got["previous_value"] == opt(e.previous));
            BOOST_TEST(got["delta"] == opt(e.delta));  // exact: -3.1, never -3.0999999
            BOOST_TEST(got["relative_change"] == opt(e.relative));
            BOOST_TEST(got["national"] == opt(e.national));
            BOOST_TEST(got["diff_national"] == opt(e.diff));
            BOOST_TEST(got["assessment"] == name(e.assessment));
            BOOST_TEST(got["vs_national"] == name(e.vs_national));
            BOOST_TEST(got["trend"] == name(e.trend));
            BOOST_TEST(got["target"] == nullptr);
            BOOST_TEST(got["target_met"] == nullptr);
            BOOST_TEST(got["stated_diff"] == nullptr);
        }
    }
    // Units as the catalogue has them, and the unit a delta is measured in.
    BOOST_TEST(all[0]["unit"] == "count");
    BOOST_TEST(all[0]["delta_unit"] == "count");
    BOOST_TEST(all[0]["polarity"] == "higher");
    BOOST_TEST(all[9]["unit"] == "score5");
    BOOST_TEST(all[9]["delta_unit"] == "points");
    BOOST_TEST(all[11]["unit"] == "percent");
    BOOST_TEST(all[11]["delta_unit"] == "pp");
    BOOST_TEST(all[11]["polarity"] == "lower");
    BOOST_TEST(all[11]["indicator"] == "Frafald 3 mdr. GF1");
}

BOOST_AUTO_TEST_CASE(text_shows_change_and_national_level_by_polarity_in_danish) {
    t::TempDir d;
    std::ostringstream out;
    indicators::deltas_text(seed_deltas(d), Lang::da, out);
    auto lines = lines_of(out.str());
    BOOST_TEST_REQUIRE(lines.size() == expected().size() + 2);  // file name, rows, blank line
    BOOST_TEST(lines.front() == "seed.xlsx");
    BOOST_TEST(lines.back() == "");
    for (const char* line : {
             // Tabel 1: lower is better, so −3,1 improved, +2,2 worsened; all worse than national.
             "  Frafald 3 mdr. GF1 – Omsorg, sundhed og pædagogik          2024    16,7 %  ▼ "
             "−3,1 procentpoint (forbedret)    landsplan 9,1 %: +7,6 procentpoint (dårligere "
             "end landsplan)  [katalog: Frafald 3 mdr. GF1]",
             "  Frafald 3 mdr. GF1 – Kontor, handel og forretningsservice  2024     9,4 %  ▲ "
             "+2,2 procentpoint (forværret)    landsplan 5 %: +4,4 procentpoint (dårligere end "
             "landsplan)  [katalog: Frafald 3 mdr. GF1]",
             "  Frafald 3 mdr. GF1 – Teknologi, byggeri og transport       2024     7,2 %  ▲ "
             "+0,3 procentpoint (forværret)    landsplan 6,7 %: +0,5 procentpoint (dårligere "
             "end landsplan)  [katalog: Frafald 3 mdr. GF1]",
             // Tabel 2: no 2023 figure for 6 mdr.
             "  Frafald 3 mdr. GF2 – GF2 uden omvalg                       2024    10,2 %  ▲ "
             "+1,4 procentpoint (forværret)    landsplan 7,3 %: +2,9 procentpoint (dårligere "
             "end landsplan)  [katalog: Frafald 3 mdr. GF2]",
             "  Frafald 6 mdr. GF2 – GF2 uden omvalg                       2024    16,2 %  "
             "intet forrige år                   landsplan 10,7 %: +5,5 procentpoint (dårligere "
             "end landsplan)  [katalog: Frafald 6 mdr. GF2]",
             // Tabel 3: higher is better, 79 → 79 no change; a long name is cut (…).
             "  ETU andel Altid/Ofte – Underviserne overholder aftaler     2024      83 %  ▼ −1 "
             "procentpoint (forværret)        [katalog: ETU andel Altid/Ofte]",
             "  ETU andel Altid/Ofte – Underviserne er gode til at forkla… 2024      79 %  = 0 "
             "procentpoint (uændret)           [katalog: ETU andel Altid/Ofte]",
             "  ETU andel Altid/Ofte – Underviserne giver dig faglig hjælp 2024      86 %  ▲ +3 "
             "procentpoint (forbedret)        [katalog: ETU andel Altid/Ofte]",
             // A falling trend, a flat one on the 1–5 scale, and a previous value of 0.
             "  Fravær – GF1                                               2024    10,1 %  ▼ "
             "−0,9 procentpoint (forbedret)    landsplan 9,5 %: +0,6 procentpoint (dårligere "
             "end landsplan)  [katalog: Fravær]",
             "  ETU Velbefindende – Alle elever                            2024     3,9    = 0 "
             "point (uændret)                  [katalog: ETU Velbefindende]",
             "  Ansøgere pr. stillingsopslag – Undervisere                 2024       4    ▲ +4 "
             "antal (forbedret)               [katalog: Ansøgere pr. stillingsopslag]",
         })
        BOOST_TEST(has_line(lines, line), "not printed: " << line);
}

BOOST_AUTO_TEST_CASE(text_speaks_english_when_asked) {
    t::TempDir d;
    std::ostringstream out;
    indicators::deltas_text(seed_deltas(d), Lang::en, out);
    auto lines = lines_of(out.str());
    for (const char* line : {
             "  Frafald 3 mdr. GF1 – Omsorg, sundhed og pædagogik          2024    16.7 %  ▼ "
             "−3.1 pp (improved)               national 9.1 %: +7.6 pp (worse than national)  "
             "[catalogue: Frafald 3 mdr. GF1]",
             "  Frafald 6 mdr. GF2 – GF2 uden omvalg                       2024    16.2 %  no "
             "previous year                   national 10.7 %: +5.5 pp (worse than national)  "
             "[catalogue: Frafald 6 mdr. GF2]",
             "  ETU Velbefindende – Alle elever                            2024     3.9    = 0 "
             "points (unchanged)               [catalogue: ETU Velbefindende]",
             "  Ansøgere pr. stillingsopslag – Undervisere                 2024       4    ▲ +4 "
             "count (improved)                [catalogue: Ansøgere pr. stillingsopslag]",
         })
        BOOST_TEST(has_line(lines, line), "not printed: " << line);
}

BOOST_AUTO_TEST_CASE(says_when_a_file_holds_no_indicators) {
    std::ostringstream da, en;
    std::vector<indicators::FileDeltas> files = {{"tom.xlsx", {}}};
    indicators::deltas_text(files, Lang::da, da);
    indicators::deltas_text(files, Lang::en, en);
    BOOST_TEST(da.str() == "tom.xlsx\n  Ingen indikatorer fundet.\n\n");
    BOOST_TEST(en.str() == "tom.xlsx\n  No indicators found.\n\n");
    BOOST_TEST(indicators::deltas_json(files) == json({{"indicators", json::array()}}));
}

// Each enum's text in both languages, as workbooks and the GUI show them.
BOOST_AUTO_TEST_CASE(names_assessments_trends_and_units_in_both_languages) {
    using indicators::Assessment;
    using indicators::Trend;
    using indicators::Unit;
    using indicators::VsNational;
    struct Row {
        std::string da, en;
    };
    auto both = [](auto f, auto v) { return Row{f(v, Lang::da), f(v, Lang::en)}; };
    auto check = [](const Row& got, const char* da, const char* en) {
        BOOST_TEST(got.da == da);
        BOOST_TEST(got.en == en);
    };
    check(both(indicators::assessment_text, Assessment::improved), "forbedret", "improved");
    check(both(indicators::assessment_text, Assessment::worsened), "forværret", "worsened");
    check(both(indicators::assessment_text, Assessment::unchanged), "uændret", "unchanged");
    check(both(indicators::vs_national_text, VsNational::better), "bedre end landsplan",
          "better than national");
    check(both(indicators::vs_national_text, VsNational::worse), "dårligere end landsplan",
          "worse than national");
    check(both(indicators::vs_national_text, VsNational::equal), "som landsplan", "as national");
    check(both(indicators::trend_text, Trend::rising), "stigende", "rising");
    check(both(indicators::trend_text, Trend::falling), "faldende", "falling");
    check(both(indicators::trend_text, Trend::flat), "stabil", "flat");
    check(both(indicators::trend_text, Trend::mixed), "svingende", "mixed");
    check(both(indicators::delta_unit_text, Unit::percent), "procentpoint", "pp");
    check(both(indicators::delta_unit_text, Unit::score10), "point", "points");
    check(both(indicators::delta_unit_text, Unit::count), "antal", "count");
    check(both(indicators::delta_unit_text, Unit::unknown), "", "");
}

BOOST_AUTO_TEST_SUITE_END()
