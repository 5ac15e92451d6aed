// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "core/plan/model.h"
#include "core/xlsx/workbook.h"

namespace opfolg::inspect {

/// The JSON view of a workbook used by `opfolg dump --format json` and the tests:
/// {"file":…, "date1904":…, "sheets":[{"name":…, "state":…, "merged":[…],
///  "cells":[{"ref":"A1","type":"number","value":1.5,"formula":"…","format":"0.0%"}]}]}
/// Dates and times are ISO 8601 strings; numbers keep full precision.
nlohmann::json dump_json(const xlsx::Workbook& wb);

/// A plain, aligned text listing of the same.
void dump_text(const xlsx::Workbook& wb, std::ostream& out);

/// The canonical model of a mapped department workbook: metadata, layout and every table with
/// its title, columns and rows (field name → text and source cell). `opfolg dump --plan`.
nlohmann::json plan_json(const plan::DepartmentWorkbook& wb);

/// The value of a cell as display text: numbers shortest round-trip, booleans TRUE/FALSE,
/// dates ISO 8601, errors their code.
std::string value_text(const xlsx::CellValue& v);

}  // namespace opfolg::inspect
