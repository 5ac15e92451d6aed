// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <functional>
#include <vector>

#include "core/indicators/catalogue.h"
#include "core/schema/schema.h"
#include "core/validate/issue.h"

namespace opfolg::validate {

/// Reads one workbook, maps it and runs every check. Unreadable files come back with status
/// unreadable and the reason, never as an exception.
/// The same for a file's bytes already in memory (consolidation hashes them too); `file`
/// names them in the report.
FileReport validate_bytes(std::string bytes, const std::filesystem::path& file,
                          const schema::Schema& schema, const indicators::Catalogue& catalogue);

FileReport validate_file(const std::filesystem::path& file, const schema::Schema& schema,
                         const indicators::Catalogue& catalogue);

/// Runs every check on an already mapped workbook and returns the issues in sheet/cell order.
std::vector<Issue> run_checks(const plan::DepartmentWorkbook& wb, const schema::Schema& schema);

/// Validates files and folders (see plan::collect_inputs); `progress(done, total)` is called
/// after each file when given.
Report validate_paths(const std::vector<std::filesystem::path>& paths, const schema::Schema& schema,
                      const indicators::Catalogue& catalogue,
                      const std::function<void(std::size_t, std::size_t)>& progress = {});

}  // namespace opfolg::validate
