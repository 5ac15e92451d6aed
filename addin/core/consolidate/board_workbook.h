// SPDX-License-Identifier: MIT
// Writing the institution workbook the board reads; internal to consolidation.
#pragma once

#include <ctime>
#include <filesystem>
#include <vector>

#include "core/consolidate/consolidate.h"

namespace opfolg::consolidate {

/// Everything the board workbook shows.
struct Board {
    const Result& result;
    const schema::Schema& schema;
    const indicators::Catalogue& catalogue;
    const Options& options;
    std::time_t made = 0;
};

/// Writes the six sheets atomically; returns the number of plan rows written.
std::size_t write_board_workbook(const Board& board, const std::filesystem::path& output,
                                 const std::vector<std::filesystem::path>& inputs);

}  // namespace opfolg::consolidate
