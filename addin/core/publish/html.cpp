// SPDX-License-Identifier: MIT
#include "core/publish/html.h"

#include "core/util/utf8.h"

namespace opfolg::publish {

namespace {

// Code points an HTML5 parser reports as errors in the input stream (WHATWG HTML, "preprocessing
// the input stream"): controls other than ASCII whitespace, and noncharacters. A workbook can
// hold them (Excel's _x0001_ escapes); the page shows U+FFFD instead.
bool forbidden_in_html(char32_t c) {
    if (c == '\t' || c == '\n' || c == '\f') return false;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
    if (c >= 0xFDD0 && c <= 0xFDEF) return true;
    return (c & 0xFFFE) == 0xFFFE;  // U+FFFE, U+FFFF and their counterparts in every plane
}

// Decodes one code point of valid UTF-8 at s[i]; returns its length.
std::size_t decode(std::string_view s, std::size_t i, char32_t& c) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    if (b(0) < 0x80) {
        c = b(0);
        return 1;
    }
    if (b(0) < 0xE0) {
        c = (char32_t(b(0) & 0x1F) << 6) | (b(1) & 0x3F);
        return 2;
    }
    if (b(0) < 0xF0) {
        c = (char32_t(b(0) & 0x0F) << 12) | (char32_t(b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        return 3;
    }
    c = (char32_t(b(0) & 0x07) << 18) | (char32_t(b(1) & 0x3F) << 12) |
        (char32_t(b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    return 4;
}

std::string escape(std::string_view raw, bool attribute) {
    const std::string valid = valid_utf8(raw);
    const std::string_view s = valid;
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (std::size_t i = 0; i < s.size();) {
        char32_t c = 0;
        std::size_t n = decode(s, i, c);
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += attribute ? "&quot;" : "\"";
                break;
            case '\'':
                out += attribute ? "&#39;" : "'";
                break;
            case '\r':
                // "\r\n" is one line break; a lone "\r" (old Mac files) is one too.
                if (i + 1 >= s.size() || s[i + 1] != '\n') out += '\n';
                break;
            default:
                if (forbidden_in_html(c))
                    out += replacement_character;
                else
                    out.append(s.substr(i, n));
        }
        i += n;
    }
    return out;
}

}  // namespace

std::string html_text(std::string_view text) { return escape(text, false); }

std::string html_attr(std::string_view text) { return escape(text, true); }

}  // namespace opfolg::publish
