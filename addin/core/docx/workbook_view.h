// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/docx/document.h"
#include "core/xlsx/workbook.h"

namespace opfolg::docx {

/// The name a table's sheet has in as_workbook: "Tabel 3".
std::string table_sheet_name(std::size_t number);
/// The table number of such a sheet name, or nullopt for any other name.
std::optional<std::size_t> table_of_sheet(const std::string& sheet);

/// How as_workbook lays a document out beyond one sheet per table.
struct View {
    /// Nested tables read as text of the cell holding them: no sheet of their own.
    std::set<std::size_t> inline_nested;
    /// What goes above the rows of a table that continues the one above it (Word splits a
    /// table at an empty paragraph, and pages do): that table's title and header rows, so the
    /// rows map as the rows of the table they continue.
    struct Continuation {
        std::string title;
        std::vector<std::vector<std::string>> header;
    };
    std::map<std::size_t, Continuation> continued;  ///< by table number

    /// The table's own row, as Word counts it, of a zero-based row of its sheet; 0 for a row the
    /// view put there (a continued table's copied header).
    std::uint32_t table_row(std::size_t table, std::uint32_t sheet_row) const;
};

/// The document as a workbook, so that its tables map through the same schema, header synonyms
/// and paragraph labels as any workbook (plan::map_workbook) – no second mapper. One sheet per
/// table ("Tabel 3"): the table's title alone in row 1 (where a title line stands above a
/// table in a sheet), the table's rows below it, so that zero-based sheet row r is the table's
/// row r as a person counts it (see View::table_row for continued tables). A cell merged down
/// is repeated in each row it spans that has text of its own (in a plan every row is one
/// action, and a finding or a responsible spanning several belongs to each); a cell merged
/// across keeps its text in its first column. Nested tables listed in `view.inline_nested` get
/// no sheet: their rows are added as lines to the cell that holds them, cells separated by
/// " | ", so their text is not lost.
xlsx::Workbook as_workbook(const Document& doc, const View& view = {});

/// A nested table's rows as lines of text (cells separated by " | "), as as_workbook inlines it.
std::string flattened(const Table& table);

}  // namespace opfolg::docx
