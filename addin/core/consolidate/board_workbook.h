// SPDX-License-Identifier: MIT
// Writing the institution workbook the board reads; internal to consolidation.
#pragma once

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <string>
#include <utility>
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

/// One plan row of the board workbook, with where it came from.
struct PlanRow {
    const validate::FileReport* file;
    std::size_t file_index;  ///< files are in path order: the index orders them as cheaply
    const plan::Table* table;
    const plan::Row* row;
    std::string theme_key, department_key;
};

/// The plan sheet: its rows in the board's order (department, theme), and its columns – the
/// schema fields after Afdeling, how many columns (Afdeling included) are printed, their
/// headers and widths.
struct PlanLayout {
    std::vector<PlanRow> rows;
    std::vector<std::size_t> fields;
    std::uint32_t printed = 1;
    std::vector<std::string> heads;
    std::vector<double> widths;
};
PlanLayout plan_layout(const Board& b);

/// A warning, with the index of its file's report, for every printed plan text too long for
/// Excel's tallest row in the column it prints in: Excel would show (and print) only its start.
std::vector<std::pair<std::size_t, Issue>> texts_too_long_to_print(const Board& b);

/// Writes the six sheets atomically; returns the number of plan rows written.
std::size_t write_board_workbook(const Board& board, const std::filesystem::path& output,
                                 const std::vector<std::filesystem::path>& inputs);

}  // namespace opfolg::consolidate
