// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "cli_support.h"
#include "core/xlsx/writer.h"

using namespace opfolg;
namespace t = opfolg::test;

namespace {
void example(const std::filesystem::path& p) {
    xlsx::WorkbookWriter w(p);
    auto& s = w.add_sheet("Opfølgningsplan");
    s.write_string({0, 0}, "Tema");
    s.write_number({1, 0}, 16.7);
    s.write({2, 0}, xlsx::DateTime{45838, xlsx::DateTime::Kind::date});
    w.save();
}
}  // namespace

BOOST_AUTO_TEST_SUITE(cli_basics)

BOOST_AUTO_TEST_CASE(prints_its_version) {
    auto r = t::opfolg("--version");
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.out.find(OPFOLG_VERSION) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(lists_subcommands_in_help) {
    auto r = t::opfolg("--help");
    BOOST_TEST(r.exit_code == 0);
    BOOST_TEST(r.out.find("dump") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(exits_64_on_bad_usage) {
    BOOST_TEST(t::opfolg("").exit_code == 64);
    BOOST_TEST(t::opfolg("dump").exit_code == 64);
    BOOST_TEST(t::opfolg("dump --format yaml x.xlsx").exit_code == 64);
    BOOST_TEST(t::opfolg("frobnicate").exit_code == 64);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(dump_command)

BOOST_AUTO_TEST_CASE(dumps_cells_as_json) {
    t::TempDir d;
    example(d / "Opfølgningsplan Byg.xlsx");
    auto r = t::opfolg("dump --format json " +
                       t::quote((d / "Opfølgningsplan Byg.xlsx")));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto j = nlohmann::json::parse(r.out);
    BOOST_TEST(j["sheets"][0]["name"] == "Opfølgningsplan");
    auto cells = j["sheets"][0]["cells"];
    BOOST_TEST(cells[0]["ref"] == "A1");
    BOOST_TEST(cells[0]["type"] == "string");
    BOOST_TEST(cells[1]["value"] == 16.7);
    BOOST_TEST(cells[2]["type"] == "date");
    BOOST_TEST(cells[2]["value"] == "2025-06-30");
}

BOOST_AUTO_TEST_CASE(dumps_cells_as_text) {
    t::TempDir d;
    example(d / "x.xlsx");
    auto r = t::opfolg("dump " + t::quote((d / "x.xlsx")));
    BOOST_TEST_REQUIRE(r.exit_code == 0);
    BOOST_TEST(r.out.find("[Opfølgningsplan]") != std::string::npos);
    BOOST_TEST(r.out.find("A2       number    16.7") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(reports_an_unreadable_file_on_one_line_with_exit_2) {
    t::TempDir d;
    t::write_bytes(d / "ødelagt.xlsx", "ikke en zip");
    for (const char* lang : {"da", "en"}) {
        auto r = t::opfolg(std::string("--lang ") + lang + " dump " +
                           t::quote((d / "ødelagt.xlsx")));
        BOOST_TEST(r.exit_code == 2);
        BOOST_TEST(r.out.empty());
        BOOST_TEST(r.err.find("ødelagt.xlsx") != std::string::npos);
        BOOST_TEST(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    }
    BOOST_TEST(t::opfolg("--lang en dump " + t::quote((d / "ødelagt.xlsx")))
                   .err.find("not an Excel workbook") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
