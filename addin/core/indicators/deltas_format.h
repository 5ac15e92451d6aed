// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "core/indicators/deltas.h"
#include "core/util/number_display.h"
#include "core/util/text.h"

namespace opfolg::indicators {

/// Deltas of one file, for output.
struct FileDeltas {
    std::filesystem::path file;
    std::vector<Delta> deltas;
};

/// One JSON object per delta, with the fields of the `opfolg deltas` contract (null where a
/// figure cannot be computed).
nlohmann::json delta_json(const std::filesystem::path& file, const Delta& d);
/// {"indicators":[…]} for all files.
nlohmann::json deltas_json(const std::vector<FileDeltas>& files);
/// Aligned text for people, with ▲▼ and units, in `lang`.
void deltas_text(const std::vector<FileDeltas>& files, Lang lang, std::ostream& out);

/// "forbedret"/"improved" and friends, for the workbooks and the GUI.
std::string assessment_text(Assessment a, Lang lang);
std::string vs_national_text(VsNational v, Lang lang);
std::string trend_text(Trend t, Lang lang);

/// Which catalogue entry a series' label was matched to, as people read it: the entry's name
/// for an exact match, marked "(tilnærmet)" for a fuzzy one, the candidates of an ambiguous one,
/// "ikke brugt" when the values did not fit the entry's unit, "" when nothing matched.
std::string catalogue_text(const Series& s, Lang lang);

/// "pp", "point", "antal" as people read them.
std::string delta_unit_text(Unit u, Lang lang);

}  // namespace opfolg::indicators
