// SPDX-License-Identifier: MIT
#include "core/util/utf8.h"

namespace opfolg {

namespace {

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// What a lead byte promises: the sequence length and the range its second byte must fall in.
// The ranges are those of the Unicode Standard's table 3-7: they rule out overlong forms
// (E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and code points past U+10FFFF (F4 90..BF).
struct Lead {
    std::size_t length = 0;  ///< 0: the byte cannot start a sequence
    unsigned char lo = 0x80, hi = 0xBF;
};

Lead lead_of(unsigned char b0) {
    Lead l;
    if (b0 < 0x80) l.length = 1;
    else if (b0 >= 0xC2 && b0 <= 0xDF) l.length = 2;
    else if (b0 >= 0xE0 && b0 <= 0xEF) l.length = 3;
    else if (b0 >= 0xF0 && b0 <= 0xF4) l.length = 4;
    if (b0 == 0xE0) l.lo = 0xA0;
    if (b0 == 0xED) l.hi = 0x9F;
    if (b0 == 0xF0) l.lo = 0x90;
    if (b0 == 0xF4) l.hi = 0x8F;
    return l;
}

// How many bytes from text[i] on belong to the character its lead byte starts: all of them when
// the sequence is well-formed (the return value equals the promised length), else only the
// "maximal subpart" that one U+FFFD stands for (at least 1).
std::size_t valid_prefix(std::string_view text, std::size_t i, const Lead& l) {
    std::size_t n = 1;
    while (n < l.length && i + n < text.size()) {
        auto b = static_cast<unsigned char>(text[i + n]);
        if (b < (n == 1 ? l.lo : 0x80) || b > (n == 1 ? l.hi : 0xBF)) break;
        ++n;
    }
    return n;
}

// The length of the well-formed sequence starting at text[i], or 0 when it is ill-formed.
std::size_t sequence_length(std::string_view text, std::size_t i) {
    Lead l = lead_of(static_cast<unsigned char>(text[i]));
    if (l.length == 0) return 0;
    return valid_prefix(text, i, l) == l.length ? l.length : 0;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = sequence_length(text, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

std::size_t make_valid_utf8(std::string& text) {
    if (is_valid_utf8(text)) return 0;
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t replaced = 0;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = sequence_length(text, i);
        if (len) {
            out.append(text, i, len);
            i += len;
        } else {
            out.append(replacement_character);
            ++replaced;
            i += valid_prefix(text, i, lead_of(static_cast<unsigned char>(text[i])));
        }
    }
    text.swap(out);
    return replaced;
}

std::string valid_utf8(std::string_view text) {
    std::string s(text);
    make_valid_utf8(s);
    return s;
}

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t end = max_bytes;
    // Step back over continuation bytes to the start of the character that would be cut.
    while (end > 0 && is_continuation(static_cast<unsigned char>(text[end]))) --end;
    return text.substr(0, end);
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if (!is_continuation(static_cast<unsigned char>(c))) ++n;
    return n;
}

std::string_view utf8_head(std::string_view text, std::size_t max_chars) {
    std::size_t chars = 0, i = 0;
    for (; i < text.size(); ++i)
        if (!is_continuation(static_cast<unsigned char>(text[i])) && chars++ == max_chars) break;
    return text.substr(0, i);
}

std::string shorten(std::string_view text, std::size_t max_chars) {
    if (utf8_length(text) <= max_chars) return std::string(text);
    std::string out(utf8_head(text, max_chars == 0 ? 0 : max_chars - 1));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "…";
}

}  // namespace opfolg
