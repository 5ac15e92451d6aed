// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>

#include "core/util/text.h"

namespace opfolg::cli {

/// Exit statuses shared by every subcommand (documented in the README).
enum Exit : int {
    exit_ok = 0,          ///< done; warnings allowed
    exit_invalid = 1,     ///< some workbook has errors
    exit_unreadable = 2,  ///< some input could not be read or written
    exit_usage = 64,      ///< bad command line (EX_USAGE)
};

/// What every subcommand shares: the chosen language and where to put the exit status.
struct Context {
    Lang lang = Lang::da;
    int exit_code = exit_ok;
};

/// Each subcommand adds itself to `app`; its callback runs the core and sets ctx.exit_code.
void add_dump(CLI::App& app, Context& ctx);
void add_validate(CLI::App& app, Context& ctx);
void add_template(CLI::App& app, Context& ctx);
void add_deltas(CLI::App& app, Context& ctx);
void add_consolidate(CLI::App& app, Context& ctx);
void add_publish(CLI::App& app, Context& ctx);
void add_import(CLI::App& app, Context& ctx);
void add_rollover(CLI::App& app, Context& ctx);

}  // namespace opfolg::cli
