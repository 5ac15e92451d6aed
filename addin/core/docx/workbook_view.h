// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>

#include "core/docx/document.h"
#include "core/xlsx/workbook.h"

namespace opfolg::docx {

/// The name a table's sheet has in as_workbook: "Tabel 3".
std::string table_sheet_name(std::size_t number);
/// The table number of such a sheet name, or nullopt for any other name.
std::optional<std::size_t> table_of_sheet(const std::string& sheet);

/// The document as a workbook, so that its tables map through the same schema, header synonyms
/// and paragraph labels as any workbook (plan::map_workbook) – no second mapper. One sheet per
/// table ("Tabel 3"): the table's title alone in row 1 (where a title line stands above a
/// table in a sheet), the table's rows below it, so that zero-based sheet row r is the table's
/// row r as a person counts it. A cell merged down is repeated in each row it spans that has
/// text of its own (in a plan every row is one action, and a finding or a responsible spanning
/// several belongs to each);
/// a cell merged across keeps its text in its first column. Tables listed in `inline_nested`
/// get no sheet of their own: their rows are added as lines to the cell that holds them, cells
/// separated by " | ", so their text is not lost.
xlsx::Workbook as_workbook(const Document& doc, const std::set<std::size_t>& inline_nested = {});

/// A nested table's rows as lines of text (cells separated by " | "), as as_workbook inlines it.
std::string flattened(const Table& table);

}  // namespace opfolg::docx
