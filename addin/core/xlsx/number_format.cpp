// SPDX-License-Identifier: MIT
#include "core/xlsx/number_format.h"

#include <cctype>
#include <string>

namespace opfolg::xlsx {

std::optional<std::string> builtin_number_format(std::uint32_t id) {
    switch (id) {
        case 0:
            return "General";
        case 1:
            return "0";
        case 2:
            return "0.00";
        case 3:
            return "#,##0";
        case 4:
            return "#,##0.00";
        case 9:
            return "0%";
        case 10:
            return "0.00%";
        case 11:
            return "0.00E+00";
        case 12:
            return "# ?/?";
        case 13:
            return "# ?"
                   "?/?"
                   "?";  // split: "??/" is a trigraph
        case 14:
            return "mm-dd-yy";
        case 15:
            return "d-mmm-yy";
        case 16:
            return "d-mmm";
        case 17:
            return "mmm-yy";
        case 18:
            return "h:mm AM/PM";
        case 19:
            return "h:mm:ss AM/PM";
        case 20:
            return "h:mm";
        case 21:
            return "h:mm:ss";
        case 22:
            return "m/d/yy h:mm";
        case 37:
            return "#,##0 ;(#,##0)";
        case 38:
            return "#,##0 ;[Red](#,##0)";
        case 39:
            return "#,##0.00;(#,##0.00)";
        case 40:
            return "#,##0.00;[Red](#,##0.00)";
        case 45:
            return "mm:ss";
        case 46:
            return "[h]:mm:ss";
        case 47:
            return "mmss.0";
        case 48:
            return "##0.0E+0";
        case 49:
            return "@";
        default:
            return std::nullopt;
    }
}

namespace {

// The first section with quoted text, escapes and non-elapsed brackets removed, lower-cased.
std::string significant(const std::string& code) {
    std::string out;
    for (std::size_t i = 0; i < code.size(); ++i) {
        char c = code[i];
        if (c == ';') break;
        if (c == '"') {
            auto end = code.find('"', i + 1);
            if (end == std::string::npos) break;
            i = end;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;  // the next character is literal or padding
        } else if (c == '[') {
            auto end = code.find(']', i + 1);
            if (end == std::string::npos) break;
            std::string inner = code.substr(i + 1, end - i - 1);
            for (auto& ch : inner)
                ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            // Elapsed time [h], [mm], [ss] is kept, marked "[" so it reads as a duration; colours
            // and locales are dropped.
            if (!inner.empty() && inner.find_first_not_of("hms") == std::string::npos)
                out += "[" + inner;
            i = end;
        } else {
            out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
    }
    return out;
}

}  // namespace

DateKind classify_number_format(const std::string& code) {
    if (code.empty() || code == "General" || code == "@") return DateKind::none;
    std::string s = significant(code);
    for (const char* marker : {"am/pm", "a/p"}) {
        for (auto at = s.find(marker); at != std::string::npos; at = s.find(marker)) {
            s.erase(at, std::char_traits<char>::length(marker));
            s.insert(at, "s");  // a 12-hour clock is a time
        }
    }
    bool date = false, time = false, elapsed = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '[') {
            elapsed = time = true;
        } else if (c == 'd' || c == 'y') {
            date = true;
        } else if (c == 'h' || c == 's') {
            time = true;
        } else if (c == 'm') {
            // "m" is minutes right after an hour or before seconds, else months.
            std::size_t j = i;
            while (j < s.size() && s[j] == 'm') ++j;
            std::size_t before = s.find_last_not_of(" :.0", i == 0 ? 0 : i - 1);
            bool after_hour = i > 0 && before != std::string::npos && s[before] == 'h';
            std::size_t next = s.find_first_not_of(" :.0", j);
            bool before_second = next != std::string::npos && s[next] == 's';
            (after_hour || before_second) ? time = true : date = true;
            i = j - 1;
        }
    }
    // "General" spelled in a custom code, or text-like codes with stray letters, show no dates.
    if (s.find("general") != std::string::npos) return DateKind::none;
    if (elapsed && !date) return DateKind::duration;
    if (date && time) return DateKind::datetime;
    if (date) return DateKind::date;
    if (time) return DateKind::time;
    return DateKind::none;
}

bool is_percent_format(const std::string& code) {
    std::string s = significant(code);
    return s.find('%') != std::string::npos;
}

}  // namespace opfolg::xlsx
