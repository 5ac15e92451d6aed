// SPDX-License-Identifier: MIT
// The page's charts: inline SVG drawn here, no script and no library, so the page stays one
// self-contained file that prints as it shows.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/indicators/catalogue.h"

namespace opfolg::publish {

/// One indicator of a chart: its latest year against the year before and the national level.
struct ChartRow {
    std::string label;
    int year = 0;
    double value = 0;
    std::optional<int> previous_year;
    std::optional<double> previous;
    std::optional<double> national;
    int decimals = 0;
};

/// A horizontal bar chart of indicators of one unit.
struct BarChart {
    std::string id;           ///< unique in the page, ASCII ("fig-3"); prefixes the chart's own ids
    std::string title;        ///< the chart's name (its accessible name, with `description`)
    std::string description;  ///< where the same figures stand as text
    indicators::Unit unit = indicators::Unit::unknown;
    std::vector<ChartRow> rows;
};

/// How wide a chart is drawn: for a column of a wide window and for print, or for a narrow
/// screen (320 CSS pixels, 400 % zoom), where SVG text scaled down from the wide drawing would
/// be too small to read.
enum class ChartLayout { wide, narrow };

/// The chart as an <svg role="img"> whose <title> and <desc> name it (WCAG 1.1.1): per row the
/// label, a hatched bar for the year before and a solid bar for the latest year, each labelled
/// with its figure and year, and a diamond for the national level with its figure – so that no
/// figure is told by colour alone (1.4.1) and every mark has 3:1 contrast against white
/// (1.4.11). Its ids start with chart.id and the layout's suffix ("fig-3-n" for narrow). All text
/// in it is escaped.
std::string bar_chart_svg(const BarChart& chart, ChartLayout layout = ChartLayout::wide);

/// The legend for bar_chart_svg, as an HTML list (hidden from assistive technology: the chart's
/// text alternative and its table say the same).
std::string bar_chart_legend(const BarChart& chart);

}  // namespace opfolg::publish
