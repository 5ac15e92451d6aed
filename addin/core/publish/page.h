// SPDX-License-Identifier: MIT
// The published plan as one self-contained HTML page.
#pragma once

#include <ctime>
#include <string>

#include "core/consolidate/consolidate.h"

namespace opfolg::publish {

/// What the page says about itself.
struct PageInfo {
    std::string title;        ///< the main heading; empty: "Opfølgningsplan <year>"
    std::time_t made = 0;     ///< the date stamp (SOURCE_DATE_EPOCH for reproducible pages)
    bool from_board = false;  ///< read back from a board workbook (said in the note on sources)
};

/// The public content of `r` as one HTML5 document: no script, no external resource, the style
/// sheet inline, charts as inline SVG. Institution, year and date; a table of contents; per
/// department and theme the actions as tables of their public fields (consolidate's
/// is_public_field, the same rule as the public board workbook); per department the indicators
/// with the change from the year before and the difference to the national level in words and
/// figures, and a chart per unit beside a table of its figures; a note on sources. Every text
/// from a workbook passes through html_text or html_attr. The same inputs give the same bytes.
/// The caller refuses content with CPR numbers before (consolidate::cpr_in_public_texts).
std::string render_page(const consolidate::Result& r, const schema::Schema& schema,
                        const PageInfo& info);

/// The page's style sheet (screen, reflow down to 320 CSS pixels, print on A4).
const std::string& page_style();

}  // namespace opfolg::publish
