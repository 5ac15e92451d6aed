// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>
#include <map>
#include <set>

#include "core/indicators/deltas.h"
#include "core/indicators/series.h"
#include "core/plan/reader.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/writer.h"
#include "test_support.h"

using namespace opfolg;
using opfolg::test::TempDir;

namespace {

struct Fixture {
    schema::Schema schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    indicators::Catalogue catalogue =
        indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
};

// Reads the series of a one-sheet workbook written from rows of cells.
std::vector<indicators::Series> series_of(const Fixture& fx,
                                          const std::vector<std::vector<xlsx::CellValue>>& rows,
                                          std::vector<Issue>& issues) {
    TempDir d;
    {
        xlsx::WorkbookWriter w(d / "t.xlsx");
        auto& s = w.add_sheet("Tal");
        for (std::uint32_t r = 0; r < rows.size(); ++r)
            for (std::uint32_t c = 0; c < rows[r].size(); ++c) s.write({r, c}, rows[r][c]);
        w.save();
    }
    auto wb = xlsx::read_workbook(d / "t.xlsx");
    auto mapped = plan::map_workbook(wb, fx.schema);
    return indicators::read_series(wb, mapped, fx.catalogue, fx.schema, issues);
}

using V = xlsx::CellValue;
V s(const char* t) { return std::string(t); }

}  // namespace

BOOST_AUTO_TEST_SUITE(indicator_tables)

BOOST_AUTO_TEST_CASE(reads_school_named_year_columns_and_abbreviated_national_columns) {
    Fixture fx;
    std::vector<Issue> issues;
    auto series = series_of(fx,
                            {{s("Fravær på grundforløbet")},
                             {s("Indgang"), s("NEXT 2023"), s("NEXT 2024"), s("Landsgnsn. 2024")},
                             {s("GF1"), s("12,4 %"), s("11,9 %"), s("10,1 %")}},
                            issues);
    BOOST_TEST_REQUIRE(series.size() == 1u);
    auto d = indicators::compute(series[0]);
    BOOST_TEST_REQUIRE(d.has_value());
    BOOST_TEST(series[0].entry->id == "fravaer");
    BOOST_TEST(series[0].group == "GF1");
    BOOST_TEST(*d->delta == -0.5);
    BOOST_TEST(*d->diff_national == 1.8);
    BOOST_TEST((*d->assessment == indicators::Assessment::improved));
    BOOST_TEST(issues.empty());
}

BOOST_AUTO_TEST_CASE(computes_an_unknown_indicator_only_when_the_sheet_states_unit_and_polarity) {
    Fixture fx;
    std::vector<Issue> issues;
    auto stated = series_of(
        fx,
        {{s("Indikator"), s("Enhed"), s("Polaritet"), s("Uddannelse/område"), s("År"), s("Værdi")},
         {s("Kantinetilfredshed"), s("%"), s("højere er bedre"), s("Alle"), 2023.0, 61.0},
         {s("Kantinetilfredshed"), s("%"), s("højere er bedre"), s("Alle"), 2024.0, 64.0}},
        issues);
    BOOST_TEST_REQUIRE(stated.size() == 1u);
    BOOST_TEST((*indicators::compute(stated[0])->assessment == indicators::Assessment::improved));
    BOOST_TEST_REQUIRE(issues.size() == 1u);
    BOOST_TEST(issues[0].code == "indicator-unknown");

    issues.clear();
    auto unstated = series_of(fx,
                              {{s("Tabel 9: Kantinetilfredshed")},
                               {s("Gruppe"), s("2023"), s("2024")},
                               {s("Alle"), 61.0, 64.0}},
                              issues);
    BOOST_TEST(unstated.empty());
    BOOST_TEST_REQUIRE(issues.size() == 1u);
    BOOST_TEST(issues[0].code == "indicator-unknown");
}

BOOST_AUTO_TEST_CASE(treats_dashes_as_missing_data_never_as_zero) {
    Fixture fx;
    std::vector<Issue> issues;
    auto series = series_of(fx,
                            {{s("Frafald 6 mdr. GF2")},
                             {s("Gruppe"), s("2023"), s("2024"), s("Landsplan 2024")},
                             {s("Alle"), s("–"), s("16,2 %"), s("–")}},
                            issues);
    BOOST_TEST_REQUIRE(series.size() == 1u);
    auto d = indicators::compute(series[0]);
    BOOST_TEST(!d->delta.has_value());
    BOOST_TEST(!d->diff_national.has_value());
    BOOST_TEST(!d->vs_national.has_value());
    BOOST_TEST(issues.empty());
}

BOOST_AUTO_TEST_CASE(flags_a_figure_that_is_not_a_number) {
    Fixture fx;
    std::vector<Issue> issues;
    series_of(
        fx,
        {{s("Fravær")}, {s("Gruppe"), s("2023"), s("2024")}, {s("Alle"), s("ca. 12"), s("11,9")}},
        issues);
    BOOST_TEST_REQUIRE(issues.size() == 1u);
    BOOST_TEST(issues[0].code == "indicator-not-a-number");
    BOOST_TEST(issues[0].cell == "B3");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(catalogue_matching)

namespace {

// The template's long form: indicator, unit, polarity, group, year, value.
std::vector<std::vector<V>> long_table(const std::vector<std::pair<const char*, double>>& rows,
                                       const char* unit = "", const char* polarity = "") {
    std::vector<std::vector<V>> out{{s("Indikator"), s("Enhed"), s("Polaritet"),
                                     s("Uddannelse/område"), s("År"), s("Værdi")}};
    for (const auto& [label, value] : rows)
        for (double year : {2023.0, 2024.0})
            out.push_back({s(label), s(unit), s(polarity), s("Alle"), year,
                           year == 2023.0 ? value - 3 : value});
    return out;
}

std::vector<std::string> codes(const std::vector<Issue>& issues) {
    std::vector<std::string> out;
    for (const auto& i : issues) out.push_back(i.code);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(keeps_the_questions_of_one_survey_apart_in_a_long_table) {
    Fixture fx;
    std::vector<Issue> issues;
    const std::vector<std::pair<const char*, double>> questions = {
        {"Læringsmiljø: faglig hjælp (andel Altid/Ofte)", 86},
        {"Læringsmiljø: respekterer dig (andel Altid/Ofte)", 86},
        {"Læringsmiljø: godt forberedte (andel Altid/Ofte)", 85},
        {"Læringsmiljø: overholder aftaler (andel Altid/Ofte)", 83},
        {"Læringsmiljø: giver dig ansvar (andel Altid/Ofte)", 82},
        {"Læringsmiljø: gode til at forklare (andel Altid/Ofte)", 79},
        {"Læringsmiljø: opstiller klare mål (andel Altid/Ofte)", 76},
        {"Læringsmiljø: tilbagemelding på din indsats (andel Altid/Ofte)", 73}};
    auto series = series_of(fx, long_table(questions, "%", "højere er bedre"), issues);
    BOOST_TEST_REQUIRE(series.size() == questions.size());
    for (const auto& ser : series) {
        BOOST_TEST_CONTEXT(ser.label) {
            // The label holds two entries' names (ETU Læringsmiljø, a 1–5 score, and ETU andel
            // Altid/Ofte, a percentage): the figures fit only the second, a fuzzy match. Each
            // question keeps its own figures.
            BOOST_TEST((ser.match.kind == indicators::MatchKind::fuzzy));
            BOOST_TEST(ser.match.candidates.size() == 2u);
            BOOST_TEST_REQUIRE(ser.entry != nullptr);
            BOOST_TEST(ser.entry->id == "etu-andel-altid-ofte");
            BOOST_TEST((ser.unit == indicators::Unit::percent));
            BOOST_TEST_REQUIRE(ser.points.size() == 2u);
            auto expected = std::find_if(questions.begin(), questions.end(),
                                         [&](const auto& q) { return ser.label == q.first; });
            BOOST_TEST_REQUIRE((expected != questions.end()));
            BOOST_TEST(ser.points[1].value->value == expected->second);
        }
    }
    BOOST_TEST(issues.empty());
}

BOOST_AUTO_TEST_CASE(says_when_a_label_could_be_several_indicators_at_the_labels_cell) {
    Fixture fx;
    std::vector<Issue> issues;
    // 3.9 fits both a 1–5 score and a percentage: the figures do not decide.
    auto series = series_of(fx, long_table({{"Læringsmiljø (andel Altid/Ofte)", 3.9}}), issues);
    BOOST_TEST(series.empty());  // no unit or polarity of its own: not computed
    BOOST_TEST_REQUIRE(issues.size() == 1u);
    BOOST_TEST(issues[0].code == "indicator-ambiguous");
    BOOST_TEST(issues[0].cell == "A2");  // the label's cell, not a value's
    BOOST_TEST(issues[0].message.da.find("ETU Læringsmiljø") != std::string::npos);
    BOOST_TEST(issues[0].message.da.find("ETU andel Altid/Ofte") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(does_not_lend_a_scores_unit_to_percentages_of_a_fuzzy_match) {
    Fixture fx;
    std::vector<Issue> issues;
    // "Læringsmiljø: faglig hjælp" holds only ETU Læringsmiljø's name; 83 is no 1–5 score.
    auto series = series_of(fx, long_table({{"Læringsmiljø: faglig hjælp", 83}}), issues);
    BOOST_TEST(series.empty());  // no unit or polarity of its own: not computed
    BOOST_TEST_REQUIRE(issues.size() == 1u);
    BOOST_TEST(issues[0].code == "indicator-unit-misfit");
    BOOST_TEST(issues[0].message.da.find("ETU Læringsmiljø") != std::string::npos);
    BOOST_TEST(issues[0].message.da.find("80") != std::string::npos);  // 2023's value

    issues.clear();
    auto stated = series_of(fx, long_table({{"Læringsmiljø: faglig hjælp", 83}}, "%",
                                           "højere er bedre"),
                            issues);
    BOOST_TEST_REQUIRE(stated.size() == 1u);
    BOOST_TEST((stated[0].unit == indicators::Unit::percent));
    BOOST_TEST((stated[0].match.kind == indicators::MatchKind::fuzzy));
    BOOST_TEST(stated[0].match.entry->id == "etu-laeringsmiljoe");
    BOOST_TEST(stated[0].entry == nullptr);
    BOOST_TEST(codes(issues) == std::vector<std::string>{"indicator-unit-misfit"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(lends_unit_and_polarity_when_a_fuzzy_match_fits) {
    Fixture fx;
    std::vector<Issue> issues;
    auto series = series_of(fx, long_table({{"Læringsmiljø, alle elever", 3.9}}), issues);
    BOOST_TEST_REQUIRE(series.size() == 1u);
    BOOST_TEST((series[0].match.kind == indicators::MatchKind::fuzzy));
    BOOST_TEST(series[0].entry->id == "etu-laeringsmiljoe");
    BOOST_TEST((series[0].unit == indicators::Unit::score5));
    BOOST_TEST(issues.empty());
}

BOOST_AUTO_TEST_CASE(keeps_measures_of_one_indicator_family_apart_in_a_long_table) {
    Fixture fx;
    std::vector<Issue> issues;
    auto series = series_of(fx,
                            long_table({{"Frafald 3 mdr. GF2", 10.2},
                                        {"Frafald uden omvalg 3 mdr GF2", 8.8},
                                        {"Frafald 6 mdr. GF2", 16.2},
                                        {"Frafald 3 mdr. GF1", 16.7}}),
                            issues);
    BOOST_TEST_REQUIRE(series.size() == 4u);
    std::map<std::string, double> latest;
    for (const auto& ser : series) latest[ser.label] = ser.points.back().value->value;
    BOOST_TEST(latest["Frafald 3 mdr. GF2"] == 10.2);
    BOOST_TEST(latest["Frafald uden omvalg 3 mdr GF2"] == 8.8);
    BOOST_TEST(latest["Frafald 6 mdr. GF2"] == 16.2);
    BOOST_TEST(latest["Frafald 3 mdr. GF1"] == 16.7);
    for (const auto& ser : series) BOOST_TEST((ser.polarity == indicators::Polarity::lower));
    BOOST_TEST(issues.empty());
}

BOOST_AUTO_TEST_CASE(keeps_the_questions_of_one_survey_apart_in_a_wide_table) {
    Fixture fx;
    std::vector<Issue> issues;
    auto series = series_of(fx,
                            {{s("Tabel 3: Læringsmiljø – andel der svarer Altid/Ofte")},
                             {s("Spørgsmål"), s("2023"), s("2024")},
                             {s("Lærerne giver dig faglig hjælp"), s("83 %"), s("86 %")},
                             {s("Lærerne respekterer dig"), s("85 %"), s("86 %")},
                             {s("Lærerne overholder aftaler"), s("84 %"), s("83 %")}},
                            issues);
    BOOST_TEST(issues.empty());
    BOOST_TEST_REQUIRE(series.size() == 3u);
    std::map<std::string, double> latest;
    for (const auto& ser : series) latest[ser.group] = ser.points.back().value->value;
    BOOST_TEST(latest["Lærerne giver dig faglig hjælp"] == 86);
    BOOST_TEST(latest["Lærerne respekterer dig"] == 86);
    BOOST_TEST(latest["Lærerne overholder aftaler"] == 83);
    for (const auto& ser : series) {
        BOOST_TEST((ser.unit == indicators::Unit::percent));
        BOOST_TEST((ser.polarity == indicators::Polarity::higher));
    }
}

BOOST_AUTO_TEST_CASE(keeps_measures_of_one_indicator_family_apart_in_a_wide_table) {
    Fixture fx;
    std::vector<Issue> issues;
    auto series = series_of(fx,
                            {{s("Frafald på GF2")},
                             {s("Måling"), s("2023"), s("2024"), s("Landsplan 2024")},
                             {s("Frafald 3 mdr. GF2"), s("8,8 %"), s("10,2 %"), s("7,3 %")},
                             {s("Frafald uden omvalg 3 mdr GF2"), s("7,1 %"), s("8,0 %"), s("6,0 %")},
                             {s("Frafald 6 mdr. GF2"), s("14,0 %"), s("16,2 %"), s("10,7 %")}},
                            issues);
    BOOST_TEST_REQUIRE(series.size() == 3u);
    std::set<std::string> seen;
    for (const auto& ser : series) {
        auto d = indicators::compute(ser);
        BOOST_TEST_REQUIRE(d.has_value());
        seen.insert(ser.name() + " " + ser.group + " " + xlsx::number_text(d->value));
    }
    BOOST_TEST(seen.size() == 3u);
}

BOOST_AUTO_TEST_CASE(reports_an_unknown_indicator_at_its_name) {
    Fixture fx;
    std::vector<Issue> issues;
    series_of(fx,
              {{s("Tabel 9: Kantinetilfredshed")},
               {s("Gruppe"), s("2023"), s("2024")},
               {s("Alle"), 61.0, 64.0}},
              issues);
    BOOST_TEST_REQUIRE(issues.size() == 1u);
    BOOST_TEST(issues[0].code == "indicator-unknown");
    BOOST_TEST(issues[0].cell == "A1");
}

BOOST_AUTO_TEST_SUITE_END()
