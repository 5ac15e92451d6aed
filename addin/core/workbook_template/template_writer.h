// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/schema/schema.h"
#include "core/xlsx/value.h"
#include "core/xlsx/writer.h"

namespace opfolg::tmpl {

/// Rows to fill a data sheet with (a plan imported from Word), in the schema's field order.
struct SheetRows {
    /// Headers of columns after the sheet's own, for what the schema has no field for (where an
    /// imported row came from, text under headers the schema does not know).
    std::vector<std::string> extra_headers;
    struct Row {
        std::vector<xlsx::CellValue> fields;  ///< by field index; empty values stay blank
        std::vector<std::string> extras;      ///< by extra_headers index
    };
    std::vector<Row> rows;
};

/// What goes on a department's template besides the schema.
struct TemplateOptions {
    std::string department;
    int year = 0;                 ///< 0 when not known: the Planår cell is left blank
    std::string institution;      ///< may be empty: the department fills it in
    std::string contact = {};     ///< may be empty: the department fills it in
    std::size_t empty_rows = 40;  ///< rows prepared in each table (10 at least below filled rows)
    /// Filled rows per schema sheet name ("plan", "indicators"); a fresh template has none.
    std::map<std::string, SheetRows> rows = {};
    /// An existing file at the target is refused unless this says replace (a department's
    /// filled plan is never overwritten by an empty template by accident).
    xlsx::Existing existing = xlsx::Existing::refuse;
    /// Writes sheets after the template's own (a rolled-over plan lists last year's closed
    /// actions there); empty for a fresh template.
    std::function<void(xlsx::WorkbookWriter&)> more_sheets = {};
};

/// Writes an Excel-native department workbook from the schema: a Danish instruction sheet with a
/// filled example row, the metadata sheet, one Excel table per data sheet (header filters,
/// dropdowns for enum columns, date/number validation with Danish input messages, frozen header,
/// widths and wrapped text, board print setup) and document properties. The workbook checks
/// itself as `validate` does (live_checks.h: coloured cells, a status per row, a verdict on the
/// metadata sheet), its sheets are protected without a password with only input cells unlocked,
/// and it carries the schema's name and version as custom properties. Atomic.
void write_template(const schema::Schema& schema, const TemplateOptions& options,
                    const std::filesystem::path& out);

}  // namespace opfolg::tmpl
