// SPDX-License-Identifier: MIT
// The body of word/document.xml (ECMA-376 Part 1, §17.2–17.4): paragraphs become lines, tables
// become grids. Content controls (w:sdt), custom XML and tracked insertions are read through;
// tracked deletions, field codes and drawings are not text the reader sees.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <map>

#include "core/docx/parts.h"
#include "core/util/error.h"
#include "core/util/normalize.h"

namespace opfolg::docx::detail {

namespace xml = xlsx::xml;

namespace {

constexpr const char* main_part = "word/document.xml";
// Excel's grid, which the mapped tables must fit (they are read as sheets).
constexpr std::uint32_t max_columns = 16384;
constexpr std::uint32_t max_rows = 1048575;  // row 0 of a table's sheet holds its title

std::optional<bool> on_off(const pugi::xml_node& prop) {
    if (!prop) return std::nullopt;
    std::string_view v = xml::attr(prop, "val").value();
    return !(v == "0" || v == "false" || v == "off");
}

long long_attr(const pugi::xml_node& node, std::string_view name, long fallback) {
    auto a = xml::attr(node, name);
    if (!a) return fallback;
    const char* s = a.value();
    char* end = nullptr;
    long v = std::strtol(s, &end, 10);
    return end == s ? fallback : v;
}

std::size_t code_points(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

bool blank(const std::string& s) { return trim(s).empty(); }

// The length of the well-formed UTF-8 sequence at s[i] (Unicode 15, table 3-7), or 0.
std::size_t utf8_sequence(const std::string& s, std::size_t i) {
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b = at(i);
    if (b < 0x80) return 1;
    std::size_t n = b >= 0xC2 && b <= 0xDF   ? 2
                    : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4
                                             : 0;
    if (n == 0 || i + n > s.size()) return 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the second byte's range
    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;  // no surrogates
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;  // nothing beyond U+10FFFF
    if (at(i + 1) < lo || at(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (at(i + k) < 0x80 || at(i + k) > 0xBF) return 0;
    return n;
}

}  // namespace

// pugixml passes the bytes of a text node on as they are: a document from a broken producer can
// hold text that is not UTF-8. Each such byte becomes U+FFFD here, so everything the import
// passes on (workbooks, JSON, the console) is valid UTF-8.
void repair_utf8(std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t n = utf8_sequence(s, i);
        if (n == 0) break;
        i += n;
    }
    if (i == s.size()) return;
    std::string out = s.substr(0, i);
    while (i < s.size()) {
        std::size_t n = utf8_sequence(s, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(s, i, n);
            i += n;
        }
    }
    s = std::move(out);
}

namespace {

// One paragraph as read.
struct Paragraph {
    std::string text;   ///< with its list label, if any
    std::string plain;  ///< without it (a heading's own words)
    bool heading = false;
    bool bold = false;  ///< every run with visible text is bold
};

// Text of the runs of a paragraph, in order.
class Runs {
  public:
    Runs(const Styles& styles, bool paragraph_bold)
        : styles_(styles), paragraph_bold_(paragraph_bold) {}

    void read(const pugi::xml_node& parent) {
        for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view n = xml::local_name(c);
            if (n == "r") {
                run(c);
            } else if (n == "ins" || n == "moveTo" || n == "hyperlink" || n == "smartTag" ||
                       n == "customXml" || n == "fldSimple" || n == "sdtContent" || n == "dir" ||
                       n == "bdo") {
                read(c);
            } else if (n == "sdt") {
                read(xml::child(c, "sdtContent"));
            } else if (n == "oMath" || n == "oMathPara") {
                math(c);
            }
            // pPr, del, moveFrom, bookmarks, proofing marks, comments: no text to read.
        }
    }

    std::string text;
    bool any_visible = false;
    bool all_bold = true;

  private:
    void run(const pugi::xml_node& r) {
        auto rpr = xml::child(r, "rPr");
        std::optional<bool> bold = on_off(xml::child(rpr, "b"));
        if (!bold) {
            std::string rstyle = xml::attr(xml::child(rpr, "rStyle"), "val").value();
            if (!rstyle.empty()) bold = styles_.character_bold(rstyle);
        }
        const bool is_bold = bold.value_or(paragraph_bold_);
        for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view n = xml::local_name(c);
            if (n == "t") {
                std::string t = c.text().get();
                repair_utf8(t);
                if (!blank(t)) {
                    any_visible = true;
                    all_bold = all_bold && is_bold;
                }
                text += t;
            } else if (n == "tab" || n == "ptab") {
                text += ' ';
            } else if (n == "br" || n == "cr") {
                text += '\n';
            } else if (n == "noBreakHyphen") {
                text += '-';
            }
            // softHyphen is invisible; instrText is a field's code, not its result; delText is
            // deleted; drawings, pictures and objects hold no paragraph text.
        }
    }

    void math(const pugi::xml_node& node) {
        for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element) continue;
            if (xml::local_name(c) == "t") {
                std::string t = c.text().get();
                repair_utf8(t);
                if (!blank(t)) any_visible = true, all_bold = false;
                text += t;
            } else {
                math(c);
            }
        }
    }

    const Styles& styles_;
    bool paragraph_bold_;
};

// A run of blocks: the body, a table cell or a content control's content. Keeps the candidate
// title for the next table.
struct Container {
    std::size_t parent_table = 0;  ///< 0 for the body
    std::uint32_t row = 0, col = 0;
    std::vector<std::string> lines;  ///< a cell's paragraphs
    std::string pending_title;
    std::size_t pending_title_chars = 0;
    std::size_t last_table = 0;     ///< the table read last in this container
    bool text_since_table = false;  ///< a non-empty paragraph stands after it
};

class BodyReader {
  public:
    BodyReader(const BodyContext& ctx, Document& out) : ctx_(ctx), out_(out) {}

    void blocks(const pugi::xml_node& parent, Container& where) {
        for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view n = xml::local_name(c);
            if (n == "p")
                paragraph(c, where);
            else if (n == "tbl")
                table(c, where);
            else if (n == "sdt")
                blocks(xml::child(c, "sdtContent"), where);
            else if (n == "customXml")
                blocks(c, where);
        }
    }

  private:
    Paragraph read_paragraph(const pugi::xml_node& p) {
        const Styles& styles = *ctx_.styles;
        auto ppr = xml::child(p, "pPr");
        std::string style = xml::attr(xml::child(ppr, "pStyle"), "val").value();
        if (style.empty()) style = styles.default_paragraph();
        Paragraph out;
        out.heading = styles.heading(style);
        if (auto o = xml::child(ppr, "outlineLvl")) {
            long level = long_attr(o, "val", 9);
            out.heading = level >= 0 && level <= 8;
        }
        Runs runs(styles, styles.bold(style));
        runs.read(p);
        out.plain = runs.text;
        out.bold = runs.any_visible && runs.all_bold;
        // The paragraph's own numPr wins over its style's; an ilvl alone keeps the style's list.
        std::optional<NumRef> num = styles.numbering(style);
        if (auto n = xml::child(ppr, "numPr")) {
            NumRef ref = num.value_or(NumRef{});
            if (auto id = xml::child(n, "numId"))
                ref.num_id = static_cast<int>(long_attr(id, "val", 0));
            if (auto lvl = xml::child(n, "ilvl"))
                ref.level = static_cast<int>(std::clamp(long_attr(lvl, "val", 0), 0L, 8L));
            num = ref;
        }
        std::string label;
        if (num && num->num_id != 0) label = ctx_.numbering->next_label(*num);
        out.text = out.plain;
        if (!label.empty() && !blank(out.plain))
            out.text = std::string(static_cast<std::size_t>(num->level) * 2, ' ') + label + " " +
                       std::string(trim(out.plain));
        return out;
    }

    void paragraph(const pugi::xml_node& p, Container& where) {
        Paragraph para = read_paragraph(p);
        const bool body = where.parent_table == 0;
        if (!blank(para.text)) where.text_since_table = true;
        if (body) {
            if (blank(para.text)) return;
            ++out_.paragraphs_outside;
            out_.chars_outside += code_points(trim(para.text));
        } else {
            where.lines.push_back(para.text);
        }
        if ((para.heading || para.bold) && !blank(para.plain)) {
            where.pending_title = squeeze_spaces(para.plain);
            where.pending_title_chars = code_points(trim(para.text));
        }
    }

    [[noreturn]] void too_large(std::size_t table, std::uint32_t row, const char* da,
                                const char* en) {
        throw Error(ErrorCode::too_large, *ctx_.file,
                    {fmt::format("tabel {}, række {}: {}", table, row + 1, da),
                     fmt::format("table {}, row {}: {}", table, row + 1, en)},
                    main_part);
    }

    // Calls f(child) for each child called `name`, looking through content controls and custom
    // XML, which may wrap rows and cells (§17.5.2.29, §17.5.1.6).
    template <class F>
    void each(const pugi::xml_node& parent, std::string_view name, F&& f) {
        for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element) continue;
            std::string_view n = xml::local_name(c);
            if (n == name)
                f(c);
            else if (n == "sdt")
                each(xml::child(c, "sdtContent"), name, f);
            else if (n == "customXml")
                each(c, name, f);
        }
    }

    static std::string cell_text(const std::vector<std::string>& lines) {
        // Blank paragraphs separate sections: keep one, drop them at either end.
        std::string out;
        bool gap = false;
        for (const auto& raw : lines) {
            std::string line = raw;
            while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
            if (blank(line)) {
                gap = !out.empty();
                continue;
            }
            if (!out.empty()) out += gap ? "\n\n" : "\n";
            out += line;
            gap = false;
        }
        return out;
    }

    void table(const pugi::xml_node& tbl, Container& where) {
        // Reserve the table's place first: tables nested in its cells come after it.
        const std::size_t index = out_.tables.size();
        out_.tables.emplace_back();
        Table t;
        t.number = index + 1;
        t.parent = where.parent_table;
        t.parent_row = where.row;
        t.parent_col = where.col;
        t.title = where.pending_title;
        if (!t.title.empty() && where.parent_table == 0) {
            ++out_.titles_outside;
            out_.chars_outside -= std::min(out_.chars_outside, where.pending_title_chars);
        }
        where.pending_title.clear();
        where.pending_title_chars = 0;
        t.follows = where.text_since_table ? 0 : where.last_table;
        where.last_table = t.number;
        where.text_since_table = false;

        std::uint32_t grid = 0;
        xml::for_each(xml::child(tbl, "tblGrid"), "gridCol", [&](pugi::xml_node) { ++grid; });
        t.columns = std::min(grid, max_columns);

        struct Open {
            std::size_t range;  ///< index into t.merged
            std::uint32_t row;  ///< row of the anchor cell
        };
        std::map<std::uint32_t, Open> open;  // grid column → vertical merge still going down
        each(tbl, "tr", [&](pugi::xml_node tr) {
            auto trpr = xml::child(tr, "trPr");
            if (xml::child(trpr, "del")) return;  // a tracked deletion of the whole row
            const auto r = static_cast<std::uint32_t>(t.rows.size());
            if (r >= max_rows)
                too_large(t.number, r, "tabellen har for mange rækker",
                          "the table has too many rows");
            t.rows.emplace_back();
            auto& row = t.rows.back();
            // A negative count is nonsense: no cells skipped.
            long before = std::max(0L, long_attr(xml::child(trpr, "gridBefore"), "val", 0));
            if (before >= static_cast<long>(max_columns))
                too_large(t.number, r, "rækken ligger uden for tabellens gitter",
                          "the row lies outside the table's grid");
            auto col = static_cast<std::uint32_t>(before);
            std::uint32_t previous = UINT32_MAX;  // the cell a legacy hMerge continues
            each(tr, "tc", [&](pugi::xml_node tc) {
                auto tcpr = xml::child(tc, "tcPr");
                long span = std::max(1L, long_attr(xml::child(tcpr, "gridSpan"), "val", 1));
                if (span > static_cast<long>(max_columns) || col + span > max_columns)
                    too_large(t.number, r, "cellen ligger uden for Excels 16.384 kolonner",
                              "the cell lies beyond Excel's 16,384 columns");
                const auto width = static_cast<std::uint32_t>(span);
                Container cell{t.number, r, col, {}, {}, 0, 0, false};
                blocks(tc, cell);
                std::string text = cell_text(cell.lines);
                auto vmerge = xml::child(tcpr, "vMerge");
                bool continues =
                    vmerge && std::string_view(xml::attr(vmerge, "val").value()) != "restart";
                if (row.size() < col + width) row.resize(col + width);
                auto hmerge = xml::child(tcpr, "hMerge");
                if (hmerge && std::string_view(xml::attr(hmerge, "val").value()) != "restart" &&
                    previous != UINT32_MAX) {
                    // Word 97's horizontal merge: this cell widens the one before it.
                    xlsx::CellRef anchor{r, previous};
                    if (t.merged.empty() || t.merged.back().first != anchor)
                        t.merged.push_back({anchor, anchor});
                    t.merged.back().last.col = col + width - 1;
                    if (!text.empty()) row[previous] += (row[previous].empty() ? "" : "\n") + text;
                    for (std::uint32_t c = col; c < col + width; ++c) open.erase(c);
                    col += width;
                    return;
                }
                auto it = open.find(col);
                if (continues && it != open.end()) {
                    // The cell above spans down into this row; its text stays in the anchor.
                    auto& range = t.merged[it->second.range];
                    range.last.row = r;
                    range.last.col = std::max(range.last.col, col + width - 1);
                    if (!text.empty()) {
                        auto& anchor = t.rows[it->second.row][col];
                        anchor += (anchor.empty() ? "" : "\n") + text;
                    }
                } else {
                    for (std::uint32_t c = col; c < col + width; ++c) open.erase(c);
                    row[col] = std::move(text);
                    if (width > 1 || (vmerge && !continues)) {
                        t.merged.push_back({{r, col}, {r, col + width - 1}});
                        if (vmerge) open[col] = Open{t.merged.size() - 1, r};
                    }
                }
                previous = col;
                col += width;
            });
            // Columns this row does not reach end any merge coming down through them.
            for (auto it = open.begin(); it != open.end();)
                it = it->second.row != r && t.merged[it->second.range].last.row != r
                         ? open.erase(it)
                         : std::next(it);
            t.columns = std::max<std::uint32_t>(t.columns, static_cast<std::uint32_t>(row.size()));
            // Every row is padded to the grid's width below: count what that will hold.
            if (cells_ + static_cast<std::uint64_t>(t.rows.size()) * t.columns >
                ctx_.limits->max_cells)
                too_large(t.number, r, "dokumentets tabeller har for mange celler",
                          "the document's tables have too many cells");
        });
        cells_ += static_cast<std::uint64_t>(t.rows.size()) * t.columns;
        for (auto& row : t.rows) row.resize(t.columns);
        // Merges of one cell (a vMerge restart nothing continued) are no merges.
        t.merged.erase(std::remove_if(t.merged.begin(), t.merged.end(),
                                      [](const xlsx::CellRange& m) { return m.first == m.last; }),
                       t.merged.end());
        out_.tables[index] = std::move(t);
    }

    const BodyContext& ctx_;
    Document& out_;
    std::uint64_t cells_ = 0;
};

}  // namespace

void read_body(const pugi::xml_node& body, const BodyContext& ctx, Document& out) {
    BodyReader reader(ctx, out);
    Container top;
    reader.blocks(body, top);
}

}  // namespace opfolg::docx::detail
