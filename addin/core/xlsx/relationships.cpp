// SPDX-License-Identifier: MIT
#include "core/xlsx/relationships.h"

#include "core/xlsx/xml.h"

namespace opfolg::xlsx {

bool Relationship::is(const std::string& kind) const {
    return type.size() > kind.size() &&
           type.compare(type.size() - kind.size(), kind.size(), kind) == 0 &&
           type[type.size() - kind.size() - 1] == '/';
}

std::string resolve_target(const std::string& source, const std::string& target) {
    std::string joined;
    if (!target.empty() && target[0] == '/') {
        joined = target.substr(1);
    } else {
        auto slash = source.rfind('/');
        joined =
            (slash == std::string::npos ? std::string() : source.substr(0, slash + 1)) + target;
    }
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= joined.size()) {
        auto end = joined.find('/', start);
        if (end == std::string::npos) end = joined.size();
        std::string seg = joined.substr(start, end - start);
        if (seg == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!seg.empty() && seg != ".") {
            parts.push_back(seg);
        }
        start = end + 1;
    }
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
}

std::vector<Relationship> read_relationships(ZipArchive& zip, const std::string& source,
                                             const ReadLimits& limits) {
    std::string rels_name;
    auto slash = source.rfind('/');
    if (source.empty())
        rels_name = "_rels/.rels";
    else if (slash == std::string::npos)
        rels_name = "_rels/" + source + ".rels";
    else
        rels_name = source.substr(0, slash + 1) + "_rels/" + source.substr(slash + 1) + ".rels";
    std::vector<Relationship> out;
    auto text = zip.read_optional(rels_name);
    if (!text) return out;
    auto doc = xml::parse(std::move(*text), zip.path(), rels_name, limits);
    xml::for_each(doc->root(), "Relationship", [&](pugi::xml_node r) {
        Relationship rel;
        rel.id = r.attribute("Id").value();
        rel.type = r.attribute("Type").value();
        rel.external = std::string(r.attribute("TargetMode").value()) == "External";
        std::string target = r.attribute("Target").value();
        rel.target = rel.external ? target : resolve_target(source, target);
        out.push_back(std::move(rel));
    });
    return out;
}

}  // namespace opfolg::xlsx
