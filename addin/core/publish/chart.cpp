// SPDX-License-Identifier: MIT
#include "core/publish/chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/publish/figures.h"
#include "core/publish/html.h"
#include "core/util/utf8.h"

namespace opfolg::publish {

namespace {

// Geometry in SVG user units; the chart scales to its column (width 100%), so the wide drawing
// shows its 14-unit text at about 14 pixels in a desktop column and the narrow one at about 11
// on a 320-pixel screen.
struct Geometry {
    double width;                 // the whole drawing
    double value_room;            // right of the bars: "10,2 % (2024)"
    bool national_on_label_line;  // "Landsplan 7,3 %" right of the label, else under the bars
    double bars_right() const { return width - value_room; }
};
constexpr Geometry wide{640, 150, true};
constexpr Geometry narrow{300, 108, false};

constexpr double bar_height = 16;
constexpr double top = 4;
constexpr double axis_room = 26;
constexpr double char_width = 7.4;  // an average character of 14-unit text, for estimates
// Colours with at least 3:1 against white (WCAG 1.4.11): the bars, the outline and hatching of
// the year before, and the national marker.
constexpr const char* bar_colour = "#1F4E79";  // 8.7:1
constexpr const char* national_colour = "#1B1F24";

std::string f(double v) { return fmt::format("{:.1f}", v); }

// The scale's lower end: scores start at their scale's 1, everything else at 0 (or below, for
// a negative figure).
double scale_low(const BarChart& c) {
    using indicators::Unit;
    if (c.unit == Unit::score5 || c.unit == Unit::score10) return 1;
    double low = 0;
    for (const auto& r : c.rows) {
        low = std::min(low, r.value);
        if (r.previous) low = std::min(low, *r.previous);
        if (r.national) low = std::min(low, *r.national);
    }
    return low;
}

// A step of 1, 2 or 5 times a power of ten giving at most five intervals.
double nice_step(double span) {
    if (span <= 0) return 1;
    double raw = span / 5;
    double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * p >= raw) return m * p;
    return 10 * p;
}

struct Scale {
    double low = 0, high = 1, step = 1, right = 1;
    double x(double v) const { return (std::clamp(v, low, high) - low) / (high - low) * right; }
};

Scale scale_of(const BarChart& c, const Geometry& g) {
    using indicators::Unit;
    Scale s;
    s.right = g.bars_right();
    s.low = scale_low(c);
    if (c.unit == Unit::score5 || c.unit == Unit::score10) {
        s.high = c.unit == Unit::score5 ? 5 : 10;
        s.step = 1;
        return s;
    }
    double high = s.low + 1;
    for (const auto& r : c.rows) {
        high = std::max(high, r.value);
        if (r.previous) high = std::max(high, *r.previous);
        if (r.national) high = std::max(high, *r.national);
    }
    s.step = nice_step(high - s.low);
    s.high = s.low + std::ceil((high - s.low) / s.step) * s.step;
    if (c.unit == Unit::percent && high <= 100) s.high = std::min(s.high, 100.0);
    return s;
}

std::string value_label(double v, int year, int decimals, indicators::Unit unit) {
    return figure_text(v, decimals, unit) + " (" + std::to_string(year) + ")";
}

// Where a bar's figure starts: right of the bar, and right of the national marker when the
// marker would stand in the text.
double label_x(double bar_end, const std::optional<double>& national_x, const std::string& text) {
    double x = bar_end + 6;
    double w = char_width * static_cast<double>(utf8_length(text));
    if (national_x && *national_x >= bar_end - 7 && *national_x <= x + w + 3) x = *national_x + 9;
    return x;
}

bool has_previous(const ChartRow& r) { return r.previous && r.previous_year; }

double row_height_of(const ChartRow& r, const Geometry& g) {
    bool national_below = r.national && !g.national_on_label_line;
    return 24 + (has_previous(r) ? bar_height + 4 : 0) + bar_height + (national_below ? 20 : 0) +
           16;
}

}  // namespace

std::string bar_chart_svg(const BarChart& c, ChartLayout layout) {
    const Geometry& g = layout == ChartLayout::wide ? wide : narrow;
    const std::string id = layout == ChartLayout::wide ? c.id : c.id + "-n";
    const Scale s = scale_of(c, g);
    double plot_height = top;
    for (const auto& r : c.rows) plot_height += row_height_of(r, g);
    const double height = plot_height + axis_room;
    const std::string hatch = id + "-hatch";
    std::string out;
    out += fmt::format(
        "<svg class=\"bars\" role=\"img\" aria-labelledby=\"{0}-t {0}-d\" viewBox=\"0 0 {1} {2}\" "
        "width=\"{1}\" height=\"{2}\" xmlns=\"http://www.w3.org/2000/svg\">",
        id, f(g.width), f(height));
    out += fmt::format("<title id=\"{}-t\">{}</title>", id, html_text(c.title));
    out += fmt::format("<desc id=\"{}-d\">{}</desc>", id, html_text(c.description));
    out += fmt::format(
        "<defs><pattern id=\"{}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#FFFFFF\"/>"
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{}\" stroke-width=\"2.5\"/>"
        "</pattern></defs>",
        hatch, bar_colour);
    // Grid lines and the axis' figures.
    out += "<g class=\"grid\">";
    const int tick_decimals = s.step < 1 ? (s.step < 0.1 ? 2 : 1) : 0;
    for (double v = s.low; v <= s.high + s.step / 1000; v += s.step) {
        double x = std::clamp(s.x(v), 0.75, s.right - 0.75);
        out += fmt::format(
            "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#C9D1DA\" "
            "stroke-width=\"1\"/>",
            f(x), f(top), f(plot_height));
        const char* anchor = v == s.low ? "start" : v + s.step / 1000 >= s.high ? "end" : "middle";
        out +=
            fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" class=\"tick\">{}</text>", f(x),
                        f(plot_height + 18), anchor, html_text(number_text(v, tick_decimals)));
    }
    out += "</g>";
    double y = top;
    const double x0 = s.x(s.low);
    for (const auto& r : c.rows) {
        std::optional<double> national_x;
        if (r.national) national_x = s.x(*r.national);
        const std::string national_text =
            r.national ? "Landsplan " + figure_text(*r.national, r.decimals, c.unit) : "";
        // SVG text does not wrap: the label is shortened to its room; the table beside the chart
        // has it in full.
        double label_room = g.width - (r.national && g.national_on_label_line ? 170 : 0);
        out += fmt::format(
            "<text x=\"0\" y=\"{}\" class=\"label\">{}</text>", f(y + 14),
            html_text(shorten(r.label, static_cast<std::size_t>(label_room / (char_width + 0.2)))));
        if (r.national && g.national_on_label_line)
            out += fmt::format(
                "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"national-label\">{}</text>",
                f(g.width), f(y + 14), html_text(national_text));
        double bar_y = y + 24;
        if (has_previous(r)) {
            double w = std::max(1.5, s.x(*r.previous) - x0);
            std::string text = value_label(*r.previous, *r.previous_year, r.decimals, c.unit);
            out += fmt::format(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"url(#{})\" "
                "stroke=\"{}\" stroke-width=\"1.5\"/>",
                f(x0 + 0.75), f(bar_y + 0.75), f(std::max(0.5, w - 1.5)), f(bar_height - 1.5),
                hatch, bar_colour);
            out +=
                fmt::format("<text x=\"{}\" y=\"{}\" class=\"value\">{}</text>",
                            f(label_x(x0 + w, national_x, text)), f(bar_y + 12.5), html_text(text));
            bar_y += bar_height + 4;
        }
        double w = std::max(1.5, s.x(r.value) - x0);
        std::string text = value_label(r.value, r.year, r.decimals, c.unit);
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                           f(x0), f(bar_y), f(w), f(bar_height), bar_colour);
        out += fmt::format("<text x=\"{}\" y=\"{}\" class=\"value latest\">{}</text>",
                           f(label_x(x0 + w, national_x, text)), f(bar_y + 12.5), html_text(text));
        if (national_x) {
            out += fmt::format(
                "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{3}\" "
                "stroke-width=\"2.5\"/>"
                "<path d=\"M{0} {4} l6 6 l-6 6 l-6 -6 z\" fill=\"{3}\" stroke=\"#FFFFFF\" "
                "stroke-width=\"1\"/>",
                f(*national_x), f(y + 24), f(bar_y + bar_height + 3), national_colour, f(y + 17));
            if (!g.national_on_label_line)
                out += fmt::format("<text x=\"0\" y=\"{}\" class=\"national-label\">{}</text>",
                                   f(bar_y + bar_height + 17), html_text(national_text));
        }
        y += row_height_of(r, g);
    }
    out += "</svg>";
    return out;
}

std::string bar_chart_legend(const BarChart& c) {
    bool previous = std::any_of(c.rows.begin(), c.rows.end(), has_previous);
    bool national = std::any_of(c.rows.begin(), c.rows.end(),
                                [](const ChartRow& r) { return r.national.has_value(); });
    std::string out = "<ul class=\"legend\" aria-hidden=\"true\">";
    out += fmt::format(
        "<li><svg width=\"22\" height=\"14\" viewBox=\"0 0 22 14\" focusable=\"false\"><rect "
        "width=\"22\" height=\"14\" fill=\"{}\"/></svg>Seneste år</li>",
        bar_colour);
    // The swatch has its own hatching: the chart drawn in the other layout is hidden.
    if (previous)
        out += fmt::format(
            "<li><svg width=\"22\" height=\"14\" viewBox=\"0 0 22 14\" focusable=\"false\"><defs>"
            "<pattern id=\"{0}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#FFFFFF\"/>"
            "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{1}\" stroke-width=\"2.5\"/>"
            "</pattern></defs><rect x=\"0.75\" y=\"0.75\" width=\"20.5\" height=\"12.5\" "
            "fill=\"url(#{0})\" stroke=\"{1}\" stroke-width=\"1.5\"/></svg>Året før</li>",
            c.id + "-legend-hatch", bar_colour);
    if (national)
        out += fmt::format(
            "<li><svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" focusable=\"false\"><path "
            "d=\"M7 1 l6 6 l-6 6 l-6 -6 z\" fill=\"{}\"/></svg>Landsplan (seneste år)</li>",
            national_colour);
    out += "</ul>";
    return out;
}

}  // namespace opfolg::publish
