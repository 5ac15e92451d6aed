// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace opfolg {

/// A header or label reduced to what identifies it: lower case, æ/ø/å (and Æ/Ø/Å, ä/ö/é…)
/// spelt out as ae/oe/aa, every space, line break and punctuation mark removed.
/// "Resultat /\nÆndringsbehov" → "resultataendringsbehov"; "Landsgnsn." → "landsgnsn".
std::string header_key(std::string_view text);

/// How much of `key` the header key of `text` spells, when it spells the start of it:
/// header_key(text) == key exactly when the result is key.size(). Stops at the first difference,
/// so checking many cells against a known header costs little.
std::optional<std::size_t> header_key_prefix(std::string_view text, std::string_view key);

/// Text with runs of white space (including line breaks and non-breaking spaces) folded to one
/// space and trimmed at both ends.
std::string squeeze_spaces(std::string_view text);

/// Trims ASCII white space and non-breaking spaces at both ends.
std::string trim(std::string_view text);

/// Lower-cases ASCII and the Danish letters Æ, Ø, Å (for case-insensitive comparisons of text).
std::string fold_case(std::string_view text);

/// Appends the UTF-8 encoding of code point `cp`.
void append_utf8(std::string& out, char32_t cp);

/// Levenshtein distance in code points (for "did you mean" suggestions).
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace opfolg
