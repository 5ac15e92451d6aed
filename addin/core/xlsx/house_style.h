// SPDX-License-Identifier: MIT
// Opfølg's look in every workbook it writes: one place to change colours and fonts.
#pragma once

#include <string>

#include "core/xlsx/writer.h"

namespace opfolg::xlsx::style {

constexpr std::uint32_t ink = 0x1F2937;          ///< body text
constexpr std::uint32_t header_fill = 0x1F4E79;  ///< dark blue header band
constexpr std::uint32_t header_ink = 0xFFFFFF;
constexpr std::uint32_t good_fill = 0xC6EFCE;  ///< Excel's own "good" green
constexpr std::uint32_t good_ink = 0x006100;
constexpr std::uint32_t bad_fill = 0xFFC7CE;  ///< Excel's own "bad" red
constexpr std::uint32_t bad_ink = 0x9C0006;
constexpr std::uint32_t neutral_fill = 0xFFEB9C;  ///< Excel's own "neutral" yellow
constexpr std::uint32_t neutral_ink = 0x9C5700;
constexpr std::uint32_t example_fill = 0xF2F2F2;

inline FormatSpec title() {
    FormatSpec f;
    f.bold = true;
    f.font_size = 16;
    f.top_align = false;
    return f;
}
inline FormatSpec subtitle() {
    FormatSpec f;
    f.italic = true;
    f.font_color = 0x595959;
    return f;
}
inline FormatSpec header() {
    FormatSpec f;
    f.bold = true;
    f.wrap = true;
    f.border = true;
    f.fill = header_fill;
    f.font_color = header_ink;
    return f;
}
inline FormatSpec body(bool wrap = true) {
    FormatSpec f;
    f.wrap = wrap;
    f.border = true;
    return f;
}
inline FormatSpec body_format(const std::string& num_format) {
    FormatSpec f = body(false);
    f.num_format = num_format;
    return f;
}
inline FormatSpec label() {
    FormatSpec f;
    f.bold = true;
    return f;
}
inline FormatSpec fill(std::uint32_t background, std::uint32_t text) {
    FormatSpec f;
    f.fill = background;
    f.font_color = text;
    f.top_align = false;
    return f;
}

/// Print setup for a board meeting: landscape A4, one page wide, header row repeated, footer
/// with `left` (institution, department), `centre` (year) and page x of y.
inline PrintSetup board_print(std::uint32_t header_row, const std::string& left,
                              const std::string& centre) {
    PrintSetup p;
    p.repeat_rows = std::make_pair(header_row, header_row);
    // '&' starts a header/footer code in Excel; a literal one is written "&&".
    auto escape = [](std::string s) {
        for (std::size_t at = s.find('&'); at != std::string::npos; at = s.find('&', at + 2))
            s.insert(at, "&");
        return s;
    };
    p.footer = "&L" + escape(left) + "&C" + escape(centre) + "&RSide &P af &N";
    return p;
}

}  // namespace opfolg::xlsx::style
