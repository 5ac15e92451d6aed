// SPDX-License-Identifier: MIT
// word/styles.xml (ECMA-376 Part 1, §17.7) and word/numbering.xml (§17.9): just enough to tell
// headings and bold lines (a table's title) and to label list paragraphs as Word shows them.
#include <algorithm>
#include <cstdlib>

#include "core/docx/parts.h"
#include "core/util/normalize.h"

namespace opfolg::docx::detail {

namespace xml = xlsx::xml;

namespace {

// A chain of basedOn styles longer than this is a loop or a hostile file.
constexpr int max_style_chain = 32;

int int_attr(const pugi::xml_node& node, std::string_view name, int fallback) {
    auto a = xml::attr(node, name);
    if (!a) return fallback;
    const char* s = a.value();
    char* end = nullptr;
    long v = std::strtol(s, &end, 10);
    if (end == s) return fallback;
    return static_cast<int>(std::clamp<long>(v, -1000000, 1000000));
}

// An on/off property (§17.17.4 ST_OnOff): present without a value means on.
std::optional<bool> on_off(const pugi::xml_node& prop) {
    if (!prop) return std::nullopt;
    std::string_view v = xml::attr(prop, "val").value();
    return !(v == "0" || v == "false" || v == "off");
}

std::optional<NumRef> num_pr(const pugi::xml_node& ppr) {
    auto n = xml::child(ppr, "numPr");
    if (!n) return std::nullopt;
    auto id = xml::child(n, "numId");
    if (!id) return std::nullopt;
    NumRef ref;
    ref.num_id = int_attr(id, "val", 0);
    ref.level = std::clamp(int_attr(xml::child(n, "ilvl"), "val", 0), 0, 8);
    return ref;
}

bool heading_name(const std::string& name) {
    std::string n = fold_case(name);
    for (const char* prefix : {"heading", "title", "subtitle", "overskrift", "titel", "undertitel"})
        if (n.rfind(prefix, 0) == 0) return true;
    return false;
}

struct RawStyle {
    std::string based_on;
    std::optional<int> outline;
    bool heading_name = false;
    std::optional<bool> bold;
    std::optional<NumRef> num;
};

// Follows basedOn from `id` and takes, for each property, the nearest style that sets it.
template <class Out>
Out resolve(const std::unordered_map<std::string, RawStyle>& raw, const std::string& id,
            std::optional<bool> default_bold) {
    Out out;
    std::optional<int> outline;
    bool named = false;
    std::optional<bool> bold;
    std::optional<NumRef> num;
    std::string at = id;
    for (int depth = 0; depth < max_style_chain && !at.empty(); ++depth) {
        auto it = raw.find(at);
        if (it == raw.end()) break;
        const RawStyle& s = it->second;
        if (!outline) outline = s.outline;
        named = named || s.heading_name;
        if (!bold) bold = s.bold;
        if (!num) num = s.num;
        at = s.based_on;
    }
    out.heading = outline ? (*outline >= 0 && *outline <= 8) : named;
    out.bold = bold ? bold : default_bold;
    out.num = num;
    return out;
}

}  // namespace

Styles::Styles(const pugi::xml_node& styles) {
    std::unordered_map<std::string, RawStyle> paragraphs, characters;
    std::optional<bool> default_bold;
    if (auto defaults = xml::child(styles, "docDefaults"))
        default_bold =
            on_off(xml::child(xml::child(xml::child(defaults, "rPrDefault"), "rPr"), "b"));
    xml::for_each(styles, "style", [&](pugi::xml_node s) {
        std::string type = xml::attr(s, "type").value();
        std::string id = xml::attr(s, "styleId").value();
        if (id.empty() || (type != "paragraph" && type != "character")) return;
        RawStyle r;
        r.based_on = xml::attr(xml::child(s, "basedOn"), "val").value();
        r.heading_name =
            type == "paragraph" && heading_name(xml::attr(xml::child(s, "name"), "val").value());
        auto ppr = xml::child(s, "pPr");
        if (auto o = xml::child(ppr, "outlineLvl")) r.outline = int_attr(o, "val", 9);
        r.num = num_pr(ppr);
        r.bold = on_off(xml::child(xml::child(s, "rPr"), "b"));
        if (type == "paragraph") {
            std::string_view d = xml::attr(s, "default").value();
            if (d == "1" || d == "true" || d == "on") default_paragraph_ = id;
            paragraphs.emplace(id, std::move(r));
        } else {
            characters.emplace(id, std::move(r));
        }
    });
    for (const auto& [id, raw] : paragraphs)
        paragraph_.emplace(id, resolve<Style>(paragraphs, id, default_bold));
    for (const auto& [id, raw] : characters)
        character_.emplace(id, resolve<Style>(characters, id, std::nullopt));
}

bool Styles::heading(const std::string& paragraph_style) const {
    auto it = paragraph_.find(paragraph_style);
    return it != paragraph_.end() && it->second.heading;
}

bool Styles::bold(const std::string& paragraph_style) const {
    auto it = paragraph_.find(paragraph_style);
    return it != paragraph_.end() && it->second.bold.value_or(false);
}

std::optional<bool> Styles::character_bold(const std::string& character_style) const {
    auto it = character_.find(character_style);
    if (it == character_.end()) return std::nullopt;
    return it->second.bold;
}

std::optional<NumRef> Styles::numbering(const std::string& paragraph_style) const {
    auto it = paragraph_.find(paragraph_style);
    if (it == paragraph_.end()) return std::nullopt;
    return it->second.num;
}

// --- numbering -----------------------------------------------------------------------------------

namespace {

std::string letters(int n, bool upper) {
    // Word writes 27 as "aa", 28 as "bb": the letter repeated, not base 26.
    if (n <= 0) return std::to_string(n);
    char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), c);
}

std::string roman(int n, bool upper) {
    if (n <= 0 || n >= 4000) return std::to_string(n);
    static const std::pair<int, const char*> table[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (const auto& [v, s] : table)
        while (n >= v) out += s, n -= v;
    if (upper)
        for (auto& c : out) c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// One number in the format of its level (§17.18.59 ST_NumberFormat; the rest read as decimal).
std::string formatted(int n, const std::string& format) {
    if (format == "lowerLetter") return letters(n, false);
    if (format == "upperLetter") return letters(n, true);
    if (format == "lowerRoman") return roman(n, false);
    if (format == "upperRoman") return roman(n, true);
    if (format == "decimalZero") return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n);
    if (format == "none") return "";
    return std::to_string(n);
}

}  // namespace

Numbering::Numbering(const pugi::xml_node& numbering) {
    auto read_level = [](pugi::xml_node lvl, Level& into) {
        if (auto f = xml::child(lvl, "numFmt")) into.format = xml::attr(f, "val").value();
        if (auto t = xml::child(lvl, "lvlText")) {
            into.text = xml::attr(t, "val").value();
            into.has_text = true;
        }
        if (auto s = xml::child(lvl, "start")) into.start = int_attr(s, "val", 1);
    };
    xml::for_each(numbering, "abstractNum", [&](pugi::xml_node a) {
        Levels levels;
        xml::for_each(a, "lvl", [&](pugi::xml_node lvl) {
            int i = int_attr(lvl, "ilvl", -1);
            if (i >= 0 && i <= 8) read_level(lvl, levels[static_cast<std::size_t>(i)]);
        });
        abstract_[int_attr(a, "abstractNumId", -1)] = levels;
    });
    xml::for_each(numbering, "num", [&](pugi::xml_node n) {
        auto it = abstract_.find(int_attr(xml::child(n, "abstractNumId"), "val", -1));
        Levels levels = it != abstract_.end() ? it->second : Levels{};
        // A list instance may restart or redefine levels of its abstract list (§17.9.8).
        xml::for_each(n, "lvlOverride", [&](pugi::xml_node o) {
            int i = int_attr(o, "ilvl", -1);
            if (i < 0 || i > 8) return;
            auto& level = levels[static_cast<std::size_t>(i)];
            if (auto lvl = xml::child(o, "lvl")) read_level(lvl, level);
            if (auto s = xml::child(o, "startOverride")) level.start = int_attr(s, "val", 1);
        });
        lists_[int_attr(n, "numId", -1)] = levels;
    });
}

std::string Numbering::next_label(const NumRef& ref) {
    auto it = lists_.find(ref.num_id);
    if (ref.num_id == 0 || it == lists_.end()) return "";
    const Levels& levels = it->second;
    auto& count = counters_[ref.num_id];  // zero-initialised: every level unset
    const auto level = static_cast<std::size_t>(std::clamp(ref.level, 0, 8));
    count[level] = count[level] == 0 ? levels[level].start : count[level] + 1;
    for (std::size_t below = level + 1; below < count.size(); ++below) count[below] = 0;
    const Level& l = levels[level];
    if (l.format == "bullet") return "•";
    if (!l.has_text) return formatted(count[level], l.format) + ".";
    // "%1.%2." names the current number of each level.
    std::string out;
    for (std::size_t i = 0; i < l.text.size(); ++i) {
        char c = l.text[i];
        if (c == '%' && i + 1 < l.text.size() && l.text[i + 1] >= '1' && l.text[i + 1] <= '9') {
            auto k = static_cast<std::size_t>(l.text[i + 1] - '1');
            int n = count[k] == 0 ? levels[k].start : count[k];
            out += formatted(n, levels[k].format);
            ++i;
        } else {
            out.push_back(c);
        }
    }
    return out;
}

}  // namespace opfolg::docx::detail
