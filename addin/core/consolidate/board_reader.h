// SPDX-License-Identifier: MIT
// Reading back a board workbook that `opfolg consolidate` wrote: the plan the board approved,
// per department, and the indicators with their history. Shared by everything that starts from
// the board workbook alone (next year's workbooks: opfolg rollover; the published plan).
#pragma once

#include <filesystem>

#include "core/consolidate/consolidate.h"
#include "core/xlsx/workbook.h"

namespace opfolg::consolidate {

/// The sheet of the board workbook that keeps every reported year of every indicator, and its
/// headers (the writer and the reader share them, so neither drifts from the other).
namespace board_history {
inline constexpr const char* sheet = "Indikatorhistorik";
inline constexpr const char* department = "Afdeling";
inline constexpr const char* indicator = "Indikator";
inline constexpr const char* group = "Gruppe";
inline constexpr const char* unit = "Enhed";
inline constexpr const char* polarity = "Polaritet";
inline constexpr const char* year = "År";
inline constexpr const char* value = "Værdi";
inline constexpr const char* national = "Landsplan";
inline constexpr const char* target = "Mål";
inline constexpr const char* source = "Kilde";
}  // namespace board_history

/// The headers of the board's own columns on its Opfølgningsplan sheet, besides the schema's
/// field titles: the text of unknown columns, and the cell each row was taken from.
inline constexpr const char* board_remarks_header = "Bemærkninger";
inline constexpr const char* board_source_header = "Kilde";

/// Reads the Forside, Opfølgningsplan, Indikatorer and Indikatorhistorik sheets of a board
/// workbook into a consolidation Result: one included source and one file report per department
/// (each naming the board workbook as its file), in the board's order.
/// - Forside: institution, plan year, and each department's contact person.
/// - Opfølgningsplan: rows by their Afdeling, mapped to the schema's plan fields by their headers
///   (titles, names and synonyms, as any workbook is read);
///   each value keeps its cell of the board workbook as source, and the table's `covered` says
///   which fields had a column (a public version has no internal ones). The board's own columns
///   come back as the row's extras: "Bemærkninger", and "Kilde" (the department workbook, sheet
///   and row the board took it from).
/// - Indikatorer: one delta per row as the board states it; its series holds every year of the
///   Indikatorhistorik sheet for the same department, indicator and group (with unit, polarity
///   and national levels), or only the two years Indikatorer shows when a board workbook has no
///   history sheet (written before it had one).
/// Throws opfolg::Error when the file cannot be read or has no Opfølgningsplan sheet.
Result read_board_workbook(const std::filesystem::path& file, const schema::Schema& schema);

/// The same for a workbook already read.
Result read_board_workbook(const xlsx::Workbook& wb, const schema::Schema& schema);

}  // namespace opfolg::consolidate
