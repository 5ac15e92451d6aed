// SPDX-License-Identifier: MIT
#include "core/consolidate/cpr.h"

#include <regex>

#include "core/util/date.h"

namespace opfolg::consolidate {

std::optional<std::string> find_cpr(const std::string& text) {
    static const std::regex re(R"((^|[^\d])((\d{2})(\d{2})(\d{2})[- ]?\d{4})(?!\d))");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator();
         ++it) {
        int d = std::stoi((*it)[3]), m = std::stoi((*it)[4]), y = std::stoi((*it)[5]);
        // Any century will do for the check: 29 February needs a leap year in either.
        if (valid_date(2000 + y, m, d) || valid_date(1900 + y, m, d)) return (*it)[2].str();
    }
    return std::nullopt;
}

}  // namespace opfolg::consolidate
