// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/indicators/catalogue.h"
#include "core/issues/issue.h"
#include "core/plan/model.h"
#include "core/xlsx/workbook.h"

namespace opfolg::indicators {

/// A number read from a cell, with the decimals it was written with and where it stood.
struct Figure {
    double value = 0;
    int decimals = 0;
    plan::Source source;
};

/// One year of one indicator for one group.
struct Point {
    int year = 0;
    std::optional<Figure> value, national, target, stated_diff;
};

/// One indicator for one group (programme, entry route, department) over the years. Distinct
/// labels in a sheet are distinct series, whatever catalogue entry they resemble.
struct Series {
    std::string sheet;
    std::string label;  ///< the indicator as written
    plan::Source label_source;  ///< where the label stands
    std::string group;
    plan::Source group_source;  ///< where the group stands (unknown: the department's name)
    Match match;  ///< what the catalogue says about the label
    /// The catalogue entry that lends unit, polarity and tolerance: the matched entry when the
    /// match is sure and the values fit its unit, else nullptr (the sheet's own unit and
    /// polarity are used).
    const Entry* entry = nullptr;
    Unit unit = Unit::unknown;
    Polarity polarity = Polarity::unknown;
    double tolerance = 0;
    std::vector<Point> points;  ///< sorted by year

    /// Display name: the label as the department wrote it.
    const std::string& name() const { return label; }
};

/// Reads every indicator table of a workbook: the long form the template uses (rows of
/// indicator, group, year, value, national, target) from the mapped plan, and the wide form
/// real plans use (a label column, year columns, "Landsplan 2024", "Diff. til landsplan") from
/// any other sheet. Percentages stored as fractions with a % format come out as 16.7; Danish
/// number text is read; "–" and blanks are missing data. Problems become issues.
std::vector<Series> read_series(const xlsx::Workbook& wb, const plan::DepartmentWorkbook& mapped,
                                const Catalogue& catalogue, const schema::Schema& schema,
                                std::vector<Issue>& issues);

}  // namespace opfolg::indicators
