// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <vector>

#include "core/util/text.h"
#include "core/schema/schema.h"
#include "core/validate/issue.h"
#include "core/xlsx/writer.h"

namespace opfolg::validate {

/// Writes the feedback workbook a coordinator sends back to departments: a summary sheet, then
/// one sheet per file with one row per issue (severity, sheet, cell, the schema's column title,
/// message, the offending value), grouped by sheet and printable. Links stay within the workbook,
/// so it reads the same after it is e-mailed. Written atomically; refuses to overwrite any of the
/// report's input files, and an existing `out` unless `existing` says replace.
void write_feedback_workbook(const Report& report, const schema::Schema& schema,
                             const std::filesystem::path& out, Lang lang,
                             xlsx::Existing existing = xlsx::Existing::refuse);

/// One feedback workbook per department workbook of `report` into `folder` ("Tilbagemelding
/// Byg og anlæg.xlsx"), since each goes to a different person. Every target is checked before
/// the first is written. Returns the files written.
std::vector<std::filesystem::path> write_feedback_workbooks(
    const Report& report, const schema::Schema& schema, const std::filesystem::path& folder,
    Lang lang, xlsx::Existing existing = xlsx::Existing::refuse);

}  // namespace opfolg::validate
