// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "test_support.h"

namespace opfolg::test {

/// Runs the built opfolg binary with `args` (already shell-quoted where needed).
inline RunResult opfolg(const std::string& args) {
    return run(shell_quote(OPFOLG_BINARY) + " " + args);
}

}  // namespace opfolg::test
