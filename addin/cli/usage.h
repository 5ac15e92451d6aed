// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "core/util/text.h"

namespace opfolg::cli {

/// A command-line mistake in the user's language. CLI11 words its errors in English ("--year is
/// required"); the ones a user meets are said again in Danish, with the option names kept.
/// Anything not recognised falls back to CLI11's own text.
std::string usage_error_text(const CLI::ParseError& e, Lang lang);

}  // namespace opfolg::cli
