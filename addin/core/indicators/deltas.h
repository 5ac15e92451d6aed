// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/indicators/series.h"

namespace opfolg::indicators {

enum class Assessment { improved, worsened, unchanged };
enum class VsNational { better, worse, equal };
enum class Trend { rising, falling, flat, mixed };
const char* assessment_name(Assessment a);
const char* vs_national_name(VsNational v);
const char* trend_name(Trend t);

/// Everything the board reads about one indicator for one group. Fields that cannot be
/// computed are empty, never invented.
struct Delta {
    Series series;  ///< a copy: deltas outlive the reading
    int year = 0;
    double value = 0;
    int decimals = 0;
    plan::Source source;
    std::optional<int> previous_year;
    std::optional<double> previous_value;
    std::optional<double> delta;  ///< in percentage points for percentages, points for scores
    std::optional<double> relative_change;  ///< percent of the previous value
    std::optional<double> national;
    std::optional<double> diff_national;  ///< value − national
    std::optional<Assessment> assessment;
    std::optional<VsNational> vs_national;
    std::optional<double> target;
    std::optional<bool> target_met;
    std::optional<Trend> trend;         ///< three or more years
    std::optional<double> stated_diff;  ///< the sheet's own difference column
};

/// Rounds to `decimals` places so that 19.8 − 16.7 is −3.1, not −3.0999999.
double round_to(double v, int decimals);

/// The latest year of a series against the year before, the national level and the target,
/// judged by polarity and tolerance. Nullopt when the series has no value at all.
std::optional<Delta> compute(const Series& s);

}  // namespace opfolg::indicators
