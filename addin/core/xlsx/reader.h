// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>

#include "core/xlsx/limits.h"
#include "core/xlsx/workbook.h"

namespace opfolg::xlsx {

/// Reads a whole .xlsx workbook: every sheet in workbook order with its cells and merged ranges.
/// Never modifies the file. Throws opfolg::Error (naming the file and the part, sheet or cell)
/// for anything that is not a readable, safe workbook.
Workbook read_workbook(const std::filesystem::path& path, const ReadLimits& limits = {});

/// The same from bytes already in memory (fuzzing, tests); `path` names them in messages.
Workbook read_workbook_bytes(std::string bytes, const std::filesystem::path& path,
                             const ReadLimits& limits = {});

}  // namespace opfolg::xlsx
