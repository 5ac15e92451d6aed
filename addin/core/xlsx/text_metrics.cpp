// SPDX-License-Identifier: MIT
#include "core/xlsx/text_metrics.h"

#include <algorithm>
#include <cstdint>

#include "core/xlsx/text_metrics_table.h"

namespace opfolg::xlsx {

namespace {

constexpr double units_per_em = 2048;
constexpr double pixels_per_char = 7, padding_px = 5, points_per_pixel = 0.75;
// What the two applications leave of a cell's width for its text: Excel indents text by two
// pixels on each side and draws the gridline in a fifth; LibreOffice's default margins are close.
// One more pixel and 3 % of the text's width absorb rounding of glyph positions when a page is
// rendered, so that an estimate never comes out a line short.
constexpr double text_inset_px = 1;
constexpr double safety = 1.03;

// Decodes the code point starting at text[i] (valid UTF-8) and advances i past it.
std::uint32_t next_code_point(std::string_view text, std::size_t& i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char c = byte(i);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + n > text.size()) n = 1;  // cut text: count the byte as a character
    std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    i += n;
    return cp;
}

double advance(std::uint32_t cp, bool bold) {
    const auto* begin = std::begin(metrics::advances);
    const auto* end = std::end(metrics::advances);
    const auto* it = std::lower_bound(
        begin, end, cp, [](const metrics::Advance& a, std::uint32_t c) { return a.code < c; });
    if (it == end || it->code != cp) {
        if (cp == '\t') return advance(' ', bold) * 4;
        return advance('W', bold);
    }
    return bold ? it->bold : it->regular;
}

}  // namespace

double text_width_pt(std::string_view text, double size, bool bold) {
    double units = 0;
    for (std::size_t i = 0; i < text.size();) units += advance(next_code_point(text, i), bold);
    return units / units_per_em * size;
}

double column_width_pt(double width) {
    // ECMA-376 Part 1, 18.3.1.13 (col): pixels = Truncate(((256 * width + Truncate(128 / max
    // digit width)) / 256) * max digit width); Calibri 11's digits are 7 pixels wide.
    if (width <= 0) return 0;
    double px = width < 1
                    ? width * (pixels_per_char + padding_px)
                    : static_cast<double>(static_cast<long>(width * pixels_per_char + padding_px));
    return px * points_per_pixel;
}

double column_width_pt_libreoffice(double width) {
    if (width <= 0) return 0;
    // libxlsxwriter stores a width of w characters as w + 5/7 (the padding in digit widths).
    const double digit_pt = text_width_pt("0");
    return (width + padding_px / pixels_per_char) * digit_pt;
}

double column_room_pt(double width) {
    return std::max(column_width_pt(width), column_width_pt_libreoffice(width));
}

double one_line_width(std::string_view text, double size, bool bold) {
    return (text_width_pt(text, size, bold) * safety / points_per_pixel + text_inset_px) /
           pixels_per_char;
}

std::size_t wrapped_lines(std::string_view text, double width, double size, bool bold) {
    const double room =
        std::max(1.0, (width * pixels_per_char - text_inset_px) * points_per_pixel) / safety;
    const double space = text_width_pt(" ", size, bold);
    std::size_t lines = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t stop = text.find('\n', start);
        if (stop == std::string_view::npos) stop = text.size();
        std::string_view paragraph = text.substr(start, stop - start);
        if (!paragraph.empty() && paragraph.back() == '\r') paragraph.remove_suffix(1);
        // Greedy filling, word by word, as both applications wrap.
        std::size_t used_lines = 1;
        double used = 0;  // width on the current line, 0 = nothing on it yet
        std::size_t i = 0;
        while (i < paragraph.size()) {
            if (paragraph[i] == ' ') {
                ++i;
                continue;
            }
            std::size_t end = paragraph.find(' ', i);
            if (end == std::string_view::npos) end = paragraph.size();
            std::string_view word = paragraph.substr(i, end - i);
            double w = text_width_pt(word, size, bold);
            if (used > 0 && used + space + w <= room) {
                used += space + w;
            } else {
                if (used > 0) {
                    ++used_lines;
                    used = 0;
                }
                if (w <= room) {
                    used = w;
                } else {
                    // Too long for any line: broken between characters.
                    for (std::size_t k = 0; k < word.size();) {
                        double c = advance(next_code_point(word, k), bold) / units_per_em * size;
                        if (used > 0 && used + c > room) {
                            ++used_lines;
                            used = 0;
                        }
                        used += c;
                    }
                }
            }
            i = end;
        }
        lines += used_lines;
        start = stop + 1;
    }
    return std::max<std::size_t>(1, lines);
}

}  // namespace opfolg::xlsx
