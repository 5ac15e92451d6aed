// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "core/util/text.h"

namespace opfolg {

/// A figure as people write it in `lang`, at its own precision: "16,7" in Danish, "16.7" in
/// English; `sign` writes "+3,1" and "−3,1" (a real minus sign).
std::string number_display(double v, Lang lang, bool sign = false);

}  // namespace opfolg
