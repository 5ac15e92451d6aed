// SPDX-License-Identifier: MIT
// Reading back a board workbook that `opfolg consolidate` wrote, so that a plan the board has
// approved can be published without the departments' workbooks.
#pragma once

#include <filesystem>

#include "core/consolidate/consolidate.h"

namespace opfolg::publish {

/// Reads the Forside, Opfølgningsplan and Indikatorer sheets of a board workbook into a
/// consolidation Result: one included source and one file report per department (each naming
/// the board workbook as its file), plan rows mapped to the schema's plan fields by their
/// titles, and the indicators' deltas as the board states them. Cells keep their place, so a
/// CPR number found in them is named by sheet and cell of the board workbook. Columns the
/// schema does not know (Bemærkninger, Kilde) are not read. Throws opfolg::Error when the file
/// cannot be read or has no Opfølgningsplan sheet.
consolidate::Result read_board_workbook(const std::filesystem::path& file,
                                        const schema::Schema& schema);

}  // namespace opfolg::publish
