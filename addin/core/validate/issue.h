// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/indicators/deltas.h"
#include "core/issues/issue.h"
#include "core/plan/inputs.h"
#include "core/plan/model.h"
#include "core/util/text.h"

namespace opfolg::validate {

using opfolg::Issue;
using opfolg::Severity;
using opfolg::severity_name;

/// Everything known about one input file after validation.
struct FileReport {
    enum class Status { ok, invalid, unreadable };
    std::filesystem::path file;
    Status status = Status::ok;
    std::optional<Text> error;  ///< why it could not be read (status unreadable)
    std::vector<Issue> issues;
    std::optional<plan::DepartmentWorkbook> workbook;  ///< the mapped content when readable
    std::vector<indicators::Delta> deltas;             ///< one per indicator and group

    std::size_t count(Severity s) const;
};
const char* status_name(FileReport::Status s);

/// The result of validating many files.
struct Report {
    std::vector<FileReport> files;
    std::vector<plan::SkippedInput> skipped;
    std::size_t errors() const;
    std::size_t warnings() const;
    /// 0 no errors, 1 some workbook has errors, 2 some input could not be read or there was
    /// no workbook at all.
    int exit_code() const;
};

}  // namespace opfolg::validate
