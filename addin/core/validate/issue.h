// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/plan/inputs.h"
#include "core/plan/model.h"
#include "core/util/text.h"

namespace opfolg::validate {

enum class Severity { error, warning };
const char* severity_name(Severity s);

/// One finding about a workbook's content: where (sheet, cell, field), how bad, a stable code
/// (the contract for JSON, the GUI and tests) and the message in both languages.
struct Issue {
    Severity severity = Severity::error;
    std::string code;    ///< kebab-case, e.g. "required-empty"
    std::string sheet;
    std::string cell;    ///< A1, or "" for the workbook as a whole
    std::string field;   ///< schema field name, or ""
    Text message;
    std::string value;   ///< the offending value as written, if any
};

/// Everything known about one input file after validation.
struct FileReport {
    enum class Status { ok, invalid, unreadable };
    std::filesystem::path file;
    Status status = Status::ok;
    std::optional<Text> error;  ///< why it could not be read (status unreadable)
    std::vector<Issue> issues;
    std::optional<plan::DepartmentWorkbook> workbook;  ///< the mapped content when readable

    std::size_t count(Severity s) const;
};
const char* status_name(FileReport::Status s);

/// The result of validating many files.
struct Report {
    std::vector<FileReport> files;
    std::vector<plan::SkippedInput> skipped;
    std::size_t errors() const;
    std::size_t warnings() const;
    /// 0 no errors, 1 some workbook has errors, 2 some input could not be read.
    int exit_code() const;
};

}  // namespace opfolg::validate
