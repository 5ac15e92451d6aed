// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace opfolg::xlsx {

/// Excel's grid limits (ECMA-376 Part 1, §18.3.1.73: XFD1048576).
constexpr std::uint32_t max_rows = 1048576;
constexpr std::uint32_t max_cols = 16384;

/// A zero-based cell position.
struct CellRef {
    std::uint32_t row = 0;
    std::uint32_t col = 0;

    friend bool operator==(CellRef a, CellRef b) { return a.row == b.row && a.col == b.col; }
    friend bool operator!=(CellRef a, CellRef b) { return !(a == b); }
    friend bool operator<(CellRef a, CellRef b) {
        return a.row != b.row ? a.row < b.row : a.col < b.col;
    }
};

/// Parses "B7", "$B$7" or "xfd1048576"; nullopt on bad syntax or a position beyond XFD1048576.
std::optional<CellRef> parse_cell_ref(std::string_view a1);
/// Column letters of a zero-based column: 0 → "A", 27 → "AB".
std::string column_name(std::uint32_t col);
/// A1 text of a position: {6, 1} → "B7".
std::string to_a1(CellRef ref);

/// A rectangle of cells, e.g. a merged range "A1:C2".
struct CellRange {
    CellRef first;
    CellRef last;
};
/// Parses "A1:C2" (or a single "A1"); nullopt on bad syntax.
std::optional<CellRange> parse_range(std::string_view a1);
/// "A1:C2" text of a range.
std::string range_a1(const CellRange& range);

}  // namespace opfolg::xlsx
