// SPDX-License-Identifier: MIT
// The same content made by three producers (our writer, openpyxl, LibreOffice Calc) reads to the
// same values through our reader; openpyxl and LibreOffice read our writer's files the same way.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "core/inspect/dump.h"
#include "core/xlsx/number_format.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/writer.h"
#include "interop_support.h"
#include "test_support.h"

using namespace opfolg;
using namespace opfolg::xlsx;
using nlohmann::json;
namespace t = opfolg::test;

namespace {

struct SpecCell {
    const char* ref;
    CellValue value;
    const char* format = "";
    const char* formula = "";
};

std::vector<SpecCell> spec_cells() {
    return {
        {"A1", std::string("Opfølgningsplan 2025 – Byg & Anlæg <test>")},
        {"A2", 16.7},
        {"A3", 42.0},
        {"A4", true},
        {"A5", DateTime{45838, DateTime::Kind::date}, "dd-mm-yyyy"},
        {"A6", DateTime{45838.5, DateTime::Kind::datetime}, "dd-mm-yyyy hh:mm"},
        {"A7", DateTime{0.34375, DateTime::Kind::time}, "hh:mm:ss"},
        {"A8", 33.4, "", "A2*2"},
        {"A9", std::string("Linje 1\nLinje 2")},
        {"A10", 0.167, "0.0%"},
        {"A11", ErrorValue{"#N/A"}},
        {"A12", std::string("Flettet")},
        {"B3", -3.1},
    };
}

json spec_json() {
    json cells = json::array();
    for (const auto& c : spec_cells()) {
        json cell = {{"ref", c.ref}, {"type", type_name(c.value)}};
        if (auto* dt = std::get_if<DateTime>(&c.value))
            cell["value"] = dt->serial;
        else if (auto* d = std::get_if<double>(&c.value))
            cell["value"] = *d;
        else if (auto* b = std::get_if<bool>(&c.value))
            cell["value"] = *b;
        else
            cell["value"] = inspect::value_text(c.value);
        if (*c.format) cell["format"] = c.format;
        if (*c.formula) cell["formula"] = c.formula;
        cells.push_back(cell);
    }
    return {{"sheets",
             {{{"name", "Plan"}, {"merged", {"A12:C12"}}, {"cells", cells}},
              {{"name", "Skjult"},
               {"state", "hidden"},
               {"cells", {{{"ref", "B2"}, {"type", "string"}, {"value", "hemmelig"}}}}}}}};
}

void write_ours(const std::filesystem::path& out) {
    WorkbookWriter w(out);
    auto& plan = w.add_sheet("Plan");
    for (const auto& c : spec_cells()) {
        FormatSpec spec;
        spec.top_align = false;
        spec.num_format = c.format;
        Format f = *c.format ? w.format(spec) : Format{};
        if (*c.formula)
            plan.write_formula(*parse_cell_ref(c.ref), std::string("=") + c.formula, c.value, f);
        else if (std::string(c.ref) == "A12")
            plan.merge(*parse_range("A12:C12"), "Flettet");
        else
            plan.write(*parse_cell_ref(c.ref), c.value, f);
    }
    auto& hidden = w.add_sheet("Skjult");
    hidden.write_string(*parse_cell_ref("B2"), "hemmelig");
    hidden.hide();
    w.save();
}

// Checks what our reader makes of `file` against the spec. Producers that store no cached
// formula results (openpyxl) are checked on the formula text alone.
void check_against_spec(const std::filesystem::path& file, bool has_cached_formulas) {
    BOOST_TEST_CONTEXT(file.filename().string()) {
        auto wb = read_workbook(file);
        BOOST_TEST_REQUIRE(wb.sheets.size() == 2u);
        BOOST_TEST(wb.sheets[0].name == "Plan");
        BOOST_TEST((wb.sheets[1].state == SheetState::hidden));
        BOOST_TEST(inspect::value_text(wb.sheets[1].find(*parse_cell_ref("B2"))->value) ==
                   "hemmelig");
        const Sheet& s = wb.sheets[0];
        BOOST_TEST_REQUIRE(s.merged.size() == 1u);
        BOOST_TEST(range_a1(s.merged[0]) == "A12:C12");
        for (const auto& c : spec_cells()) {
            BOOST_TEST_CONTEXT(c.ref) {
                const Cell* got = s.find(*parse_cell_ref(c.ref));
                BOOST_TEST_REQUIRE(got != nullptr);
                if (*c.formula) {
                    BOOST_TEST(got->formula == c.formula);
                    if (!has_cached_formulas) continue;
                }
                BOOST_TEST(type_name(got->value) == type_name(c.value));
                BOOST_TEST(inspect::value_text(got->value) == inspect::value_text(c.value));
                if (std::string(c.format) == "0.0%")
                    BOOST_TEST(is_percent_format(wb.number_format(*got)));
            }
        }
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(producers)

BOOST_AUTO_TEST_CASE(three_producers_read_to_the_same_values,
                     *t::needs("libreoffice", {t::openpyxl(), t::soffice()})) {
    t::TempDir d;
    write_ours(d / "ours.xlsx");
    t::write_bytes(d / "spec.json", spec_json().dump());
    auto r = t::run(t::openpyxl_tool() + " write " + t::shell_quote((d / "spec.json").string()) +
                    " " + t::shell_quote((d / "openpyxl.xlsx").string()));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto lo =
        t::soffice_convert(d / "openpyxl.xlsx", d / "lo", "xlsx:Calc MS Excel 2007 XML", "xlsx");

    check_against_spec(d / "ours.xlsx", true);
    check_against_spec(d / "openpyxl.xlsx", false);
    check_against_spec(lo, true);
    BOOST_TEST(read_workbook(lo).application.find("LibreOffice") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(openpyxl_and_libreoffice_read_our_files_to_the_same_values,
                     *t::needs("libreoffice", {t::openpyxl(), t::soffice()})) {
    t::TempDir d;
    write_ours(d / "ours.xlsx");
    // openpyxl, cell by cell against our own reading: every cell of the spec that holds a
    // value once read without a calculation engine (all but the formula, which openpyxl reads
    // as its cached value too), and the hidden sheet's one cell.
    BOOST_TEST(t::compare_with_openpyxl(d / "ours.xlsx") == spec_cells().size() + 1);
    // LibreOffice loads our file into its own model and saves it again: same values.
    auto lo = t::soffice_convert(d / "ours.xlsx", d / "lo", "xlsx:Calc MS Excel 2007 XML", "xlsx");
    check_against_spec(lo, true);
}

BOOST_AUTO_TEST_SUITE_END()
