// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/xlsx/cell_ref.h"

namespace opfolg::xlsx {

/// libxlsxwriter 1.1 stores every non-numeric formula result as a string (t="str"). Excel files
/// carry error results as t="e" and boolean results as t="b"; to keep a round trip lossless the
/// writer records such cells and patches their type in the finished package.
class CellFixups {
  public:
    enum class Kind { error, boolean };
    void add(const std::string& sheet, CellRef at, Kind kind) {
        cells_[sheet].push_back({at, kind});
    }
    /// Rewrites the affected worksheet parts of the closed package at `path`; `sheet_names` in
    /// workbook order map sheets to libxlsxwriter's part names (sheetN.xml).
    void apply(const std::filesystem::path& path,
               const std::vector<std::string>& sheet_names) const;

  private:
    struct Fix {
        CellRef at;
        Kind kind;
    };
    std::map<std::string, std::vector<Fix>> cells_;
};

}  // namespace opfolg::xlsx
