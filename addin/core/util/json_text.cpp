// SPDX-License-Identifier: MIT
#include "core/util/json_text.h"

namespace opfolg {

std::string json_text(const nlohmann::json& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace opfolg
