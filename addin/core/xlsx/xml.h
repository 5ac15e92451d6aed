// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "core/xlsx/limits.h"

namespace opfolg::xlsx::xml {

/// A parsed XML part that owns its text (pugixml parses in place to halve memory).
struct Document {
    std::string text;
    pugi::xml_document doc;
    pugi::xml_node root() const { return doc.document_element(); }
};

/// Parses one package part safely: DOCTYPE and ENTITY declarations are refused (never expanded),
/// nesting deeper than limits.max_xml_depth is refused, syntax errors report their byte offset.
/// Throws opfolg::Error naming `file` and `part`.
std::unique_ptr<Document> parse(std::string text, const std::filesystem::path& file,
                                const std::string& part, const ReadLimits& limits);

/// The element name without its namespace prefix: "x:row" → "row". Transitional and Strict
/// OOXML differ in namespaces only, so the reader matches local names.
std::string_view local_name(const pugi::xml_node& node);
std::string_view local_name(const pugi::xml_attribute& attr);
/// First child element with local name `name`, or a null node.
pugi::xml_node child(const pugi::xml_node& node, std::string_view name);
/// Attribute by local name (any prefix), or a null attribute.
pugi::xml_attribute attr(const pugi::xml_node& node, std::string_view name);
/// The relationship id attribute (r:id in any namespace prefix).
pugi::xml_attribute rel_id(const pugi::xml_node& node);

/// Calls f(element) for every child element with local name `name`.
template <class F>
void for_each(const pugi::xml_node& node, std::string_view name, F&& f) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element && local_name(c) == name) f(c);
}

}  // namespace opfolg::xlsx::xml
