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

}  // namespace opfolg::consolidate
