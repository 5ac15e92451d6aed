// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

#include "core/plan/model.h"
#include "core/schema/schema.h"
#include "core/xlsx/workbook.h"

namespace opfolg::plan {

/// The keyword Opfølg stamps into every consolidated workbook, so that a board workbook saved
/// among the departments' workbooks is never read as one of them.
inline constexpr const char* board_workbook_keyword = "opfolg-board";

/// The custom document properties every template carries (docProps/custom.xml): the name of the
/// schema it was generated from and that schema's version. `validate` reads them to tell a
/// department what changed since its template was made.
inline constexpr const char* template_schema_property = "Opfølg-skema";
inline constexpr const char* template_version_property = "Opfølg-skemaversion";

/// How far down a sheet a header row is looked for (a title and some notes above are normal).
constexpr std::uint32_t header_search_rows = 30;

/// Maps a workbook in any known layout (the template, Format A with its two-row header, Format B
/// with labelled paragraphs) into the canonical model, driven entirely by `schema`: headers are
/// found in the first rows of every sheet and matched through titles and synonyms; several
/// tables in one sheet (one per theme) are each read with their title. Never loses text: cells
/// under unknown headers are kept as extras.
DepartmentWorkbook map_workbook(const xlsx::Workbook& wb, const schema::Schema& schema);

/// Reads and maps a file (throws opfolg::Error when the file cannot be read).
DepartmentWorkbook read_department(const std::filesystem::path& file, const schema::Schema& schema);

}  // namespace opfolg::plan
