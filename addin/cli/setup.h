// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include "cli/commands.h"
#include "core/indicators/catalogue.h"
#include "core/schema/schema.h"
#include "core/util/error.h"
#include "core/xlsx/writer.h"

namespace opfolg::cli {

/// Where the schema and the indicator catalogue come from (--schema, --catalogue).
struct SetupPaths {
    std::string schema, catalogue;
};

/// The schema and catalogue every plan-reading command needs.
struct Setup {
    schema::Schema schema;
    indicators::Catalogue catalogue;
};

/// The FILE|DIR arguments as paths (UTF-8 on every platform).
std::vector<std::filesystem::path> input_paths(const std::vector<std::string>& args);

/// Adds --schema FILE and --catalogue FILE (default: the installed or source-tree files).
void add_setup_options(CLI::App& cmd, SetupPaths& paths);

/// Adds --format text|json (default: what `format` holds).
void add_format_option(CLI::App& cmd, std::string& format);

/// Adds the required FILE|DIR... arguments: workbooks, or folders searched for them.
void add_inputs_argument(CLI::App& cmd, std::vector<std::string>& inputs);

/// Adds --force: replace an output file that exists (refused otherwise).
void add_force_option(CLI::App& cmd, bool& force);
/// What --force asks for.
inline xlsx::Existing existing_from(bool force) {
    return force ? xlsx::Existing::replace : xlsx::Existing::refuse;
}

/// Tells the user how to replace an output that exists (--force).
void print_force_hint(const Context& ctx);

/// Prints why the tool could not go on (with a hint where the user can do something about it:
/// --force for an existing output) and sets exit status 2.
void print_error(const Error& e, Context& ctx);

/// Loads schema and catalogue; on failure prints the error with its file and line, sets exit
/// status 2 and returns nullopt.
std::optional<Setup> load_setup(const SetupPaths& paths, Context& ctx);

}  // namespace opfolg::cli
