// SPDX-License-Identifier: MIT
#include "core/xlsx/cell_ref.h"

namespace opfolg::xlsx {

std::optional<CellRef> parse_cell_ref(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && s[i] == '$') ++i;
    std::uint64_t col = 0;
    std::size_t letters = 0;
    for (; i < s.size(); ++i, ++letters) {
        char c = s[i];
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') break;
        if (letters >= 3) return std::nullopt;
        col = col * 26 + static_cast<std::uint64_t>(c - 'A' + 1);
    }
    if (letters == 0) return std::nullopt;
    if (i < s.size() && s[i] == '$') ++i;
    std::uint64_t row = 0;
    std::size_t digits = 0;
    for (; i < s.size(); ++i, ++digits) {
        char c = s[i];
        if (c < '0' || c > '9' || digits >= 7) return std::nullopt;
        row = row * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (digits == 0 || row == 0 || row > max_rows || col > max_cols) return std::nullopt;
    return CellRef{static_cast<std::uint32_t>(row - 1), static_cast<std::uint32_t>(col - 1)};
}

std::string column_name(std::uint32_t col) {
    std::string out;
    std::uint64_t n = static_cast<std::uint64_t>(col) + 1;
    while (n > 0) {
        auto rem = static_cast<char>((n - 1) % 26);
        out.insert(out.begin(), static_cast<char>('A' + rem));
        n = (n - 1) / 26;
    }
    return out;
}

std::string to_a1(CellRef ref) { return column_name(ref.col) + std::to_string(ref.row + 1); }

std::optional<CellRange> parse_range(std::string_view s) {
    auto colon = s.find(':');
    if (colon == std::string_view::npos) {
        auto one = parse_cell_ref(s);
        if (!one) return std::nullopt;
        return CellRange{*one, *one};
    }
    auto a = parse_cell_ref(s.substr(0, colon));
    auto b = parse_cell_ref(s.substr(colon + 1));
    if (!a || !b || b->row < a->row || b->col < a->col) return std::nullopt;
    return CellRange{*a, *b};
}

std::string range_a1(const CellRange& r) {
    if (r.first == r.last) return to_a1(r.first);
    return to_a1(r.first) + ":" + to_a1(r.last);
}

}  // namespace opfolg::xlsx
