// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace opfolg {

/// The languages user-facing text is available in; Danish is the default everywhere.
enum class Lang { da, en };

/// A user-facing message in both languages. The core produces both so that the CLI, JSON
/// reports and the GUI can show either without a translation catalogue at run time.
struct Text {
    std::string da;
    std::string en;

    /// The message in `lang`.
    const std::string& in(Lang lang) const { return lang == Lang::en ? en : da; }
};

/// Parses "da"/"en" (any case); returns false for anything else.
bool parse_lang(const std::string& s, Lang& out);

}  // namespace opfolg
