// SPDX-License-Identifier: MIT
// The template's Indikatorer sheet computes the deltas with live Excel formulas. Filled with the
// seed tables (by openpyxl) and recalculated by LibreOffice, its figures equal what the core
// computes for the same file.
#include <boost/test/unit_test.hpp>

#include "core/indicators/deltas_format.h"
#include "core/validate/validator.h"
#include "core/workbook_template/template_writer.h"
#include "core/xlsx/reader.h"
#include "interop_support.h"
#include "test_support.h"

using namespace opfolg;
namespace t = opfolg::test;

namespace {

std::string text_at(const xlsx::Sheet& s, std::uint32_t row, std::uint32_t col) {
    const auto* c = s.find({row, col});
    return c ? xlsx::to_text(c->value) : std::string();
}

std::optional<double> number_at(const xlsx::Sheet& s, std::uint32_t row, std::uint32_t col) {
    const auto* c = s.find({row, col});
    if (c)
        if (const double* d = std::get_if<double>(&c->value)) return *d;
    return std::nullopt;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(template_formulas)

BOOST_AUTO_TEST_CASE(agree_with_the_core_after_libreoffice_recalculates,
                     *t::needs("libreoffice", {t::openpyxl(), t::soffice()})) {
    auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    auto catalogue = indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    t::TempDir d;
    tmpl::write_template(schema, {"Byg og anlæg", 2025, "Eksempelskolen"}, d / "skabelon.xlsx");
    // openpyxl fills the data columns with the seed tables in long form, as a department would.
    auto r =
        t::run("/usr/bin/python3 " + t::shell_quote(OPFOLG_INTEROP_DIR "/seed_tables.py") + " " +
               t::shell_quote(d.path().string()) + " && /usr/bin/python3 -c " + t::shell_quote(R"(
import sys, openpyxl
src = openpyxl.load_workbook(sys.argv[1]).active
wb = openpyxl.load_workbook(sys.argv[2])
ws = wb["Indikatorer"]
for r, row in enumerate(src.iter_rows(min_row=2, values_only=True), start=2):
    for c, v in enumerate(row, start=1):
        ws.cell(row=r, column=c, value=v)
wb.save(sys.argv[3])
)") + " " + t::shell_quote((d / "seed-long.xlsx").string()) +
               " " + t::shell_quote((d / "skabelon.xlsx").string()) + " " +
               t::shell_quote((d / "udfyldt.xlsx").string()));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto recalculated = t::recalculate_in_libreoffice(d / "udfyldt.xlsx", d / "lo");

    auto report = validate::validate_file(d / "udfyldt.xlsx", schema, catalogue);
    BOOST_TEST_REQUIRE(report.deltas.size() == 13u);
    auto wb = xlsx::read_workbook(recalculated);
    const auto* sheet = wb.sheet("Indikatorer");
    BOOST_TEST_REQUIRE(sheet != nullptr);
    const auto& ind = *schema.sheet("indicators");
    auto col = [&](const char* name) { return static_cast<std::uint32_t>(*ind.field_index(name)); };
    auto computed = [&](const char* name) {
        for (std::size_t i = 0; i < ind.computed.size(); ++i)
            if (ind.computed[i].name == name)
                return static_cast<std::uint32_t>(ind.fields.size() + i);
        throw std::logic_error(name);
    };
    std::size_t compared = 0;
    for (const auto& delta : report.deltas) {
        std::uint32_t row = delta.source.cell.row;  // the latest year's value cell
        BOOST_TEST_CONTEXT(delta.series.name()
                           << " / " << delta.series.group << " row " << row + 1) {
            BOOST_TEST(text_at(*sheet, row, col("group")) == delta.series.group);
            BOOST_TEST(number_at(*sheet, row, col("value")).value_or(-1) == delta.value);
            auto excel_delta = number_at(*sheet, row, computed("delta"));
            BOOST_TEST(excel_delta.has_value() == delta.delta.has_value());
            if (excel_delta && delta.delta)
                BOOST_TEST(indicators::round_to(*excel_delta, 6) == *delta.delta);
            auto excel_diff = number_at(*sheet, row, computed("diff_national"));
            BOOST_TEST(excel_diff.has_value() == delta.diff_national.has_value());
            if (excel_diff && delta.diff_national)
                BOOST_TEST(indicators::round_to(*excel_diff, 6) == *delta.diff_national);
            BOOST_TEST(
                text_at(*sheet, row, computed("assessment")) ==
                (delta.assessment ? indicators::assessment_text(*delta.assessment, Lang::da) : ""));
            BOOST_TEST(text_at(*sheet, row, computed("vs_national")) ==
                       (delta.vs_national
                            ? indicators::vs_national_text(*delta.vs_national, Lang::da)
                            : ""));
            ++compared;
        }
    }
    BOOST_TEST(compared == 13u);
}

BOOST_AUTO_TEST_SUITE_END()
