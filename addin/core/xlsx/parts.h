// SPDX-License-Identifier: MIT
// Readers of the individual package parts; internal to the xlsx reader.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/xlsx/limits.h"
#include "core/xlsx/number_format.h"
#include "core/xlsx/workbook.h"
#include "core/xlsx/xml.h"

namespace opfolg::xlsx::detail {

/// The text of an <si> or <is> element: plain <t>, or rich-text runs concatenated; phonetic
/// runs (<rPh>) are left out. Excel's _xHHHH_ escapes are decoded.
std::string string_item_text(const pugi::xml_node& item);

/// All items of xl/sharedStrings.xml in order.
std::vector<std::string> read_shared_strings(const pugi::xml_node& sst);

/// One cell style (an <xf> of cellXfs) as far as reading values needs it.
struct CellStyle {
    std::uint32_t number_format = 0;  ///< index into Workbook::number_formats
    DateKind date_kind = DateKind::none;
};

/// The cellXfs of xl/styles.xml; format codes are appended to `formats` (deduplicated).
std::vector<CellStyle> read_styles(const pugi::xml_node& style_sheet,
                                   std::vector<std::string>& formats);

/// What a worksheet reader needs from the rest of the package.
struct SheetContext {
    const std::filesystem::path* file = nullptr;
    const std::vector<std::string>* shared_strings = nullptr;
    const std::vector<CellStyle>* styles = nullptr;
    bool date1904 = false;
    std::uint64_t max_cells = 0;
    std::uint64_t* cells_so_far = nullptr;
};

/// Reads the cells and merged ranges of one worksheet part into `sheet`.
void read_sheet(const pugi::xml_node& worksheet, const SheetContext& ctx, Sheet& sheet);

/// Decodes Excel's _xHHHH_ escapes (ECMA-376 Part 1, §22.9.2.19 ST_Xstring) in place.
void decode_xstring(std::string& s);

}  // namespace opfolg::xlsx::detail
