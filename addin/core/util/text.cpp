// SPDX-License-Identifier: MIT
#include "core/util/text.h"

#include <algorithm>
#include <cctype>

namespace opfolg {

bool parse_lang(const std::string& s, Lang& out) {
    std::string l = s;
    std::transform(l.begin(), l.end(), l.begin(), [](unsigned char c) { return std::tolower(c); });
    if (l == "da" || l == "dansk" || l == "danish") {
        out = Lang::da;
        return true;
    }
    if (l == "en" || l == "english" || l == "engelsk") {
        out = Lang::en;
        return true;
    }
    return false;
}

}  // namespace opfolg
