// SPDX-License-Identifier: MIT
// A Word document as Opfølg reads it: its tables laid out on their grids, and how much text lies
// outside them. Follow-up plans live in Word tables (both real layouts, domain.md); prose around
// them is counted, not imported.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/xlsx/cell_ref.h"

namespace opfolg::docx {

/// One table (w:tbl) on its grid (ECMA-376 Part 1, §17.4.48 tblGrid). A cell spanning columns
/// (gridSpan) or rows (vMerge) holds its text in its first grid cell only and is listed in
/// `merged`; the cells it covers are empty. Paragraphs of a cell are lines, line breaks too;
/// list paragraphs carry their label ("• ", "1. ").
struct Table {
    std::size_t number = 0;        ///< 1-based in reading order; a nested table follows its parent
    std::size_t parent = 0;        ///< number of the table whose cell holds this one; 0 in the body
    std::uint32_t parent_row = 0;  ///< zero-based row of that cell in the parent
    std::uint32_t parent_col = 0;  ///< zero-based grid column of that cell in the parent
    /// The heading or all-bold line after the previous table (in the same body or cell) and
    /// before this one, nearest first: the table's title ("GF1 Frafald"); empty when none.
    std::string title;
    /// The table just above this one in the same body or cell when only empty paragraphs stand
    /// between them (Word splits a table at an empty paragraph; a page break does the same), 0
    /// when text separates them or none is above.
    std::size_t follows = 0;
    std::uint32_t columns = 0;
    std::vector<std::vector<std::string>> rows;  ///< rows × columns, "" where empty
    std::vector<xlsx::CellRange> merged;         ///< zero-based within the table
};

/// Everything of a .docx that the import uses.
struct Document {
    std::filesystem::path path;
    std::vector<Table> tables;  ///< in reading order (Table::number - 1)
    /// Non-empty paragraphs outside every table (the body's prose, headings and captions).
    std::size_t paragraphs_outside = 0;
    /// Of those, the paragraphs taken as a table's title.
    std::size_t titles_outside = 0;
    /// Characters (code points) of the paragraphs outside tables that are not titles.
    std::size_t chars_outside = 0;
    /// docProps/core.xml and app.xml fields (title, subject, creator, keywords, description,
    /// company), as for workbooks.
    std::string title, subject, creator, keywords, description, company;
};

}  // namespace opfolg::docx
