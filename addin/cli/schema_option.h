// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "cli/commands.h"
#include "core/schema/schema.h"

namespace opfolg::cli {

/// Adds --schema FILE (default: the installed or source-tree plan-schema.json).
void add_schema_option(CLI::App& cmd, std::string& target);

/// Loads the schema named by --schema (or the default); on failure prints the error with its
/// file and line, sets exit status 2 and returns nullopt.
std::optional<schema::Schema> load_schema_or_report(const std::string& path, Context& ctx);

}  // namespace opfolg::cli
