// SPDX-License-Identifier: MIT
#include "core/xlsx/workbook.h"

#include <algorithm>

namespace opfolg::xlsx {

const char* sheet_state_name(SheetState s) {
    switch (s) {
        case SheetState::visible:
            return "visible";
        case SheetState::hidden:
            return "hidden";
        case SheetState::very_hidden:
            return "veryHidden";
    }
    return "visible";
}

const Cell* Sheet::find(CellRef ref) const {
    auto it = std::lower_bound(cells.begin(), cells.end(), ref,
                               [](const Cell& c, CellRef r) { return c.ref < r; });
    return it != cells.end() && it->ref == ref ? &*it : nullptr;
}

namespace {
// Excel compares sheet names case-insensitively for ASCII and for Danish letters alike; folding
// ASCII and the three Danish capitals covers what our users type.
std::string fold(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    for (auto [from, to] : {std::pair{"Æ", "æ"}, {"Ø", "ø"}, {"Å", "å"}})
        for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at))
            s.replace(at, 2, to);
    return s;
}
}  // namespace

const Sheet* Workbook::sheet(const std::string& name) const {
    std::string want = fold(name);
    for (const auto& s : sheets)
        if (fold(s.name) == want) return &s;
    return nullptr;
}

}  // namespace opfolg::xlsx

namespace opfolg::xlsx {

const std::string* Workbook::custom_property(const std::string& name) const {
    for (const auto& [n, v] : custom_properties)
        if (n == name) return &v;
    return nullptr;
}

}  // namespace opfolg::xlsx
