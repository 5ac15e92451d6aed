// SPDX-License-Identifier: MIT
#include "core/indicators/catalogue.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/xlsx/zip_archive.h"

namespace opfolg::indicators {

const char* unit_name(Unit u) {
    switch (u) {
        case Unit::percent:
            return "percent";
        case Unit::score5:
            return "score5";
        case Unit::score10:
            return "score10";
        case Unit::count:
            return "count";
        case Unit::unknown:
            return "unknown";
    }
    return "unknown";
}

const char* polarity_name(Polarity p) {
    switch (p) {
        case Polarity::higher:
            return "higher";
        case Polarity::lower:
            return "lower";
        case Polarity::neutral:
            return "neutral";
        case Polarity::unknown:
            return "unknown";
    }
    return "unknown";
}

const char* delta_unit_name(Unit u) {
    switch (u) {
        case Unit::percent:
            return "pp";
        case Unit::score5:
        case Unit::score10:
            return "points";
        case Unit::count:
            return "count";
        case Unit::unknown:
            return "unknown";
    }
    return "unknown";
}

const char* unit_word(Unit u) {
    switch (u) {
        case Unit::percent:
            return "%";
        case Unit::score5:
            return "score 1-5";
        case Unit::score10:
            return "score 1-10";
        case Unit::count:
            return "antal";
        case Unit::unknown:
            return "";
    }
    return "";
}

const char* polarity_word(Polarity p) {
    switch (p) {
        case Polarity::higher:
            return "højere er bedre";
        case Polarity::lower:
            return "lavere er bedre";
        case Polarity::neutral:
            return "neutral";
        case Polarity::unknown:
            return "";
    }
    return "";
}

Unit parse_unit(const std::string& text) {
    std::string k = header_key(text);
    if (text.find('%') != std::string::npos || k == "pct" || k == "procent" || k == "percent" ||
        k == "andel")
        return Unit::percent;
    if (k.find("15") != std::string::npos || k == "score5") return Unit::score5;
    if (k.find("110") != std::string::npos || k == "score10") return Unit::score10;
    if (k == "antal" || k == "count" || k == "stk") return Unit::count;
    return Unit::unknown;
}

Polarity parse_polarity(const std::string& text) {
    std::string k = header_key(text);
    if (k.find("lavere") != std::string::npos || k.find("lower") != std::string::npos || k == "lav")
        return Polarity::lower;
    if (k.find("hoejere") != std::string::npos || k.find("higher") != std::string::npos ||
        k == "hoej")
        return Polarity::higher;
    if (k.find("neutral") != std::string::npos) return Polarity::neutral;
    return Polarity::unknown;
}

Catalogue Catalogue::load(const std::filesystem::path& path) {
    return parse(xlsx::read_file_capped(path, 16u << 20), path);
}

Catalogue Catalogue::parse(const std::string& text, const std::filesystem::path& path) {
    auto line_of = [&](std::size_t offset) {
        return 1 +
               std::count(text.begin(),
                          text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size())),
                          '\n');
    };
    auto fail = [&](const std::string& near, const std::string& da, const std::string& en) {
        auto at = near.empty() ? std::string::npos : text.find("\"" + near + "\"");
        throw Error(ErrorCode::schema, path, {da, en},
                    at == std::string::npos ? "" : fmt::format("linje {}", line_of(at)));
    };
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw Error(
            ErrorCode::schema, path,
            {fmt::format("ugyldig JSON: {}", e.what()), fmt::format("invalid JSON: {}", e.what())},
            fmt::format("linje {}", line_of(e.byte ? e.byte - 1 : 0)));
    }
    if (!j.contains("indicators") || !j["indicators"].is_array())
        fail("", "kataloget mangler \"indicators\"", "the catalogue lacks \"indicators\"");
    Catalogue c;
    for (const auto& ej : j["indicators"]) {
        Entry e;
        e.id = ej.value("id", "");
        e.name = ej.value("name", e.id);
        if (e.name.empty())
            fail("indicators", "en indikator mangler \"name\"", "an indicator lacks \"name\"");
        e.source = ej.value("source", "");
        if (ej.contains("aliases")) e.aliases = ej["aliases"].get<std::vector<std::string>>();
        std::string unit = ej.value("unit", "percent");
        e.unit = unit == "percent"   ? Unit::percent
                 : unit == "score5"  ? Unit::score5
                 : unit == "score10" ? Unit::score10
                 : unit == "count"   ? Unit::count
                                     : Unit::unknown;
        if (e.unit == Unit::unknown)
            fail(e.id.empty() ? e.name : e.id,
                 fmt::format(
                     "indikatoren \"{}\" har ukendt enhed \"{}\" (percent, score5, score10, count)",
                     e.name, unit),
                 fmt::format(
                     "indicator \"{}\" has unknown unit \"{}\" (percent, score5, score10, count)",
                     e.name, unit));
        std::string pol = ej.value("polarity", "higher");
        e.polarity = pol == "higher"    ? Polarity::higher
                     : pol == "lower"   ? Polarity::lower
                     : pol == "neutral" ? Polarity::neutral
                                        : Polarity::unknown;
        if (e.polarity == Polarity::unknown)
            fail(
                e.id.empty() ? e.name : e.id,
                fmt::format(
                    "indikatoren \"{}\" har ukendt polaritet \"{}\" (higher, lower, neutral)",
                    e.name, pol),
                fmt::format("indicator \"{}\" has unknown polarity \"{}\" (higher, lower, neutral)",
                            e.name, pol));
        e.tolerance = ej.value("tolerance", 0.0);
        e.key = ej.value("key", false);
        std::size_t index = c.entries_.size();
        c.keys_.emplace_back(header_key(e.name), index);
        for (const auto& a : e.aliases) c.keys_.emplace_back(header_key(a), index);
        c.entries_.push_back(std::move(e));
    }
    std::stable_sort(c.keys_.begin(), c.keys_.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return c;
}

const char* match_kind_name(MatchKind k) {
    switch (k) {
        case MatchKind::none:
            return "none";
        case MatchKind::exact:
            return "exact";
        case MatchKind::fuzzy:
            return "fuzzy";
        case MatchKind::ambiguous:
            return "ambiguous";
    }
    return "none";
}

Match Catalogue::match(const std::string& text) const {
    Match m;
    std::string k = header_key(text);
    if (k.empty()) return m;
    for (const auto& [key, index] : keys_)
        if (key == k) {
            m.kind = MatchKind::exact, m.entry = &entries_[index], m.key = key;
            return m;
        }
    // Every name or alias inside the text (short keys such as "fravaer" need six letters, so
    // that "mål" or "GF1" alone match nothing), longest first.
    std::vector<const std::pair<std::string, std::size_t>*> inside;
    for (const auto& kv : keys_)
        if (kv.first.size() >= 6 && k.find(kv.first) != std::string::npos) inside.push_back(&kv);
    // A key that lies within a longer one found here says less than it: "laeringsmiljoe" inside
    // "laeringsmiljoeeleverdersvareraltidellerofte".
    std::vector<const Entry*> distinct;
    for (const auto* kv : inside) {
        bool within_longer = std::any_of(inside.begin(), inside.end(), [&](const auto* other) {
            return other->first.size() > kv->first.size() &&
                   other->first.find(kv->first) != std::string::npos;
        });
        const Entry* e = &entries_[kv->second];
        if (!within_longer && std::find(distinct.begin(), distinct.end(), e) == distinct.end())
            distinct.push_back(e);
    }
    if (distinct.empty()) return m;
    m.key = inside.front()->first;
    if (distinct.size() == 1) {
        m.kind = MatchKind::fuzzy, m.entry = distinct.front();
    } else {
        m.kind = MatchKind::ambiguous, m.candidates = std::move(distinct);
    }
    return m;
}

}  // namespace opfolg::indicators
