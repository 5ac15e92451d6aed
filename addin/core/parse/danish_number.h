// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

namespace opfolg::parse {

/// A number read from text, with what the text said about it.
struct ParsedNumber {
    double value = 0;
    bool percent = false;  ///< "16,7 %", "16,7 pct.", "16,7 procent"
    int decimals = 0;      ///< digits after the decimal mark, for output at the input's precision
};

/// Reads Danish (and plain) number text: "16,7 %", "3,9", "1.234,5", "−3,1", "+2", "7,6 pp",
/// "16.7". A single '.' followed by exactly three digits is a thousands separator ("1.234");
/// otherwise '.' is a decimal point. Returns nullopt for anything that is not one number
/// (including "–" and blanks, which national statistics use for missing data).
std::optional<ParsedNumber> parse_danish_number(std::string_view text);

/// Whether `text` is one of the markers of missing data: "", "-", "–", "—", "n/a", "ikke oplyst",
/// "*", "..", "(<5)".
bool is_missing_marker(std::string_view text);

}  // namespace opfolg::parse
