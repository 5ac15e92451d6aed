// SPDX-License-Identifier: MIT
// Figures as the published page writes them: Danish decimal comma, a real minus sign, the unit
// in words ("procentpoint", "af 5"), one precision for every figure of an indicator.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>

#include "core/indicators/catalogue.h"

namespace opfolg::publish {

/// The decimals that show every given figure as written (16.7 → 1, 86 → 0), at most 2: the
/// figures of one indicator share one precision, so "8,0 %" stands beside "8,8 %".
int shared_decimals(std::initializer_list<std::optional<double>> figures);

/// "16,7", "−3,1", "+1,4" (`sign`), "1.234" (thousands grouped), with `decimals` places.
std::string number_text(double v, int decimals, bool sign = false);

/// A figure with its unit: "16,7 %", "3,3 af 5", "7,9 af 10", "12".
std::string figure_text(double v, int decimals, indicators::Unit unit);

/// A change with its unit: "+1,4 procentpoint", "−0,1 point", "+3".
std::string change_text(double v, int decimals, indicators::Unit unit);

}  // namespace opfolg::publish
