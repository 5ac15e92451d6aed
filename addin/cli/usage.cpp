// SPDX-License-Identifier: MIT
#include "cli/usage.h"

#include <regex>

namespace opfolg::cli {

namespace {

struct Wording {
    std::regex english;  ///< CLI11's message; groups are reused in the Danish text
    const char* danish;  ///< $1, $2 … refer to the groups
};

// CLI11 2.x messages (CLI/Error.hpp and the validators' descriptions).
const std::vector<Wording>& wordings() {
    static const std::vector<Wording> w = [] {
        std::vector<Wording> v;
        auto add = [&](const char* re, const char* da) { v.push_back({std::regex(re), da}); };
        add(R"(^A subcommand is required$)",
            "angiv en kommando: template, validate, consolidate, deltas eller dump");
        add(R"(^(.+) is required$)", "$1 skal angives");
        add(R"(^The following arguments? (?:was|were) not expected: (.+)$)",
            "uventet argument: $1");
        add(R"(^(.+): Value (.+) not in range (.+) to (.+)$)",
            "$1: $2 ligger ikke mellem $3 og $4");
        add(R"(^(.+): (.+) not in \{(.+)\}$)", "$1: $2 er ikke en af $3");
        add(R"(^The value (.+) is not an allowed value for (.+)$)",
            "$2: $1 er ikke en tilladt værdi");
        add(R"(^Could not convert: (.+) = (.+)$)", "$1: \"$2\" kan ikke læses som et tal");
        add(R"(^(.+): (\d+) required (.+) missing$)", "$1 mangler en værdi");
        add(R"(^Expected exactly (\d+) arguments? to (.+), got (\d+)$)",
            "$2 skal have $1 værdi(er), fik $3");
        add(R"(^(.+) not found$)", "$1 findes ikke");
        add(R"(^(.+) requires (.+)$)", "$1 kræver $2");
        add(R"(^(.+) excludes (.+)$)", "$1 kan ikke bruges sammen med $2");
        return v;
    }();
    return w;
}

}  // namespace

std::string usage_error_text(const CLI::ParseError& e, Lang lang) {
    std::string english = e.what();
    if (lang == Lang::en) return english;
    for (const auto& w : wordings()) {
        std::smatch m;
        if (std::regex_match(english, m, w.english)) return m.format(w.danish);
    }
    return english;
}

}  // namespace opfolg::cli
