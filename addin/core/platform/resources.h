// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

namespace opfolg::platform {

/// The folder holding plan-schema.json, the indicator catalogue and the examples: the
/// OPFOLG_TEMPLATES_DIR environment variable when set; else share/opfolg next to an installed
/// binary (<prefix>/bin/../share/opfolg); else the source tree's workbook-templates/ (a local
/// build).
std::filesystem::path templates_dir();

/// The running executable's path (empty when the platform cannot tell).
std::filesystem::path executable_path();

}  // namespace opfolg::platform
