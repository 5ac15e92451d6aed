// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>

namespace opfolg::test {

/// The command that runs tests/interop/openpyxl_tool.py with Debian's python3.
std::string openpyxl_tool();

/// Opens `in` in LibreOffice headless with every formula recalculated on load (a private profile
/// in `out_dir` that sets OOXMLRecalcMode to "always") and saves it as .xlsx into `out_dir`;
/// returns the saved file. LibreOffice otherwise trusts the cached results of an .xlsx.
std::filesystem::path recalculate_in_libreoffice(const std::filesystem::path& in,
                                                 const std::filesystem::path& out_dir);

/// Asserts that our reader and openpyxl (data_only) read every non-empty cell of `file` to the
/// same type and value, sheet by sheet, and agree on sheet names, states and merged ranges,
/// and that each sheet's compared cells are exactly as many as openpyxl read. Returns the
/// number of cells compared, for the caller to assert: two empty readings prove nothing.
std::size_t compare_with_openpyxl(const std::filesystem::path& file);

}  // namespace opfolg::test
