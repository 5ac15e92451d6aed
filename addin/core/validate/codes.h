// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>
#include <vector>

#include "core/issues/issue.h"
#include "core/util/text.h"

namespace opfolg::validate {

/// One kind of issue `validate` reports: its stable code (the contract for JSON, the GUI and
/// tests), its severity, and what it is about in a line a department understands.
struct IssueKind {
    const char* code;
    Severity severity;
    Text title;
    /// Whether a department can act on it in its own workbook (the template's guide lists these);
    /// false for notes about the quality function's files, such as the board workbook.
    bool for_departments = true;
};

/// Every code that reading, checking and consolidating workbooks can report, in the order of the
/// checks. A unit test holds it complete against the sources.
const std::vector<IssueKind>& issue_kinds();

/// The kind of `code`, or nullptr.
const IssueKind* issue_kind(std::string_view code);

}  // namespace opfolg::validate
