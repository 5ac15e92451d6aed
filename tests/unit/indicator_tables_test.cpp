// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

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
