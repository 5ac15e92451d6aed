// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/xlsx/cell_ref.h"
#include "core/xlsx/value.h"

namespace opfolg::xlsx {

/// One non-empty cell as read from a worksheet.
struct Cell {
    CellRef ref;
    CellValue value;
    /// The formula text without "=", when the cell holds one; value is then its cached result.
    std::string formula;
    /// Index into Workbook::number_formats of the cell's number format code.
    std::uint32_t number_format = 0;
};

enum class SheetState { visible, hidden, very_hidden };
const char* sheet_state_name(SheetState s);

/// One worksheet: cells in row-major order and merged ranges.
struct Sheet {
    std::string name;
    SheetState state = SheetState::visible;
    std::vector<Cell> cells;
    std::vector<CellRange> merged;

    /// The cell at `ref`, or nullptr when it is empty.
    const Cell* find(CellRef ref) const;
};

/// A place where the file held text that was not UTF-8 (bytes in another encoding, or a
/// character reference to a lone surrogate such as &#xD800;). The reader replaced the bad bytes
/// with U+FFFD, so everything downstream holds valid UTF-8; this says where.
struct TextRepair {
    std::string sheet;  ///< the sheet, or "" for text outside sheets
    std::string where;  ///< the cell (A1), or what the text was: "sheet name", "docProps"…
};

/// A workbook as read: sheets in workbook order and the metadata a plan reader needs.
struct Workbook {
    std::filesystem::path path;
    std::vector<Sheet> sheets;
    /// Distinct number format codes used by cells; index 0 is always "General".
    std::vector<std::string> number_formats{"General"};
    bool date1904 = false;
    /// docProps/core.xml and app.xml fields that matter to us (title, subject, creator,
    /// keywords, description, company, application).
    std::string title, subject, creator, keywords, description, company, application;
    /// Custom document properties (docProps/custom.xml), name → value as text ("2" for the
    /// integer 2, "true" for a boolean), in the file's order.
    std::vector<std::pair<std::string, std::string>> custom_properties;
    /// Defined names (workbook-global), name → formula text.
    std::vector<std::pair<std::string, std::string>> defined_names;
    /// Every text that had to be repaired to valid UTF-8, in reading order.
    std::vector<TextRepair> repaired_text;

    /// The value of the custom property `name` (exact spelling), or nullptr.
    const std::string* custom_property(const std::string& name) const;
    /// The sheet called `name` (case-insensitive as Excel compares), or nullptr.
    const Sheet* sheet(const std::string& name) const;
    /// The number format code of `cell`.
    const std::string& number_format(const Cell& cell) const {
        return number_formats[cell.number_format];
    }
};

}  // namespace opfolg::xlsx
