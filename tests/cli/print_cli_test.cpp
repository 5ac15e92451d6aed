// SPDX-License-Identifier: MIT
// The board workbook on paper (issue 16): printed to PDF by LibreOffice headless, as a
// coordinator prints it for the board, and measured with poppler's pdftotext – the size of the
// text, every plan row whole on a page, a department a page, the board's columns and nothing
// else, header and footer on every page.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <random>
#include <set>
#include <sstream>

#include "cli_support.h"
#include "core/inspect/dump.h"
#include "core/xlsx/cell_ref.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/writer.h"

namespace t = opfolg::test;
namespace xlsx = opfolg::xlsx;

namespace {

const std::string examples = OPFOLG_EXAMPLES_DIR;

// --- Department workbooks at test time
// -------------------------------------------------------------------------------

// clang-format off
const char* const words[] = {
    "eleverne",       "frafald",  "trivsel",    "undervisningen", "indsatsen",         "opfølgning",
    "kontaktlæreren", "fravær",   "værkstedet", "læringsmiljøet", "målet",             "afdelingen",
    "grundforløbet",  "praktik",  "evaluering", "samtaler",       "holdet",            "vejledning",
    "skoleåret",      "uddannelsesaftale", "øget", "færre",       "hver",              "uge",
    "og",             "med",      "på",         "til",            "af",                "i"};
// clang-format on

// Whole Danish-looking sentences of about `chars` characters.
std::string sentences(std::mt19937& rng, std::size_t chars) {
    std::uniform_int_distribution<std::size_t> pick(0, std::size(words) - 1), length(6, 14);
    std::string s;
    while (s.size() < chars) {
        std::string sentence;
        for (std::size_t n = length(rng), i = 0; i < n; ++i)
            sentence += (i ? " " : "") + std::string(words[pick(rng)]);
        sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
        s += (s.empty() ? "" : " ") + sentence + ".";
    }
    return s;
}

// `n` department workbooks in the template's layout, as departments fill them in: 3 to 10 plan
// rows each with findings, goals and actions of 40 to 420 characters (`brief`: one row of short
// texts), and two key indicators over three years. One department gives its timetable as dates
// only. Past 30 departments the names are numbered ("Auto Nord 2").
std::vector<std::string> write_departments(const std::filesystem::path& dir, int n,
                                           bool brief = false) {
    std::filesystem::create_directories(dir);
    const char* areas[] = {"Auto", "Byg",    "El",       "Frisør", "Handel",
                           "IT",   "Køkken", "Landbrug", "Omsorg", "Smed"};
    const char* sites[] = {"Nord", "Syd", "Vest"};
    const char* themes[] = {"GF1 Frafald", "GF2 Frafald", "ETU Læringsmiljø",
                            "Læreplads",   "Trivsel",     "Fravær"};
    const char* people[] = {"Uddannelsesleder", "Teamleder GF2", "Studievejledningen",
                            "Lærepladskonsulent", "Afdelingsleder"};
    const char* times[] = {"Skoleåret 2025/2026", "Løbende", "Efteråret 2025", "Uge 33–40"};
    const char* statuses[] = {"Ny", "Videreføres", "Afsluttet", "Fast drift"};
    std::vector<std::string> names;
    for (int i = 0; i < n; ++i) {
        std::mt19937 rng(static_cast<unsigned>(1000 + i));
        std::string department = std::string(areas[i % 10]) + " " + sites[(i / 10) % 3] +
                                 (i >= 30 ? " " + std::to_string(i / 30 + 1) : "");
        names.push_back(department);
        xlsx::WorkbookWriter w(dir / ("Opfølgningsplan " + department + ".xlsx"));
        auto& meta = w.add_sheet("Oplysninger");
        meta.write_string({0, 0}, "Institution");
        meta.write_string({0, 1}, "Prøveskolen");
        meta.write_string({1, 0}, "Afdeling");
        meta.write_string({1, 1}, department);
        meta.write_string({2, 0}, "Planår");
        meta.write_number({2, 1}, 2025);
        auto& plan = w.add_sheet("Opfølgningsplan");
        const std::vector<std::string> heads = {"ID",
                                                "Tema",
                                                "Resultat/ændringsbehov",
                                                "Operationelt mål",
                                                "Indsats",
                                                "Evaluering af effekt",
                                                "Ansvarlig",
                                                "Tidsplan",
                                                "Start",
                                                "Slut",
                                                "Status"};
        for (std::uint32_t c = 0; c < heads.size(); ++c) plan.write_string({0, c}, heads[c]);
        std::uniform_int_distribution<std::size_t> finding(60, 400), goal(40, 200), action(80, 420);
        if (brief) finding = goal = action = std::uniform_int_distribution<std::size_t>(30, 60);
        const std::uint32_t rows = brief ? 1 : 3 + static_cast<std::uint32_t>(i * 5 % 8);
        for (std::uint32_t r = 1; r <= rows; ++r) {
            plan.write_string({r, 0}, "P" + std::to_string(i) + "-" + std::to_string(r));
            plan.write_string({r, 1}, themes[(i + r) % 6]);
            plan.write_string({r, 2}, sentences(rng, finding(rng)));
            plan.write_string({r, 3}, sentences(rng, goal(rng)));
            plan.write_string({r, 4}, sentences(rng, action(rng)));
            plan.write_string({r, 5}, sentences(rng, 80));
            plan.write_string({r, 6}, people[(i + r) % 5]);
            if (i == 7) {  // dates only
                plan.write_string({r, 8}, "01-08-2025");
                plan.write_string({r, 9}, "30-06-2026");
            } else {
                plan.write_string({r, 7}, times[(i * 3 + r) % 4]);
            }
            plan.write_string({r, 10}, statuses[(i + r) % 4]);
        }
        auto& ind = w.add_sheet("Indikatorer");
        const char* iheads[] = {"Indikator", "Enhed", "Polaritet", "Uddannelse/område",
                                "År",        "Værdi", "Landsplan"};
        for (std::uint32_t c = 0; c < 7; ++c) ind.write_string({0, c}, iheads[c]);
        std::uniform_real_distribution<double> v(4, 25);
        std::uint32_t r = 1;
        for (const char* name : {"Frafald 3 mdr. GF1", "Frafald 3 mdr. GF2"})
            for (int year = 2022; year <= 2024; ++year, ++r) {
                ind.write_string({r, 0}, name);
                ind.write_string({r, 1}, "%");
                ind.write_string({r, 2}, "lavere er bedre");
                ind.write_string({r, 3}, department);
                ind.write_number({r, 4}, year);
                ind.write_number({r, 5}, std::round(v(rng) * 10) / 10);
                ind.write_number({r, 6}, 8.5 + (year - 2022) * 0.4);
            }
        w.save();
    }
    return names;
}

// A workbook whose only text is 8-point Calibri printed at 100 %: what 8 pt measures in the
// PDF, whatever font LibreOffice substitutes and whatever box pdftotext gives its words.
void write_calibration(const std::filesystem::path& file) {
    xlsx::WorkbookWriter w(file);
    xlsx::FormatSpec small;
    small.font_size = 8;
    auto& s = w.add_sheet("Kalibrering");
    s.write_string({0, 0}, "Kalibrering", w.format(small));
    xlsx::PrintSetup p;
    p.fit_width = false;
    p.scale = 100;
    s.print_setup(p);
    w.save();
}

// --- The printed pages
// ------------------------------------------------------------------------------------------------

struct Word {
    double x0, y0, x1, y1;
    std::string text;
    double height() const { return y1 - y0; }
};

struct Page {
    double width = 0, height = 0;
    std::vector<Word> words;                  ///< everything on the page
    std::vector<Word> body;                   ///< without the header and footer
    std::string sheet;                        ///< the header's right-hand word: the sheet printed
    std::vector<std::string> header, footer;  ///< their words, left to right
};

// The header and footer stand in the top and bottom margins (0.75 inch; the header and footer
// themselves 0.3 inch from the edge).
constexpr double margin_band = 40;

std::vector<Page> read_pdf(const std::filesystem::path& pdf) {
    auto html = pdf;
    html.replace_extension(".html");
    auto r = t::run("pdftotext -bbox-layout " + t::quote(pdf) + " " +
                    t::quote(html));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    pugi::xml_document doc;
    BOOST_TEST_REQUIRE(static_cast<bool>(doc.load_file(html.c_str())));
    std::vector<Page> pages;
    for (auto page : doc.select_nodes("//page")) {
        Page p;
        p.width = page.node().attribute("width").as_double();
        p.height = page.node().attribute("height").as_double();
        for (auto w : page.node().select_nodes(".//word")) {
            auto n = w.node();
            p.words.push_back({n.attribute("xMin").as_double(), n.attribute("yMin").as_double(),
                               n.attribute("xMax").as_double(), n.attribute("yMax").as_double(),
                               n.child_value()});
        }
        const Word* right = nullptr;
        std::vector<Word> header, footer;
        for (const auto& w : p.words) {
            if (w.y1 < margin_band) {
                if (!right || w.x1 > right->x1) right = &w;
                header.push_back(w);
            } else if (w.y0 > p.height - margin_band) {
                footer.push_back(w);
            } else {
                p.body.push_back(w);
            }
        }
        if (right) p.sheet = right->text;
        // The header's and footer's own line: LibreOffice leaves clipped, invisible text of the
        // charts in the margin too.
        auto on_line_of_rightmost = [](std::vector<Word>& band) {
            auto right = std::max_element(band.begin(), band.end(),
                                          [](const Word& a, const Word& b) { return a.x1 < b.x1; });
            if (right == band.end()) return;
            const double y = right->y0;
            band.erase(std::remove_if(band.begin(), band.end(),
                                      [&](const Word& w) { return std::abs(w.y0 - y) > 1; }),
                       band.end());
        };
        on_line_of_rightmost(header);
        on_line_of_rightmost(footer);
        auto left_to_right = [](const Word& a, const Word& b) { return a.x0 < b.x0; };
        std::sort(header.begin(), header.end(), left_to_right);
        std::sort(footer.begin(), footer.end(), left_to_right);
        for (const auto& w : header) p.header.push_back(w.text);
        for (const auto& w : footer) p.footer.push_back(w.text);
        pages.push_back(std::move(p));
    }
    return pages;
}

std::vector<std::string> split(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

std::string join(const std::vector<std::string>& words) {
    std::string s;
    for (const auto& w : words) s += (s.empty() ? "" : " ") + w;
    return s;
}

// The print settings of a board workbook's sheets: Excel's defined names _xlnm.Print_Area and
// _xlnm.Print_Titles, each a name of its sheet's own (localSheetId), which our reader leaves out.
struct PrintNames {
    std::vector<std::string> sheets;                   ///< in the workbook's order
    std::map<std::string, std::uint32_t> last_column;  ///< of the print area, 0-based
    std::map<std::string, std::uint32_t> title_row;    ///< the repeated header row, 0-based
};

PrintNames read_print_names(const std::filesystem::path& board) {
    auto book = t::run("unzip -p " + t::quote(board) + " xl/workbook.xml");
    pugi::xml_document doc;
    BOOST_TEST_REQUIRE(static_cast<bool>(doc.load_string(book.out.c_str())));
    PrintNames names;
    for (auto n : doc.select_nodes("//sheets/sheet"))
        names.sheets.push_back(n.node().attribute("name").value());
    for (auto n : doc.select_nodes("//definedName")) {
        std::string name = n.node().attribute("name").value();
        auto id = n.node().attribute("localSheetId");
        if (id.empty() || id.as_uint() >= names.sheets.size()) continue;
        const auto& sheet = names.sheets[id.as_uint()];
        std::string formula = n.node().child_value();
        std::string range = formula.substr(formula.rfind('!') + 1);
        range.erase(std::remove(range.begin(), range.end(), '$'), range.end());
        auto colon = range.find(':');
        if (name == "_xlnm.Print_Area") {
            // "Opfølgningsplan!$A$1:$H$13": the last column of the print area.
            auto last = xlsx::parse_cell_ref(range.substr(colon + 1));
            BOOST_TEST_REQUIRE(last.has_value(), formula);
            names.last_column[sheet] = last->col;
        } else if (name == "_xlnm.Print_Titles") {
            // "Opfølgningsplan!$1:$1": the rows repeated at the top of every page.
            names.title_row[sheet] =
                static_cast<std::uint32_t>(std::stoul(range.substr(0, colon))) - 1;
        }
    }
    return names;
}

// The plan as the board workbook holds it: the print area's columns and their texts.
struct Plan {
    std::vector<std::string> printed_heads, other_heads;
    std::vector<std::vector<std::string>> rows;  ///< printed cells' texts, "" for numbers/dates
    std::vector<std::string> departments;        ///< per row
};

Plan read_plan(const std::filesystem::path& board) {
    auto wb = xlsx::read_workbook(board);
    const auto names = read_print_names(board);
    BOOST_TEST_REQUIRE(names.last_column.count("Opfølgningsplan"), "the plan has no print area");
    const std::uint32_t last_col = names.last_column.at("Opfølgningsplan");
    const xlsx::Sheet* sheet = nullptr;
    for (const auto& s : wb.sheets)
        if (s.name == "Opfølgningsplan") sheet = &s;
    BOOST_TEST_REQUIRE(sheet);
    Plan plan;
    // Every printed text fits Excel's tallest row at the width it prints in (the quality check
    // says so of any that does not).
    for (const auto& s : wb.sheets)
        for (const auto& c : s.cells)
            BOOST_TEST(opfolg::inspect::value_text(c.value) != "too-long-to-print",
                       s.name << "!" << xlsx::to_a1(c.ref));
    for (const auto& c : sheet->cells) {
        if (c.ref.row != 0) continue;
        auto text = opfolg::inspect::value_text(c.value);
        (c.ref.col <= last_col ? plan.printed_heads : plan.other_heads).push_back(text);
    }
    for (std::uint32_t row = 1;; ++row) {
        if (!sheet->find({row, 0})) break;
        std::vector<std::string> cells;
        for (std::uint32_t c = 0; c <= last_col; ++c) {
            const auto* cell = sheet->find({row, c});
            cells.push_back(cell && std::holds_alternative<std::string>(cell->value)
                                ? std::get<std::string>(cell->value)
                                : "");
        }
        plan.departments.push_back(cells[0]);
        plan.rows.push_back(std::move(cells));
    }
    return plan;
}

// The first word of each header of the row every page of a sheet repeats, left to right, within
// its print area; empty for a sheet that repeats none.
std::map<std::string, std::vector<std::string>> repeated_headers(
    const std::filesystem::path& board) {
    auto wb = xlsx::read_workbook(board);
    const auto names = read_print_names(board);
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& s : wb.sheets) {
        auto row = names.title_row.find(s.name);
        if (row == names.title_row.end()) continue;
        auto last = names.last_column.find(s.name);
        std::map<std::uint32_t, std::string> firsts;
        for (const auto& c : s.cells) {
            if (c.ref.row != row->second) continue;
            if (last != names.last_column.end() && c.ref.col > last->second) continue;
            auto words = split(opfolg::inspect::value_text(c.value));
            if (!words.empty()) firsts[c.ref.col] = words.front();
        }
        for (const auto& [col, w] : firsts) out[s.name].push_back(w);
    }
    return out;
}

using Bag = std::map<std::string, int>;
Bag bag_of(const std::vector<Word>& words) {
    Bag b;
    for (const auto& w : words) ++b[w.text];
    return b;
}
bool holds(const Bag& page, const std::vector<std::string>& words) {
    Bag need;
    for (const auto& w : words) ++need[w];
    return std::all_of(need.begin(), need.end(), [&](const auto& kv) {
        auto it = page.find(kv.first);
        return it != page.end() && it->second >= kv.second;
    });
}

// Two words printed over each other: more than half the smaller one's height shared, and some
// width. Adjacent lines of a cell touch by a point or so; text cut off by a row too short for it
// runs into the next row's text.
bool overprinted(const Word& a, const Word& b) {
    double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
    double h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
    return w > 0.5 && h > 0.5 * std::min(a.height(), b.height());
}

struct Measured {
    std::size_t pages = 0, plan_pages = 0;
    double smallest_plan_glyph = 1e9;   ///< pdftotext box height, points
    double smallest_table_glyph = 1e9;  ///< the other sheets' tables (charts left out)
    std::map<std::string, int> pages_per_department;
    std::map<std::string, int> pages_per_sheet;
};

// Whether `heads` stand in this order on one line of `words` – a table's header row, whole.
bool header_row_on(const std::vector<Word>& words, const std::vector<std::string>& heads) {
    return std::any_of(words.begin(), words.end(), [&](const Word& first) {
        if (heads.empty() || first.text != heads.front()) return false;
        std::vector<Word> line;
        for (const auto& w : words)
            if (std::abs(w.y0 - first.y0) < 2 && w.x0 >= first.x0) line.push_back(w);
        std::sort(line.begin(), line.end(),
                  [](const Word& a, const Word& b) { return a.x0 < b.x0; });
        std::size_t k = 0;
        for (const auto& w : line)
            if (k < heads.size() && w.text == heads[k]) ++k;
        return k == heads.size();
    });
}

bool is_date(const std::string& s) {  // "01-12-2026"
    return s.size() == 10 && s[2] == '-' && s[5] == '-' &&
           std::all_of(s.begin(), s.end(), [](char c) { return c == '-' || std::isdigit(c); });
}

// What every page of a board workbook says in its margins.
struct Margins {
    std::string title;    ///< header, left: "Opfølgningsplan 2025 – Eksempelskolen"
    std::string version;  ///< footer, left: "Intern version til bestyrelsen"
};

// Prints `board` as the board reads it and checks every rule of issue 16 on its pages.
Measured check_printed_board(const std::filesystem::path& board, const std::filesystem::path& pdf,
                             double eight_points, const Margins& margins) {
    const Plan plan = read_plan(board);
    const auto names = read_print_names(board);
    const auto heads = repeated_headers(board);
    const auto pages = read_pdf(pdf);
    Measured m;
    m.pages = pages.size();
    // The PDF's own word: as many pages, A4, turned landscape.
    auto info = t::run("pdfinfo -f 1 -l 100000 " + t::quote(pdf));
    BOOST_TEST_REQUIRE(info.exit_code == 0, info.err);
    BOOST_TEST(info.out.find("Pages:           " + std::to_string(pages.size()) + "\n") !=
                   std::string::npos,
               info.out);
    std::istringstream lines(info.out);
    std::size_t sized = 0;
    for (std::string line; std::getline(lines, line);)
        if (line.rfind("Page ", 0) == 0 && line.find(" size:") != std::string::npos) {
            ++sized;
            BOOST_TEST(line.find("841.89 x 595.") != std::string::npos, line);
            BOOST_TEST(line.find("(A4)") != std::string::npos, line);
        }
    BOOST_TEST(sized == pages.size());
    std::set<std::string> departments(plan.departments.begin(), plan.departments.end());
    std::vector<std::size_t> plan_pages;
    std::size_t sheet_index = 0;  // of the page before, in the workbook's order
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const auto& p = pages[i];
        ++m.pages_per_sheet[p.sheet];
        BOOST_TEST_CONTEXT("page " << i + 1 << " (" << p.sheet << ")") {
            // A4 landscape, and "Side X af Y" at the foot of every page.
            BOOST_TEST(std::abs(p.width - 841.9) < 1);
            BOOST_TEST(std::abs(p.height - 595.3) < 1);
            std::vector<std::string> side = {"Side", std::to_string(i + 1), "af",
                                             std::to_string(pages.size())};
            bool numbered = std::search(p.footer.begin(), p.footer.end(), side.begin(),
                                        side.end()) != p.footer.end();
            BOOST_TEST(numbered, join(p.footer));
            // The plan, its year and institution and the sheet on top; which version, and when
            // it was made, at the foot.
            BOOST_TEST(join(p.header) == margins.title + " " + p.sheet);
            auto footer = join(p.footer);
            BOOST_TEST(footer.rfind(margins.version + " Samlet ", 0) == 0u, footer);
            auto made = split(margins.version).size() + 1;
            BOOST_TEST((p.footer.size() > made && is_date(p.footer[made])), footer);
            // The sheets in the workbook's order, none left out (checked below).
            auto at = std::find(names.sheets.begin(), names.sheets.end(), p.sheet);
            BOOST_TEST_REQUIRE((at != names.sheets.end()), "no sheet named in the header");
            auto index = static_cast<std::size_t>(at - names.sheets.begin());
            BOOST_TEST(index >= sheet_index, "printed out of the workbook's order");
            sheet_index = index;
            // Nothing beyond the left and right margins (half an inch): no column cut off.
            for (const auto& w : p.words) {
                BOOST_TEST(w.x0 >= 36 - 1, w.text << " left of the margin");
                BOOST_TEST(w.x1 <= p.width - 36 + 1, w.text << " right of the margin");
            }
            // A table's header row, whole, on every page of its sheet: repeated, and no page
            // holds a slice of the table's columns only.
            if (auto h = heads.find(p.sheet); h != heads.end())
                BOOST_TEST(header_row_on(p.body, h->second),
                           "no header row " << join(h->second) << " on the page");
            // Nothing printed over anything (the charts' legends aside): a row too short for its
            // text would run into the next one.
            if (p.sheet != "Grafer" && p.sheet != "Opfølgningsplan")
                for (std::size_t a = 0; a < p.body.size(); ++a)
                    for (std::size_t b = a + 1; b < p.body.size(); ++b)
                        BOOST_TEST(!overprinted(p.body[a], p.body[b]),
                                   p.body[a].text << " over " << p.body[b].text);
            if (p.sheet == "Opfølgningsplan") plan_pages.push_back(i);
            if (p.sheet != "Opfølgningsplan" && p.sheet != "Grafer")
                for (const auto& w : p.words)
                    m.smallest_table_glyph = std::min(m.smallest_table_glyph, w.height());
        }
    }
    m.plan_pages = plan_pages.size();
    // Every sheet prints, and each table's header row is repeated on every page (the charts
    // have none).
    for (const auto& sheet : names.sheets) {
        BOOST_TEST(m.pages_per_sheet[sheet] >= 1, sheet);
        if (sheet != "Grafer") BOOST_TEST(heads.count(sheet), sheet << " repeats no header row");
    }
    BOOST_TEST_REQUIRE(!plan_pages.empty());
    // Consecutive, after Forside and Overblik.
    BOOST_TEST(plan_pages.back() - plan_pages.front() + 1 == plan_pages.size());

    std::vector<Bag> bags;
    for (auto i : plan_pages) {
        const auto& p = pages[i];
        BOOST_TEST_CONTEXT("plan page " << i + 1) {
            for (const auto& w : p.words)
                m.smallest_plan_glyph = std::min(m.smallest_plan_glyph, w.height());
            // The header row on top of every page: each printed column's title, left to right,
            // and no other column's.
            double top = 1e9;
            for (const auto& w : p.body) top = std::min(top, w.y0);
            std::vector<Word> band;
            for (const auto& w : p.body)
                if (w.y0 < top + 2) band.push_back(w);
            std::sort(band.begin(), band.end(),
                      [](const Word& a, const Word& b) { return a.x0 < b.x0; });
            std::vector<std::string> firsts, seen;
            for (const auto& h : plan.printed_heads) firsts.push_back(split(h).front());
            for (const auto& w : band) seen.push_back(w.text);
            std::vector<std::string> seen_firsts;
            for (const auto& f : firsts)
                if (std::find(seen.begin(), seen.end(), f) != seen.end()) seen_firsts.push_back(f);
            BOOST_TEST(seen_firsts == firsts, join(seen) << " ≠ " << join(firsts));
            for (const auto& h : plan.other_heads)
                BOOST_TEST(std::count(seen.begin(), seen.end(), split(h).front()) == 0,
                           h << " is printed");
            // One department a page: the first column, under its title, repeats one name.
            double second_column = 1e9;
            for (const auto& w : band)
                if (w.text == firsts.at(1)) second_column = w.x0;
            std::vector<Word> first_column;
            for (const auto& w : p.body)
                if (w.x1 < second_column && w.y0 >= top + 2) first_column.push_back(w);
            std::sort(first_column.begin(), first_column.end(), [](const Word& a, const Word& b) {
                return std::tie(a.y0, a.x0) < std::tie(b.y0, b.x0);
            });
            std::vector<std::string> names;
            for (const auto& w : first_column) names.push_back(w.text);
            std::string on_page;
            for (const auto& d : departments) {
                auto one = split(d);
                bool all = !names.empty() && names.size() % one.size() == 0;
                for (std::size_t k = 0; all && k < names.size(); ++k)
                    all = names[k] == one[k % one.size()];
                if (all) on_page = d;
            }
            BOOST_TEST(!on_page.empty(), "not one department: " << join(names));
            if (!on_page.empty()) ++m.pages_per_department[on_page];
            // Nothing printed over anything: a row too short for its text would run into the
            // next one.
            for (std::size_t a = 0; a < p.body.size(); ++a)
                for (std::size_t b = a + 1; b < p.body.size(); ++b)
                    BOOST_TEST(!overprinted(p.body[a], p.body[b]),
                               p.body[a].text << " over " << p.body[b].text);
            bags.push_back(bag_of(p.body));
        }
    }
    // Every plan row whole on one page: all the words of its printed cells.
    for (std::size_t r = 0; r < plan.rows.size(); ++r) {
        std::vector<std::string> need;
        for (const auto& cell : plan.rows[r])
            for (auto& w : split(cell)) need.push_back(w);
        bool found =
            std::any_of(bags.begin(), bags.end(), [&](const Bag& b) { return holds(b, need); });
        BOOST_TEST(found, "plan row " << r + 2 << " is not whole on any page: " << join(need));
    }
    // Every department on a page (or more) of its own.
    for (const auto& d : departments) BOOST_TEST(m.pages_per_department[d] >= 1, d);
    // Each chart on a page of its own.
    auto charts = t::run("unzip -l " + t::quote(board) +
                         " | grep -c 'xl/charts/chart[0-9]*.xml'");
    BOOST_TEST(m.pages_per_sheet["Grafer"] == std::stoi(charts.out));
    // At least 8 pt as printed, on the plan pages and the tables of the other sheets.
    BOOST_TEST(m.smallest_plan_glyph >= eight_points - 0.01);
    BOOST_TEST(m.smallest_table_glyph >= eight_points - 0.01);
    return m;
}

void report(const std::string& what, const Measured& m, double eight_points) {
    std::string per;
    for (const auto& [d, n] : m.pages_per_department)
        per += " " + d + ": " + std::to_string(n) + ";";
    BOOST_TEST_MESSAGE(
        what << ": " << m.pages << " pages, " << m.plan_pages
             << " of them the plan; smallest plan text " << 8 * m.smallest_plan_glyph / eight_points
             << " pt, smallest table text " << 8 * m.smallest_table_glyph / eight_points
             << " pt; pages per department:" << per);
}

// Converts every workbook to PDF in one LibreOffice run (its start-up is most of the time),
// with a profile of its own.
void print_to_pdf(const std::vector<std::filesystem::path>& workbooks,
                  const std::filesystem::path& out) {
    std::filesystem::create_directories(out);
    std::string cmd = "soffice --headless --norestore -env:UserInstallation=file://" +
                      (out / ".lo-profile").string() + " --convert-to pdf --outdir " +
                      t::quote(out);
    for (const auto& w : workbooks) cmd += " " + t::quote(w);
    auto r = t::run(cmd);
    for (const auto& w : workbooks) {
        auto pdf = out / w.filename().replace_extension(".pdf");
        BOOST_TEST_REQUIRE(std::filesystem::exists(pdf),
                           "no PDF of " << w << ": " << r.out << r.err);
    }
}

// What printing needs: LibreOffice, poppler, and Carlito, because LibreOffice prints Calibri in
// Carlito, which has Calibri's metrics; in any other font the pages would not be the ones Excel
// prints.
const t::needs printing(
    "libreoffice", {t::soffice(),
                    {"pdftotext, pdftoppm and pdfinfo (poppler-utils)",
                     [] { return t::run("command -v pdftotext pdftoppm pdfinfo").exit_code == 0; }},
                    {"the Carlito font (fonts-crosextra-carlito)", [] {
                         return t::run("fc-match Calibri").out.find("Carlito") != std::string::npos;
                     }}});

}  // namespace

BOOST_AUTO_TEST_SUITE(board_print)

BOOST_AUTO_TEST_CASE(prints_readable_pages_a_department_a_page_for_the_examples_and_30_departments,
                     *printing) {
    const auto started = std::chrono::steady_clock::now();
    t::TempDir d;
    auto names = write_departments(d / "afdelinger", 30);
    auto examples_board = d / "eksempler.xlsx", many_board = d / "tredive.xlsx";
    for (const auto& [out, in] : {std::pair{examples_board, std::filesystem::path(examples)},
                                  std::pair{many_board, d / "afdelinger"}}) {
        auto r = t::opfolg("consolidate -o " + t::quote(out) + " " +
                           t::quote(in));
        BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    }
    write_calibration(d / "kalibrering.xlsx");
    print_to_pdf({examples_board, many_board, d / "kalibrering.xlsx"}, d / "pdf");

    // OPFOLG_PRINT_DIR keeps the workbooks and their PDFs, to look at.
    if (const char* keep = std::getenv("OPFOLG_PRINT_DIR")) {
        std::filesystem::create_directories(keep);
        for (const auto& f :
             {examples_board, many_board, d / "pdf" / "eksempler.pdf", d / "pdf" / "tredive.pdf"})
            std::filesystem::copy_file(f, std::filesystem::path(keep) / f.filename(),
                                       std::filesystem::copy_options::overwrite_existing);
    }
    auto calibration = read_pdf(d / "pdf" / "kalibrering.pdf");
    BOOST_TEST_REQUIRE(calibration.size() == 1u);
    BOOST_TEST_REQUIRE(calibration[0].words.size() == 1u);
    const double eight_points = calibration[0].words[0].height();

    const Margins internal{"Opfølgningsplan 2025 – Eksempelskolen",
                           "Intern version til bestyrelsen"};
    auto ex =
        check_printed_board(examples_board, d / "pdf" / "eksempler.pdf", eight_points, internal);
    report("the examples", ex, eight_points);
    BOOST_TEST(ex.pages_per_sheet["Overblik"] == 1);  // the overview on one page
    BOOST_TEST(ex.pages_per_department.size() == 3u);
    auto many = check_printed_board(many_board, d / "pdf" / "tredive.pdf", eight_points,
                                    {"Opfølgningsplan 2025 – Prøveskolen", internal.version});
    report("30 departments", many, eight_points);
    BOOST_TEST(many.pages_per_sheet["Overblik"] == 1);
    BOOST_TEST(many.pages_per_department.size() == names.size());

    // The README's printed page: the first page of the examples' plan.
    std::size_t first_plan = 1;
    for (const auto& [sheet, n] : ex.pages_per_sheet)
        if (sheet == "Forside" || sheet == "Overblik") first_plan += static_cast<std::size_t>(n);
    std::filesystem::create_directories(OPFOLG_SCREENSHOT_DIR);
    auto png = std::string(OPFOLG_SCREENSHOT_DIR) + "/board-print-plan";
    auto r =
        t::run("pdftoppm -png -r 110 -singlefile -f " + std::to_string(first_plan) + " -l " +
               std::to_string(first_plan) + " " +
               t::quote((d / "pdf" / "eksempler.pdf")) + " " + t::shell_quote(png));
    BOOST_TEST(r.exit_code == 0, r.err);
    // An A4 landscape page (297 × 210 mm) with something on it, not a blank or cut image.
    std::string image = t::read_bytes(png + ".png");
    BOOST_TEST_REQUIRE(image.size() > 24u);
    auto u32 = [&](std::size_t at) {
        std::uint32_t v = 0;
        for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(image[at + i]);
        return v;
    };
    const double width = u32(16), height = u32(20);  // the IHDR chunk
    BOOST_TEST(std::abs(width / height - 297.0 / 210.0) < 0.01, width << "×" << height);
    BOOST_TEST(image.size() > 20000u);
    auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    BOOST_TEST_MESSAGE("printed and measured in " << seconds << " s");
}

BOOST_AUTO_TEST_CASE(prints_the_public_version_as_readable_pages_with_its_five_sheets, *printing) {
    t::TempDir d;
    auto board = d / "offentlig.xlsx";
    auto r = t::opfolg("consolidate --public -o " + t::quote(board) + " " +
                       t::shell_quote(examples));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    write_calibration(d / "kalibrering.xlsx");
    print_to_pdf({board, d / "kalibrering.xlsx"}, d / "pdf");
    auto calibration = read_pdf(d / "pdf" / "kalibrering.pdf");
    BOOST_TEST_REQUIRE(calibration.size() == 1u);
    BOOST_TEST_REQUIRE(calibration[0].words.size() == 1u);
    const double eight_points = calibration[0].words[0].height();
    auto m = check_printed_board(board, d / "pdf" / "offentlig.pdf", eight_points,
                                 {"Opfølgningsplan 2025 – Eksempelskolen", "Offentlig version"});
    report("the public version", m, eight_points);
    BOOST_TEST(m.pages_per_sheet["Overblik"] == 1);
    std::set<std::string> sheets;
    for (const auto& [sheet, n] : m.pages_per_sheet) sheets.insert(sheet);
    BOOST_TEST((sheets == std::set<std::string>{"Forside", "Overblik", "Opfølgningsplan",
                                                "Indikatorer", "Grafer"}));
    BOOST_TEST(m.pages_per_department.size() == 3u);
}

// Shrunk to one page, the overview of 60 departments would print at 6 pt: it takes two pages
// at the size of the rest, its header row on each.
BOOST_AUTO_TEST_CASE(prints_the_overview_of_60_departments_over_pages_at_a_readable_size,
                     *printing) {
    t::TempDir d;
    auto names = write_departments(d / "afdelinger", 60, true);
    auto board = d / "tresindstyve.xlsx";
    auto r = t::opfolg("consolidate -o " + t::quote(board) + " " +
                       t::quote((d / "afdelinger")));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    write_calibration(d / "kalibrering.xlsx");
    print_to_pdf({board, d / "kalibrering.xlsx"}, d / "pdf");
    auto calibration = read_pdf(d / "pdf" / "kalibrering.pdf");
    BOOST_TEST_REQUIRE(calibration.size() == 1u);
    BOOST_TEST_REQUIRE(calibration[0].words.size() == 1u);
    const double eight_points = calibration[0].words[0].height();
    auto m = check_printed_board(
        board, d / "pdf" / "tresindstyve.pdf", eight_points,
        {"Opfølgningsplan 2025 – Prøveskolen", "Intern version til bestyrelsen"});
    report("60 departments", m, eight_points);
    BOOST_TEST(m.pages_per_sheet["Overblik"] == 2);
    BOOST_TEST(m.pages_per_department.size() == names.size());
}

// What Excel itself reads, as openpyxl reads it: the same pages in Excel as in LibreOffice need
// Excel's own page setup, print areas, print titles and manual breaks – and no fit to page where
// there are breaks, because Excel then ignores them.
BOOST_AUTO_TEST_CASE(sets_excels_own_print_settings_on_every_sheet,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    auto board = d / "samlet.xlsx";
    auto r = t::opfolg("consolidate -o " + t::quote(board) + " " +
                       t::shell_quote(examples));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto py = t::run("/usr/bin/python3 -c " + t::shell_quote(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    ps = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr
    out[ws.title] = {
        "paper": ps.paperSize, "orientation": ps.orientation, "scale": ps.scale,
        "fit": bool(fit and fit.fitToPage), "area": ws.print_area, "titles": ws.print_title_rows,
        "breaks": [b.id for b in ws.row_breaks.brk if b.man],
        "header": [ws.oddHeader.left.text, ws.oddHeader.right.text],
        "footer": [ws.oddFooter.left.text, ws.oddFooter.center.text, ws.oddFooter.right.text],
        "first_column": [c.value for c in ws["A"]],
    }
print(json.dumps(out, default=str))
)") + " " + t::quote(board));
    BOOST_TEST_REQUIRE(py.exit_code == 0, py.err);
    auto j = nlohmann::json::parse(py.out);
    for (const auto& [sheet, p] : j.items()) {
        BOOST_TEST_CONTEXT(sheet) {
            BOOST_TEST(p["paper"] == 9);  // A4
            BOOST_TEST(p["orientation"] == "landscape");
            BOOST_TEST(p["header"][0] == "&BOpfølgningsplan 2025 – Eksempelskolen&B");
            BOOST_TEST(p["header"][1] == sheet);
            BOOST_TEST(p["footer"][0] == "Intern version til bestyrelsen");
            BOOST_TEST(p["footer"][1].get<std::string>().rfind("Samlet ", 0) == 0u);
            BOOST_TEST(p["footer"][2] == "Side &P af &N");
            if (sheet == "Overblik") {
                BOOST_TEST(p["fit"] == true);  // a page, as few departments fit at 8 pt
            } else {
                BOOST_TEST(p["fit"] == false);
                BOOST_TEST(p["scale"] == 85);
            }
            if (sheet != "Grafer") BOOST_TEST(!p["titles"].is_null(), "no header row repeated");
        }
    }
    // The plan: its board columns, its header row, a page break before each department.
    const auto& plan = j["Opfølgningsplan"];
    BOOST_TEST(plan["titles"] == "$1:$1");
    const auto& a = plan["first_column"];
    BOOST_TEST(plan["area"][0] == "$A$1:$H$" + std::to_string(a.size()));
    std::vector<int> breaks;  // 0-based first row of each department after the first
    for (std::size_t row = 2; row < a.size(); ++row)
        if (a[row] != a[row - 1]) breaks.push_back(static_cast<int>(row));
    BOOST_TEST(breaks.size() == 2u);  // three departments
    BOOST_TEST(plan["breaks"].get<std::vector<int>>() == breaks, plan["breaks"].dump());
    // A chart a page: a break before every chart but the first.
    auto charts = t::run("unzip -l " + t::quote(board) +
                         " | grep -c 'xl/charts/chart[0-9]*.xml'");
    BOOST_TEST(j["Grafer"]["breaks"].size() + 1 == static_cast<std::size_t>(std::stoi(charts.out)));
    BOOST_TEST(!j["Indikatorer"]["area"].is_null());
    BOOST_TEST(!j["Validering"]["area"].is_null());
}

// A cell's text that runs past its border prints across the border line: a long institution
// name spans the columns it needs instead, in both versions (the public one widens its column).
BOOST_AUTO_TEST_CASE(keeps_a_long_institution_name_inside_its_border_on_the_cover,
                     *t::needs("openpyxl", {t::openpyxl()})) {
    t::TempDir d;
    const std::string name = "Erhvervsskolen Nordsjælland og Hovedstadens Tekniske Skole";
    for (const std::string version : {"", "--public "}) {
        BOOST_TEST_CONTEXT(version) {
            auto board = d / (version.empty() ? "intern.xlsx" : "offentlig.xlsx");
            auto r =
                t::opfolg("consolidate " + version + "--institution " + t::shell_quote(name) +
                          " -o " + t::quote(board) + " " + t::shell_quote(examples));
            BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
            // The width of the cell (merged or not) against the name's length in characters.
            auto py = t::run("/usr/bin/python3 -c " + t::shell_quote(R"(
import sys, openpyxl
from openpyxl.utils import get_column_letter
ws = openpyxl.load_workbook(sys.argv[1])["Forside"]
assert ws["B4"].value == sys.argv[2], ws["B4"].value
last = 2
for m in ws.merged_cells.ranges:
    if m.min_row == 4 and m.min_col == 2: last = m.max_col
width = sum(ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(2, last + 1))
print(width >= len(sys.argv[2]), width)
)") + " " + t::quote(board) +
                             " " + t::shell_quote(name));
            BOOST_TEST_REQUIRE(py.exit_code == 0, py.err);
            BOOST_TEST(py.out.rfind("True", 0) == 0u, py.out);
        }
    }
}

BOOST_AUTO_TEST_CASE(warns_of_a_plan_text_too_long_for_excels_tallest_row) {
    t::TempDir d;
    write_departments(d / "in", 1);
    // A 3,000-character action needs far more than the 27 lines a row of Excel holds.
    auto file = d / "in" / t::u8("Opfølgningsplan Auto Nord.xlsx");
    {
        xlsx::WorkbookWriter w(d / "lang.xlsx");
        auto& meta = w.add_sheet("Oplysninger");
        meta.write_string({0, 0}, "Afdeling");
        meta.write_string({0, 1}, "Auto Nord");
        auto& plan = w.add_sheet("Opfølgningsplan");
        const char* heads[] = {"Tema",
                               "Resultat/ændringsbehov",
                               "Operationelt mål",
                               "Indsats",
                               "Ansvarlig",
                               "Tidsplan",
                               "Status"};
        for (std::uint32_t c = 0; c < 7; ++c) plan.write_string({0, c}, heads[c]);
        std::mt19937 rng(7);
        const char* row[] = {"Fravær", "Fraværet er højt.", "Under 8 % i 2026.",
                             nullptr,  "Teamleder",         "Løbende",
                             "Ny"};
        for (std::uint32_t c = 0; c < 7; ++c)
            plan.write_string({1, c}, row[c] ? std::string(row[c]) : sentences(rng, 3000));
        w.save();
    }
    std::filesystem::rename(d / "lang.xlsx", file);
    auto out = d / "samlet.xlsx";
    auto r = t::opfolg("consolidate -o " + t::quote(out) + " " +
                       t::quote((d / "in")));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto wb = xlsx::read_workbook(out);
    const xlsx::Sheet* checks = nullptr;
    for (const auto& s : wb.sheets)
        if (s.name == "Validering") checks = &s;
    BOOST_TEST_REQUIRE(checks);
    // The warning names the department's cell (Indsats of its first row: D2) and the field.
    bool warned = false;
    for (const auto& c : checks->cells)
        if (opfolg::inspect::value_text(c.value) == "too-long-to-print") {
            auto at = [&](std::uint32_t col) {
                const auto* cell = checks->find({c.ref.row, col});
                return cell ? opfolg::inspect::value_text(cell->value) : std::string();
            };
            BOOST_TEST(at(5) == "D2");
            BOOST_TEST(at(6) == "action");
            BOOST_TEST(at(7).find("højst 27") != std::string::npos, at(7));
            warned = true;
        }
    BOOST_TEST(warned);
}

BOOST_AUTO_TEST_SUITE_END()
