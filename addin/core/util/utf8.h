// SPDX-License-Identifier: MIT
// UTF-8 as the one text encoding inside Opfølg: every string read from a file is made valid here
// once, and every string shortened for a message is cut between characters, never inside one.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace opfolg {

/// U+FFFD, what an invalid byte sequence is replaced with.
inline constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

/// Whether `text` is well-formed UTF-8 (RFC 3629): no stray continuation bytes, no overlong
/// forms, no surrogates (U+D800–U+DFFF, which a character reference such as &#xD800; turns into
/// three bytes), nothing above U+10FFFF.
bool is_valid_utf8(std::string_view text);

/// `text` with each maximal ill-formed subsequence replaced by U+FFFD (the W3C/WHATWG
/// "replacement" practice, as browsers and Python's errors="replace" do). Returns the number of
/// replacements made; 0 leaves `text` untouched.
std::size_t make_valid_utf8(std::string& text);

/// A copy of `text` made valid (see make_valid_utf8).
std::string valid_utf8(std::string_view text);

/// The longest prefix of `text` of at most `max_bytes` bytes that ends between characters.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

/// The first `max_chars` characters (code points) of `text`, or all of it.
std::string_view utf8_head(std::string_view text, std::size_t max_chars);

/// `text` shortened to at most `max_chars` characters (code points), ending in "…" when cut.
std::string shorten(std::string_view text, std::size_t max_chars);

/// The number of characters (code points) in valid UTF-8 `text`.
std::size_t utf8_length(std::string_view text);

}  // namespace opfolg
