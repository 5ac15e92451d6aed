// SPDX-License-Identifier: MIT
// The Indikatorer and Grafer sheets of the board workbook; internal to consolidation.
#pragma once

#include "core/consolidate/board_formats.h"
#include "core/consolidate/board_workbook.h"

namespace opfolg::consolidate {

/// Writes Indikatorer (every delta, coloured by assessment with conditional formatting) and
/// Grafer (a native line chart per key indicator: value by year per department and group,
/// against the national level).
void indicator_sheets(xlsx::WorkbookWriter& w, const Board& b, const BoardFormats& f);

/// Writes Indikatorhistorik: one row per department, indicator, group and year with the value,
/// the national level and the target as the departments reported them, each with its source
/// cell. Indikatorer shows the latest year against the one before; this sheet keeps every year,
/// so that next year's workbooks can be made from the board workbook alone (opfolg rollover).
void history_sheet(xlsx::WorkbookWriter& w, const Board& b, const BoardFormats& f);

}  // namespace opfolg::consolidate
