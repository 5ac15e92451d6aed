// SPDX-License-Identifier: MIT
// Acceptance test of issue 4: the seed tables of shared/domain.md reproduce exactly, in the
// wide and the long shape, from openpyxl and from LibreOffice's re-save of the same files.
#include <boost/test/unit_test.hpp>
#include <map>

#include "core/indicators/catalogue.h"
#include "core/indicators/deltas.h"
#include "core/validate/validator.h"
#include "interop_support.h"
#include "test_support.h"

using namespace opfolg;
namespace t = opfolg::test;

namespace {

struct Expect {
    const char* indicator_id;
    const char* group;  // "" matches any group (Tabel 2 rows name the indicator itself)
    double value;
    std::optional<double> delta, diff_national;
    std::optional<indicators::Assessment> assessment;
    std::optional<indicators::VsNational> vs_national;
    std::optional<indicators::Trend> trend = std::nullopt;
};

using A = indicators::Assessment;
using V = indicators::VsNational;

const std::vector<Expect>& seed_expectations() {
    static const std::vector<Expect> e = {
        // Tabel 1 – lower is better: the first row improved by 3.1 pp, yet is 7.6 pp worse than
        // national.
        {"frafald-gf1-3m", "Omsorg, sundhed og pædagogik", 16.7, -3.1, 7.6, A::improved, V::worse},
        {"frafald-gf1-3m", "Kontor, handel og forretningsservice", 9.4, 2.2, 4.4, A::worsened,
         V::worse},
        {"frafald-gf1-3m", "Teknologi, byggeri og transport", 7.2, 0.3, 0.5, A::worsened, V::worse},
        // Tabel 2 – 3 mdr. rising over three years; 6 mdr. has no previous year: no delta.
        {"frafald-gf2-3m", "", 10.2, 1.4, 2.9, A::worsened, V::worse, indicators::Trend::rising},
        {"frafald-gf2-6m", "", 16.2, std::nullopt, 5.5, std::nullopt, V::worse},
        // Tabel 3 – higher is better.
        {"etu-andel-altid-ofte", "Underviserne giver dig faglig hjælp", 86, 3, std::nullopt,
         A::improved, std::nullopt},
        {"etu-andel-altid-ofte", "Underviserne respekterer dig", 86, 1, std::nullopt, A::improved,
         std::nullopt},
        {"etu-andel-altid-ofte", "Underviserne er godt forberedte", 85, 3, std::nullopt,
         A::improved, std::nullopt},
        {"etu-andel-altid-ofte", "Underviserne overholder aftaler", 83, -1, std::nullopt,
         A::worsened, std::nullopt},
        {"etu-andel-altid-ofte", "Underviserne giver dig ansvar", 82, 1, std::nullopt, A::improved,
         std::nullopt},
        {"etu-andel-altid-ofte", "Underviserne er gode til at forklare", 79, 0, std::nullopt,
         A::unchanged, std::nullopt},
        {"etu-andel-altid-ofte", "Underviserne opstiller klare mål", 76, 1, std::nullopt,
         A::improved, std::nullopt},
        {"etu-andel-altid-ofte", "Underviserne giver dig tilbagemelding på din indsats", 73, 0,
         std::nullopt, A::unchanged, std::nullopt},
    };
    return e;
}

void check_seed(const std::filesystem::path& file) {
    auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    auto catalogue = indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    auto report = validate::validate_file(file, schema, catalogue);
    BOOST_TEST_CONTEXT(file.filename().string()) {
        BOOST_TEST_REQUIRE((report.status != validate::FileReport::Status::unreadable));
        BOOST_TEST(report.deltas.size() == seed_expectations().size());
        for (const auto& issue : report.issues)
            BOOST_TEST(issue.code.rfind("indicator", 0) != 0,
                       "unexpected " << issue.code << " at " << issue.sheet << "!" << issue.cell);
        for (const auto& e : seed_expectations()) {
            const indicators::Delta* found = nullptr;
            for (const auto& d : report.deltas)
                if (d.series.entry && d.series.entry->id == e.indicator_id &&
                    (!*e.group || d.series.group == e.group))
                    found = &d;
            BOOST_TEST_CONTEXT(e.indicator_id << " / " << e.group) {
                BOOST_TEST_REQUIRE(found != nullptr);
                BOOST_TEST(found->year == 2024);
                BOOST_TEST(found->value == e.value);  // exact: 16.7, never 16.700000000000003
                BOOST_TEST(found->delta.has_value() == e.delta.has_value());
                if (e.delta)
                    BOOST_TEST(*found->delta == *e.delta);  // exact: -3.1, never -3.0999999
                BOOST_TEST(found->diff_national.has_value() == e.diff_national.has_value());
                if (e.diff_national) BOOST_TEST(*found->diff_national == *e.diff_national);
                BOOST_TEST((found->assessment == e.assessment));
                BOOST_TEST((found->vs_national == e.vs_national));
                if (e.trend) BOOST_TEST((found->trend == e.trend));
            }
        }
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(seed_tables)

BOOST_AUTO_TEST_CASE(reproduce_in_wide_and_long_form_from_openpyxl_and_libreoffice,
                     *t::needs("libreoffice", {t::openpyxl(), t::soffice()})) {
    t::TempDir d;
    auto r = t::run("/usr/bin/python3 " + t::shell_quote(OPFOLG_INTEROP_DIR "/seed_tables.py") +
                    " " + t::shell_quote(d.path().string()));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    for (const char* name : {"seed-wide.xlsx", "seed-long.xlsx"}) {
        check_seed(d / name);
        check_seed(t::soffice_convert(d / name, d / "lo", "xlsx:Calc MS Excel 2007 XML", "xlsx"));
    }
}

BOOST_AUTO_TEST_CASE(warns_when_a_stated_difference_does_not_add_up,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    auto r = t::run("/usr/bin/python3 -c " + t::shell_quote(R"(
import sys, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Tabel 1"
ws["A1"] = "Tabel 1: Frafald 3 mdr. efter uddannelsesstart på GF1"
ws.append(["GF1 indgang", "2023", "2024", "Landsplan 2024", "Diff. til landsplan 2024"])
ws.append(["Kontor, handel og forretningsservice", "7,2 %", "9,4 %", "5,0 %", "4,5"])
wb.save(sys.argv[1])
)") + " " + t::shell_quote((d / "diff.xlsx").string()));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    auto catalogue = indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    auto report = validate::validate_file(d / "diff.xlsx", schema, catalogue);
    bool warned = false;
    for (const auto& i : report.issues)
        if (i.code == "diff-mismatch" && i.sheet == "Tabel 1" && i.cell == "E3" &&
            i.severity == Severity::warning)
            warned = true;
    BOOST_TEST(warned);
}

BOOST_AUTO_TEST_SUITE_END()
