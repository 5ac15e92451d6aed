// SPDX-License-Identifier: MIT
#include "core/import/import_report.h"

#include <fmt/format.h>

#include "core/util/error.h"

namespace opfolg::importer {

using nlohmann::json;

namespace {

json table_json(const TableReport& t) {
    return {{"table", t.number},
            {"parent", t.parent ? json(t.parent) : json(nullptr)},
            {"continues", t.continues ? json(t.continues) : json(nullptr)},
            {"title", t.title},
            {"rows", t.rows},
            {"columns", t.columns},
            {"use", use_name(t.use)},
            {"layout",
             t.use == TableReport::Use::plan ? json(plan::layout_name(t.layout)) : json(nullptr)},
            {"imported", t.imported},
            {"unknown_columns", t.unknown_columns},
            {"skipped_rows", t.skipped_rows},
            {"preview", t.preview}};
}

json file_json(const FileResult& f) {
    json j = {{"input", path_utf8(f.input)},
              {"output", path_utf8(f.output)},
              {"written", f.written},
              {"error", f.error ? json(f.error->da) : json(nullptr)},
              {"error_en", f.error ? json(f.error->en) : json(nullptr)},
              {"error_code", f.error ? json(f.error_code) : json(nullptr)}};
    if (!f.import) return j;
    const Import& im = *f.import;
    json tables = json::array(), rows = json::array();
    for (const auto& t : im.tables) tables.push_back(table_json(t));
    for (const auto& r : im.rows)
        rows.push_back(
            {{"table", r.origin.table}, {"row", r.origin.row}, {"workbook_row", r.workbook_row}});
    j["department"] = im.department;
    j["department_source"] = im.department_source;
    j["institution"] = im.institution;
    j["year"] = im.year ? json(*im.year) : json(nullptr);
    j["year_source"] = im.year_source;
    j["tables"] = tables;
    j["rows"] = rows;
    j["plan_rows"] = im.rows.size();
    j["indicator_values"] = im.indicator_values;
    j["outside_tables"] = {{"paragraphs", im.document.paragraphs_outside},
                           {"titles", im.document.titles_outside},
                           {"characters", im.document.chars_outside}};
    json missing = json::array();
    for (const auto& f : im.missing_fields)
        missing.push_back({{"field", f.title}, {"rows", f.rows}});
    j["missing_fields"] = missing;
    j["tables_without_theme"] = im.tables_without_theme;
    return j;
}

// "kilde" words for how the department and year were found.
std::string source_words(const std::string& source, bool da) {
    if (source == "option") return da ? "angivet" : "given";
    if (source == "metadata" || source == "document")
        return da ? "fra dokumentet" : "from the document";
    if (source == "document properties")
        return da ? "fra dokumentets egenskaber" : "from the document's properties";
    if (source == "file name") return da ? "fra filnavnet" : "from the file name";
    return source;
}

std::string quoted_list(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "\"" : ", \"") + s + "\"";
    return out;
}

template <class T>
std::string number_list(const std::vector<T>& items) {
    std::string out;
    for (const auto& n : items) out += (out.empty() ? "" : ", ") + std::to_string(n);
    return out;
}

// What one table became, as one line.
std::string table_line(const TableReport& t, bool da) {
    std::string head = da ? fmt::format("Tabel {}", t.number) : fmt::format("Table {}", t.number);
    if (!t.title.empty()) head += " \"" + t.title + "\"";
    if (t.parent)
        head +=
            da ? fmt::format(" (i tabel {})", t.parent) : fmt::format(" (in table {})", t.parent);
    if (t.continues)
        head += da ? fmt::format(" (fortsætter tabel {})", t.continues)
                   : fmt::format(" (continues table {})", t.continues);
    head += fmt::format(" ({} × {})", t.rows, t.columns);
    std::string what;
    switch (t.use) {
        case TableReport::Use::plan:
            what =
                da ? fmt::format("{} {} ({})", t.imported,
                                 t.imported == 1 ? "indsats" : "indsatser",
                                 plan::layout_name(t.layout))
                   : fmt::format("{} {} ({})", t.imported, t.imported == 1 ? "action" : "actions",
                                 plan::layout_name(t.layout));
            break;
        case TableReport::Use::indicators:
            what = da ? fmt::format("{} indikatorværdier", t.imported)
                      : fmt::format("{} indicator values", t.imported);
            break;
        case TableReport::Use::metadata:
            what = da ? "oplysninger om planen (afdeling, institution, planår)"
                      : "facts about the plan (department, institution, plan year)";
            break;
        case TableReport::Use::inlined:
            what = da ? "ingen kendte kolonner; teksten står i cellen, der rummer tabellen"
                      : "no known columns; its text stays in the cell holding the table";
            break;
        case TableReport::Use::not_mapped:
            what = da ? "IKKE IMPORTERET: ingen kendte kolonneoverskrifter"
                      : "NOT IMPORTED: no known column headers";
            if (!t.preview.empty()) what += " (\"" + t.preview + "\")";
            break;
    }
    return head + ": " + what;
}

}  // namespace

json import_json(const Result& result) {
    json files = json::array();
    std::size_t written = 0, rows = 0, values = 0;
    for (const auto& f : result.files) {
        files.push_back(file_json(f));
        written += f.written;
        if (f.import && f.written) {
            rows += f.import->rows.size();
            values += f.import->indicator_values;
        }
    }
    return {{"files", files},
            {"summary",
             {{"files", result.files.size()},
              {"written", written},
              {"plan_rows", rows},
              {"indicator_values", values}}}};
}

void document_text(const Import& im, Lang lang, std::ostream& out) {
    const bool da = lang == Lang::da;
    out << "  " << (da ? "Afdeling: " : "Department: ") << im.department << " ("
        << source_words(im.department_source, da) << ")";
    out << (da ? "; planår: " : "; plan year: ");
    if (im.year)
        out << *im.year << " (" << source_words(im.year_source, da) << ")";
    else
        out << (da ? "står ikke i dokumentet; angiv det" : "not in the document; give it");
    if (!im.institution.empty())
        out << (da ? "; institution: " : "; institution: ") << im.institution;
    out << "\n";
    for (const auto& t : im.tables) {
        out << "  " << table_line(t, da) << "\n";
        if (!t.unknown_columns.empty())
            out << "    "
                << (da ? "ukendte kolonner, gemt som bemærkninger: "
                       : "unknown columns, kept as remarks: ")
                << quoted_list(t.unknown_columns) << "\n";
        if (!t.skipped_rows.empty())
            out << "    "
                << (da ? "rækker med tekst, der ikke blev importeret: "
                       : "rows with text that were not imported: ")
                << number_list(t.skipped_rows) << "\n";
    }
    if (im.tables.empty())
        out << "  " << (da ? "Dokumentet har ingen tabeller." : "The document has no tables.")
            << "\n";
    const auto& d = im.document;
    if (d.paragraphs_outside > 0)
        out << "  "
            << (da ? fmt::format("Tekst uden for tabeller: {} afsnit ({} tegn), ikke "
                                 "importeret; {} af dem brugt som tabeloverskrift",
                                 d.paragraphs_outside, d.chars_outside, d.titles_outside)
                   : fmt::format("Text outside tables: {} paragraphs ({} characters), not "
                                 "imported; {} of them used as table titles",
                                 d.paragraphs_outside, d.chars_outside, d.titles_outside))
            << "\n";
    if (!im.missing_fields.empty()) {
        std::string list;
        for (const auto& f : im.missing_fields)
            list += (list.empty() ? "" : ", ") +
                    (da ? fmt::format("{} ({} af {})", f.title, f.rows, im.rows.size())
                        : fmt::format("{} ({} of {})", f.title, f.rows, im.rows.size()));
        out << "  "
            << (da ? "Påkrævet, men tomt i dokumentet (udfyld i projektmappen): "
                   : "Required but empty in the document (fill in in the workbook): ")
            << list << "\n";
    }
    if (!im.tables_without_theme.empty())
        out << "  "
            << (da ? "Uden tema (ingen overskrift over tabellen): tabel "
                   : "Without a theme (no heading above the table): table ")
            << number_list(im.tables_without_theme) << "\n";
}

void import_text(const Result& result, Lang lang, std::ostream& out) {
    const bool da = lang == Lang::da;
    std::size_t written = 0;
    for (const auto& f : result.files) {
        out << path_utf8(f.input.filename()) << " → " << path_utf8(f.output) << "\n";
        if (f.import) document_text(*f.import, lang, out);
        if (f.written) {
            ++written;
            const Import& im = *f.import;
            out << "  "
                << (da ? fmt::format("Skrevet: {} indsatser, {} indikatorværdier", im.rows.size(),
                                     im.indicator_values)
                       : fmt::format("Written: {} actions, {} indicator values", im.rows.size(),
                                     im.indicator_values))
                << "\n";
        } else if (f.error) {
            out << "  " << (da ? "IKKE SKREVET: " : "NOT WRITTEN: ") << f.error->in(lang) << "\n";
        }
        out << "\n";
    }
    out << (da ? fmt::format("{} af {} dokumenter importeret.\n", written, result.files.size())
               : fmt::format("{} of {} documents imported.\n", written, result.files.size()));
}

}  // namespace opfolg::importer
