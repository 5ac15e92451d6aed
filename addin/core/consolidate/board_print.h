// SPDX-License-Identifier: MIT
// How the board workbook prints: one page setup for every sheet, and column widths that fill an
// A4 landscape page at a readable size; internal to consolidation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/consolidate/board_workbook.h"
#include "core/xlsx/writer.h"

namespace opfolg::consolidate {

/// The scale the board's sheets print at: Calibri 11 comes out at 9.35 pt, as readable as a
/// board paper, and the plan's columns get room enough on an A4 landscape page.
inline constexpr int board_print_scale = 85;

/// The smallest scale the overview is shrunk to to print on one page: Calibri 11 comes out at
/// 8 pt, the least a board paper should print.
inline constexpr int overview_smallest_scale = 73;

/// A4 landscape at board_print_scale, with the plan's title, the version and the sheet in the
/// header and the date and "Side X af Y" in the footer; `repeat` is the header row printed at the
/// top of every page.
xlsx::PrintSetup board_page(const Board& b, const std::string& sheet,
                            std::optional<std::uint32_t> repeat);

/// The room across a board page, in points of the sheet (at board_print_scale).
double board_page_width_pt(const Board& b);

/// A column of a printed table: the width (in characters) its text wants, the narrowest it may
/// get, and its weight: short of room, a column keeps up to `weight` times the width left to a
/// column of weight 1 (prose 2, so that it needs fewer lines); with room to spare, the columns of
/// weight above 1 grow into it.
struct PrintColumn {
    double natural = 10;
    double minimum = 8;
    double weight = 1;
};

/// Widths (in characters) for `columns` that fill `room_pt` points across: the widest (by
/// weight) narrowed first, each to no less than its minimum, when they are too wide; the
/// weighty ones widened when they leave room.
std::vector<double> fit_columns(const std::vector<PrintColumn>& columns, double room_pt);

/// The width (in characters) the longest word of `texts` needs, so that a narrow column breaks
/// lines between words, never inside one ("Uddannelsesleder").
double longest_word_width(const std::vector<std::string>& texts);

/// A column of wrapped text: as wide as its header and its longest text up to `cap` characters,
/// no narrower than its longest word (up to 20 characters).
PrintColumn text_column(const std::string& head, const std::vector<std::string>& texts, double cap,
                        double weight = 1);

/// A column whose texts must not wrap (numbers, codes, one-word values): always as wide as its
/// header and its longest text.
PrintColumn fixed_column(const std::string& head, const std::vector<std::string>& texts);

/// Whether widths of `columns` characters fit into `room_pt` points across.
bool fits_across(const std::vector<double>& widths, double room_pt);

}  // namespace opfolg::consolidate
