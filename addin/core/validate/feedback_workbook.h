// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <vector>

#include "core/util/text.h"
#include "core/validate/issue.h"
#include "core/xlsx/writer.h"

namespace opfolg::validate {

/// Writes the feedback workbook a coordinator sends back to departments: a summary sheet, then
/// one sheet per file with one row per issue (severity, sheet, cell with a hyperlink into the
/// department's workbook, field, message, the offending value, code), grouped by sheet and
/// printable. Written atomically; refuses to overwrite any of the report's input files.
/// An existing file at `out` is refused unless `existing` says replace.
void write_feedback_workbook(const Report& report, const std::filesystem::path& out, Lang lang,
                             xlsx::Existing existing = xlsx::Existing::refuse);

}  // namespace opfolg::validate
