// SPDX-License-Identifier: MIT
#include "core/parse/period.h"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <regex>
#include <string>
#include <unordered_map>

#include "core/util/normalize.h"

namespace opfolg::parse {

namespace {

struct Span {
    Date start, end;
};

int month_number(const std::string& m) {
    static const char* names[] = {"jan", "feb", "mar", "apr", "maj", "jun",
                                  "jul", "aug", "sep", "okt", "nov", "dec"};
    for (int i = 0; i < 12; ++i)
        if (m.compare(0, 3, names[i]) == 0) return i + 1;
    return 0;
}

Date last_day(int y, int m) { return Date{y, m, days_in_month(y, m)}; }

// Monday of ISO week `w` of year `y`.
Date iso_week_monday(int y, int w) {
    // Jan 4 is always in week 1. From 1900-03-01 on, a serial counts days from 1899-12-30, a
    // Saturday, so (serial + 5) % 7 is the weekday with Monday = 0.
    double jan4 = serial_from_date({y, 1, 4});
    int weekday = (static_cast<int>(jan4) + 5) % 7;
    double monday = jan4 - weekday + 7.0 * (w - 1);
    return date_from_serial(monday);
}

// Regexes are costly to build: each pattern is compiled once per process (keyed by the literal)
// and from then on only read, which a std::regex allows from many threads at once. Not a
// thread_local cache: a thread_local with a destructor corrupts the heap at thread exit in the
// MinGW-w64 runtime the Windows build links statically.
const std::regex& rx(const char* pattern) {
    static std::mutex mutex;
    static std::unordered_map<const char*, std::regex> cache;  // nodes: references stay valid
    std::lock_guard lock(mutex);
    auto it = cache.find(pattern);
    if (it == cache.end()) it = cache.emplace(pattern, std::regex(pattern)).first;
    return it->second;
}

// Removes a matched span so later patterns do not read the same digits again.
void blank(std::string& s, std::size_t pos, std::size_t len) {
    s.replace(pos, len, std::string(len, ' '));
}

}  // namespace

Period parse_period(std::string_view raw) {
    Period p;
    std::string s = " " + fold_case(squeeze_spaces(raw)) + " ";
    std::vector<Span> spans;
    auto each = [&](const std::regex& re, auto&& on_match) {
        const std::string copy = s;
        for (auto it = std::sregex_iterator(copy.begin(), copy.end(), re);
             it != std::sregex_iterator(); ++it)
            if (on_match(*it))
                blank(s, static_cast<std::size_t>(it->position(0)),
                      static_cast<std::size_t>(it->length(0)));
    };

    // Each pattern runs only when the text holds what it needs: most timetables are short and
    // many carry no digits at all, and a regex pass costs far more than a search.
    const bool digits = s.find_first_of("0123456789") != std::string::npos;
    auto has = [&](std::initializer_list<const char*> needles) {
        for (const char* n : needles)
            if (s.find(n) != std::string::npos) return true;
        return false;
    };
    // A full date needs two separators: "Skoleåret 2025/2026" has one, and skips both patterns.
    const auto count = [&](const char* chars) {
        return std::count_if(s.begin(), s.end(),
                             [&](char c) { return std::strchr(chars, c) != nullptr && c != 0; });
    };
    if (digits) {
        // Full dates: 2025-08-01, 1.8.2025, 01-08-2025, 1/8/2025.
        if (count("-") >= 2)
            each(rx(R"((\d{4})-(\d{1,2})-(\d{1,2}))"), [&](const std::smatch& x) {
                int y = std::stoi(x[1]), mo = std::stoi(x[2]), d = std::stoi(x[3]);
                if (!valid_date(y, mo, d)) return false;
                spans.push_back({{y, mo, d}, {y, mo, d}});
                return true;
            });
        if (count("./-") >= 2)
            each(rx(R"((\d{1,2})[./-](\d{1,2})[./-](\d{4}))"), [&](const std::smatch& x) {
                int d = std::stoi(x[1]), mo = std::stoi(x[2]), y = std::stoi(x[3]);
                if (!valid_date(y, mo, d)) return false;
                spans.push_back({{y, mo, d}, {y, mo, d}});
                return true;
            });
        // School years: 2025/2026, 2025/26, "skoleåret 2025/2026".
        if (has({"/"}))
            each(rx(R"((\d{4})\s*/\s*(\d{4}|\d{2})(?!\d))"), [&](const std::smatch& x) {
                int y1 = std::stoi(x[1]), y2 = std::stoi(x[2]);
                if (x[2].length() == 2) y2 += y1 / 100 * 100 + (y2 < y1 % 100 ? 100 : 0);
                if (y2 != y1 + 1) return false;
                spans.push_back({{y1, 8, 1}, {y2, 7, 31}});
                return true;
            });
        // Month phrases: "primo september 2025", "juni 2025", "ultimo okt. 2025".
        if (has({"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov",
                 "dec"}))
            each(
                rx(R"((primo|medio|ultimo|udgangen af|slutningen af|starten af|begyndelsen af|midten af)?\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?\s+(\d{4}))"),
                [&](const std::smatch& x) {
                    int mo = month_number(x[2]), y = std::stoi(x[3]);
                    std::string q = x[1];
                    Date a{y, mo, 1}, b = last_day(y, mo);
                    if (q == "primo" || q == "starten af" || q == "begyndelsen af")
                        b = {y, mo, 10};
                    else if (q == "medio" || q == "midten af")
                        a = {y, mo, 11}, b = {y, mo, 20};
                    else if (q == "ultimo" || q == "udgangen af" || q == "slutningen af")
                        a = {y, mo, 21};
                    spans.push_back({a, b});
                    return true;
                });
        // Seasons and half-years as a school counts them.
        if (has({"forår", "efterår", "sommer", "vinter", "halvår"}))
            each(
                rx(R"((foråret|forår|efteråret|efterår|sommeren|sommer|vinteren|vinter|[12]\.\s*halvår)\s+(\d{4}))"),
                [&](const std::smatch& x) {
                    std::string w = x[1];
                    int y = std::stoi(x[2]);
                    if (w.rfind("forår", 0) == 0 || w.rfind("1", 0) == 0)
                        spans.push_back({{y, 1, 1}, {y, 6, 30}});
                    else if (w.rfind("efterår", 0) == 0)
                        spans.push_back({{y, 8, 1}, {y, 12, 31}});
                    else if (w.rfind("2", 0) == 0)
                        spans.push_back({{y, 7, 1}, {y, 12, 31}});
                    else if (w.rfind("sommer", 0) == 0)
                        spans.push_back({{y, 6, 1}, {y, 8, 31}});
                    else
                        spans.push_back({{y, 1, 1}, {y, 2, days_in_month(y, 2)}});
                    return true;
                });
        // Quarters and weeks.
        if (has({"kvartal", "q"}))
            each(rx(R"(([1-4])\.\s*kvartal\s+(\d{4})|q([1-4])\s*(\d{4}))"),
                 [&](const std::smatch& x) {
                     int q = std::stoi(x[1].matched ? x[1].str() : x[3].str());
                     int y = std::stoi(x[2].matched ? x[2].str() : x[4].str());
                     spans.push_back({{y, 3 * q - 2, 1}, last_day(y, 3 * q)});
                     return true;
                 });
        if (has({"uge"}))
            each(rx(R"(uge\s+(\d{1,2})\s*(?:i\s+)?(\d{4}))"), [&](const std::smatch& x) {
                int w = std::stoi(x[1]), y = std::stoi(x[2]);
                if (w < 1 || w > 53) return false;
                Date mon = iso_week_monday(y, w);
                Date sun = date_from_serial(serial_from_date(mon) + 6);
                spans.push_back({mon, sun});
                return true;
            });
        // Remaining years, alone or in ranges ("2025-2026", "2025 og 2026"). A bare year that a
        // more precise expression already placed ("Juni 2025 … evaluering af 2025") adds nothing.
        const std::vector<Span> precise = spans;
        each(rx(R"((^|[^\d])((?:19|20)\d{2})(?!\d))"), [&](const std::smatch& x) {
            int y = std::stoi(x[2]);
            bool placed = std::any_of(precise.begin(), precise.end(), [&](const Span& sp) {
                return sp.start.year <= y && y <= sp.end.year;
            });
            if (!placed) spans.push_back({{y, 1, 1}, {y, 12, 31}});
            return true;
        });
    }

    std::string folded = " " + fold_case(squeeze_spaces(raw)) + " ";
    auto said = [&](const char* word) { return folded.find(word) != std::string::npos; };
    p.open_end = said("og frem") || said("fremover") || said("fremadrettet") || said("og fremad") ||
                 said("→") || (said(" fra ") && !said(" til ")) || said("fortsætter");
    p.recurring = said("årlig") || said("hvert år") || said("hvert semester") || said("gentages") ||
                  said("hver måned") || said("månedlig") || said("ugentlig") || said("hver uge");
    bool ongoing_word = said("løbende") || said("vedvarende") || said("fast drift") ||
                        said("permanent") || said("kontinuerlig") || said("til stadighed") ||
                        said("altid");

    if (!spans.empty()) {
        Date a = spans[0].start, b = spans[0].end;
        for (const auto& sp : spans) {
            if (sp.start < a) a = sp.start;
            if (b < sp.end) b = sp.end;
        }
        p.status = Period::Status::dated;
        p.start = a;
        if (!p.open_end) p.end = b;
        return p;
    }
    if (ongoing_word || p.recurring) {
        p.status = Period::Status::ongoing;
        return p;
    }
    static const std::regex duration(
        R"((\d+|et|én|èn|en|to|tre|fire|fem|seks|syv|otte|ni|ti|et par|nogle)\s+(år|måneder|måned|uger|uge|semestre|semester))");
    if (std::regex_search(folded, duration)) {
        p.status = Period::Status::unanchored;
        return p;
    }
    p.status = Period::Status::unparsed;
    return p;
}

}  // namespace opfolg::parse
