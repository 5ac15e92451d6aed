// SPDX-License-Identifier: MIT
#include "core/indicators/deltas_format.h"

#include <fmt/format.h>

#include "core/util/error.h"
#include "core/util/utf8.h"
#include "core/xlsx/value.h"

namespace opfolg::indicators {

using nlohmann::json;

namespace {
template <class T>
json opt(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

// How the label was matched to the catalogue and whether the entry lent unit and polarity.
json catalogue_json(const Series& s) {
    json candidates = json::array();
    for (const auto* c : s.match.candidates) candidates.push_back(c->id);
    return {{"match", match_kind_name(s.match.kind)},
            {"id", s.match.entry ? json(s.match.entry->id) : json(nullptr)},
            {"name", s.match.entry ? json(s.match.entry->name) : json(nullptr)},
            {"candidates", candidates},
            {"used", s.entry != nullptr}};
}
}  // namespace

std::string assessment_text(Assessment a, Lang lang) {
    bool da = lang == Lang::da;
    switch (a) {
        case Assessment::improved:
            return da ? "forbedret" : "improved";
        case Assessment::worsened:
            return da ? "forværret" : "worsened";
        case Assessment::unchanged:
            return da ? "uændret" : "unchanged";
    }
    return "";
}

std::string vs_national_text(VsNational v, Lang lang) {
    bool da = lang == Lang::da;
    switch (v) {
        case VsNational::better:
            return da ? "bedre end landsplan" : "better than national";
        case VsNational::worse:
            return da ? "dårligere end landsplan" : "worse than national";
        case VsNational::equal:
            return da ? "som landsplan" : "as national";
    }
    return "";
}

std::string trend_text(Trend t, Lang lang) {
    bool da = lang == Lang::da;
    switch (t) {
        case Trend::rising:
            return da ? "stigende" : "rising";
        case Trend::falling:
            return da ? "faldende" : "falling";
        case Trend::flat:
            return da ? "stabil" : "flat";
        case Trend::mixed:
            return da ? "svingende" : "mixed";
    }
    return "";
}

std::string delta_unit_text(Unit u, Lang lang) {
    switch (u) {
        case Unit::percent:
            return lang == Lang::da ? "procentpoint" : "pp";
        case Unit::score5:
        case Unit::score10:
            return lang == Lang::da ? "point" : "points";
        case Unit::count:
            return lang == Lang::da ? "antal" : "count";
        case Unit::unknown:
            return "";
    }
    return "";
}

std::string catalogue_text(const Series& s, Lang lang) {
    bool da = lang == Lang::da;
    const Match& m = s.match;
    switch (m.kind) {
        case MatchKind::none:
            return "";
        case MatchKind::ambiguous: {
            std::string names;
            for (const auto* c : m.candidates) names += (names.empty() ? "" : " / ") + c->name;
            return (da ? "tvetydig: " : "ambiguous: ") + names;
        }
        case MatchKind::exact:
        case MatchKind::fuzzy:
            break;
    }
    if (!s.entry)
        return fmt::format(da ? "ikke brugt: {} (enheden passer ikke)"
                              : "not used: {} (the unit does not fit)",
                           m.entry->name);
    if (m.kind == MatchKind::fuzzy) return m.entry->name + (da ? " (tilnærmet)" : " (fuzzy)");
    return m.entry->name;
}

json delta_json(const std::filesystem::path& file, const Delta& d) {
    const Series& s = d.series;
    json j = {
        {"file", path_utf8(file)},
        {"sheet", s.sheet},
        {"cell", d.source.known ? json(xlsx::to_a1(d.source.cell)) : json(nullptr)},
        {"indicator", s.name()},
        {"indicator_id", s.entry ? json(s.entry->id) : json(nullptr)},
        {"label", s.label},
        {"catalogue", catalogue_json(s)},
        {"group", s.group},
        {"unit", unit_name(s.unit)},
        {"polarity", polarity_name(s.polarity)},
        {"year", d.year},
        {"value", d.value},
        {"previous_year", opt(d.previous_year)},
        {"previous_value", opt(d.previous_value)},
        {"delta", opt(d.delta)},
        {"delta_unit", delta_unit_name(s.unit)},
        {"relative_change", opt(d.relative_change)},
        {"national", opt(d.national)},
        {"diff_national", opt(d.diff_national)},
        {"stated_diff", opt(d.stated_diff)},
        {"assessment", d.assessment ? json(assessment_name(*d.assessment)) : json(nullptr)},
        {"vs_national", d.vs_national ? json(vs_national_name(*d.vs_national)) : json(nullptr)},
        {"target", opt(d.target)},
        {"target_met", opt(d.target_met)},
        {"trend", d.trend ? json(trend_name(*d.trend)) : json(nullptr)}};
    return j;
}

json deltas_json(const std::vector<FileDeltas>& files) {
    json all = json::array();
    for (const auto& f : files)
        for (const auto& d : f.deltas) all.push_back(delta_json(f.file, d));
    return {{"indicators", all}};
}

void deltas_text(const std::vector<FileDeltas>& files, Lang lang, std::ostream& out) {
    bool da = lang == Lang::da;
    for (const auto& f : files) {
        out << path_utf8(f.file.filename()) << "\n";
        if (f.deltas.empty())
            out << (da ? "  Ingen indikatorer fundet.\n" : "  No indicators found.\n");
        for (const auto& d : f.deltas) {
            const Series& s = d.series;
            std::string unit = s.unit == Unit::percent ? " %" : "";
            std::string name = s.name() + (s.group.empty() ? "" : " – " + s.group);
            std::string change = "";
            if (d.delta) {
                const char* arrow = *d.delta > 0 ? "▲" : *d.delta < 0 ? "▼" : "=";
                change = fmt::format("{} {} {}", arrow, number_display(*d.delta, lang, true),
                                     delta_unit_text(s.unit, lang));
                if (*d.delta == 0) change = fmt::format("= 0 {}", delta_unit_text(s.unit, lang));
                if (d.assessment) change += " (" + assessment_text(*d.assessment, lang) + ")";
            } else {
                change = da ? "intet forrige år" : "no previous year";
            }
            std::string national;
            if (d.diff_national)
                national =
                    fmt::format("{} {}{}: {} {}", da ? "landsplan" : "national",
                                number_display(*d.national, lang), unit,
                                number_display(*d.diff_national, lang, true),
                                delta_unit_text(s.unit, lang)) +
                    (d.vs_national ? " (" + vs_national_text(*d.vs_national, lang) + ")" : "");
            std::string catalogue = catalogue_text(s, lang);
            if (!catalogue.empty())
                catalogue = (da ? "  [katalog: " : "  [catalogue: ") + catalogue + "]";
            out << fmt::format("  {:<58} {} {:>7}{:<2}  {:<34} {}{}\n", shorten(name, 58),
                               d.year, number_display(d.value, lang), unit, change, national,
                               catalogue);
        }
        out << "\n";
    }
}

}  // namespace opfolg::indicators
