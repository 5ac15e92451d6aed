// SPDX-License-Identifier: MIT
#include "core/util/number_display.h"

#include <fmt/format.h>

namespace opfolg {

std::string number_display(double v, Lang lang, bool sign) {
    std::string t = v == 0 ? "0" : fmt::format("{}", v);  // shortest text that reads back exactly
    if (lang == Lang::da)
        for (auto& c : t)
            if (c == '.') c = ',';
    if (sign && v > 0) t = "+" + t;
    if (sign && v < 0) t = "−" + t.substr(1);
    return t;
}

}  // namespace opfolg
