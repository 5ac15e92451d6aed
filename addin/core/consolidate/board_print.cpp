// SPDX-License-Identifier: MIT
#include "core/consolidate/board_print.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/consolidate/board_formats.h"
#include "core/util/utf8.h"
#include "core/xlsx/text_metrics.h"

namespace opfolg::consolidate {

namespace {

// '&' starts a header/footer code in Excel; a literal one is written "&&".
std::string escaped(std::string s) {
    for (std::size_t at = s.find('&'); at != std::string::npos; at = s.find('&', at + 2))
        s.insert(at, "&");
    return s;
}

std::string date_text(std::time_t t) {
    std::tm tm{};
#if defined(_WIN32)
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    return fmt::format("{:02}-{:02}-{:04}", tm.tm_mday, tm.tm_mon + 1, tm.tm_year + 1900);
}

// A table is laid out 1 % narrower than the page, for rounding in either application.
constexpr double room_to_spare = 0.99;

// Columns are laid out for the application that makes them the wider (LibreOffice), so that a
// table is one page wide in both.
double width_pt(double w) { return xlsx::column_room_pt(w); }

}  // namespace

xlsx::PrintSetup board_page(const Board& b, const std::string& sheet,
                            std::optional<std::uint32_t> repeat) {
    const auto& r = b.result;
    xlsx::PrintSetup p;
    p.paper = 9;  // A4: what a board member prints and reads
    p.landscape = true;
    p.fit_width = false;
    p.scale = board_print_scale;
    if (repeat) p.repeat_rows = std::make_pair(*repeat, *repeat);
    // Excel refuses a header or footer longer than 255 characters; the institution is the only
    // text of unbounded length in them.
    std::string title =
        fmt::format("Opfølgningsplan {}{}", r.year ? std::to_string(r.year) : "",
                    r.institution.empty() ? "" : " – " + shorten(r.institution, 80));
    p.header = "&L&B" + escaped(title) + "&B&R" + escaped(sheet);
    p.footer = "&L" +
               std::string(b.options.public_version ? "Offentlig version"
                                                    : "Intern version til bestyrelsen") +
               "&CSamlet " + date_text(b.made) + "&RSide &P af &N";
    return p;
}

double board_page_width_pt(const Board& b) {
    return xlsx::printable_area_pt(board_page(b, "", std::nullopt)).first;
}

double longest_word_width(const std::vector<std::string>& texts) {
    double widest = 0;
    for (const auto& t : texts) {
        std::size_t i = 0;
        while (i < t.size()) {
            std::size_t end = t.find_first_of(" \n", i);
            if (end == std::string::npos) end = t.size();
            if (end > i)
                widest =
                    std::max(widest, xlsx::one_line_width(std::string_view(t).substr(i, end - i)));
            i = end + 1;
        }
    }
    return widest;
}

PrintColumn text_column(const std::string& head, const std::vector<std::string>& texts, double cap,
                        double weight) {
    double word = std::max(longest_word_width(texts), longest_word_width({head}));
    return {fit_width(head, texts, cap), std::clamp(word, 8.0, 20.0), weight};
}

PrintColumn fixed_column(const std::string& head, const std::vector<std::string>& texts) {
    double w = fit_width(head, texts, 255);
    return {w, w, 1};
}

bool fits_across(const std::vector<double>& widths, double room_pt) {
    double total = 0;
    for (double w : widths) total += width_pt(w);
    return total <= room_pt * room_to_spare + 0.01;
}

std::vector<double> fit_columns(const std::vector<PrintColumn>& columns, double room_pt) {
    const double room = room_pt * room_to_spare;
    auto total = [&](const std::vector<double>& ws) {
        double t = 0;
        for (double w : ws) t += width_pt(w);
        return t;
    };
    std::vector<double> widths;
    for (const auto& c : columns) widths.push_back(std::max(c.natural, c.minimum));
    if (total(widths) > room) {
        // Every column is cut to `cap` times its weight, the cap found by bisection (the total
        // falls as the cap does); never below its minimum, so an impossible table stays too wide.
        auto capped = [&](double cap) {
            std::vector<double> ws;
            for (const auto& c : columns)
                ws.push_back(
                    std::max(c.minimum, std::min(std::max(c.natural, c.minimum), cap * c.weight)));
            return ws;
        };
        double lo = 0, hi = *std::max_element(widths.begin(), widths.end());
        for (int i = 0; i < 50; ++i) {
            double mid = (lo + hi) / 2;
            (total(capped(mid)) > room ? hi : lo) = mid;
        }
        widths = capped(lo);
    } else {
        double growing = 0;
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (columns[i].weight > 1) growing += widths[i];
        if (growing > 0) {
            // Each character of width costs the same points, so the room left is shared out in
            // characters, in proportion to the widths.
            const double points_per_char = (width_pt(101) - width_pt(1)) / 100;
            const double spare = (room - total(widths)) / points_per_char;
            for (std::size_t i = 0; i < columns.size(); ++i)
                if (columns[i].weight > 1) widths[i] += spare * widths[i] / growing;
        }
    }
    // Rounded down to quarter characters, which Excel shows as they are (no 23.4871 in the
    // column width dialog); down, so that the table still fits.
    for (auto& w : widths) w = std::floor(w * 4) / 4;
    return widths;
}

}  // namespace opfolg::consolidate
