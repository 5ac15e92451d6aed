// SPDX-License-Identifier: MIT
// Counted nouns in both languages: "1 afdeling", "2 afdelinger", "1 fejl", "1 warning".
#pragma once

#include <cstddef>
#include <string>

#include "core/util/text.h"

namespace opfolg {

/// A noun in the singular and plural of both languages.
struct Noun {
    const char* da_one;
    const char* da_many;
    const char* en_one;
    const char* en_many;
};

namespace nouns {
inline constexpr Noun file{"fil", "filer", "file", "files"};
inline constexpr Noun department{"afdeling", "afdelinger", "department", "departments"};
inline constexpr Noun action{"indsats", "indsatser", "action", "actions"};
inline constexpr Noun error{"fejl", "fejl", "error", "errors"};
inline constexpr Noun warning{"advarsel", "advarsler", "warning", "warnings"};
inline constexpr Noun workbook{"projektmappe", "projektmapper", "workbook", "workbooks"};
inline constexpr Noun indicator{"indikator", "indikatorer", "indicator", "indicators"};
}  // namespace nouns

/// "1 afdeling", "3 afdelinger", "0 errors": the number and the noun that agrees with it
/// (Danish and English both take the singular for exactly one).
inline std::string count(std::size_t n, const Noun& noun, Lang lang) {
    const char* word = lang == Lang::da ? (n == 1 ? noun.da_one : noun.da_many)
                                        : (n == 1 ? noun.en_one : noun.en_many);
    return std::to_string(n) + " " + word;
}

}  // namespace opfolg
