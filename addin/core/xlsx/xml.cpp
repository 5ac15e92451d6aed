// SPDX-License-Identifier: MIT
#include "core/xlsx/xml.h"

#include <fmt/format.h>

#include <cstring>

#include "core/util/error.h"

namespace opfolg::xlsx::xml {

namespace {

// Deepest element nesting, without recursion (a hostile file may nest a million levels).
unsigned max_depth(const pugi::xml_node& top, unsigned stop_at) {
    unsigned depth = 0, deepest = 0;
    pugi::xml_node n = top;
    while (n) {
        if (depth > deepest) deepest = depth;
        if (deepest > stop_at) return deepest;
        if (n.first_child()) {
            n = n.first_child();
            ++depth;
            continue;
        }
        while (n && !n.next_sibling() && n != top) {
            n = n.parent();
            --depth;
        }
        if (!n || n == top) break;
        n = n.next_sibling();
    }
    return deepest;
}

// Whether the text holds a DOCTYPE or ENTITY declaration. A "!" is rare in XML, a "<" is not, so
// the search is for the former.
bool declares_entities(std::string_view text) {
    for (std::size_t i = text.find('!'); i != std::string_view::npos; i = text.find('!', i + 1)) {
        if (i == 0 || text[i - 1] != '<') continue;
        std::string_view rest = text.substr(i + 1);
        if (rest.substr(0, 7) == "DOCTYPE" || rest.substr(0, 6) == "ENTITY") return true;
    }
    return false;
}

}  // namespace

std::unique_ptr<Document> parse(std::string text, const std::filesystem::path& file,
                                const std::string& part, const ReadLimits& limits) {
    auto out = std::make_unique<Document>();
    out->text = std::move(text);
    // A cheap pre-check also catches declarations pugixml would skip silently.
    if (declares_entities(out->text))
        throw Error(ErrorCode::xml_dtd, file,
                    {"XML med DOCTYPE- eller ENTITY-erklæringer afvises",
                     "XML with DOCTYPE or ENTITY declarations is refused"},
                    part);
    unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata_single | pugi::parse_doctype;
    pugi::xml_parse_result r = out->doc.load_buffer_inplace(out->text.data(), out->text.size(),
                                                            flags, pugi::encoding_auto);
    if (!r)
        throw Error(ErrorCode::xml_malformed, file,
                    {fmt::format("ugyldig XML ved byte {}: {}", r.offset, r.description()),
                     fmt::format("malformed XML at byte {}: {}", r.offset, r.description())},
                    part);
    for (pugi::xml_node n = out->doc.first_child(); n; n = n.next_sibling())
        if (n.type() == pugi::node_doctype)
            throw Error(ErrorCode::xml_dtd, file,
                        {"XML med DOCTYPE- eller ENTITY-erklæringer afvises",
                         "XML with DOCTYPE or ENTITY declarations is refused"},
                        part);
    if (max_depth(out->doc, limits.max_xml_depth) > limits.max_xml_depth)
        throw Error(
            ErrorCode::xml_too_deep, file,
            {fmt::format("XML'en er indlejret dybere end {} niveauer", limits.max_xml_depth),
             fmt::format("the XML nests deeper than {} levels", limits.max_xml_depth)},
            part);
    if (!out->root())
        throw Error(ErrorCode::xml_malformed, file, {"XML-delen er tom", "the XML part is empty"},
                    part);
    return out;
}

std::string_view local_name(const pugi::xml_node& node) {
    std::string_view n = node.name();
    auto colon = n.find(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

std::string_view local_name(const pugi::xml_attribute& a) {
    std::string_view n = a.name();
    auto colon = n.find(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element && local_name(c) == name) return c;
    return {};
}

pugi::xml_attribute attr(const pugi::xml_node& node, std::string_view name) {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute())
        if (local_name(a) == name) return a;
    return {};
}

pugi::xml_attribute rel_id(const pugi::xml_node& node) {
    for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
        std::string_view n = a.name();
        if (n.size() > 3 && n.substr(n.size() - 3) == ":id") return a;
    }
    return {};
}

}  // namespace opfolg::xlsx::xml
