// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

namespace opfolg::consolidate {

/// The first thing in `text` that looks like a Danish CPR number (ddmmyy-xxxx, ddmmyyxxxx or
/// ddmmyy xxxx with a real calendar day), or nullopt. A published plan must never carry one.
std::optional<std::string> find_cpr(const std::string& text);

}  // namespace opfolg::consolidate
