// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace opfolg::plan {

/// One labelled section of a description cell.
struct Paragraph {
    std::size_t field = 0;  ///< schema field the label belongs to
    bool lead = false;      ///< text before the first label
    std::string label;      ///< the label as written ("Ønsket virkning (mål)")
    std::string text;
};

/// Splits a Format B description cell into its labelled paragraphs. A label stands alone on a
/// line ("Målgruppe") or starts one followed by a colon ("Målgruppe: elever på GF1"). Labels are
/// (header_key, field) pairs, longest first. Text before the first label is the lead paragraph
/// (assigned `lead_field`); lines after a label belong to it until the next label. Every
/// non-blank line ends up in exactly one paragraph.
std::vector<Paragraph> split_paragraphs(
    const std::string& text, const std::vector<std::pair<std::string, std::size_t>>& labels,
    std::size_t lead_field);

}  // namespace opfolg::plan
