// SPDX-License-Identifier: MIT
// How much room text takes in a cell, in Excel's units: column widths, lines and points. The
// writer sizes rows with it, and the board workbook lays its print columns out on the page.
#pragma once

#include <cstddef>
#include <string_view>

namespace opfolg::xlsx {

/// Excel's default font size (Calibri 11) and the row height of one line of it, in points.
inline constexpr double default_font_size = 11.0;
inline constexpr double default_line_height = 15.0;
/// Excel's tallest row, in points: 27 lines of Calibri 11.
inline constexpr double max_row_height = 409.0;

/// The width of `text` (UTF-8) in points in Calibri of `size` points (Carlito's metrics, which
/// are Calibri's). Characters outside the table count as wide as "W", so an estimate errs long.
double text_width_pt(std::string_view text, double size = default_font_size, bool bold = false);

/// The printed width in points of a column `width` characters wide, as Excel lays it out for
/// Calibri 11: 7 pixels a character plus 5 pixels of padding, at 96 pixels an inch.
double column_width_pt(double width);

/// The same column as LibreOffice lays it out: the width stored in the file (the characters plus
/// the 5 pixels of padding) times the exact width of Calibri 11's digits, 5.58 points – about 6 %
/// wider than Excel's whole pixels. Measured in LibreOffice 7.4's PDF export.
double column_width_pt_libreoffice(double width);

/// The room a column takes on a page in either application: the wider of the two.
double column_room_pt(double width);

/// The narrowest column width (in characters) in which `text` stays on one line in Excel (and so
/// in LibreOffice); the inverse of wrapped_lines for a single line.
double one_line_width(std::string_view text, double size = default_font_size, bool bold = false);

/// The number of lines `text` takes in a wrapped cell of a column `width` characters wide in
/// Excel, whose columns are the narrower (so LibreOffice never needs more lines):
/// broken at line feeds, then wrapped at spaces (a word longer than a line is broken between
/// characters, as Excel and LibreOffice do). Never less than 1. An upper bound: both
/// applications also break after hyphens, which only saves lines.
std::size_t wrapped_lines(std::string_view text, double width, double size = default_font_size,
                          bool bold = false);

}  // namespace opfolg::xlsx
