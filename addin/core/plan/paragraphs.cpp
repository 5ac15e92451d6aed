// SPDX-License-Identifier: MIT
#include "core/plan/paragraphs.h"

#include "core/util/normalize.h"

namespace opfolg::plan {

namespace {

// If `line` is a label (alone, or "Label: text"), the field and the rest of the line.
bool match_label(const std::string& line,
                 const std::vector<std::pair<std::string, std::size_t>>& labels, std::size_t& field,
                 std::string& label, std::string& rest) {
    std::string key = header_key(line);
    // A label line is short; long lines that merely start with a label word are content.
    for (const auto& [lkey, f] : labels)
        if (!lkey.empty() && key == lkey && line.size() <= 80) {
            field = f;
            label = trim(line);
            rest.clear();
            return true;
        }
    auto colon = line.find(':');
    if (colon != std::string::npos && colon <= 60) {
        std::string head_key = header_key(line.substr(0, colon));
        for (const auto& [lkey, f] : labels)
            if (!lkey.empty() && head_key == lkey) {
                field = f;
                label = trim(line.substr(0, colon));
                rest = trim(line.substr(colon + 1));
                return true;
            }
    }
    return false;
}

void append_line(std::string& to, const std::string& line) {
    if (!to.empty()) to += "\n";
    to += line;
}

}  // namespace

std::vector<Paragraph> split_paragraphs(
    const std::string& text, const std::vector<std::pair<std::string, std::size_t>>& labels,
    std::size_t lead_field) {
    std::vector<Paragraph> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = trim(text.substr(start, end - start));
        start = end + 1;
        std::size_t field = 0;
        std::string label, rest;
        if (!line.empty() && match_label(line, labels, field, label, rest)) {
            out.push_back({field, false, label, rest});
            continue;
        }
        if (out.empty()) {
            if (line.empty()) continue;
            out.push_back({lead_field, true, "", ""});
        }
        // Blank lines inside a paragraph are kept as paragraph breaks.
        if (line.empty()) {
            if (!out.back().text.empty()) out.back().text += "\n";
            continue;
        }
        append_line(out.back().text, line);
    }
    for (auto& p : out) p.text = trim(p.text);
    return out;
}

}  // namespace opfolg::plan
