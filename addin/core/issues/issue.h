// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "core/util/text.h"

namespace opfolg {

enum class Severity { error, warning };
const char* severity_name(Severity s);

/// One finding about a workbook's content: where (sheet, cell, field), how bad, a stable code
/// (the contract for JSON, the GUI and tests) and the message in both languages.
struct Issue {
    Severity severity = Severity::error;
    std::string code;  ///< kebab-case, e.g. "required-empty"
    std::string sheet;
    std::string cell;   ///< A1, or "" for the workbook as a whole
    std::string field;  ///< schema field or indicator name, or ""
    Text message;
    std::string value;  ///< the offending value as written, if any
};

}  // namespace opfolg
