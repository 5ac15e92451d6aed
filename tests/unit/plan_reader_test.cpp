// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "core/plan/paragraphs.h"
#include "core/plan/reader.h"
#include "core/schema/schema.h"
#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/writer.h"
#include "test_support.h"

using namespace opfolg;
using opfolg::test::TempDir;

namespace {

const schema::Schema& shipped_schema() {
    static const schema::Schema s = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    return s;
}

// A workbook from rows of text (one vector per row; "" is an empty cell), on sheet `sheet`.
xlsx::Workbook sheet_of(const std::vector<std::vector<std::string>>& rows,
                        const std::string& sheet = "Plan") {
    TempDir d;
    {
        xlsx::WorkbookWriter w(d / "t.xlsx");
        auto& s = w.add_sheet(sheet);
        for (std::uint32_t r = 0; r < rows.size(); ++r)
            for (std::uint32_t c = 0; c < rows[r].size(); ++c)
                if (!rows[r][c].empty()) s.write_string({r, c}, rows[r][c]);
        w.save();
    }
    return xlsx::read_workbook(d / "t.xlsx");
}

const plan::FieldValue& field(const plan::Table& t, std::size_t row, const char* name) {
    return t.rows.at(row).fields.at(*t.schema->field_index(name));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(paragraphs)

BOOST_AUTO_TEST_CASE(splits_labelled_paragraphs_without_losing_text) {
    const auto& s = *shipped_schema().sheet("plan");
    std::string cell =
        "Indledende tekst\nMålgruppe\nGF1-elever\n\nIndhold: Plan B fra dag ét\nmed vejleder\n"
        "Ønsket virkning (mål)\nUnder 14 % i 2026\nEvaluering/vurdering af effekt – virker "
        "det?\nKvartalsvis";
    auto ps = plan::split_paragraphs(cell, s.labels, *s.field_index("action"));
    BOOST_TEST_REQUIRE(ps.size() == 5u);
    BOOST_TEST(ps[0].lead);
    BOOST_TEST(ps[0].text == "Indledende tekst");
    BOOST_TEST(s.fields[ps[1].field].name == "target_group");
    BOOST_TEST(ps[1].text == "GF1-elever");
    BOOST_TEST(s.fields[ps[2].field].name == "action");
    BOOST_TEST(ps[2].text == "Plan B fra dag ét\nmed vejleder");
    BOOST_TEST(s.fields[ps[3].field].name == "goal");  // "(mål)" makes it the goal, not the effect
    BOOST_TEST(s.fields[ps[4].field].name == "evaluation");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(plan_reader)

BOOST_AUTO_TEST_CASE(finds_a_header_below_a_title_line) {
    auto wb = sheet_of({{"Opfølgningsplan 2025 for Byg"},
                        {},
                        {"Tema", "Resultat / ændringsbehov", "OPERATIONELT MÅL", "Indsats"},
                        {"Frafald", "Steget til 10,2 %", "Under 8 % i 2026", "Fraværsopfølgning"}});
    auto plan = plan::map_workbook(wb, shipped_schema());
    auto tables = plan.tables_of("plan");
    BOOST_TEST_REQUIRE(tables.size() == 1u);
    BOOST_TEST(tables[0]->header_row == 2u);
    BOOST_TEST(field(*tables[0], 0, "finding").text == "Steget til 10,2 %");
    BOOST_TEST(xlsx::to_a1(field(*tables[0], 0, "goal").source.cell) == "C4");
    BOOST_TEST(plan.meta.year.value_or(0) == 2025);  // from the title line
}

BOOST_AUTO_TEST_CASE(reads_format_a_with_its_two_row_header) {
    auto wb = sheet_of({{"Opfølgningsplan 2023: Med baggrund i kvalitetsrapporten"},
                        {"Resultat", "Kvalitetsmål", "Handlinger, der igangsættes/videreføres",
                         "Periode/ansvarlig"},
                        {"Ændringsbehov", "Operationelle mål", "Strategier", "Tidsplan"},
                        {"Sygefravær 4,7 %", "Under 4 % i 2023", "Omsorgssamtaler",
                         "Uddannelsescheferne skal i 2023 følge op"}});
    auto plan = plan::map_workbook(wb, shipped_schema());
    BOOST_TEST(std::string(plan::layout_name(plan.layout)) == "format-a");
    auto t = plan.tables_of("plan").at(0);
    BOOST_TEST(t->header_rows == 2u);
    BOOST_TEST_REQUIRE(t->rows.size() == 1u);
    BOOST_TEST(field(*t, 0, "finding").text == "Sygefravær 4,7 %");
    BOOST_TEST(field(*t, 0, "action").text == "Omsorgssamtaler");
    // The who-and-when cell feeds both fields; nothing is lost.
    BOOST_TEST(field(*t, 0, "responsible").text == "Uddannelsescheferne skal i 2023 følge op");
    BOOST_TEST(field(*t, 0, "period").text == "Uddannelsescheferne skal i 2023 følge op");
    BOOST_TEST(field(*t, 0, "theme").text == "Plan");  // long title: the sheet name is the theme
}

BOOST_AUTO_TEST_CASE(reads_format_b_tables_per_theme_and_splits_descriptions) {
    auto wb = sheet_of(
        {{"GF1 Frafald"},
         {"INDSATS/TILTAG", "UDDYBENDE BESKRIVELSE", "ANSVARLIG", "TID"},
         {"Plan B", "Målgruppe\nGF1\nIndhold\nVejledning\nØnsket virkning (mål)\nUnder 14 %",
          "Leder", "2025 og 2026"},
         {},
         {"ETU 2024 GF1"},
         {"INDSATS/TILTAG", "UDDYBENDE BESKRIVELSE", "ANSVARLIG", "TID"},
         {"Klare mål", "Indhold\nMål i hver lektion", "Underviserne", "Skoleåret 2025/2026"}},
        "Opfølgningsplan");
    auto plan = plan::map_workbook(wb, shipped_schema());
    auto tables = plan.tables_of("plan");
    BOOST_TEST_REQUIRE(tables.size() == 2u);
    BOOST_TEST(tables[0]->title == "GF1 Frafald");
    BOOST_TEST(tables[1]->title == "ETU 2024 GF1");
    BOOST_TEST_REQUIRE(tables[0]->rows.size() == 1u);  // the next theme's title is not a row
    BOOST_TEST(field(*tables[0], 0, "theme").text == "GF1 Frafald");
    BOOST_TEST(field(*tables[0], 0, "action").text == "Plan B\n\nVejledning");
    BOOST_TEST(field(*tables[0], 0, "target_group").text == "GF1");
    BOOST_TEST(field(*tables[0], 0, "goal").text == "Under 14 %");
    BOOST_TEST(field(*tables[1], 0, "theme").text == "ETU 2024 GF1");
    BOOST_TEST(std::string(plan::layout_name(plan.layout)) == "format-b");
}

BOOST_AUTO_TEST_CASE(keeps_text_under_unknown_headers) {
    auto wb = sheet_of({{"Tema", "Indsats", "Bemærkning fra leder"},
                        {"Frafald", "Samtaler", "Drøftet på mødet 3/9"}});
    auto plan = plan::map_workbook(wb, shipped_schema());
    auto t = plan.tables_of("plan").at(0);
    BOOST_TEST_REQUIRE(t->rows.at(0).extras.size() == 1u);
    BOOST_TEST(t->rows[0].extras[0].first == "Bemærkning fra leder");
    BOOST_TEST(t->rows[0].extras[0].second.text == "Drøftet på mødet 3/9");
}

BOOST_AUTO_TEST_CASE(follows_a_changed_synonym_without_code_changes) {
    auto wb =
        sheet_of({{"Tema", "Indsats", "Tovholder-team"}, {"Frafald", "Samtaler", "GF-teamet"}});
    auto before_plan = plan::map_workbook(wb, shipped_schema());
    BOOST_TEST(field(*before_plan.tables_of("plan").at(0), 0, "responsible").empty());
    std::string text = opfolg::test::read_bytes(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    auto at = text.find("\"Tovholder\"");
    BOOST_TEST_REQUIRE(at != std::string::npos);
    text.insert(at, "\"Tovholder-team\", ");
    auto changed = schema::parse_schema(text, "changed.json");
    auto after_plan = plan::map_workbook(wb, changed);
    BOOST_TEST(field(*after_plan.tables_of("plan").at(0), 0, "responsible").text == "GF-teamet");
}

BOOST_AUTO_TEST_CASE(understands_natural_danish_phrasings_of_allowed_values) {
    // Each phrasing a department writes, and the value the schema spells it as.
    const std::vector<std::pair<std::string, std::string>> polarity = {
        {"Lav er godt", "lavere er bedre"},     {"lavere er bedst", "lavere er bedre"},
        {"Lavest er bedst", "lavere er bedre"}, {"Jo lavere, jo bedre", "lavere er bedre"},
        {"Høj er godt", "højere er bedre"},     {"HØJERE ER BEDST", "højere er bedre"},
        {"jo højere jo bedre", "højere er bedre"}, {"højere er bedre", "højere er bedre"}};
    std::vector<std::vector<std::string>> rows = {
        {"Indikator", "Enhed", "Polaritet", "Uddannelse/område", "År", "Værdi"}};
    for (const auto& [written, _] : polarity)
        rows.push_back({"Fravær", "procent", written, "Alle", "2024", "10"});
    auto plan = plan::map_workbook(sheet_of(rows, "Indikatorer"), shipped_schema());
    const auto* t = plan.tables_of("indicators").at(0);
    BOOST_TEST_REQUIRE(t->rows.size() == polarity.size());
    for (std::size_t i = 0; i < polarity.size(); ++i) {
        BOOST_TEST(field(*t, i, "polarity").text == polarity[i].second, polarity[i].first);
        BOOST_TEST(field(*t, i, "unit").text == "%");
    }
}

BOOST_AUTO_TEST_CASE(spells_allowed_values_as_the_schema_does) {
    auto wb = sheet_of({{"Tema", "Indsats", "Status"},
                        {"Frafald", "Samtaler", "ny"},
                        {"Fravær", "Opfølgning", "fast-drift"},
                        {"Trivsel", "Trivselsråd", "Igangsat"}});
    auto plan = plan::map_workbook(wb, shipped_schema());
    const auto* t = plan.tables_of("plan").at(0);
    BOOST_TEST(field(*t, 0, "status").text == "Ny");
    BOOST_TEST(field(*t, 1, "status").text == "Fast drift");
    BOOST_TEST(field(*t, 2, "status").text == "Igangsat");  // not allowed: kept as written
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(schema_loading)

BOOST_AUTO_TEST_CASE(refuses_an_enum_synonym_that_means_two_values) {
    BOOST_CHECK_THROW(schema::parse_schema(R"({"sheets": [{"name": "plan", "fields": [
        {"name": "a", "constraints": {"enum": ["Ja", "Nej"],
                                      "enum_synonyms": {"Ja": ["ok"], "Nej": ["OK"]}}}]}]})",
                                           "enum.json"),
                      Error);
    BOOST_CHECK_THROW(schema::parse_schema(R"({"sheets": [{"name": "plan", "fields": [
        {"name": "a", "constraints": {"enum": ["Ja"], "enum_synonyms": {"Måske": ["vist"]}}}]}]})",
                                           "enum.json"),
                      Error);
}

BOOST_AUTO_TEST_CASE(compares_enum_values_without_letters_as_written) {
    auto s = schema::parse_schema(R"({"sheets": [{"name": "plan", "fields": [
        {"name": "unit", "constraints": {"enum": ["%", "antal"]}}]}]})",
                                  "enum.json");
    const auto& f = s.sheet("plan")->fields[0];
    BOOST_TEST(f.canonical_enum(" % ").value_or("") == "%");
    BOOST_TEST(!f.canonical_enum("-").has_value());
    BOOST_TEST(f.canonical_enum("ANTAL").value_or("") == "antal");
}

BOOST_AUTO_TEST_CASE(names_the_line_of_a_json_syntax_error) {
    try {
        schema::parse_schema(
            "{\n  \"name\": \"x\",\n  \"sheets\": [\n    {\"name\": \"plan\",,}\n  ]\n}\n",
            "broken.json");
        BOOST_FAIL("expected an error");
    } catch (const Error& e) {
        BOOST_TEST((e.code() == ErrorCode::schema));
        BOOST_TEST(e.where() == "linje 4");
        BOOST_TEST(e.describe(Lang::en).find("broken.json") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(names_the_line_of_an_unknown_field_type) {
    try {
        schema::parse_schema(
            "{\n\"sheets\": [{\"name\": \"plan\", \"fields\": [\n{\"name\": \"a\"},\n{\"name\": "
            "\"b\", \"type\": \"tekst\"}\n]}]}",
            "type.json");
        BOOST_FAIL("expected an error");
    } catch (const Error& e) {
        BOOST_TEST(e.where() == "linje 4");
        BOOST_TEST(e.reason().en.find("unknown type \"tekst\"") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(refuses_two_columns_claiming_one_header) {
    BOOST_CHECK_THROW(schema::parse_schema(R"({"sheets": [{"name": "plan", "fields": [
        {"name": "a", "synonyms": ["Tid"]}, {"name": "b", "title": "TID"}]}]})",
                                           "dup.json"),
                      Error);
}

BOOST_AUTO_TEST_CASE(loads_the_shipped_schema_with_the_laws_minimum_content) {
    const auto& s = shipped_schema();
    const auto* plan = s.sheet("plan");
    BOOST_TEST_REQUIRE(plan != nullptr);
    for (const char* required :
         {"theme", "finding", "goal", "action", "evaluation", "responsible", "status"})
        BOOST_TEST(plan->fields[*plan->field_index(required)].required, required);
    BOOST_TEST(plan->required_any.size() == 1u);
    BOOST_TEST(plan->fields[*plan->field_index("responsible")].internal);
    BOOST_TEST(s.sheet("indicators") != nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
