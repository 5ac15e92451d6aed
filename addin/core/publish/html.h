// SPDX-License-Identifier: MIT
// The two ways text from a workbook enters the published page: as element content and as an
// attribute value. Every text the page shows passes through one of them, so a cell holding
// "<script>", "&amp;" or a quote is shown as written and never read as markup.
#pragma once

#include <string>
#include <string_view>

namespace opfolg::publish {

/// `text` as HTML element content: "&", "<" and ">" become character references; the result is
/// valid UTF-8 (invalid bytes become U+FFFD) and holds no character an HTML5 parser reports as
/// an error (controls other than tab and line feed, noncharacters: also U+FFFD); "\r\n" and a
/// lone "\r" become "\n".
std::string html_text(std::string_view text);

/// `text` as the value of a double-quoted attribute: as html_text, and quotes (" and ') are
/// character references too, so the value can never end its attribute.
std::string html_attr(std::string_view text);

}  // namespace opfolg::publish
