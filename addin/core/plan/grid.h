// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/xlsx/workbook.h"

namespace opfolg::plan {

/// Row-wise access to a sheet's cells (cells are stored row-major and sparse).
class Grid {
  public:
    explicit Grid(const xlsx::Sheet& sheet);

    const xlsx::Sheet& sheet() const { return sheet_; }
    /// The non-empty cells of `row`, left to right.
    std::vector<const xlsx::Cell*> row_cells(std::uint32_t row) const;
    const xlsx::Cell* cell(std::uint32_t row, std::uint32_t col) const;
    /// The cell's display text, trimmed; "" when empty.
    std::string text(std::uint32_t row, std::uint32_t col) const;
    /// One past the last row holding a cell.
    std::uint32_t row_count() const { return row_count_; }

  private:
    const xlsx::Sheet& sheet_;
    std::vector<std::size_t> row_begin_;  ///< index of the first cell of each row (size rows+1)
    std::uint32_t row_count_ = 0;
};

}  // namespace opfolg::plan
