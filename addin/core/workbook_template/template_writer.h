// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>

#include "core/schema/schema.h"
#include "core/xlsx/writer.h"

namespace opfolg::tmpl {

/// What goes on a department's template besides the schema.
struct TemplateOptions {
    std::string department;
    int year = 0;
    std::string institution;      ///< may be empty: the department fills it in
    std::size_t empty_rows = 40;  ///< rows prepared in each table
    /// An existing file at the target is refused unless this says replace (a department's
    /// filled plan is never overwritten by an empty template by accident).
    xlsx::Existing existing = xlsx::Existing::refuse;
};

/// Writes an Excel-native department workbook from the schema: a Danish instruction sheet with a
/// filled example row, the metadata sheet, one Excel table per data sheet (header filters,
/// dropdowns for enum columns, date/number validation with Danish input messages, frozen header,
/// widths and wrapped text, board print setup) and document properties. Atomic.
void write_template(const schema::Schema& schema, const TemplateOptions& options,
                    const std::filesystem::path& out);

}  // namespace opfolg::tmpl
