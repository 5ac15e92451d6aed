// SPDX-License-Identifier: MIT
// The formats every sheet of the board workbook shares; internal to consolidation.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "core/util/utf8.h"

#include "core/xlsx/house_style.h"
#include "core/xlsx/writer.h"

namespace opfolg::consolidate {

struct BoardFormats {
    xlsx::Format title, subtitle, label, header, text, plain, number, delta, date, link, good, bad,
        neutral, total;

    explicit BoardFormats(xlsx::WorkbookWriter& w) {
        namespace st = xlsx::style;
        title = w.format(st::title());
        subtitle = w.format(st::subtitle());
        label = w.format(st::label());
        header = w.format(st::header());
        text = w.format(st::body());
        plain = w.format(st::body(false));
        number = w.format(st::body_format("General"));
        delta = w.format(st::body_format("+0.0##;-0.0##;0"));
        date = w.format(st::body_format("dd-mm-yyyy"));
        auto link_spec = st::body(false);
        link_spec.font_color = 0x0563C1;
        link = w.format(link_spec);
        // Coloured cells line up with their neighbours: bordered and at the top, like the rest.
        auto coloured = [&](std::uint32_t background, std::uint32_t ink) {
            auto spec = st::fill(background, ink);
            spec.border = true;
            spec.top_align = true;
            return w.format(spec);
        };
        good = coloured(st::good_fill, st::good_ink);
        bad = coloured(st::bad_fill, st::bad_ink);
        neutral = coloured(st::neutral_fill, st::neutral_ink);
        auto total_spec = st::body(false);
        total_spec.bold = true;
        total_spec.fill = 0xDDEBF7;
        total = w.format(total_spec);
    }
};

/// A column width (in characters) that shows `header` on one line beside its filter button and
/// the longest of `values` whole, up to `cap` (longer text wraps).
inline double fit_width(const std::string& header, const std::vector<std::string>& values,
                        double cap = 50) {
    std::size_t longest = 0;
    for (const auto& v : values) longest = std::max(longest, utf8_length(v));
    double width = std::max<double>(utf8_length(header) + 3.0, longest + 2.0);
    return std::min(std::max(width, 8.0), cap);
}

}  // namespace opfolg::consolidate
