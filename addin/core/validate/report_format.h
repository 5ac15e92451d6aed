// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "core/util/text.h"
#include "core/validate/issue.h"

namespace opfolg::validate {

/// The JSON contract of `opfolg validate --format json`:
/// {"files":[{"file","status","error","error_en","error_code","department","layout","errors",
///  "warnings","issues":[{"severity","code","sheet","cell","field","message","message_en",
///  "value"}]}],"summary":{"files","errors","warnings","unreadable","skipped":[{"file","reason",
///  "reason_en"}]}}. "message" and "error" are Danish; "error_code" is the stable name of why a
///  file is unreadable (error_code_name: "empty-file", "zip-bomb", …), null when it was read.
nlohmann::json report_json(const Report& report);

/// A report for people, in `lang`: per file a heading and one aligned line per issue, then a
/// summary.
void report_text(const Report& report, Lang lang, std::ostream& out);

/// The department a file report is about ("" when unreadable).
std::string department_of(const FileReport& f);

}  // namespace opfolg::validate
