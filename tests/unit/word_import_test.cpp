// SPDX-License-Identifier: MIT
// Word plans mapped through the same schema as workbooks and written in the template layout:
// Format A, Format B and the template's own columns, traceable to table and row, with what did
// not map reported; the written workbook reads back to the same rows.
#include "core/import/word_import.h"

#include <boost/test/unit_test.hpp>

#include "core/import/import_report.h"
#include "core/plan/reader.h"
#include "core/util/error.h"
#include "core/validate/validator.h"
#include "core/workbook_template/template_writer.h"
#include "docx_test_xml.h"
#include "test_support.h"

using namespace opfolg;
using namespace opfolg::test::wml;
using opfolg::test::make_zip;
using opfolg::test::minimal_document;
using opfolg::test::TempDir;

namespace {

struct Fixture {
    schema::Schema schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    indicators::Catalogue catalogue =
        indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
    TempDir dir;

    std::filesystem::path document(const std::string& name, const std::string& body) {
        auto path = dir / name;
        make_zip(path, minimal_document(body, {{"word/styles.xml", styles()},
                                               {"word/numbering.xml", numbering()}}));
        return path;
    }
    importer::Import import(const std::filesystem::path& file, importer::Options o = {}) {
        return importer::read_plan_document(file, schema, catalogue, o);
    }
};

std::string heading(const std::string& text) { return styled_p(text, "Overskrift2"); }

// Format A (seeds 000/001): a title line, then a two-row header.
std::string format_a() {
    return heading("Opfølgningsplan 2024: Med baggrund i kvalitetsrapporten") +
           p("Planen samler årets nedslagspunkter.") +
           tbl(4, {text_row({"Resultat", "Kvalitetsmål", "Handlinger, der igangsættes/videreføres",
                             "Periode/ansvarlig"}),
                   text_row({"Ændringsbehov", "Operationelle mål", "Strategier", "Tidsplan"}),
                   tr({cell("Fysiske rammer vurderes lavere (3,4 mod 3,7).", restart),
                       cell("Mindst 3,7 i ETU 2025."),
                       tc(p("Dialog med elevrådet.") + list_p("Bygningsrunderinger", 1)),
                       cell("Uddannelseschefen, skoleåret 2024/2025")}),
                   tr({cell("", below), cell("Indeklimaet forbedres."), cell("Ny ventilation."),
                       cell("Bygningsservice, foråret 2025")})});
}

// Format B (seed 003): one table per theme, labelled paragraphs in the description.
std::string format_b() {
    std::string description = bold_p("Målgruppe") + p("Nye elever på GF1") + bold_p("Indhold") +
                              p("Makker fra hovedforløbet.") + bold_p("Ønsket virkning (mål)") +
                              p("Frafaldet er under 12 % i 2026.") +
                              bold_p("Evaluering/vurdering af effekt – virker det?") +
                              p("Tallene gennemgås i december.");
    return heading("GF1 Frafald") +
           tbl(4, {text_row({"INDSATS/TILTAG", "UDDYBENDE BESKRIVELSE", "ANSVARLIG", "TID"}),
                   tr({cell("Makkerordning"), tc(description), cell("Uddannelsesleder GF1"),
                       cell("Skoleåret 2025/2026")})});
}

const plan::Row& row_at(const importer::Import& im, std::size_t i) {
    const auto& r = im.rows.at(i);
    return im.workbook.tables.at(r.table).rows.at(r.index);
}

std::string field(const importer::Import& im, std::size_t i, const std::string& name) {
    const auto& t = im.workbook.tables.at(im.rows.at(i).table);
    return row_at(im, i).fields.at(*t.schema->field_index(name)).text;
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(word_import, Fixture)

BOOST_AUTO_TEST_CASE(maps_format_a_through_the_schemas_two_row_header) {
    auto im = import(document("a.docx", format_a()));
    BOOST_TEST_REQUIRE(im.rows.size() == 2u);
    BOOST_TEST(im.rows[0].origin.table == 1u);
    BOOST_TEST(im.rows[0].origin.row == 3u);  // Word's row 3: below the two header rows
    BOOST_TEST(im.rows[1].origin.row == 4u);
    BOOST_TEST(field(im, 0, "finding") == "Fysiske rammer vurderes lavere (3,4 mod 3,7).");
    BOOST_TEST(field(im, 0, "goal") == "Mindst 3,7 i ETU 2025.");
    BOOST_TEST(field(im, 0, "action") == "Dialog med elevrådet.\n• Bygningsrunderinger");
    BOOST_TEST(field(im, 0, "responsible") == "Uddannelseschefen, skoleåret 2024/2025");
    BOOST_TEST(field(im, 0, "period") == "Uddannelseschefen, skoleåret 2024/2025");
    // The finding merged down over both rows belongs to both actions.
    BOOST_TEST(field(im, 1, "finding") == "Fysiske rammer vurderes lavere (3,4 mod 3,7).");
    BOOST_TEST_REQUIRE(im.tables.size() == 1u);
    BOOST_TEST((im.tables[0].use == importer::TableReport::Use::plan));
    BOOST_TEST((im.tables[0].layout == plan::Layout::format_a));
    BOOST_TEST(im.tables[0].imported == 2u);
    BOOST_TEST((im.year == std::optional<int>(2024)));  // from the title line
    BOOST_TEST(im.year_source == "document");
    BOOST_TEST(im.document.paragraphs_outside == 2u);
    BOOST_TEST(im.document.titles_outside == 1u);
    // The title names the plan, not a theme: no theme rather than a made-up one.
    BOOST_TEST(field(im, 0, "theme") == "");
    BOOST_TEST(im.tables_without_theme == std::vector<std::size_t>{1});
    // Required, and empty in both rows: the theme (no title names it), the evaluation, the status.
    std::vector<std::string> missing;
    for (const auto& f : im.missing_fields) {
        missing.push_back(f.title);
        BOOST_TEST(f.rows == 2u, f.title);
    }
    BOOST_TEST(missing == (std::vector<std::string>{"Tema", "Evaluering af effekt", "Status"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(splits_format_b_labelled_paragraphs_and_takes_the_heading_as_theme) {
    auto im = import(document("b.docx", format_b()));
    BOOST_TEST_REQUIRE(im.rows.size() == 1u);
    BOOST_TEST(field(im, 0, "theme") == "GF1 Frafald");
    BOOST_TEST(field(im, 0, "action") == "Makkerordning\n\nMakker fra hovedforløbet.");
    BOOST_TEST(field(im, 0, "target_group") == "Nye elever på GF1");
    BOOST_TEST(field(im, 0, "goal") == "Frafaldet er under 12 % i 2026.");
    BOOST_TEST(field(im, 0, "evaluation") == "Tallene gennemgås i december.");
    BOOST_TEST(field(im, 0, "period") == "Skoleåret 2025/2026");
    BOOST_TEST((im.tables.at(0).layout == plan::Layout::format_b));
    BOOST_TEST(im.tables_without_theme.empty());
    // Format B has no finding and no status; the split column lists labels for them, yet the
    // document fills neither.
    std::vector<std::string> missing;
    for (const auto& f : im.missing_fields) missing.push_back(f.title);
    BOOST_TEST(missing == (std::vector<std::string>{"Resultat/ændringsbehov", "Status"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_unknown_columns_rows_it_skipped_and_tables_it_could_not_map) {
    std::string body =
        tbl(3, {tr({cell("Handleplan for GF2", span(3))}),
                text_row({"Indsats", "Ansvarlig", "Kommentar"}),
                text_row({"Fraværsopfølgning", "Kontaktlærerne", "Aftalt i teamet"})}) +
        tbl(2, {text_row({"Bilag", "Side"}), text_row({"Kort over skolen", "12"})});
    auto im = import(document("c.docx", body));
    BOOST_TEST_REQUIRE(im.tables.size() == 2u);
    const auto& plan_table = im.tables[0];
    BOOST_TEST((plan_table.use == importer::TableReport::Use::plan));
    BOOST_TEST(plan_table.unknown_columns == std::vector<std::string>{"Kommentar"});
    // Row 1 is the title above the header, taken as the theme: not skipped.
    BOOST_TEST(plan_table.skipped_rows.empty());
    BOOST_TEST(field(im, 0, "theme") == "Handleplan for GF2");
    BOOST_TEST_REQUIRE(row_at(im, 0).extras.size() == 1u);
    BOOST_TEST(row_at(im, 0).extras[0].second.text == "Aftalt i teamet");
    const auto& other = im.tables[1];
    BOOST_TEST((other.use == importer::TableReport::Use::not_mapped));
    BOOST_TEST(other.preview == "Bilag");
    std::ostringstream text;
    importer::Result result;
    result.files.push_back({im.input, dir / "c.xlsx", false, std::nullopt, "", std::move(im)});
    importer::import_text(result, Lang::da, text);
    BOOST_TEST(text.str().find("Tabel 2 (2 × 2): IKKE IMPORTERET") != std::string::npos,
               text.str());
    BOOST_TEST(text.str().find("\"Kommentar\"") != std::string::npos);
    auto json = importer::import_json(result);
    BOOST_TEST(json["files"][0]["tables"][1]["use"] == "not-mapped");
    BOOST_TEST(json["files"][0]["tables"][0]["unknown_columns"][0] == "Kommentar");
}

BOOST_AUTO_TEST_CASE(lists_text_rows_above_a_tables_header_as_skipped) {
    std::string body = tbl(
        2, {text_row({"Udkast", "til drøftelse"}), text_row({"Note", ""}),
            text_row({"Indsats", "Ansvarlig"}), text_row({"Fraværsopfølgning", "Kontaktlærerne"})});
    auto im = import(document("d.docx", body));
    BOOST_TEST_REQUIRE(im.tables.size() == 1u);
    BOOST_TEST(im.tables[0].skipped_rows == std::vector<std::uint32_t>{1});  // row 2 is the title
    BOOST_TEST(im.rows.at(0).origin.row == 4u);
}

BOOST_AUTO_TEST_CASE(reads_a_plan_table_nested_in_a_layout_table) {
    std::string inner = tbl(
        2, {text_row({"Indsats", "Ansvarlig"}), text_row({"Makkerordning", "Uddannelsesleder"})});
    std::string body = tbl(1, {tr({tc(heading("GF1 Frafald") + inner + p("Side 1"))})});
    auto im = import(document("e.docx", body));
    BOOST_TEST_REQUIRE(im.rows.size() == 1u);
    BOOST_TEST(im.rows[0].origin.table == 2u);
    BOOST_TEST(field(im, 0, "theme") == "GF1 Frafald");
    BOOST_TEST((im.tables.at(0).use == importer::TableReport::Use::not_mapped));
    BOOST_TEST((im.tables.at(1).use == importer::TableReport::Use::plan));
    BOOST_TEST(im.tables.at(1).parent == 1u);
}

BOOST_AUTO_TEST_CASE(keeps_a_nested_table_that_maps_to_nothing_as_text_of_its_cell) {
    std::string inner = tbl(2, {text_row({"Hold", "Elever"}), text_row({"GF2", "24"})});
    std::string body = tbl(2, {text_row({"Indsats", "Målgruppe"}),
                               tr({cell("Makkerordning"), tc(p("Holdene:") + inner)})});
    auto im = import(document("f.docx", body));
    BOOST_TEST_REQUIRE(im.rows.size() == 1u);
    BOOST_TEST(field(im, 0, "target_group") == "Holdene:\nHold | Elever\nGF2 | 24");
    BOOST_TEST((im.tables.at(1).use == importer::TableReport::Use::inlined));
}

BOOST_AUTO_TEST_CASE(reads_a_table_word_split_off_the_plan_under_its_header) {
    // Format A, then an empty paragraph and the rest of the table without its header (a page
    // break, or Word splitting the table), then a table set apart by text.
    std::string rest = tbl(4, {text_row({"Sygefraværet er 4,7 %.", "Under 4 % i 2025.",
                                         "Tættere opfølgning.", "Stabschefen, løbende"}),
                               text_row({"Få ansøgere til TBT.", "Klarlæg årsagen i 2025.",
                                         "Employer branding.", "Afdelingschefen"})});
    std::string apart = tbl(4, {text_row({"Bilag 1", "", "", ""})});
    auto im = import(document("delt.docx", format_a() + p("") + rest + p("Bilag") + apart));
    BOOST_TEST_REQUIRE(im.rows.size() == 4u);
    BOOST_TEST(im.rows[2].origin.table == 2u);
    BOOST_TEST(im.rows[2].origin.row == 1u);
    BOOST_TEST(im.rows[3].origin.row == 2u);
    BOOST_TEST(field(im, 2, "finding") == "Sygefraværet er 4,7 %.");
    BOOST_TEST(field(im, 3, "responsible") == "Afdelingschefen");
    BOOST_TEST_REQUIRE(im.tables.size() == 3u);
    BOOST_TEST((im.tables[1].use == importer::TableReport::Use::plan));
    BOOST_TEST(im.tables[1].continues == 1u);
    BOOST_TEST(im.tables[1].skipped_rows.empty());
    BOOST_TEST((im.tables[2].use == importer::TableReport::Use::not_mapped));
}

BOOST_AUTO_TEST_CASE(the_written_workbook_reads_back_to_the_same_rows_with_their_source) {
    auto file = document("Plan Byg.docx", format_b());
    auto im = import(file, {"Byg og anlæg", "Eksempelskolen", 2025, false});
    auto out = dir / "Byg.xlsx";
    importer::write_department_workbook(im, schema, out, false);
    auto back = plan::read_department(out, schema);
    BOOST_TEST(back.meta.department.text == "Byg og anlæg");
    BOOST_TEST(back.meta.institution.text == "Eksempelskolen");
    BOOST_TEST((back.meta.year == std::optional<int>(2025)));
    auto plans = back.tables_of("plan");
    BOOST_TEST_REQUIRE(plans.size() == 1u);
    BOOST_TEST_REQUIRE(plans[0]->rows.size() == 1u);
    const auto& row = plans[0]->rows[0];
    const auto& ps = *plans[0]->schema;
    for (std::size_t f = 0; f < ps.fields.size(); ++f)
        BOOST_TEST(row.fields[f].text == row_at(im, 0).fields[f].text, ps.fields[f].name);
    BOOST_TEST_REQUIRE(row.extras.size() == 1u);
    BOOST_TEST(row.extras[0].first == "Kilde (Word)");
    BOOST_TEST(row.extras[0].second.text == "Plan Byg.docx: tabel 1, række 2");
    BOOST_TEST(im.rows[0].workbook_row == 2u);
}

BOOST_AUTO_TEST_CASE(the_template_columns_import_without_errors) {
    std::vector<std::string> head, values;
    const auto& ps = *schema.sheet("plan");
    // The columns a department types in; the read-only ones are Opfølg's (rollover).
    for (const auto& f : ps.fields)
        if (!f.readonly) head.push_back(f.title);
    values = {"BYG-01",
              "GF2 Frafald",
              "Resultatkvalitet",
              "Frafaldet steg til 10,2 %.",
              "Frafald 3 mdr. GF2",
              "Under 8 % i 2026.",
              "Fast fraværsopfølgning.",
              "Elever på GF2",
              "Fraværsprojektet 2024.",
              "Færre falder fra.",
              "Gennemgås i december.",
              "Uddannelsesleder GF2",
              "Skoleåret 2025/2026",
              "01-08-2025",
              "30-06-2026",
              "Ny"};
    BOOST_TEST_REQUIRE(head.size() == values.size());
    std::string meta =
        tbl(2, {text_row({"Institution", "Eksempelskolen"}), text_row({"Afdeling", "Byg og anlæg"}),
                text_row({"Planår", "2025"})});
    auto im = import(document("g.docx", meta + tbl(16, {text_row(head), text_row(values)})));
    BOOST_TEST(im.department == "Byg og anlæg");
    BOOST_TEST(im.department_source == "metadata");
    BOOST_TEST(im.institution == "Eksempelskolen");
    BOOST_TEST((im.year == std::optional<int>(2025)));
    BOOST_TEST((im.tables.at(0).use == importer::TableReport::Use::metadata));
    BOOST_TEST(im.missing_fields.empty());
    auto out = dir / "g.xlsx";
    importer::write_department_workbook(im, schema, out, false);
    auto report = validate::validate_file(out, schema, catalogue);
    BOOST_TEST(report.count(Severity::error) == 0u);
    for (const auto& i : report.issues)
        BOOST_TEST((i.code == "unknown-column" && i.value == "Kilde (Word)"),
                   i.code << " " << i.sheet << "!" << i.cell << ": " << i.message.en);
    // Start and Slut became dates, not text.
    auto wb = plan::read_department(out, schema);
    const auto& row = wb.tables_of("plan").at(0)->rows.at(0);
    BOOST_TEST(std::holds_alternative<xlsx::DateTime>(row.fields[*ps.field_index("start")].value));
}

BOOST_AUTO_TEST_CASE(refuses_to_overwrite_an_existing_workbook_unless_forced) {
    auto file = document("h.docx", format_b());
    auto out = dir / "h.xlsx";
    test::write_bytes(out, "not ours");
    auto im = import(file, {"", "", 2025, false});
    try {
        importer::write_department_workbook(im, schema, out, false);
        BOOST_FAIL("expected a refusal");
    } catch (const Error& e) {
        BOOST_TEST((e.code() == ErrorCode::output_exists));
        BOOST_TEST(e.describe(Lang::da).find("h.xlsx") != std::string::npos);
    }
    BOOST_TEST(test::read_bytes(out) == "not ours");
    importer::write_department_workbook(im, schema, out, true);
    BOOST_TEST(plan::read_department(out, schema).tables_of("plan").size() == 1u);
}

BOOST_AUTO_TEST_CASE(leaves_the_plan_year_blank_when_nothing_names_it) {
    auto im = import(document("uden år.docx", format_b()));
    BOOST_TEST(!im.year);
    auto out = dir / "uden år.xlsx";
    importer::write_department_workbook(im, schema, out, false);
    auto back = plan::read_department(out, schema);
    BOOST_TEST(back.meta.plan_year.empty());
    // The template's help text beside the blank cells is no value.
    BOOST_TEST(back.meta.institution.empty());
}

BOOST_AUTO_TEST_CASE(several_documents_go_to_a_folder_and_one_name_is_written_once) {
    std::vector<std::filesystem::path> two{dir / "a.docx", dir / "b.docx"};
    BOOST_CHECK_THROW(importer::output_paths(two, dir / "ud.xlsx"), Error);
    auto paths = importer::output_paths(two, dir / "ud");
    BOOST_TEST(paths[1] == dir / "ud" / "b.xlsx");
    BOOST_TEST(importer::output_paths({dir / "a.docx"}, dir / "Byg.XLSX")[0] == dir / "Byg.XLSX");

    auto a = document("a.docx", format_b());
    std::filesystem::create_directories(dir / "andet");
    auto same = dir / "andet" / "a.docx";
    std::filesystem::copy_file(a, same);
    auto result = importer::import_documents({a, same}, dir / "ud", schema, catalogue, {});
    BOOST_TEST_REQUIRE(result.files.size() == 2u);
    BOOST_TEST(result.files[0].written);
    BOOST_TEST(!result.files[1].written);
    BOOST_TEST(result.files[1].error_code == "output-exists");
    BOOST_TEST(result.exit_code() == 2);
}

BOOST_AUTO_TEST_CASE(an_unreadable_document_is_reported_and_the_others_imported) {
    auto good = document("god.docx", format_b());
    test::write_bytes(dir / "gammel.docx",
                      "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + std::string(600, '\0'));
    auto result =
        importer::import_documents({dir / "gammel.docx", good}, dir / "ud", schema, catalogue, {});
    BOOST_TEST(!result.files[0].written);
    BOOST_TEST(result.files[0].error->da.find("gammel.docx") != std::string::npos);
    BOOST_TEST(result.files[1].written);
    BOOST_TEST(std::filesystem::exists(dir / "ud" / "god.xlsx"));
}

BOOST_AUTO_TEST_CASE(writes_nothing_for_a_document_with_nothing_to_import) {
    auto none = document("brev.docx", p("Kære afdeling") + tbl(2, {text_row({"Bilag", "Side"})}));
    auto result = importer::import_documents({none}, dir / "ud", schema, catalogue, {});
    BOOST_TEST(!result.files.at(0).written);
    BOOST_TEST(result.files[0].error_code == "no-plan-table");
    BOOST_TEST(result.files[0].error->da.find("brev.docx") != std::string::npos);
    BOOST_TEST(result.exit_code() == 1);
    BOOST_TEST(!std::filesystem::exists(dir / "ud" / "brev.xlsx"));
}

BOOST_AUTO_TEST_CASE(collects_documents_from_folders_without_words_lock_files) {
    document("b.docx", format_b());
    document("a.docx", format_b());
    test::write_bytes(dir / "~$a.docx", "lock");
    test::write_bytes(dir / "noter.txt", "x");
    auto found = importer::collect_documents({dir.path()});
    BOOST_TEST_REQUIRE(found.size() == 2u);
    BOOST_TEST(found[0].filename() == "a.docx");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(template_metadata)

BOOST_AUTO_TEST_CASE(a_blank_value_is_not_read_as_the_help_text_beside_it) {
    TempDir d;
    auto schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    tmpl::write_template(schema, {"Byg og anlæg", 2025, ""}, d / "t.xlsx");
    auto wb = plan::read_department(d / "t.xlsx", schema);
    BOOST_TEST(wb.meta.institution.empty());
    BOOST_TEST(wb.meta.department.text == "Byg og anlæg");
}

BOOST_AUTO_TEST_SUITE_END()
