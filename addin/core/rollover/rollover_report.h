// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "core/rollover/rollover.h"

namespace opfolg::rollover {

/// The JSON contract of `opfolg rollover --format json`:
/// {"folder","departments":[{"department","input","from_board","last_year","year","output",
///  "written","error","error_en","error_code","institution","contact","carried","closed",
///  "not_carried","indicator_series","indicator_values","indicator_year","open_indicator_rows",
///  "actions":[{"id","status","fate","code","reason","reason_en",
///              "source":{"file","sheet","cell","origin"}}]}],
///  "inputs":[{"file","error","error_en","error_code"}],"skipped":[{"file","reason"}],
///  "summary":{"departments","written","carried","closed","not_carried"}}.
/// "fate" is one of fate_name(); "error" and "reason" are Danish.
nlohmann::json rollover_json(const Rollover& r);

/// A summary for people, in `lang`: per department where its workbook goes, how many actions
/// go forward, how many were closed, which rows cannot be carried over and why, and the
/// indicator years it holds; inputs that could not be read.
void rollover_text(const Rollover& r, Lang lang, std::ostream& out);

/// One department as rollover_text tells it, indented by two spaces (the preview).
void department_text(const Department& d, Lang lang, std::ostream& out);

}  // namespace opfolg::rollover
