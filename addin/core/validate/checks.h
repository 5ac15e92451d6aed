// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "core/plan/model.h"
#include "core/schema/schema.h"
#include "core/validate/issue.h"

namespace opfolg::validate {

/// What every check sees.
struct CheckContext {
    const plan::DepartmentWorkbook& workbook;
    const schema::Schema& schema;
    std::vector<Issue>& issues;
};

/// A check: a small plug-in with one job. Checks only add issues; they never change the model.
struct Check {
    const char* name;
    void (*run)(const CheckContext&);
};

/// All checks in the order they report: template version, structure, metadata, required cells,
/// values, periods, uniqueness, measurable goals.
const std::vector<Check>& all_checks();

}  // namespace opfolg::validate
