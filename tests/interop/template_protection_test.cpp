// SPDX-License-Identifier: MIT
// The template's protection as LibreOffice enforces it: a write to a locked cell (headers,
// labels, the verdict, the guide, cells outside the tables) is refused, a write to an input cell
// accepted; and what LibreOffice keeps when it saves the template (protection, version stamp).
#include <boost/test/unit_test.hpp>
#include <map>
#include <sstream>

#include "core/plan/reader.h"
#include "core/validate/validator.h"
#include "core/workbook_template/template_writer.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/zip_archive.h"
#include "interop_support.h"
#include "test_support.h"

using namespace opfolg;
namespace t = opfolg::test;

namespace {

// Runs protection_probe.xba on `file` for `cells` ("2!A1;…") and returns its lines.
std::vector<std::string> probe(const t::TempDir& d, const std::filesystem::path& file,
                               const std::string& cells) {
    auto profile = d / "lo-profile";
    std::string env = "-env:UserInstallation=file://" + profile.string();
    // A first start makes the profile and its Standard Basic library; the probe becomes its
    // Module1. KILL, because LibreOffice may ignore a polite signal while it hangs.
    auto init = t::run("timeout -s KILL 120 soffice --headless --norestore " + t::shell_quote(env) +
                       " --terminate_after_init");
    auto module = profile / "user" / "basic" / "Standard" / "Module1.xba";
    BOOST_TEST_REQUIRE(std::filesystem::exists(module), init.out + init.err);
    std::filesystem::copy_file(OPFOLG_INTEROP_DIR "/protection_probe.xba", module,
                               std::filesystem::copy_options::overwrite_existing);
    auto out = d / "probe.txt";
    std::string macro = "macro:///Standard.Module1.Probe(\"" + file.string() + "\",\"" + cells +
                        "\",\"" + out.string() + "\")";
    auto r = t::run("timeout -s KILL 120 soffice --headless --norestore " + t::shell_quote(env) +
                    " " + t::shell_quote(macro));
    BOOST_TEST_REQUIRE(std::filesystem::exists(out), r.out + r.err);
    std::vector<std::string> lines;
    std::istringstream in(t::read_bytes(out));
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

std::size_t index_of(const xlsx::Workbook& wb, const std::string& name) {
    for (std::size_t i = 0; i < wb.sheets.size(); ++i)
        if (wb.sheets[i].name == name) return i;
    throw std::logic_error("no sheet " + name);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(template_protection)

BOOST_AUTO_TEST_CASE(libreoffice_refuses_writes_to_locked_cells_and_takes_input_cells,
                     *t::needs("libreoffice", {t::soffice()})) {
    auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    t::TempDir d;
    tmpl::TemplateOptions options{"Byg og anlæg", 2026, "Eksempelskolen"};
    auto file = d / "skabelon.xlsx";
    tmpl::write_template(schema, options, file);
    auto wb = xlsx::read_workbook(file);

    // Each probed cell and whether a department may write it.
    std::map<std::string, bool> writable;
    auto cell = [&](const std::string& sheet, std::uint32_t row, std::uint32_t col) {
        return std::to_string(index_of(wb, sheet)) + "!" + xlsx::to_a1({row, col});
    };
    const auto last = static_cast<std::uint32_t>(options.empty_rows);
    bool first = true;
    for (const auto& s : schema.sheets) {
        const auto nfields = static_cast<std::uint32_t>(s.fields.size());
        const auto ncols = nfields + static_cast<std::uint32_t>(s.computed.size());
        if (first) writable[cell(s.title, 0, 0)] = false;  // probed first: the control cell
        first = false;
        for (std::uint32_t c = 0; c < ncols; ++c) writable[cell(s.title, 0, c)] = false;
        for (std::uint32_t c = 0; c < nfields; ++c) {
            writable[cell(s.title, 1, c)] = true;
            writable[cell(s.title, last, c)] = true;
        }
        // Formula cells stay unlocked so that Excel can sort the table (a validation refuses
        // typing into them instead).
        for (std::uint32_t c = nfields; c < ncols; ++c) writable[cell(s.title, 1, c)] = true;
        writable[cell(s.title, last + 1, 0)] = false;  // below the table
        writable[cell(s.title, 1, ncols)] = false;     // right of it
    }
    const auto& meta = schema.metadata.title;
    for (std::uint32_t r = 2; r < 2 + schema.metadata.fields.size(); ++r) {
        writable[cell(meta, r, 0)] = false;  // label
        writable[cell(meta, r, 1)] = true;   // value
        writable[cell(meta, r, 2)] = false;  // help
    }
    const auto* meta_sheet = wb.sheet(meta);
    for (const auto& c : meta_sheet->cells)
        if (!c.formula.empty()) writable[cell(meta, c.ref.row, c.ref.col)] = false;  // verdicts
    writable[cell(schema.instructions_sheet, 0, 0)] = false;

    const std::string control_cell = cell(schema.sheets.front().title, 0, 0);
    std::string list = control_cell;
    for (const auto& [c, w] : writable)
        if (c != control_cell) list += ";" + c;
    auto lines = probe(d, file, list);

    std::size_t sheets = 0, probed = 0;
    bool control = false;
    for (const auto& line : lines) {
        std::vector<std::string> f;
        std::istringstream in(line);
        for (std::string part; std::getline(in, part, '|');) f.push_back(part);
        BOOST_TEST_CONTEXT(line) {
            if (f[0] == "sheet") {
                BOOST_TEST(f[2] == "True");  // every sheet protected
                ++sheets;
            } else if (f[0] == "cell") {
                BOOST_TEST_REQUIRE(writable.count(f[1]) == 1u);
                bool may = writable[f[1]];
                BOOST_TEST(f[2] == (may ? "False" : "True"));  // the cell's locked flag
                BOOST_TEST(f[3] == (may ? "True" : "False"));  // the write took effect
                BOOST_TEST(f[4] == (may ? "none" : "exception"));
                ++probed;
            } else if (f[0] == "control") {
                // Without the protection (lifted without a password) the same write succeeds.
                BOOST_TEST(f[2] == "False");
                BOOST_TEST(f[3] == "True");
                control = true;
            }
        }
    }
    BOOST_TEST(sheets == wb.sheets.size());
    BOOST_TEST(probed == writable.size());
    BOOST_TEST(control);
}

BOOST_AUTO_TEST_CASE(libreoffice_keeps_protection_and_version_stamp_when_it_saves,
                     *t::needs("libreoffice", {t::soffice()})) {
    auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    auto catalogue = indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    t::TempDir d;
    auto file = d / "skabelon.xlsx";
    tmpl::write_template(schema, {"Byg og anlæg", 2026, "Eksempelskolen"}, file);
    auto saved = t::soffice_convert(file, d / "lo", "xlsx:Calc MS Excel 2007 XML", "xlsx");

    auto report = validate::validate_file(saved, schema, catalogue);
    BOOST_TEST_REQUIRE(report.workbook.has_value());
    BOOST_TEST_REQUIRE(report.workbook->stamp.has_value());
    BOOST_TEST(report.workbook->stamp->schema == schema.name);
    BOOST_TEST(report.workbook->stamp->version == schema.version);
    for (const auto& i : report.issues) BOOST_TEST(i.code.rfind("template-", 0) != 0, i.code);

    // LibreOffice computed the verdict when it opened the file (with its default settings): the
    // template caches no result that could pass for one.
    auto opened = xlsx::read_workbook(saved);
    const auto* meta = opened.sheet(schema.metadata.title);
    BOOST_TEST_REQUIRE(meta != nullptr);
    std::string verdict;
    for (const auto& c : meta->cells)
        if (c.ref.col == 0 && xlsx::to_text(c.value) == "I alt")
            if (const auto* v = meta->find({c.ref.row, 2})) verdict = xlsx::to_text(v->value);
    BOOST_TEST(verdict == "Ikke klar: ingen indsatser udfyldt endnu");

    xlsx::ZipArchive zip(saved, xlsx::ReadLimits{});
    auto wb = xlsx::read_workbook(saved);
    for (std::size_t i = 0; i < wb.sheets.size(); ++i) {
        std::string xml = zip.read("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml");
        BOOST_TEST_CONTEXT(wb.sheets[i].name) {
            auto at = xml.find("<sheetProtection ");
            BOOST_TEST_REQUIRE(at != std::string::npos);
            std::string element = xml.substr(at, xml.find('>', at) - at);
            BOOST_TEST(element.find("sheet=\"true\"") != std::string::npos, element);
            BOOST_TEST(element.find("password") == std::string::npos, element);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
