// SPDX-License-Identifier: MIT
#include "core/indicators/deltas.h"

#include <cmath>

namespace opfolg::indicators {

const char* assessment_name(Assessment a) {
    switch (a) {
        case Assessment::improved:
            return "improved";
        case Assessment::worsened:
            return "worsened";
        case Assessment::unchanged:
            return "unchanged";
    }
    return "unchanged";
}

const char* vs_national_name(VsNational v) {
    switch (v) {
        case VsNational::better:
            return "better";
        case VsNational::worse:
            return "worse";
        case VsNational::equal:
            return "equal";
    }
    return "equal";
}

const char* trend_name(Trend t) {
    switch (t) {
        case Trend::rising:
            return "rising";
        case Trend::falling:
            return "falling";
        case Trend::flat:
            return "flat";
        case Trend::mixed:
            return "mixed";
    }
    return "mixed";
}

double round_to(double v, int decimals) {
    double f = std::pow(10.0, decimals);
    double r = std::round(v * f) / f;
    return r == 0 ? 0.0 : r;  // no "-0"
}

namespace {

// Is a change of `d` good, bad or nothing, for this polarity and tolerance?
int judge(double d, Polarity p, double tolerance) {
    if (d == 0 || std::fabs(d) < tolerance || p == Polarity::neutral || p == Polarity::unknown)
        return 0;
    bool up = d > 0;
    return (up == (p == Polarity::higher)) ? 1 : -1;
}

}  // namespace

std::optional<Delta> compute(const Series& s) {
    const Point* latest = nullptr;
    for (auto it = s.points.rbegin(); it != s.points.rend(); ++it)
        if (it->value) {
            latest = &*it;
            break;
        }
    if (!latest) return std::nullopt;
    Delta d;
    d.series = s;
    d.year = latest->year;
    d.value = latest->value->value;
    d.decimals = latest->value->decimals;
    d.source = latest->value->source;
    if (latest->national) {
        d.national = latest->national->value;
        int dec = std::max(d.decimals, latest->national->decimals);
        d.diff_national = round_to(d.value - *d.national, dec);
        int j = judge(*d.diff_national, s.polarity, s.tolerance);
        if (s.polarity == Polarity::higher || s.polarity == Polarity::lower)
            d.vs_national = j > 0   ? VsNational::better
                            : j < 0 ? VsNational::worse
                                    : VsNational::equal;
    }
    if (latest->stated_diff) d.stated_diff = latest->stated_diff->value;
    if (latest->target) {
        d.target = latest->target->value;
        if (s.polarity == Polarity::lower)
            d.target_met = d.value <= *d.target;
        else if (s.polarity == Polarity::higher)
            d.target_met = d.value >= *d.target;
    }
    // The year before, only when it is exactly the previous year: a gap is no year-over-year.
    for (const auto& p : s.points)
        if (p.year == d.year - 1 && p.value) {
            d.previous_year = p.year;
            d.previous_value = p.value->value;
            int dec = std::max(d.decimals, p.value->decimals);
            d.delta = round_to(d.value - p.value->value, dec);
            if (p.value->value != 0)
                d.relative_change =
                    round_to((d.value - p.value->value) / std::fabs(p.value->value) * 100.0, 1);
            int j = judge(*d.delta, s.polarity, s.tolerance);
            if (s.polarity != Polarity::unknown)
                d.assessment = j > 0   ? Assessment::improved
                               : j < 0 ? Assessment::worsened
                                       : Assessment::unchanged;
        }
    // Trend over three or more consecutive years with values, ending at the latest.
    std::vector<double> run;
    int expect = d.year;
    for (auto it = s.points.rbegin(); it != s.points.rend(); ++it) {
        if (it->year > d.year) continue;
        if (it->year != expect || !it->value) break;
        run.insert(run.begin(), it->value->value);
        --expect;
    }
    if (run.size() >= 3) {
        int ups = 0, downs = 0;
        for (std::size_t i = 1; i < run.size(); ++i) {
            double step = run[i] - run[i - 1];
            if (std::fabs(step) < std::max(s.tolerance, 1e-12)) continue;
            (step > 0 ? ups : downs)++;
        }
        d.trend = ups && downs ? Trend::mixed
                  : ups        ? Trend::rising
                  : downs      ? Trend::falling
                               : Trend::flat;
    }
    return d;
}

}  // namespace opfolg::indicators
