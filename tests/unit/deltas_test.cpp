// SPDX-License-Identifier: MIT
#include "core/indicators/deltas.h"

#include <boost/test/unit_test.hpp>

#include "core/indicators/catalogue.h"
#include "core/util/error.h"

using namespace opfolg;
using namespace opfolg::indicators;

namespace {

Series series(Polarity p, double tolerance, std::vector<std::pair<int, double>> values,
              std::optional<double> national = {}, std::optional<double> target = {}) {
    Series s;
    s.unit = Unit::percent;
    s.polarity = p;
    s.tolerance = tolerance;
    for (auto [y, v] : values) {
        Point pt;
        pt.year = y;
        pt.value = Figure{v, 1, {}};
        s.points.push_back(pt);
    }
    if (national) s.points.back().national = Figure{*national, 1, {}};
    if (target) s.points.back().target = Figure{*target, 0, {}};
    return s;
}

const Catalogue& catalogue() {
    static const Catalogue c = Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    return c;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(deltas)

BOOST_AUTO_TEST_CASE(judges_changes_by_polarity) {
    auto lower = compute(series(Polarity::lower, 0.1, {{2023, 19.8}, {2024, 16.7}}, 9.1));
    BOOST_TEST(*lower->delta == -3.1);
    BOOST_TEST((*lower->assessment == Assessment::improved));
    BOOST_TEST((*lower->vs_national == VsNational::worse));
    BOOST_TEST(*lower->diff_national == 7.6);
    auto higher = compute(series(Polarity::higher, 0.1, {{2023, 19.8}, {2024, 16.7}}, 9.1));
    BOOST_TEST((*higher->assessment == Assessment::worsened));
    BOOST_TEST((*higher->vs_national == VsNational::better));
}

BOOST_AUTO_TEST_CASE(counts_changes_below_the_tolerance_as_unchanged) {
    BOOST_TEST((*compute(series(Polarity::lower, 0.5, {{2023, 7.2}, {2024, 7.5}}))->assessment ==
                Assessment::unchanged));
    BOOST_TEST((*compute(series(Polarity::lower, 0.1, {{2023, 7.2}, {2024, 7.5}}))->assessment ==
                Assessment::worsened));
    BOOST_TEST((*compute(series(Polarity::neutral, 0, {{2023, 1}, {2024, 5}}))->assessment ==
                Assessment::unchanged));
}

BOOST_AUTO_TEST_CASE(computes_no_delta_across_a_gap_year) {
    auto d = compute(series(Polarity::lower, 0.1, {{2022, 8.0}, {2024, 10.2}}));
    BOOST_TEST(!d->delta.has_value());
    BOOST_TEST(!d->previous_year.has_value());
    BOOST_TEST(!d->assessment.has_value());
}

BOOST_AUTO_TEST_CASE(finds_the_trend_over_three_years) {
    BOOST_TEST(
        (*compute(series(Polarity::lower, 0.1, {{2022, 8.0}, {2023, 8.8}, {2024, 10.2}}))->trend ==
         Trend::rising));
    BOOST_TEST(
        (*compute(series(Polarity::lower, 0.1, {{2022, 8.0}, {2023, 7.8}, {2024, 9.2}}))->trend ==
         Trend::mixed));
    BOOST_TEST(
        !compute(series(Polarity::lower, 0.1, {{2023, 8.8}, {2024, 10.2}}))->trend.has_value());
}

BOOST_AUTO_TEST_CASE(checks_targets_by_polarity) {
    BOOST_TEST(*compute(series(Polarity::lower, 0.1, {{2024, 7.9}}, {}, 8.0))->target_met);
    BOOST_TEST(!*compute(series(Polarity::higher, 0.1, {{2024, 61}}, {}, 80.0))->target_met);
}

BOOST_AUTO_TEST_CASE(rounds_at_the_precision_of_the_inputs) {
    BOOST_TEST(round_to(16.7 - 19.8, 1) == -3.1);
    BOOST_TEST(round_to(0.86 * 100 - 0.83 * 100, 0) == 3);
    BOOST_TEST(std::signbit(round_to(-0.00001, 1)) == false);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(indicator_catalogue)

BOOST_AUTO_TEST_CASE(covers_every_indicator_of_the_domain) {
    for (const char* text : {"Frafald 3 mdr. efter uddannelsesstart på GF1",
                             "Frafald 6 mdr. GF1",
                             "Frafald 3 mdr. GF2",
                             "Frafald 6 mdr. GF2",
                             "Fravær",
                             "Gennemførelse",
                             "Overgang fra GF2 til hovedforløb",
                             "Andel med uddannelsesaftale ved afslutning af GF2",
                             "Uddannelsesaftale uge 15",
                             "Egen indsats og motivation",
                             "Læringsmiljø",
                             "Velbefindende",
                             "Fysiske rammer",
                             "Egne evner",
                             "Oplæring",
                             "Samlet elevtrivsel",
                             "Pres og bekymringer",
                             "Andel Altid/Ofte",
                             "Uønsket seksuel opmærksomhed",
                             "Virksomhedernes syn på eleverne",
                             "Samarbejdet med skolen",
                             "VTU samlet tilfredshed",
                             "VTU svarprocent",
                             "Sygefravær",
                             "Fratrådte inden for 1 år",
                             "Ansøgere pr. stillingsopslag",
                             "Frafald GF2 til hovedforløb",
                             "Frafald på hovedforløb",
                             "Frafald eud samlet",
                             "Tilgang til GF2"})
        BOOST_TEST(catalogue().match(text).entry != nullptr, text);
}

BOOST_AUTO_TEST_CASE(knows_each_indicators_polarity_and_unit) {
    BOOST_TEST((catalogue().match("Frafald 3 mdr. GF1").entry->polarity == Polarity::lower));
    BOOST_TEST((catalogue().match("Velbefindende").entry->unit == Unit::score5));
    BOOST_TEST((catalogue().match("Velbefindende").entry->polarity == Polarity::higher));
    BOOST_TEST((catalogue().match("VTU samlet tilfredshed").entry->unit == Unit::score10));
    BOOST_TEST((catalogue().match("Ansøgere pr. stillingsopslag").entry->polarity == Polarity::higher));
    BOOST_TEST((catalogue().match("Sygefravær").entry->polarity == Polarity::lower));
}

BOOST_AUTO_TEST_CASE(matches_titles_that_contain_an_alias) {
    BOOST_TEST(catalogue().match("Tabel 1: Frafald 3 mdr. efter uddannelsesstart på GF1").entry->id ==
               "frafald-gf1-3m");
    BOOST_TEST(catalogue().match("Noget helt andet").entry == nullptr);
}

BOOST_AUTO_TEST_CASE(tells_exact_fuzzy_ambiguous_and_missing_matches_apart) {
    using indicators::MatchKind;
    struct Case {
        const char* label;
        MatchKind kind;
        const char* id;  // "" when no single entry
    };
    for (const auto& c : std::initializer_list<Case>{
             {"frafald 3 MDR. gf1", MatchKind::exact, "frafald-gf1-3m"},
             {"Tabel 1: Frafald 3 mdr. efter uddannelsesstart på GF1", MatchKind::fuzzy,
              "frafald-gf1-3m"},
             // "Læringsmiljø" lies inside the longer alias that also matched: no ambiguity.
             {"Tabel 3: Læringsmiljø Elever der svarer Altid eller Ofte (2024)", MatchKind::fuzzy,
              "etu-andel-altid-ofte"},
             {"Læringsmiljø: faglig hjælp (andel Altid/Ofte)", MatchKind::ambiguous, ""},
             {"Kantinetilfredshed", MatchKind::none, ""},
         }) {
        auto m = catalogue().match(c.label);
        BOOST_TEST_CONTEXT(c.label) {
            BOOST_TEST((m.kind == c.kind));
            BOOST_TEST((m.entry ? m.entry->id : std::string()) == c.id);
            BOOST_TEST(m.candidates.size() == (c.kind == MatchKind::ambiguous ? 2u : 0u));
        }
    }
}

BOOST_AUTO_TEST_CASE(names_the_line_of_a_bad_catalogue_entry) {
    try {
        Catalogue::parse(
            "{\"indicators\": [\n{\"id\": \"a\", \"name\": \"A\"},\n{\"id\": \"b\", \"name\": "
            "\"B\", \"unit\": \"kg\"}\n]}",
            "kat.json");
        BOOST_FAIL("expected an error");
    } catch (const Error& e) {
        BOOST_TEST(e.where() == "linje 3");
    }
}

BOOST_AUTO_TEST_CASE(reads_units_and_polarities_as_sheets_write_them) {
    BOOST_TEST((parse_unit("%") == Unit::percent));
    BOOST_TEST((parse_unit("score 1-5") == Unit::score5));
    BOOST_TEST((parse_unit("1–10") == Unit::score10));
    BOOST_TEST((parse_unit("antal") == Unit::count));
    BOOST_TEST((parse_polarity("lavere er bedre") == Polarity::lower));
    BOOST_TEST((parse_polarity("Højere er bedre") == Polarity::higher));
}

BOOST_AUTO_TEST_SUITE_END()
