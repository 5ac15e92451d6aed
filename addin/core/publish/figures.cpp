// SPDX-License-Identifier: MIT
#include "core/publish/figures.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace opfolg::publish {

namespace {
// U+00A0: "16,7 %" and "3,3 af 5" are never broken across lines.
constexpr const char* nbsp = "\xC2\xA0";
}  // namespace

int shared_decimals(std::initializer_list<std::optional<double>> figures) {
    int decimals = 0;
    for (const auto& f : figures) {
        if (!f || !std::isfinite(*f)) continue;
        for (int d = 0; d <= 2; ++d) {
            double scaled = *f * std::pow(10.0, d);
            if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::fabs(scaled))) {
                decimals = std::max(decimals, d);
                break;
            }
            if (d == 2) decimals = 2;
        }
    }
    return decimals;
}

std::string number_text(double v, int decimals, bool sign) {
    double rounded = std::round(v * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    if (rounded == 0) rounded = 0;  // no "−0,0"
    std::string digits = fmt::format("{:.{}f}", std::fabs(rounded), decimals);
    auto point = digits.find('.');
    std::string whole = digits.substr(0, point);
    std::string fraction = point == std::string::npos ? "" : "," + digits.substr(point + 1);
    // Danish groups thousands with a full stop: 1.234.
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped += '.';
        grouped += whole[i];
    }
    std::string prefix = rounded < 0           ? "\xE2\x88\x92" /* U+2212 minus */
                         : sign && rounded > 0 ? "+"
                                               : "";
    return prefix + grouped + fraction;
}

std::string figure_text(double v, int decimals, indicators::Unit unit) {
    using indicators::Unit;
    std::string n = number_text(v, decimals);
    switch (unit) {
        case Unit::percent:
            return n + nbsp + "%";
        case Unit::score5:
            return n + nbsp + "af" + nbsp + "5";
        case Unit::score10:
            return n + nbsp + "af" + nbsp + "10";
        case Unit::count:
        case Unit::unknown:
            break;
    }
    return n;
}

std::string change_text(double v, int decimals, indicators::Unit unit) {
    using indicators::Unit;
    std::string n = number_text(v, decimals, true);
    switch (unit) {
        case Unit::percent:
            return n + nbsp + "procentpoint";
        case Unit::score5:
        case Unit::score10:
            return n + nbsp + "point";
        case Unit::count:
        case Unit::unknown:
            break;
    }
    return n;
}

}  // namespace opfolg::publish
