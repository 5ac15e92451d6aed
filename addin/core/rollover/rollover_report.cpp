// SPDX-License-Identifier: MIT
#include "core/rollover/rollover_report.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/util/error.h"
#include "core/util/plural.h"

namespace opfolg::rollover {

using nlohmann::json;

namespace {

json optional_text(const std::optional<Text>& t, bool da) {
    return t ? json(da ? t->da : t->en) : json(nullptr);
}

json action_json(const Action& a) {
    return {{"id", a.id},
            {"status", a.status},
            {"fate", fate_name(a.fate)},
            {"code", a.code.empty() ? json(nullptr) : json(a.code)},
            {"reason", a.code.empty() ? json(nullptr) : json(a.reason.da)},
            {"reason_en", a.code.empty() ? json(nullptr) : json(a.reason.en)},
            {"source",
             {{"file", path_utf8(a.source.file)},
              {"sheet", a.source.sheet},
              {"cell", a.source.cell},
              {"origin", a.source.origin.empty() ? json(nullptr) : json(a.source.origin)}}}};
}

json department_json(const Department& d) {
    json actions = json::array();
    for (const auto& a : d.actions) actions.push_back(action_json(a));
    return {{"department", d.name},
            {"input", path_utf8(d.input)},
            {"from_board", d.from_board},
            {"last_year", d.last_year ? json(*d.last_year) : json(nullptr)},
            {"year", d.year ? json(d.year) : json(nullptr)},
            {"output", d.output.empty() ? json(nullptr) : json(path_utf8(d.output))},
            {"written", d.written},
            {"error", optional_text(d.error, true)},
            {"error_en", optional_text(d.error, false)},
            {"error_code", d.error ? json(d.error_code) : json(nullptr)},
            {"institution", d.institution},
            {"contact", d.contact},
            {"carried", d.count(Fate::carried)},
            {"closed", d.count(Fate::closed)},
            {"not_carried", d.count(Fate::not_carried)},
            {"indicator_series", d.series.size()},
            {"indicator_values", d.indicator_values()},
            {"indicator_year", d.year ? json(d.indicator_year()) : json(nullptr)},
            {"open_indicator_rows", d.open_indicator_rows()},
            {"actions", actions}};
}

// "2022–2024", "2024", or "" for the years of a department's indicators.
std::string year_span(const Department& d) {
    int lo = 0, hi = 0;
    for (const auto& s : d.series)
        for (const auto& p : s.points) {
            if (!p.value && !p.national) continue;
            lo = lo ? std::min(lo, p.year) : p.year;
            hi = std::max(hi, p.year);
        }
    if (!lo) return "";
    return lo == hi ? std::to_string(lo) : fmt::format("{}–{}", lo, hi);
}

}  // namespace

json rollover_json(const Rollover& r) {
    json departments = json::array(), inputs = json::array(), skipped = json::array();
    std::size_t carried = 0, closed = 0, not_carried = 0;
    for (const auto& d : r.departments) {
        departments.push_back(department_json(d));
        carried += d.count(Fate::carried);
        closed += d.count(Fate::closed);
        not_carried += d.count(Fate::not_carried);
    }
    for (const auto& p : r.problems)
        inputs.push_back({{"file", path_utf8(p.file)},
                          {"error", p.reason.da},
                          {"error_en", p.reason.en},
                          {"error_code", p.code}});
    for (const auto& s : r.skipped)
        skipped.push_back({{"file", path_utf8(s.path)}, {"reason", s.reason.da}});
    return {{"folder", path_utf8(r.folder)},
            {"departments", departments},
            {"inputs", inputs},
            {"skipped", skipped},
            {"summary",
             {{"departments", r.departments.size()},
              {"written", r.written()},
              {"carried", carried},
              {"closed", closed},
              {"not_carried", not_carried}}}};
}

void department_text(const Department& d, Lang lang, std::ostream& out) {
    const bool da = lang == Lang::da;
    const std::size_t carried = d.count(Fate::carried), closed = d.count(Fate::closed),
                      not_carried = d.count(Fate::not_carried);
    out << "  "
        << (da ? fmt::format("{} videreføres, {} afsluttet, {} kan ikke videreføres",
                             count(carried, nouns::action, lang), closed, not_carried)
               : fmt::format("{} carried on, {} closed, {} cannot be carried on",
                             count(carried, nouns::action, lang), closed, not_carried))
        << "\n";
    if (!d.series.empty()) {
        std::string span = year_span(d);
        out << "  "
            << (da ? fmt::format("{} med {} tal{}", count(d.series.size(), nouns::indicator, lang),
                                 d.indicator_values(), span.empty() ? "" : " fra " + span)
                   : fmt::format("{} with {} {}{}", count(d.series.size(), nouns::indicator, lang),
                                 d.indicator_values(),
                                 d.indicator_values() == 1 ? "figure" : "figures",
                                 span.empty() ? "" : " from " + span));
        if (d.year && d.open_indicator_rows())
            out << (da ? fmt::format("; åbne felter for {} til {} af dem", d.indicator_year(),
                                     d.open_indicator_rows())
                       : fmt::format("; open cells for {} for {} of them", d.indicator_year(),
                                     d.open_indicator_rows()));
        out << "\n";
    }
    // Rows with the same reason under one line saying it ("no ID" is often every row of a plan
    // in a layout without an ID column), in the order the reasons first appear.
    std::vector<std::pair<const Action*, std::vector<const Action*>>> groups;
    for (const auto& a : d.actions) {
        if (a.code.empty()) continue;
        auto g = std::find_if(groups.begin(), groups.end(), [&](const auto& g) {
            return g.first->fate == a.fate && g.first->reason.in(lang) == a.reason.in(lang);
        });
        if (g == groups.end())
            groups.push_back({&a, {&a}});
        else
            g->second.push_back(&a);
    }
    for (const auto& [first, rows] : groups) {
        out << "    "
            << (first->fate == Fate::not_carried ? (da ? "IKKE VIDEREFØRT" : "NOT CARRIED")
                                                 : (da ? "Bemærk" : "Note"))
            << " (" << rows.size() << "): " << first->reason.in(lang) << "\n";
        for (const auto* a : rows)
            out << "      " << (a->id.empty() ? std::string() : "\"" + a->id + "\" ")
                << where_text(a->source).in(lang) << "\n";
    }
}

void rollover_text(const Rollover& r, Lang lang, std::ostream& out) {
    const bool da = lang == Lang::da;
    for (const auto& d : r.departments) {
        out << d.name;
        if (d.last_year || d.year)
            out << " (" << (d.last_year ? std::to_string(*d.last_year) : "?") << " → "
                << (d.year ? std::to_string(d.year) : "?") << ")";
        out << (da ? " fra " : " from ") << path_utf8(d.input.filename());
        if (!d.output.empty()) out << " → " << path_utf8(d.output);
        out << "\n";
        department_text(d, lang, out);
        if (!d.written && d.error)
            out << "  " << (da ? "IKKE SKREVET: " : "NOT WRITTEN: ") << d.error->in(lang) << "\n";
        out << "\n";
    }
    for (const auto& p : r.problems)
        out << (da ? "KAN IKKE LÆSES: " : "CANNOT BE READ: ") << p.reason.in(lang) << "\n";
    for (const auto& s : r.skipped)
        out << (da ? "Sprunget over: " : "Skipped: ") << path_utf8(s.path) << ": "
            << s.reason.in(lang) << "\n";
    std::size_t carried = 0, closed = 0, not_carried = 0;
    for (const auto& d : r.departments) {
        carried += d.count(Fate::carried);
        closed += d.count(Fate::closed);
        not_carried += d.count(Fate::not_carried);
    }
    out << (da ? fmt::format("{} af {} skrevet; {} videreført, {} afsluttet, {} kan ikke "
                             "videreføres.\n",
                             r.written(), count(r.departments.size(), nouns::workbook, lang),
                             count(carried, nouns::action, lang), closed, not_carried)
               : fmt::format("{} of {} written; {} carried on, {} closed, {} cannot be carried "
                             "on.\n",
                             r.written(), count(r.departments.size(), nouns::workbook, lang),
                             count(carried, nouns::action, lang), closed, not_carried));
}

}  // namespace opfolg::rollover
