// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace opfolg::xlsx {

/// What a number format shows a serial as. `duration` is an elapsed-time format ("[h]:mm:ss",
/// "[mm]:ss"): the serial is a length of time, not a point in it.
enum class DateKind { none, date, time, datetime, duration };

/// Code of a built-in number format id (ECMA-376 Part 1, §18.8.30), or nullopt when the id is
/// not built in.
std::optional<std::string> builtin_number_format(std::uint32_t id);

/// Whether a format code shows dates and/or times: looks at the first section, ignoring quoted
/// text, escaped characters and [colour]/[$-locale] brackets; "[h]:mm" is a duration.
DateKind classify_number_format(const std::string& code);

/// Whether the first section of a format code shows a percentage ("0.0%").
bool is_percent_format(const std::string& code);

}  // namespace opfolg::xlsx
