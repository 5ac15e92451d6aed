// SPDX-License-Identifier: MIT
#include "core/parse/danish_number.h"

#include <charconv>
#include <string>

#include "core/util/normalize.h"

namespace opfolg::parse {

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

bool is_missing_marker(std::string_view text) {
    std::string t = fold_case(squeeze_spaces(text));
    static const char* markers[] = {"",  "-",  "–",    "—",  "n/a", "na", "ikke oplyst",
                                    "*", "..", "(<5)", "<5", "x"};
    for (const char* m : markers)
        if (t == m) return true;
    return false;
}

std::optional<ParsedNumber> parse_danish_number(std::string_view text) {
    std::string t = fold_case(squeeze_spaces(text));
    ParsedNumber out;
    // Unit words and signs around the number.
    for (const char* suffix : {"procentpoint", "procentpoints", "pct.-point", "pct. point",
                               "pct.point", "pp", "%-point"})
        if (ends_with(t, suffix)) {
            t = trim(t.substr(0, t.size() - std::char_traits<char>::length(suffix)));
            break;
        }
    for (const char* suffix : {"%", "pct.", "pct", "procent"})
        if (ends_with(t, suffix)) {
            t = trim(t.substr(0, t.size() - std::char_traits<char>::length(suffix)));
            out.percent = true;
            break;
        }
    bool negative = false;
    if (t.rfind("−", 0) == 0 || t.rfind("–", 0) == 0) {  // U+2212 minus, U+2013 en dash
        negative = true;
        t = trim(t.substr(3));
    } else if (!t.empty() && (t[0] == '-' || t[0] == '+')) {
        negative = t[0] == '-';
        t = trim(t.substr(1));
    }
    if (t.empty()) return std::nullopt;
    // Remove thousands separators: spaces (incl. NBSP, squeezed above) and "." in "1.234,5".
    std::string digits;
    std::size_t commas = 0, dots = 0;
    for (char c : t) {
        if (c == ',')
            ++commas;
        else if (c == '.')
            ++dots;
        else if (c == ' ')
            continue;
        else if (c < '0' || c > '9')
            return std::nullopt;
    }
    if (commas > 1) return std::nullopt;
    std::size_t comma_at = t.find(',');
    for (std::size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (c == ' ') continue;
        if (c == '.') {
            bool thousands;
            if (commas == 1) {
                thousands = i < comma_at;
                if (!thousands) return std::nullopt;  // "1,2.3"
            } else if (dots == 1) {
                // "1.234" is Danish for 1234; "16.7" or "1.5" is a decimal point.
                std::size_t after = t.size() - i - 1;
                thousands = after == 3 && i > 0 &&
                            t.find_first_not_of("0123456789", i + 1) == std::string::npos &&
                            t[0] != '0';
            } else {
                thousands = true;  // "1.234.567"
            }
            if (!thousands) digits.push_back('.');
            continue;
        }
        digits.push_back(c == ',' ? '.' : c);
    }
    if (digits.empty() || digits == "." || digits.front() == '.' || digits.back() == '.')
        return std::nullopt;
    auto point = digits.find('.');
    out.decimals = point == std::string::npos ? 0 : static_cast<int>(digits.size() - point - 1);
    double v = 0;
    auto r = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (r.ec != std::errc() || r.ptr != digits.data() + digits.size()) return std::nullopt;
    out.value = negative ? -v : v;
    return out;
}

}  // namespace opfolg::parse
