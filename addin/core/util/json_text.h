// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace opfolg {

/// The JSON text of `j` (indented by `indent` spaces, -1 for one line), always valid UTF-8:
/// nlohmann::json throws on a string that is not UTF-8, which would end a report half-written;
/// here such bytes come out as U+FFFD. Every JSON view Opfølg prints goes through this.
std::string json_text(const nlohmann::json& j, int indent = 2);

}  // namespace opfolg
