// SPDX-License-Identifier: MIT
// Next year's workbooks and the board workbook with its history, as other programs read them:
// openpyxl reads every cell as we do, and LibreOffice opens them and saves them again without
// losing the plan, the read-only columns or the sheet of closed actions.
#include <boost/test/unit_test.hpp>

#include "core/consolidate/board_reader.h"
#include "core/consolidate/consolidate.h"
#include "core/plan/reader.h"
#include "core/rollover/rollover.h"
#include "core/xlsx/reader.h"
#include "interop_support.h"
#include "test_support.h"

using namespace opfolg;
namespace t = opfolg::test;

namespace {

struct Setup {
    schema::Schema schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    indicators::Catalogue catalogue =
        indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    t::TempDir dir;

    // The examples' board workbook and next year's workbooks made from it.
    std::filesystem::path board() {
        auto out = dir / "Samlet.xlsx";
        auto r = consolidate::consolidate({OPFOLG_TEMPLATES_DIR "/examples"}, out, schema,
                                          catalogue, {});
        BOOST_TEST_REQUIRE(r.written);
        return out;
    }
    rollover::Rollover next_year() {
        auto r = rollover::rollover({board()}, dir / "2026", schema, catalogue, {});
        BOOST_TEST_REQUIRE(r.written() == 3u);
        return r;
    }
};

const rollover::Department& byg(const rollover::Rollover& r) {
    for (const auto& d : r.departments)
        if (d.name == "Byg og anlæg") return d;
    BOOST_FAIL("no Byg og anlæg");
    return r.departments.front();
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(rollover_interop, Setup)

BOOST_AUTO_TEST_CASE(openpyxl_reads_next_years_workbooks_and_the_board_as_we_do) {
    if (!t::have_openpyxl()) {
        BOOST_TEST_MESSAGE("skipped: python3-openpyxl not installed");
        return;
    }
    auto r = next_year();
    for (const auto& d : r.departments) t::compare_with_openpyxl(d.output);
    t::compare_with_openpyxl(dir / "Samlet.xlsx");
}

BOOST_AUTO_TEST_CASE(libreoffice_opens_next_years_workbook_and_keeps_its_plan) {
    if (!t::have_soffice()) {
        BOOST_TEST_MESSAGE("skipped: LibreOffice (soffice) not installed");
        return;
    }
    auto r = next_year();
    const auto& d = byg(r);
    auto saved = t::soffice_convert(d.output, dir / "lo", "xlsx", "xlsx");
    auto wb = xlsx::read_workbook(saved);
    BOOST_TEST(wb.sheet("Afsluttet sidste år") != nullptr);
    auto ours = plan::read_department(d.output, schema);
    auto theirs = plan::map_workbook(wb, schema);
    BOOST_TEST(theirs.meta.department.text == "Byg og anlæg");
    BOOST_TEST(*theirs.meta.year == 2026);
    const auto& ps = *schema.sheet("plan");
    const auto& a = ours.tables_of("plan").at(0)->rows;
    const auto& b = theirs.tables_of("plan").at(0)->rows;
    BOOST_TEST_REQUIRE(a.size() == 4u);
    BOOST_TEST_REQUIRE(b.size() == a.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        for (const char* f : {"id", "previous_id", "previous_evaluation", "status", "action",
                              "responsible", "period"}) {
            auto k = *ps.field_index(f);
            BOOST_TEST(b[i].fields[k].text == a[i].fields[k].text, f << " row " << i);
        }
    BOOST_TEST(theirs.tables_of("indicators").at(0)->rows.size() ==
               ours.tables_of("indicators").at(0)->rows.size());
}

BOOST_AUTO_TEST_CASE(libreoffice_keeps_the_board_workbooks_indicator_history) {
    if (!t::have_soffice()) {
        BOOST_TEST_MESSAGE("skipped: LibreOffice (soffice) not installed");
        return;
    }
    auto saved = t::soffice_convert(board(), dir / "lo", "xlsx", "xlsx");
    auto ours = consolidate::read_board_workbook(dir / "Samlet.xlsx", schema);
    auto theirs = consolidate::read_board_workbook(saved, schema);
    BOOST_TEST_REQUIRE(theirs.report.files.size() == ours.report.files.size());
    for (std::size_t i = 0; i < ours.report.files.size(); ++i) {
        const auto& a = ours.report.files[i];
        const auto& b = theirs.report.files[i];
        BOOST_TEST(b.workbook->meta.contact.text == a.workbook->meta.contact.text);
        BOOST_TEST_REQUIRE(b.deltas.size() == a.deltas.size());
        for (std::size_t k = 0; k < a.deltas.size(); ++k) {
            const auto& pa = a.deltas[k].series.points;
            const auto& pb = b.deltas[k].series.points;
            BOOST_TEST_REQUIRE(pb.size() == pa.size());
            for (std::size_t p = 0; p < pa.size(); ++p) {
                BOOST_TEST(pb[p].year == pa[p].year);
                BOOST_TEST(pb[p].value.has_value() == pa[p].value.has_value());
                if (pa[p].value && pb[p].value) BOOST_TEST(pb[p].value->value == pa[p].value->value);
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
