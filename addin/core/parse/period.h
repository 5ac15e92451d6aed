// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

#include "core/util/date.h"

namespace opfolg::parse {

/// A timetable read from free Danish text.
struct Period {
    enum class Status {
        dated,    ///< at least a start or an end date was found
        ongoing,  ///< "Løbende", "Vedvarende", "Fast drift", "Én gang årligt …": no dates needed
        unanchored,  ///< a duration without a year ("Op mod fem år")
        unparsed,    ///< nothing recognisable
    };
    Status status = Status::unparsed;
    std::optional<Date> start;
    std::optional<Date> end;
    bool open_end = false;   ///< "… og frem", "fra 2024": runs on
    bool recurring = false;  ///< "årligt", "gentages"
};

/// Reads the TID/Tidsplan texts real plans use and returns the span they cover (the union of
/// every date expression found): "Skoleåret 2025/2026" → 2025-08-01…2026-07-31, "2025 og 2026"
/// → 2025-01-01…2026-12-31, "Primo september 2025" → 2025-09-01…2025-09-10, "Juni 2025",
/// "Efteråret 2024 og frem" → from 2024-08-01 with an open end, "Skoleår: 2025/26, 2026/2027",
/// "3. kvartal 2025", "uge 15 2026", "01-08-2025", "Løbende" → ongoing.
Period parse_period(std::string_view text);

}  // namespace opfolg::parse
