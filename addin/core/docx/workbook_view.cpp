// SPDX-License-Identifier: MIT
#include "core/docx/workbook_view.h"

#include <algorithm>
#include <cstdlib>

namespace opfolg::docx {

namespace {

const char* const sheet_prefix = "Tabel ";

}  // namespace

std::string table_sheet_name(std::size_t number) { return sheet_prefix + std::to_string(number); }

std::optional<std::size_t> table_of_sheet(const std::string& sheet) {
    const std::string prefix = sheet_prefix;
    if (sheet.size() <= prefix.size() || sheet.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    std::size_t n = 0;
    for (std::size_t i = prefix.size(); i < sheet.size(); ++i) {
        if (sheet[i] < '0' || sheet[i] > '9' || n > 100000000) return std::nullopt;
        n = n * 10 + static_cast<std::size_t>(sheet[i] - '0');
    }
    return n == 0 ? std::nullopt : std::optional<std::size_t>(n);
}

std::string flattened(const Table& table) {
    std::string out;
    for (const auto& row : table.rows) {
        std::string line;
        for (const auto& cell : row) {
            if (cell.empty()) continue;
            std::string text = cell;
            for (auto& c : text)
                if (c == '\n') c = ' ';
            line += (line.empty() ? "" : " | ") + text;
        }
        if (!line.empty()) out += (out.empty() ? "" : "\n") + line;
    }
    return out;
}

std::uint32_t View::table_row(std::size_t table, std::uint32_t sheet_row) const {
    auto it = continued.find(table);
    if (it == continued.end()) return sheet_row;
    auto copied = static_cast<std::uint32_t>(it->second.header.size());
    return sheet_row > copied ? sheet_row - copied : 0;
}

xlsx::Workbook as_workbook(const Document& doc, const View& view) {
    const auto& inline_nested = view.inline_nested;
    xlsx::Workbook wb;
    wb.path = doc.path;
    wb.title = doc.title;
    wb.subject = doc.subject;
    wb.creator = doc.creator;
    wb.keywords = doc.keywords;
    wb.description = doc.description;
    wb.company = doc.company;
    wb.application = "Microsoft Word";

    // Cell texts per table, with the inlined nested tables added to the cells holding them.
    std::vector<std::vector<std::vector<std::string>>> grids;
    grids.reserve(doc.tables.size());
    for (const auto& t : doc.tables) grids.push_back(t.rows);
    // Innermost first, so a table nested two deep reaches the outer table through the middle one.
    for (auto it = doc.tables.rbegin(); it != doc.tables.rend(); ++it) {
        const Table& t = *it;
        if (!t.parent || !inline_nested.count(t.number) || t.parent > grids.size()) continue;
        Table inner = t;
        inner.rows = grids[t.number - 1];
        std::string text = flattened(inner);
        auto& rows = grids[t.parent - 1];
        if (text.empty() || t.parent_row >= rows.size() ||
            t.parent_col >= rows[t.parent_row].size())
            continue;
        auto& cell = rows[t.parent_row][t.parent_col];
        cell += (cell.empty() ? "" : "\n") + text;
    }

    for (const auto& t : doc.tables) {
        if (t.parent && inline_nested.count(t.number)) continue;
        auto rows = grids[t.number - 1];
        // A cell merged down: its text in every row it spans that has text of its own (a row
        // under a tall merged cell with nothing else in it is no action).
        std::vector<bool> own(rows.size(), false);
        for (std::size_t r = 0; r < rows.size(); ++r)
            own[r] = std::any_of(rows[r].begin(), rows[r].end(),
                                 [](const std::string& c) { return !c.empty(); });
        for (const auto& m : t.merged)
            for (std::uint32_t r = m.first.row + 1; r <= m.last.row && r < rows.size(); ++r)
                if (own[r] && m.first.col < rows[r].size() && rows[r][m.first.col].empty())
                    rows[r][m.first.col] = rows[m.first.row][m.first.col];
        xlsx::Sheet sheet;
        sheet.name = table_sheet_name(t.number);
        std::string title = t.title;
        std::uint32_t first = 1;  // sheet row of the table's first row
        auto continued = view.continued.find(t.number);
        if (continued != view.continued.end()) {
            if (title.empty()) title = continued->second.title;
            rows.insert(rows.begin(), continued->second.header.begin(),
                        continued->second.header.end());
            first += static_cast<std::uint32_t>(continued->second.header.size());
        }
        if (!title.empty()) sheet.cells.push_back({{0, 0}, title, {}, 0});
        for (std::uint32_t r = 0; r < rows.size(); ++r)
            for (std::uint32_t c = 0; c < rows[r].size(); ++c)
                if (!rows[r][c].empty()) sheet.cells.push_back({{r + 1, c}, rows[r][c], {}, 0});
        for (const auto& m : t.merged)
            sheet.merged.push_back(
                {{m.first.row + first, m.first.col}, {m.last.row + first, m.last.col}});
        wb.sheets.push_back(std::move(sheet));
    }
    return wb;
}

}  // namespace opfolg::docx
