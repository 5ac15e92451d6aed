// SPDX-License-Identifier: MIT
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "core/util/error.h"
#include "core/xlsx/parts.h"

namespace opfolg::xlsx::detail {

namespace {

// Days between the 1900 and 1904 date systems' zeros.
constexpr double date1904_offset = 1462.0;

[[noreturn]] void fail(const SheetContext& ctx, const Sheet& sheet, const std::string& cell,
                       ErrorCode code, Text msg) {
    throw Error(code, *ctx.file, std::move(msg), sheet.name + (cell.empty() ? "" : "!" + cell));
}

bool parse_double(const char* s, double& out) {
    const char* end = s + std::strlen(s);
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) ++s;
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
        --end;
    if (s == end) return false;
    if (*s == '+') ++s;
    auto r = std::from_chars(s, end, out);
    return r.ec == std::errc() && r.ptr == end && std::isfinite(out);
}

// What a date-formatted serial reads as: the format's kind, never dropping a part the serial has.
DateTime::Kind kind_of(DateKind k, double serial) {
    switch (k) {
        case DateKind::date:
            return kind_for(DateTime::Kind::date, serial);
        case DateKind::time:
            return kind_for(DateTime::Kind::time, serial);
        case DateKind::duration:
            return DateTime::Kind::duration;
        default:
            return DateTime::Kind::datetime;
    }
}

}  // namespace

void read_sheet(const pugi::xml_node& worksheet, const SheetContext& ctx, Sheet& sheet) {
    auto data = xml::child(worksheet, "sheetData");
    std::int64_t row_index = -1;
    bool sorted = true;
    for (pugi::xml_node row = data.first_child(); row; row = row.next_sibling()) {
        if (row.type() != pugi::node_element || xml::local_name(row) != "row") continue;
        // "r" is optional on rows and cells (ECMA-376 §18.3.1.73/§18.3.1.4): count on from the
        // previous one when it is absent.
        if (auto r = xml::attr(row, "r")) {
            std::int64_t n = static_cast<std::int64_t>(r.as_ullong());
            if (n < 1 || n > static_cast<std::int64_t>(max_rows))
                fail(ctx, sheet, "", ErrorCode::bad_reference,
                     {fmt::format("rækkenummer {} ligger uden for regnearket", r.value()),
                      fmt::format("row number {} is outside the worksheet", r.value())});
            if (n - 1 <= row_index) sorted = false;
            row_index = n - 1;
        } else {
            ++row_index;
            if (row_index >= static_cast<std::int64_t>(max_rows))
                fail(ctx, sheet, "", ErrorCode::bad_reference,
                     {"for mange rækker", "too many rows"});
        }
        std::int64_t col_index = -1;
        for (pugi::xml_node c = row.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element || xml::local_name(c) != "c") continue;
            // One pass over the cell's attributes and one over its children, the first of each
            // name counting: a sheet has many cells and each has a handful of both.
            pugi::xml_attribute r_attr, s_attr, t_attr;
            for (pugi::xml_attribute a = c.first_attribute(); a; a = a.next_attribute()) {
                std::string_view n = xml::local_name(a);
                if (n == "r" && !r_attr)
                    r_attr = a;
                else if (n == "s" && !s_attr)
                    s_attr = a;
                else if (n == "t" && !t_attr)
                    t_attr = a;
            }
            pugi::xml_node v, f_node, is_node;
            for (pugi::xml_node k = c.first_child(); k; k = k.next_sibling()) {
                if (k.type() != pugi::node_element) continue;
                std::string_view n = xml::local_name(k);
                if (n == "v" && !v)
                    v = k;
                else if (n == "f" && !f_node)
                    f_node = k;
                else if (n == "is" && !is_node)
                    is_node = k;
            }
            CellRef ref;
            if (auto r = r_attr) {
                auto parsed = parse_cell_ref(r.value());
                if (!parsed)
                    fail(
                        ctx, sheet, r.value(), ErrorCode::bad_reference,
                        {fmt::format("ugyldig cellereference \"{}\" (maks. XFD1048576)", r.value()),
                         fmt::format("invalid cell reference \"{}\" (max. XFD1048576)",
                                     r.value())});
                ref = *parsed;
                if (static_cast<std::int64_t>(ref.row) != row_index) sorted = false;
            } else {
                ref = CellRef{static_cast<std::uint32_t>(row_index),
                              static_cast<std::uint32_t>(col_index + 1)};
                if (ref.col >= max_cols)
                    fail(ctx, sheet, "", ErrorCode::bad_reference,
                         {"for mange kolonner i en række", "too many columns in a row"});
            }
            if (static_cast<std::int64_t>(ref.col) <= col_index) sorted = false;
            col_index = ref.col;

            Cell cell;
            cell.ref = ref;
            DateKind date_kind = DateKind::none;
            if (auto s = s_attr) {
                auto idx = s.as_ullong();
                if (idx >= ctx.styles->size()) {
                    // A file without styles.xml may still say s="0": that is the default style.
                    if (!(ctx.styles->empty() && idx == 0))
                        fail(ctx, sheet, to_a1(ref), ErrorCode::bad_style,
                             {fmt::format("cellen bruger typografi {}, som ikke findes", idx),
                              fmt::format("the cell uses style {}, which does not exist", idx)});
                } else {
                    cell.number_format = (*ctx.styles)[idx].number_format;
                    date_kind = (*ctx.styles)[idx].date_kind;
                }
            }
            std::string_view type = t_attr.value();
            if (auto f = f_node) {
                cell.formula = f.text().get();
                if (cell.formula.empty()) cell.formula = "=";  // shared-formula dependent
            }
            const char* vtext = v ? v.text().get() : nullptr;
            // openpyxl writes <v></v> for formulas it did not calculate: no cached value.
            if (vtext && !*vtext && type != "str" && type != "inlineStr") vtext = nullptr;

            if (type == "s") {
                if (!vtext) continue;
                double d;
                if (!parse_double(vtext, d) || d < 0 || d != std::floor(d) ||
                    d >= static_cast<double>(ctx.shared_strings->size()))
                    fail(ctx, sheet, to_a1(ref), ErrorCode::bad_shared_string,
                         {fmt::format("cellen peger på delt tekst nr. {}, som ikke findes", vtext),
                          fmt::format("the cell points at shared string {}, which does not exist",
                                      vtext)});
                cell.value = (*ctx.shared_strings)[static_cast<std::size_t>(d)];
            } else if (type == "inlineStr") {
                if (auto is = is_node)
                    cell.value = string_item_text(is);
                else if (vtext)
                    cell.value = std::string(vtext);
            } else if (type == "str") {
                std::string s = vtext ? vtext : "";
                decode_xstring(s);
                if (vtext || !cell.formula.empty()) cell.value = std::move(s);
            } else if (type == "b") {
                if (!vtext) continue;
                std::string_view b = vtext;
                cell.value = (b == "1" || b == "true");
            } else if (type == "e") {
                if (vtext) cell.value = ErrorValue{vtext};
            } else if (type == "d") {
                DateTime dt;
                if (vtext && parse_iso(vtext, dt)) {
                    if (date_kind != DateKind::none) dt.kind = kind_of(date_kind, dt.serial);
                    cell.value = dt;
                } else if (vtext) {
                    cell.value = std::string(vtext);
                }
            } else if (vtext) {  // "n" or absent
                double d;
                if (!parse_double(vtext, d))
                    fail(ctx, sheet, to_a1(ref), ErrorCode::corrupt,
                         {fmt::format("cellen har ikke et gyldigt tal: \"{}\"", vtext),
                          fmt::format("the cell holds no valid number: \"{}\"", vtext)});
                if (date_kind != DateKind::none) {
                    if (ctx.date1904) d += date1904_offset;
                    cell.value = DateTime{d, kind_of(date_kind, d)};
                } else {
                    cell.value = d;
                }
            }
            if (std::holds_alternative<std::monostate>(cell.value) && cell.formula.empty())
                continue;
            if (++*ctx.cells_so_far > ctx.max_cells)
                fail(ctx, sheet, to_a1(ref), ErrorCode::too_large,
                     {"projektmappen har for mange celler", "the workbook has too many cells"});
            sheet.cells.push_back(std::move(cell));
        }
    }
    if (!sorted) {
        std::stable_sort(sheet.cells.begin(), sheet.cells.end(),
                         [](const Cell& a, const Cell& b) { return a.ref < b.ref; });
        // The last of duplicate positions wins, as in Excel.
        std::vector<Cell> unique;
        unique.reserve(sheet.cells.size());
        for (auto& c : sheet.cells) {
            if (!unique.empty() && unique.back().ref == c.ref)
                unique.back() = std::move(c);
            else
                unique.push_back(std::move(c));
        }
        sheet.cells.swap(unique);
    }
    if (auto merges = xml::child(worksheet, "mergeCells"))
        xml::for_each(merges, "mergeCell", [&](pugi::xml_node m) {
            auto range = parse_range(xml::attr(m, "ref").value());
            if (!range)
                fail(ctx, sheet, xml::attr(m, "ref").value(), ErrorCode::bad_reference,
                     {"ugyldigt flettet område", "invalid merged range"});
            sheet.merged.push_back(*range);
        });
}

}  // namespace opfolg::xlsx::detail
