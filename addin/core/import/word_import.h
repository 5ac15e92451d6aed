// SPDX-License-Identifier: MIT
// Last year's Word plan into this year's department workbook (issue 13, part 2): the document's
// tables are read as a workbook and mapped through the schema like any workbook, then written in
// the template layout.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/docx/document.h"
#include "core/docx/workbook_view.h"
#include "core/indicators/catalogue.h"
#include "core/indicators/series.h"
#include "core/plan/model.h"
#include "core/schema/schema.h"
#include "core/util/text.h"
#include "core/xlsx/limits.h"

namespace opfolg::importer {

/// What the user decides; everything else comes from the document.
struct Options {
    std::string department;   ///< empty: the document's (a metadata table, its properties,
                              ///< else its file name)
    std::string institution;  ///< empty: the document's, if it names one
    std::optional<int> year;  ///< empty: the year the document names ("Opfølgningsplan 2024")
    bool force = false;       ///< overwrite an output file that exists
};

/// Where an imported value came from: table and row of the document, as a person counts them.
struct Origin {
    std::size_t table = 0;
    std::uint32_t row = 0;
};
/// "tabel 3, række 5" / "table 3, row 5".
Text origin_text(const Origin& o);

/// What became of one table of the document.
struct TableReport {
    enum class Use {
        plan,        ///< its rows are plan rows
        indicators,  ///< its figures are indicator values (wide or long form)
        metadata,    ///< it names the department, institution or plan year
        inlined,     ///< a nested table that did not map: its text stays in its parent's cell
        not_mapped,  ///< no known columns: nothing of it is imported
    };
    std::size_t number = 0;
    std::size_t parent = 0;     ///< the table holding it, 0 in the body
    std::size_t continues = 0;  ///< the plan table it continues (Word split them), 0 if none
    std::string title;
    std::uint32_t rows = 0, columns = 0;
    Use use = Use::not_mapped;
    plan::Layout layout = plan::Layout::unknown;  ///< for plan tables
    std::size_t imported = 0;                     ///< plan rows, or indicator values
    /// Headers the schema does not know: their text is kept in the row's remarks.
    std::vector<std::string> unknown_columns;
    /// Rows holding text that was not imported (above the header, stray lines), 1-based.
    std::vector<std::uint32_t> skipped_rows;
    std::string preview;  ///< the first text of a table that did not map (at most 80 characters)
};
/// "plan", "indicators", "metadata", "inlined", "not-mapped".
const char* use_name(TableReport::Use u);

/// One plan row brought over, and where it came from and went.
struct ImportedRow {
    std::size_t table = 0;  ///< index into Import::workbook.tables
    std::size_t index = 0;  ///< index into that table's rows
    Origin origin;
    std::uint32_t workbook_row = 0;  ///< 1-based row of the written Opfølgningsplan sheet
};

/// One document read and mapped.
struct Import {
    std::filesystem::path input;
    docx::Document document;
    docx::View view;                         ///< how the tables were laid out for mapping
    plan::DepartmentWorkbook workbook;       ///< the document's tables mapped like a workbook's
    std::vector<indicators::Series> series;  ///< indicator tables of the document
    std::string department, institution;
    std::string department_source;  ///< "option", "metadata", "document properties", "file name"
    std::optional<int> year;
    std::string year_source;  ///< "option", "metadata" (a table or the title line), "" unknown
    std::vector<TableReport> tables;
    std::vector<ImportedRow> rows;  ///< in document order
    std::size_t indicator_values = 0;
    /// A required plan field the document leaves empty, and in how many of the imported rows.
    struct MissingField {
        std::string title;  ///< the schema's title ("Status")
        std::size_t rows = 0;
    };
    /// What the department must fill in, in the schema's order.
    std::vector<MissingField> missing_fields;
    /// Plan tables without a theme (no title above them, no theme column), by number.
    std::vector<std::size_t> tables_without_theme;
};

/// Reads a .docx and maps its tables through `schema`. Throws opfolg::Error when the file cannot
/// be read (see docx::read_document).
Import read_plan_document(const std::filesystem::path& docx, const schema::Schema& schema,
                          const indicators::Catalogue& catalogue, const Options& options,
                          const xlsx::ReadLimits& limits = {});

/// The same for a document already read (fuzzing, tests); never throws for its content.
Import map_plan_document(docx::Document document, const schema::Schema& schema,
                         const indicators::Catalogue& catalogue, const Options& options);

/// Writes `import` as a department workbook in the template layout: metadata filled in, one
/// Opfølgningsplan row per imported row and one Indikatorer row per indicator value, each with
/// its source in the document ("Kilde (Word)"), text under unknown headers in "Bemærkninger
/// (Word)". Atomic; refuses an existing `out` unless `force` (ErrorCode::output_exists).
void write_department_workbook(Import& import, const schema::Schema& schema,
                               const std::filesystem::path& out, bool force);

/// The result for one input of import_documents.
struct FileResult {
    std::filesystem::path input, output;
    bool written = false;
    std::optional<Text> error;  ///< why it was not read or written
    std::string error_code;     ///< the ErrorCode name ("legacy-doc", "output-exists", …)
    std::optional<Import> import;
};

struct Result {
    std::vector<FileResult> files;
    /// 0 every document written; 1 some document had nothing to import (no plan or indicator
    /// table; error_code "no-plan-table"); 2 some document could not be read or written.
    int exit_code() const;
};

/// Why `import` is not worth a workbook: neither plan rows nor indicator values (the message
/// names the file); nullopt when there is something to write.
std::optional<Text> nothing_to_import(const Import& import);

/// Where each document goes: `output` itself when it names a .xlsx file (one document only),
/// else `output`/<document name>.xlsx. Throws opfolg::Error (ErrorCode::io) for several
/// documents and a .xlsx output.
std::vector<std::filesystem::path> output_paths(const std::vector<std::filesystem::path>& inputs,
                                                const std::filesystem::path& output);

/// The .docx files to import: files as given, folders searched (not recursively) for .docx,
/// Word's lock files (~$…) left out.
std::vector<std::filesystem::path> collect_documents(
    const std::vector<std::filesystem::path>& paths);

/// Imports every document into its department workbook (see output_paths). A document that
/// cannot be read or written is reported, and the others are still imported.
Result import_documents(const std::vector<std::filesystem::path>& documents,
                        const std::filesystem::path& output, const schema::Schema& schema,
                        const indicators::Catalogue& catalogue, const Options& options);

}  // namespace opfolg::importer
