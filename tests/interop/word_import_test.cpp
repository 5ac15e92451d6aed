// SPDX-License-Identifier: MIT
// Word plans made by real producers – LibreOffice Writer (from HTML the test writes: Format A and
// Format B with the seed tables) and python-docx (the template's columns, merged cells, list
// styles, a nested table) – go through import → validate → consolidate, and every row and text of
// the documents arrives in the board workbook, traceable to its table and row.
#include "core/import/word_import.h"

#include <boost/test/unit_test.hpp>
#include <map>
#include <nlohmann/json.hpp>

#include "core/consolidate/consolidate.h"
#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/validate/validator.h"
#include "core/xlsx/reader.h"
#include "test_support.h"

using namespace opfolg;
using nlohmann::json;
namespace t = opfolg::test;

namespace {

// The test documents, made once for the whole suite (LibreOffice takes seconds per file).
struct Documents {
    t::TempDir dir;
    json expected;
    std::map<std::string, std::filesystem::path> files;  // "format-a" → …/format-a.docx

    Documents() {
        auto r = t::run("/usr/bin/python3 " + t::shell_quote(OPFOLG_INTEROP_DIR "/word_plans.py") +
                        " " + t::shell_quote(dir.path().string()));
        BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
        expected = json::parse(t::read_bytes(dir / "expected.json"));
        for (const char* name : {"format-a", "format-b"})
            files[name] = t::soffice_convert(dir / (std::string(name) + ".html"), dir / "lo",
                                             "docx:MS Word 2007 XML", "docx", "HTML (StarWriter)");
        files["template"] = dir / "template.docx";
    }
};

Documents& documents() {
    static Documents d;
    return d;
}

struct Setup {
    schema::Schema schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    indicators::Catalogue catalogue =
        indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
};

std::string field(const importer::Import& im, std::size_t i, const char* name) {
    const auto& r = im.rows.at(i);
    const auto& t = im.workbook.tables.at(r.table);
    return t.rows.at(r.index).fields.at(*t.schema->field_index(name)).text;
}

// Every cell of each row of a sheet joined, by row.
std::vector<std::string> row_texts(const xlsx::Sheet& s) {
    std::vector<std::string> rows;
    for (const auto& c : s.cells) {
        if (rows.size() <= c.ref.row) rows.resize(c.ref.row + 1);
        rows[c.ref.row] += xlsx::to_text(c.value) + "\n";
    }
    return rows;
}

void plan_sheet_reads_the_same_in_openpyxl(const std::filesystem::path& file) {
    auto r = t::run("/usr/bin/python3 -c " + t::shell_quote(R"(
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], data_only=True)["Opfølgningsplan"]
print(json.dumps({c.coordinate: c.value for row in ws.iter_rows() for c in row
                  if isinstance(c.value, str)}, ensure_ascii=False))
)") + " " + t::shell_quote(file.string()));
    BOOST_TEST_REQUIRE(r.exit_code == 0, r.err);
    auto theirs = json::parse(r.out);
    auto ours = xlsx::read_workbook(file);
    std::size_t texts = 0;
    for (const auto& c : ours.sheet("Opfølgningsplan")->cells)
        // The template's formula columns cache an empty result, which openpyxl shows as None.
        if (const auto* text = std::get_if<std::string>(&c.value); text && !text->empty()) {
            auto ref = xlsx::to_a1(c.ref);
            BOOST_TEST_REQUIRE(theirs.contains(ref), ref);
            BOOST_TEST(theirs[ref].get<std::string>() == *text, ref);
            ++texts;
        }
    BOOST_TEST(texts == theirs.size());
}

// LibreOffice Writer and python-docx make the documents; openpyxl reads the workbooks.
const t::needs word_producers("word", {t::writer(), t::python_docx(), t::openpyxl()});

}  // namespace

BOOST_FIXTURE_TEST_SUITE(word_import_producers, Setup)

BOOST_AUTO_TEST_CASE(every_row_and_text_of_the_documents_reaches_the_board_workbook,
                     *word_producers) {
    auto& docs = documents();
    t::TempDir out;
    std::vector<std::filesystem::path> workbooks;
    std::size_t expected_rows = 0;
    for (const auto& [name, file] : docs.files) {
        BOOST_TEST_CONTEXT(name) {
            auto workbook = out / (name + ".xlsx");
            auto result = importer::import_documents({file}, workbook, schema, catalogue, {});
            BOOST_TEST_REQUIRE(result.files.size() == 1u);
            const auto& f = result.files[0];
            BOOST_TEST_REQUIRE(f.written, (f.error ? f.error->en : std::string()));
            const auto& want = docs.expected[name];
            // Exactly the rows of the document, each traced to its table and row.
            std::vector<std::string> got, expected;  // "table.row"
            for (const auto& r : f.import->rows)
                got.push_back(std::to_string(r.origin.table) + "." + std::to_string(r.origin.row));
            for (const auto& r : want["rows"])
                expected.push_back(std::to_string(r["table"].get<int>()) + "." +
                                   std::to_string(r["row"].get<int>()));
            BOOST_TEST(got == expected, boost::test_tools::per_element());
            expected_rows += expected.size();
            BOOST_TEST((f.import->year == std::optional<int>(want["year"].get<int>())));
            if (want.contains("department")) BOOST_TEST(f.import->department == want["department"]);
            if (want.contains("institution"))
                BOOST_TEST(f.import->institution == want["institution"]);

            // openpyxl reads every text of the written plan sheet as we do.
            plan_sheet_reads_the_same_in_openpyxl(workbook);
            // Validation reads the workbook; the only errors are fields the document lacks.
            auto report = validate::validate_file(workbook, schema, catalogue);
            BOOST_TEST_REQUIRE((report.status != validate::FileReport::Status::unreadable));
            for (const auto& i : report.issues)
                if (i.severity == Severity::error)
                    BOOST_TEST((i.code == "required-empty" && !want.value("valid", false)),
                               i.code << " " << i.sheet << "!" << i.cell << " " << i.message.en);
            workbooks.push_back(workbook);
        }
    }

    consolidate::Options options;
    options.institution = "Eksempelskolen";
    auto board_file = out / "Samlet.xlsx";
    auto result = consolidate::consolidate(workbooks, board_file, schema, catalogue, options);
    BOOST_TEST_REQUIRE(result.written);
    BOOST_TEST(result.rows == expected_rows);

    auto board = xlsx::read_workbook(board_file);
    const auto* plan = board.sheet("Opfølgningsplan");
    BOOST_TEST_REQUIRE(plan != nullptr);
    auto rows = row_texts(*plan);
    for (const auto& [name, file] : docs.files)
        for (const auto& r : docs.expected[name]["rows"]) {
            std::string source = path_utf8(file.filename()) + ": tabel " +
                                 std::to_string(r["table"].get<int>()) + ", række " +
                                 std::to_string(r["row"].get<int>());
            BOOST_TEST_CONTEXT(source) {
                auto row = std::find_if(rows.begin(), rows.end(), [&](const std::string& text) {
                    return text.find(source + "\n") != std::string::npos;
                });
                BOOST_TEST_REQUIRE((row != rows.end()));
                for (const auto& text : r["texts"]) {
                    std::string want = text.get<std::string>();
                    BOOST_TEST(row->find(want) != std::string::npos, "missing: " << want);
                }
            }
        }
}

BOOST_AUTO_TEST_CASE(lists_merges_and_nested_tables_read_as_each_producer_wrote_them,
                     *word_producers) {
    auto& docs = documents();
    auto a = importer::read_plan_document(docs.files["format-a"], schema, catalogue, {});
    BOOST_TEST_REQUIRE(a.rows.size() == 3u);
    BOOST_TEST(field(a, 0, "action") ==
               "Dialog med elevrådet om lokaler, indretning og indeklima.\n"
               "• Bygningsrunderinger hver måned\n• Opsamling på chefmødet");
    BOOST_TEST(field(a, 1, "action") ==
               "1. Måling af CO₂ i alle lokaler\n2. Ny ventilation i fløj C");
    BOOST_TEST(field(a, 1, "finding") == field(a, 0, "finding"));  // merged over both rows
    BOOST_TEST(
        field(a, 2, "action") ==
        "Tættere opfølgning på sygefraværssamtaler.\nTrivselsmåling i gruppen efter MTU 2024.");
    BOOST_TEST(a.document.paragraphs_outside == 4u);
    BOOST_TEST(a.document.titles_outside == 1u);

    auto b = importer::read_plan_document(docs.files["format-b"], schema, catalogue, {});
    BOOST_TEST_REQUIRE(b.rows.size() == 3u);
    BOOST_TEST(field(b, 0, "theme") == "GF1 Frafald");
    BOOST_TEST(field(b, 2, "theme") == "ETU 2024 GF1");
    BOOST_TEST(field(b, 0, "target_group") == "Nye elever på GF1, alle indgange");
    BOOST_TEST(field(b, 0, "action") ==
               "Makkerordning på GF1\n\n• Opstartsdag med makker fra hovedforløbet\n"
               "• Fast makkermøde hver fredag i de første otte uger");
    BOOST_TEST(field(b, 0, "goal") == "Frafaldet 3 mdr. efter start på GF1 er under 12 % i 2026.");
    BOOST_TEST(field(b, 2, "period") == "Èn gang årligt i forbindelse med gennemførsel af ETU");
    std::vector<std::string> uses;
    for (const auto& tr : b.tables) uses.push_back(importer::use_name(tr.use));
    BOOST_TEST(uses == (std::vector<std::string>{"metadata", "indicators", "indicators",
                                                 "indicators", "plan", "plan"}),
               boost::test_tools::per_element());

    auto p = importer::read_plan_document(docs.files["template"], schema, catalogue, {});
    BOOST_TEST_REQUIRE(p.rows.size() == 2u);
    BOOST_TEST(field(p, 0, "action") ==
               "Fast fraværsopfølgning i alle GF2-hold.\n• Kontaktlæreren ringer ved 2. "
               "fraværsdag\n• Opfølgning hver fredag\n1. Plan med eleven\n2. Evaluering efter "
               "otte uger");
    BOOST_TEST(field(p, 1, "responsible") == "Uddannelsesleder GF2");  // merged down in Word
    BOOST_TEST(field(p, 1, "period") == "Skoleåret 2025/2026");
    BOOST_TEST(field(p, 0, "target_group") ==
               "Elever på GF2, alle indgange\nHold | Elever\nGF2 Tømrer | 24");
    BOOST_TEST(p.tables.at(1).unknown_columns == std::vector<std::string>{"Kommentar"});
    BOOST_TEST((p.tables.at(2).use == importer::TableReport::Use::inlined));
}

BOOST_AUTO_TEST_CASE(the_seed_indicator_tables_come_over_with_their_figures, *word_producers) {
    auto& docs = documents();
    t::TempDir out;
    auto result =
        importer::import_documents({docs.files["format-b"]}, out / "b.xlsx", schema, catalogue, {});
    BOOST_TEST_REQUIRE(result.files.at(0).written);
    // Tabel 1: 3 groups × 2 years; Tabel 2: 3 + 1 values; Tabel 3: 4 questions × 2 years.
    BOOST_TEST(result.files[0].import->indicator_values == 6u + 4u + 8u);
    auto report = validate::validate_file(out / "b.xlsx", schema, catalogue);
    struct Want {
        const char* id;
        const char* group;
        double value;
        std::optional<double> delta, diff;
    };
    for (const Want& w :
         {Want{"frafald-gf1-3m", "Omsorg, sundhed og pædagogik", 16.7, -3.1, 7.6},
          Want{"frafald-gf1-3m", "Kontor, handel og forretningsservice", 9.4, 2.2, 4.4},
          Want{"frafald-gf2-3m", "", 10.2, 1.4, 2.9},
          Want{"frafald-gf2-6m", "", 16.2, std::nullopt, 5.5},
          Want{"etu-andel-altid-ofte", "Underviserne giver dig faglig hjælp", 86, 3,
               std::nullopt}}) {
        BOOST_TEST_CONTEXT(w.id << " / " << w.group) {
            const indicators::Delta* found = nullptr;
            for (const auto& d : report.deltas)
                if (d.series.entry && d.series.entry->id == w.id &&
                    (!*w.group || d.series.group == w.group))
                    found = &d;
            BOOST_TEST_REQUIRE(found != nullptr);
            BOOST_TEST(found->year == 2024);
            BOOST_TEST(found->value == w.value);
            BOOST_TEST(found->delta.has_value() == w.delta.has_value());
            if (w.delta) BOOST_TEST(*found->delta == *w.delta);
            BOOST_TEST(found->diff_national.has_value() == w.diff.has_value());
            if (w.diff) BOOST_TEST(*found->diff_national == *w.diff);
        }
    }
    // Each figure says where in the document it stood.
    auto wb = xlsx::read_workbook(out / "b.xlsx");
    const auto* sheet = wb.sheet("Indikatorer");
    BOOST_TEST_REQUIRE(sheet != nullptr);
    bool traced = false;
    for (const auto& c : sheet->cells)
        traced = traced || xlsx::to_text(c.value) ==
                               path_utf8(docs.files["format-b"].filename()) + ": tabel 2, række 2";
    BOOST_TEST(traced);
}

BOOST_AUTO_TEST_SUITE_END()
