// SPDX-License-Identifier: MIT
#include "interop_support.h"

#include <boost/test/unit_test.hpp>
#include <map>
#include <nlohmann/json.hpp>

#include "core/inspect/dump.h"
#include "core/xlsx/reader.h"
#include "test_support.h"

namespace opfolg::test {

using nlohmann::json;

std::string openpyxl_tool() {
    return "/usr/bin/python3 " + shell_quote(OPFOLG_INTEROP_DIR "/openpyxl_tool.py");
}

std::filesystem::path recalculate_in_libreoffice(const std::filesystem::path& in,
                                                 const std::filesystem::path& out_dir) {
    // soffice_convert keeps its profile in out_dir/.lo-profile.
    auto user = out_dir / ".lo-profile" / "user";
    std::filesystem::create_directories(user);
    write_bytes(user / "registrymodifications.xcu", R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
)");
    return soffice_convert(in, out_dir, "xlsx:Calc MS Excel 2007 XML", "xlsx");
}

namespace {

// Our reading in openpyxl's terms: openpyxl shows every date-formatted serial as a datetime,
// except a serial below 1, which is a time of day, and an elapsed-time format, a timedelta.
std::pair<std::string, json> as_openpyxl(const xlsx::CellValue& v) {
    if (auto* dt = std::get_if<xlsx::DateTime>(&v)) {
        if (dt->kind == xlsx::DateTime::Kind::duration) return {"duration", xlsx::iso_text(*dt)};
        if (dt->serial >= 0 && dt->serial < 1)
            return {"time", xlsx::iso_text({dt->serial, xlsx::DateTime::Kind::time})};
        return {"datetime", xlsx::iso_text({dt->serial, xlsx::DateTime::Kind::datetime})};
    }
    if (auto* d = std::get_if<double>(&v)) return {"number", *d};
    if (auto* b = std::get_if<bool>(&v)) return {"boolean", *b};
    return {xlsx::type_name(v), inspect::value_text(v)};
}

}  // namespace

std::size_t compare_with_openpyxl(const std::filesystem::path& file) {
    auto r = run(openpyxl_tool() + " read " + shell_quote(file.string()));
    BOOST_TEST_REQUIRE(r.exit_code == 0, "openpyxl could not read " << file << ": " << r.err);
    json theirs = json::parse(r.out);
    auto ours = xlsx::read_workbook(file);
    std::size_t total = 0;
    BOOST_TEST_CONTEXT(file.filename().string()) {
        BOOST_TEST_REQUIRE(theirs["sheets"].size() == ours.sheets.size());
        for (std::size_t i = 0; i < ours.sheets.size(); ++i) {
            const auto& s = ours.sheets[i];
            const auto& ts = theirs["sheets"][i];
            BOOST_TEST(ts["name"].get<std::string>() == s.name);
            BOOST_TEST(ts["state"].get<std::string>() == xlsx::sheet_state_name(s.state));
            std::vector<std::string> merged;
            for (const auto& m : s.merged) merged.push_back(xlsx::range_a1(m));
            std::sort(merged.begin(), merged.end());
            BOOST_TEST(ts["merged"].get<std::vector<std::string>>() == merged,
                       boost::test_tools::per_element());
            std::map<std::string, json> their_cells;
            for (const auto& c : ts["cells"]) their_cells[c["ref"].get<std::string>()] = c;
            BOOST_TEST(their_cells.size() == ts["cells"].size(), "openpyxl named a cell twice");
            std::size_t compared = 0;
            for (const auto& c : s.cells) {
                if (std::holds_alternative<std::monostate>(c.value)) continue;  // formula, no cache
                // A formula whose cached result is the empty text (the template's computed
                // columns in rows not filled yet): openpyxl reads <v></v> as no value at all.
                if (const auto* text = std::get_if<std::string>(&c.value);
                    text && text->empty() && !c.formula.empty())
                    continue;
                auto ref = xlsx::to_a1(c.ref);
                BOOST_TEST_CONTEXT(s.name << "!" << ref) {
                    auto it = their_cells.find(ref);
                    BOOST_TEST_REQUIRE((it != their_cells.end()));
                    auto [type, value] = as_openpyxl(c.value);
                    BOOST_TEST(it->second["type"].get<std::string>() == type);
                    BOOST_TEST(it->second["value"] == value);
                    their_cells.erase(it);
                    ++compared;
                }
            }
            // Whatever openpyxl read that we did not is a miss on our side.
            for (const auto& [ref, c] : their_cells)
                BOOST_ERROR("only openpyxl read " << s.name << "!" << ref << " = " << c.dump());
            BOOST_TEST(compared == ts["cells"].size(), s.name);
            total += compared;
        }
    }
    return total;
}

}  // namespace opfolg::test
