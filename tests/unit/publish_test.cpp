// SPDX-License-Identifier: MIT
// The published page (issue 14) without a browser: escaping, figures, determinism, the public
// rules shared with the public board workbook, CPR refusal, no overwriting, and a board workbook
// read back. The browser, HTML5-parser and print checks are in tests/publish.
#include "core/publish/publish.h"

#include <boost/test/unit_test.hpp>
#include <cstdlib>

#include "core/publish/figures.h"
#include "core/publish/html.h"
#include "core/util/error.h"
#include "core/xlsx/writer.h"
#include "test_support.h"

using namespace opfolg;

namespace {

struct Setup {
    schema::Schema schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    indicators::Catalogue catalogue =
        indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
};

const std::filesystem::path examples = OPFOLG_TEMPLATES_DIR "/examples";

// SOURCE_DATE_EPOCH for one scope: pages made in it carry a fixed date.
struct FixedDate {
    explicit FixedDate(const char* epoch) : env("SOURCE_DATE_EPOCH", epoch) {}
    opfolg::test::ScopedEnv env;
};

// A department workbook in the template layout with one action whose fields are `plan` (by
// title) and one indicator over two years.
void write_department(const std::filesystem::path& file, const std::string& department,
                      const std::vector<std::pair<std::string, std::string>>& plan,
                      const std::string& indicator = "Frafald 3 mdr. GF2") {
    xlsx::WorkbookWriter w(file);
    auto& meta = w.add_sheet("Oplysninger");
    meta.write_string({0, 0}, "Institution");
    meta.write_string({0, 1}, "Prøveskolen");
    meta.write_string({1, 0}, "Afdeling");
    meta.write_string({1, 1}, department);
    meta.write_string({2, 0}, "Planår");
    meta.write_number({2, 1}, 2025);
    auto& p = w.add_sheet("Opfølgningsplan");
    for (std::uint32_t c = 0; c < plan.size(); ++c) {
        p.write_string({0, c}, plan[c].first);
        p.write_string({1, c}, plan[c].second);
    }
    auto& ind = w.add_sheet("Indikatorer");
    const char* heads[] = {"Indikator", "Enhed", "Polaritet", "År", "Værdi", "Landsplan"};
    for (std::uint32_t c = 0; c < 6; ++c) ind.write_string({0, c}, heads[c]);
    for (std::uint32_t r = 1; r <= 2; ++r) {
        ind.write_string({r, 0}, indicator);
        ind.write_string({r, 1}, "%");
        ind.write_string({r, 2}, "lavere er bedre");
        ind.write_number({r, 3}, 2022 + r);
        ind.write_number({r, 4}, r == 1 ? 8.8 : 10.2);
        ind.write_number({r, 5}, 7.3);
    }
    w.save();
}

std::vector<std::pair<std::string, std::string>> ordinary_plan() {
    return {{"ID", "PRV-01"},
            {"Tema", "GF2 Frafald"},
            {"Resultat/ændringsbehov", "Frafaldet steg til 10,2 %."},
            {"Operationelt mål", "Under 8 % i 2026."},
            {"Indsats", "Fast fraværsopfølgning hver fredag."},
            {"Evaluering af effekt", "Tallene gennemgås i december."},
            {"Ansvarlig", "Uddannelsesleder Hemmelig"},
            {"Tidsplan", "Skoleåret 2025/2026"},
            {"Status", "Ny"}};
}

std::string page_of(const std::vector<std::filesystem::path>& in, const std::filesystem::path& out,
                    const publish::Options& o = {}) {
    Setup s;
    auto r = publish::publish(in, out, s.schema, s.catalogue, o);
    BOOST_TEST_REQUIRE(r.written);
    return test::read_bytes(out);
}

// The page without its note on sources, which says where the content was read from.
std::string without_sources(const std::string& page) {
    auto from = page.find("<section class=\"sources\"");
    auto to = page.find("</section>", from);
    BOOST_TEST_REQUIRE(from != std::string::npos);
    return page.substr(0, from) + page.substr(to);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(publication)

BOOST_AUTO_TEST_CASE(html_text_escapes_what_markup_would_read) {
    struct Case {
        std::string in, text, attr;
    };
    const std::vector<Case> cases = {
        {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;",
         "&lt;script&gt;alert(1)&lt;/script&gt;"},
        {"&amp;", "&amp;amp;", "&amp;amp;"},
        {"\"'", "\"'", "&quot;&#39;"},
        {"=HYPERLINK(\"http://x\")", "=HYPERLINK(\"http://x\")",
         "=HYPERLINK(&quot;http://x&quot;)"},
        {"Ønsket virkning – æøå", "Ønsket virkning – æøå", "Ønsket virkning – æøå"},
        {"a\r\nb\rc\nd", "a\nb\nc\nd", "a\nb\nc\nd"},
        // Controls and noncharacters are HTML5 parse errors; invalid UTF-8 is not text.
        {"x\x01y\x7F", "x\uFFFDy\uFFFD", "x\uFFFDy\uFFFD"},
        {"\xEF\xBF\xBF|\xEF\xB7\x90", "\uFFFD|\uFFFD", "\uFFFD|\uFFFD"},
        {"bad \xFF byte", "bad \uFFFD byte", "bad \uFFFD byte"},
        {"tab\there", "tab\there", "tab\there"},
    };
    for (const auto& c : cases) {
        BOOST_TEST(publish::html_text(c.in) == c.text, "text of " << c.in);
        BOOST_TEST(publish::html_attr(c.in) == c.attr, "attribute of " << c.in);
    }
}

BOOST_AUTO_TEST_CASE(figures_are_written_the_danish_way) {
    using indicators::Unit;
    const std::string nbsp = "\u00A0";
    BOOST_TEST(publish::number_text(-3.1, 1) == "\u22123,1");
    BOOST_TEST(publish::number_text(1.4, 1, true) == "+1,4");
    BOOST_TEST(publish::number_text(-0.01, 1, true) == "0,0");  // no signed zero
    BOOST_TEST(publish::number_text(1234.5, 1) == "1.234,5");
    BOOST_TEST(publish::shared_decimals({16.7, 8.0, std::nullopt}) == 1);
    BOOST_TEST(publish::shared_decimals({86.0, 79.0}) == 0);
    BOOST_TEST(publish::shared_decimals({1.0 / 3}) == 2);
    BOOST_TEST(publish::figure_text(16.7, 1, Unit::percent) == "16,7" + nbsp + "%");
    BOOST_TEST(publish::figure_text(3.3, 1, Unit::score5) == "3,3" + nbsp + "af" + nbsp + "5");
    BOOST_TEST(publish::change_text(1.4, 1, Unit::percent) == "+1,4" + nbsp + "procentpoint");
    BOOST_TEST(publish::change_text(-0.1, 1, Unit::score5) == "\u22120,1" + nbsp + "point");
}

BOOST_AUTO_TEST_CASE(page_of_the_examples_is_self_contained_and_public) {
    test::TempDir d;
    std::string page = page_of({examples}, d / "plan.html");
    BOOST_TEST(page.rfind("<!DOCTYPE html>\n<html lang=\"da\">", 0) == 0);
    // No script, nothing fetched: the page works offline and as a file.
    for (const char* never : {"<script", "<link", "src=", "@import", "url(http", "<iframe"})
        BOOST_TEST(page.find(never) == std::string::npos, never);
    for (const char* department : {"<h2>Byg og anlæg</h2>", "<h2>Handel og kontor</h2>",
                                   "<h2>Omsorg, sundhed og pædagogik</h2>"})
        BOOST_TEST(page.find(department) != std::string::npos, department);
    BOOST_TEST(page.find("<p class=\"institution\">Eksempelskolen</p>") != std::string::npos);
    BOOST_TEST(page.find("<h1>Opfølgningsplan 2025</h1>") != std::string::npos);
    // Internal fields and file names stay with the school, as in the public board workbook.
    for (const char* internal : {"Uddannelsesleder GF2", "Uddannelseschef Byg", ".xlsx",
                                 "<th scope=\"row\">Ansvarlig</th>"})
        BOOST_TEST(page.find(internal) == std::string::npos, internal);
    // Seed 003's first row: down 3.1 percentage points, and 7.6 above the national level.
    BOOST_TEST(page.find("\u22123,1\u00A0procentpoint</span><span class=\"word better\">"
                         "forbedret</span>") != std::string::npos);
    BOOST_TEST(page.find("+7,6\u00A0procentpoint</span><span class=\"word worse\">dårligere "
                         "end landsplan</span>") != std::string::npos);
    // Every chart has a name and a table of its figures; it is drawn twice, for wide and for
    // narrow screens.
    std::size_t charts = 0;
    for (auto at = page.find("<svg class=\"bars\" role=\"img\" aria-labelledby=");
         at != std::string::npos; at = page.find("<svg class=\"bars\"", at + 1))
        ++charts;
    std::size_t tables = 0;
    for (auto at = page.find("\">Tallene i figur"); at != std::string::npos;
         at = page.find("\">Tallene i figur", at + 1))
        ++tables;
    BOOST_TEST(tables >= 3u);
    BOOST_TEST(charts == 2 * tables);
}

BOOST_AUTO_TEST_CASE(same_inputs_give_the_same_bytes_in_any_order) {
    FixedDate date("1762160400");  // 2025-11-03 09:00 UTC
    test::TempDir d;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(examples))
        if (e.path().extension() == ".xlsx") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::string first = page_of(files, d / "a.html");
    std::reverse(files.begin(), files.end());
    std::string second = page_of(files, d / "b.html");
    BOOST_TEST(first == second);
    BOOST_TEST(first.find("<time datetime=\"2025-11-03\">3. november 2025</time>") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(hostile_text_is_shown_as_text) {
    test::TempDir d;
    const std::string long_word(300, 'W');
    auto plan = ordinary_plan();
    plan[2].second = "<script>alert(1)</script> & &amp; \"'";
    plan[3].second = "=HYPERLINK(\"http://example.invalid\",\"klik\")";
    plan[4].second = long_word;
    write_department(d / "Fjendtlig.xlsx", "<b>Afdeling</b>", plan, "<img src=x onerror=alert(1)>");
    std::string page = page_of({d / "Fjendtlig.xlsx"}, d / "plan.html");
    BOOST_TEST(page.find("<script") == std::string::npos);
    BOOST_TEST(page.find("<img") == std::string::npos);
    BOOST_TEST(page.find("<b>") == std::string::npos);
    BOOST_TEST(page.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &amp;amp; \"'") !=
               std::string::npos);
    BOOST_TEST(page.find("=HYPERLINK(\"http://example.invalid\",\"klik\")") != std::string::npos);
    BOOST_TEST(page.find(long_word) != std::string::npos);
    BOOST_TEST(page.find("<h2>&lt;b&gt;Afdeling&lt;/b&gt;</h2>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(cpr_number_is_refused_naming_the_cell_and_nothing_is_written) {
    test::TempDir d;
    auto plan = ordinary_plan();
    plan[4].second = "Samtale med eleven (CPR 010203-1234) hver uge.";  // Indsats, column E
    write_department(d / "Persondata.xlsx", "Byg", plan);
    Setup s;
    auto r = publish::publish({d / "Persondata.xlsx"}, d / "plan.html", s.schema, s.catalogue, {});
    BOOST_TEST(!r.written);
    BOOST_TEST(r.exit_code() == 1);
    BOOST_TEST(!std::filesystem::exists(d / "plan.html"));
    BOOST_TEST_REQUIRE(r.content.refusals.size() == 1u);
    const auto& refusal = r.content.refusals.front();
    BOOST_TEST(refusal.code == "cpr-number");
    BOOST_TEST(refusal.sheet == "Opfølgningsplan");
    BOOST_TEST(refusal.cell == "E2");
    // Only the directory's own temporary files could be left: there are none.
    BOOST_TEST(std::distance(std::filesystem::directory_iterator(d.path()),
                             std::filesystem::directory_iterator()) == 1);
}

BOOST_AUTO_TEST_CASE(cpr_number_in_an_internal_field_is_not_published_and_not_refused) {
    test::TempDir d;
    auto plan = ordinary_plan();
    plan[6].second = "Lærer 010203-1234";  // Ansvarlig: internal, never on the page
    write_department(d / "Intern.xlsx", "Byg", plan);
    std::string page = page_of({d / "Intern.xlsx"}, d / "plan.html");
    BOOST_TEST(page.find("010203-1234") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(existing_page_is_replaced_only_when_asked) {
    test::TempDir d;
    test::write_bytes(d / "plan.html", "last year's page");
    Setup s;
    try {
        publish::publish({examples}, d / "plan.html", s.schema, s.catalogue, {});
        BOOST_FAIL("expected the existing page to be refused");
    } catch (const Error& e) {
        BOOST_TEST((e.code() == ErrorCode::output_exists));
    }
    BOOST_TEST(test::read_bytes(d / "plan.html") == "last year's page");
    publish::Options replace;
    replace.existing = xlsx::Existing::replace;
    auto r = publish::publish({examples}, d / "plan.html", s.schema, s.catalogue, replace);
    BOOST_TEST(r.written);
    BOOST_TEST(test::read_bytes(d / "plan.html").rfind("<!DOCTYPE html>", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(board_workbook_publishes_the_same_page_as_its_departments) {
    FixedDate date("1762160400");
    test::TempDir d;
    Setup s;
    for (bool public_board : {true, false}) {
        consolidate::Options o;
        o.public_version = public_board;
        auto board = d / (public_board ? "offentlig.xlsx" : "intern.xlsx");
        BOOST_TEST_REQUIRE(
            consolidate::consolidate({examples}, board, s.schema, s.catalogue, o).written);
        auto from_board = d / (public_board ? "fra-offentlig.html" : "fra-intern.html");
        auto r = publish::publish({board}, from_board, s.schema, s.catalogue, {});
        BOOST_TEST(r.from_board);
        BOOST_TEST(r.departments == 3u);
        std::string page = test::read_bytes(from_board);
        // The internal board holds Ansvarlig; the page still leaves it out.
        BOOST_TEST(page.find("Uddannelsesleder GF2") == std::string::npos);
        std::string direct = page_of({examples}, d / (public_board ? "a.html" : "b.html"));
        BOOST_TEST(without_sources(page) == without_sources(direct));
    }
}

BOOST_AUTO_TEST_CASE(cpr_number_in_a_board_workbook_is_refused_naming_its_cell) {
    test::TempDir d;
    Setup s;
    auto plan = ordinary_plan();
    plan[4].second = "Samtale med eleven (CPR 010203-1234) hver uge.";
    write_department(d / "Persondata.xlsx", "Byg", plan);
    // The internal board workbook may carry it (it stays with the school); its page may not.
    auto board = d / "Samlet.xlsx";
    BOOST_TEST_REQUIRE(
        consolidate::consolidate({d / "Persondata.xlsx"}, board, s.schema, s.catalogue, {})
            .written);
    auto r = publish::publish({board}, d / "plan.html", s.schema, s.catalogue, {});
    BOOST_TEST(r.from_board);
    BOOST_TEST(!r.written);
    BOOST_TEST(r.exit_code() == 1);
    BOOST_TEST_REQUIRE(r.content.refusals.size() == 1u);
    const auto& refusal = r.content.refusals.front();
    BOOST_TEST(refusal.code == "cpr-number");
    BOOST_TEST(refusal.sheet == "Opfølgningsplan");
    BOOST_TEST(refusal.message.da.find("Samlet.xlsx") != std::string::npos, refusal.message.da);
    BOOST_TEST(!std::filesystem::exists(d / "plan.html"));
}

BOOST_AUTO_TEST_CASE(board_workbook_among_departments_is_skipped) {
    test::TempDir d;
    Setup s;
    std::filesystem::create_directories(d / "in");
    for (const auto& e : std::filesystem::directory_iterator(examples))
        if (e.path().extension() == ".xlsx")
            std::filesystem::copy_file(e.path(), d / "in" / e.path().filename());
    consolidate::consolidate({d / "in"}, d / "in" / "Samlet.xlsx", s.schema, s.catalogue, {});
    auto r = publish::publish({d / "in"}, d / "plan.html", s.schema, s.catalogue, {});
    BOOST_TEST(!r.from_board);
    BOOST_TEST(r.departments == 3u);
}

BOOST_AUTO_TEST_CASE(nothing_to_publish_writes_nothing) {
    test::TempDir d;
    std::filesystem::create_directories(d / "tom");
    Setup s;
    auto r = publish::publish({d / "tom"}, d / "plan.html", s.schema, s.catalogue, {});
    BOOST_TEST(!r.written);
    BOOST_TEST(r.exit_code() == 2);
    BOOST_TEST(!std::filesystem::exists(d / "plan.html"));
}

BOOST_AUTO_TEST_SUITE_END()
