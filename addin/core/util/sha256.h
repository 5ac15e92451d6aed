// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace opfolg {

/// SHA-256 of `data` as 64 lower-case hex digits (FIPS 180-4). Used for the provenance of every
/// source file on the consolidated workbook's cover; not for security.
std::string sha256_hex(std::string_view data);

}  // namespace opfolg
