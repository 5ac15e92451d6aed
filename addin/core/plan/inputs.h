// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/util/text.h"

namespace opfolg::plan {

/// A path the user named that is not read, and why.
struct SkippedInput {
    std::filesystem::path path;
    Text reason;
};

/// The workbooks to read: files as given, folders searched (not recursively) for .xlsx and
/// .xlsm; every other file of a folder is listed as skipped with the reason.
struct Inputs {
    std::vector<std::filesystem::path> files;  ///< sorted, duplicates removed
    /// Excel lock files (~$…), hidden files, and files that are no workbook we read (.xls, .ods,
    /// .csv …), each with what to do about it
    std::vector<SkippedInput> skipped;
    std::vector<SkippedInput> missing;         ///< named paths that do not exist
};

/// Expands files and folders into the workbooks to read, in a stable order whatever order the
/// user listed them in.
Inputs collect_inputs(const std::vector<std::filesystem::path>& paths);

}  // namespace opfolg::plan
