// SPDX-License-Identifier: MIT
// Danish-looking filler text of a given length, shared by the generator and the write floor.
#pragma once

#include <random>
#include <string>

namespace opfolg::bench {

inline const char* const words[] = {
    "eleverne",   "frafald",        "trivsel",       "undervisningen", "indsatsen",
    "opfølgning", "kontaktlæreren", "fravær",        "værkstedet",     "læringsmiljøet",
    "målet",      "afdelingen",     "grundforløbet", "praktik",        "evaluering",
    "samtaler",   "holdet",         "vejledning",    "skoleåret",      "uddannelsesaftale",
    "øget",       "færre"};

inline std::string prose(std::mt19937& rng, std::size_t min_chars, std::size_t max_chars) {
    std::uniform_int_distribution<std::size_t> len(min_chars, max_chars),
        w(0, sizeof words / sizeof *words - 1);
    std::size_t target = len(rng);
    std::string s;
    while (s.size() < target) s += (s.empty() ? "" : " ") + std::string(words[w(rng)]);
    while (target < s.size() && (static_cast<unsigned char>(s[target]) & 0xC0) == 0x80)
        ++target;  // whole characters
    return s.substr(0, target);
}

}  // namespace opfolg::bench
