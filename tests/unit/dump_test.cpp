// SPDX-License-Identifier: MIT
// `opfolg dump`'s views of a workbook: every cell as text and JSON, and the plan as the mapping
// understood it (columns by role, rows by field, what it kept aside).
#include "core/inspect/dump.h"

#include <boost/test/unit_test.hpp>
#include <sstream>

#include "core/plan/reader.h"
#include "core/schema/schema.h"
#include "core/util/error.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/writer.h"
#include "test_support.h"

using namespace opfolg;
using xlsx::DateTime;
namespace t = opfolg::test;
using nlohmann::json;

namespace {

xlsx::CellRef at(const char* a1) { return *xlsx::parse_cell_ref(a1); }

// One sheet of every kind of cell, a hidden sheet and a very hidden one.
xlsx::Workbook every_kind_of_cell(const t::TempDir& d) {
    {
        xlsx::WorkbookWriter w(d / "alt.xlsx");
        auto& s = w.add_sheet("Økonomi");
        s.write(at("A1"), std::string("Linje 1\nLinje 2"));
        s.write(at("B1"), 16.7);
        s.write(at("C1"), true);
        s.write(at("D1"), DateTime{45838, DateTime::Kind::date});
        s.write_formula(at("E1"), "=B1*2", 33.4);
        s.write(at("F1"), xlsx::ErrorValue{"#N/A"});
        s.merge(*xlsx::parse_range("A3:C3"), "Flettet");
        w.add_sheet("Skjult").hide();
        w.save();
    }
    return xlsx::read_workbook(d / "alt.xlsx");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(dump)

BOOST_AUTO_TEST_CASE(prints_every_cell_on_one_line) {
    t::TempDir d;
    auto wb = every_kind_of_cell(d);
    std::ostringstream out;
    inspect::dump_text(wb, out);
    const std::string text = out.str();
    for (const char* line :
         {"\n[Økonomi]  7 cells\n", "  merged A3:C3\n", "  A1       string    Linje 1 Linje 2\n",
          "  B1       number    16.7\n", "  C1       boolean   TRUE\n",
          "  D1       date      2025-06-30\n", "  E1       number    33.4  [=B1*2]\n",
          "  F1       error     #N/A  [=#N/A]\n", "  A3       string    Flettet\n",
          "\n[Skjult] (hidden)  0 cells\n"})
        BOOST_TEST(text.find(line) != std::string::npos, "not printed: " << line << "\n" << text);
    BOOST_TEST(text.rfind(path_utf8(d / "alt.xlsx") + "\n", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(gives_every_cell_its_type_value_formula_and_format_in_json) {
    t::TempDir d;
    auto wb = every_kind_of_cell(d);
    json j = inspect::dump_json(wb);
    BOOST_TEST(j["date1904"] == false);
    BOOST_TEST_REQUIRE(j["sheets"].size() == 2u);
    const auto& s = j["sheets"][0];
    BOOST_TEST(s["name"] == "Økonomi");
    BOOST_TEST(s["state"] == "visible");
    BOOST_TEST(s["merged"] == json({"A3:C3"}));
    std::map<std::string, json> cells;
    for (const auto& c : s["cells"]) cells[c["ref"].get<std::string>()] = c;
    BOOST_TEST(cells["A1"]["value"] == "Linje 1\nLinje 2");  // JSON keeps the line break
    BOOST_TEST(cells["B1"]["value"] == 16.7);
    BOOST_TEST(cells["C1"]["value"] == true);
    BOOST_TEST(cells["D1"]["type"] == "date");
    BOOST_TEST(cells["D1"]["value"] == "2025-06-30");
    BOOST_TEST(cells["D1"]["format"] == "dd-mm-yyyy");
    BOOST_TEST(cells["E1"]["formula"] == "B1*2");
    BOOST_TEST(!cells["B1"].contains("format"));
    BOOST_TEST(cells["F1"]["type"] == "error");
    BOOST_TEST(j["sheets"][1]["state"] == "hidden");
}

BOOST_AUTO_TEST_CASE(finds_sheets_by_name_ignoring_case_in_danish_too) {
    t::TempDir d;
    auto wb = every_kind_of_cell(d);
    BOOST_TEST(wb.sheet("ØKONOMI") == &wb.sheets[0]);
    BOOST_TEST(wb.sheet("økonomi") == &wb.sheets[0]);
    BOOST_TEST(wb.sheet("SKJULT") == &wb.sheets[1]);
    BOOST_TEST(wb.sheet("Økonomi2") == nullptr);
    BOOST_TEST(xlsx::sheet_state_name(xlsx::SheetState::very_hidden) == std::string("veryHidden"));
}

BOOST_AUTO_TEST_CASE(shows_the_plan_by_column_role_and_field) {
    static const auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    t::TempDir d;
    {
        xlsx::WorkbookWriter w(d / "Opfølgningsplan Omsorg.xlsx");
        auto& s = w.add_sheet("Plan");
        const char* head[] = {"Tema", "Uddybende beskrivelse", "Periode/ansvarlig",
                              "Bemærkning fra leder"};
        const char* row[] = {"GF1 Frafald", "Plan B\nMålgruppe\nGF1", "Vejlederen, juni 2026",
                             "Drøftet 3/9"};
        for (std::uint32_t c = 0; c < 4; ++c) {
            s.write_string({0, c}, head[c]);
            s.write_string({1, c}, row[c]);
        }
        w.save();
    }
    auto wb = xlsx::read_workbook(d / "Opfølgningsplan Omsorg.xlsx");
    json j = inspect::plan_json(plan::map_workbook(wb, schema));
    BOOST_TEST(j["department"] == "Opfølgningsplan Omsorg");
    BOOST_TEST(j["department_source"] == "file name");
    BOOST_TEST(j["plan_year"] == nullptr);
    BOOST_TEST_REQUIRE(j["tables"].size() == 1u);
    const auto& table = j["tables"][0];
    BOOST_TEST(table["schema"] == "plan");
    BOOST_TEST(table["header_row"] == 1);
    std::vector<std::string> roles;
    for (const auto& c : table["columns"]) roles.push_back(c["role"]);
    BOOST_TEST((roles == std::vector<std::string>{"field", "split", "combined", "unknown"}));
    BOOST_TEST(table["columns"][0]["field"] == "theme");
    const auto& r = table["rows"].at(0);
    BOOST_TEST(r["row"] == 2);
    BOOST_TEST(r["fields"]["theme"]["cell"] == "Plan!A2");
    BOOST_TEST(r["fields"]["action"]["text"] == "Plan B");
    BOOST_TEST(r["fields"]["target_group"]["text"] == "GF1");
    BOOST_TEST(r["fields"]["responsible"]["text"] == "Vejlederen, juni 2026");
    BOOST_TEST(r["fields"]["period"]["text"] == "Vejlederen, juni 2026");
    BOOST_TEST(r["extras"] ==
               json::array({{{"header", "Bemærkning fra leder"}, {"text", "Drøftet 3/9"}}}));
}

BOOST_AUTO_TEST_SUITE_END()
