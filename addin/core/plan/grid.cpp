// SPDX-License-Identifier: MIT
#include "core/plan/grid.h"

#include "core/util/normalize.h"

namespace opfolg::plan {

Grid::Grid(const xlsx::Sheet& sheet) : sheet_(sheet) {
    row_count_ = sheet.cells.empty() ? 0 : sheet.cells.back().ref.row + 1;
    row_begin_.assign(row_count_ + 1, sheet.cells.size());
    for (std::size_t i = sheet.cells.size(); i-- > 0;) row_begin_[sheet.cells[i].ref.row] = i;
    // Rows without cells start where the next row starts.
    for (std::size_t r = row_count_; r-- > 0;)
        if (row_begin_[r] == sheet.cells.size() ||
            (r + 1 <= row_count_ && row_begin_[r] > row_begin_[r + 1]))
            row_begin_[r] = std::min(row_begin_[r], row_begin_[r + 1]);
}

std::vector<const xlsx::Cell*> Grid::row_cells(std::uint32_t row) const {
    std::vector<const xlsx::Cell*> out;
    if (row >= row_count_) return out;
    for (std::size_t i = row_begin_[row]; i < sheet_.cells.size() && sheet_.cells[i].ref.row == row;
         ++i)
        if (!std::holds_alternative<std::monostate>(sheet_.cells[i].value))
            out.push_back(&sheet_.cells[i]);
    return out;
}

const xlsx::Cell* Grid::cell(std::uint32_t row, std::uint32_t col) const {
    return sheet_.find({row, col});
}

std::string Grid::text(std::uint32_t row, std::uint32_t col) const {
    const xlsx::Cell* c = cell(row, col);
    return c ? trim(xlsx::to_text(c->value)) : std::string();
}

}  // namespace opfolg::plan
