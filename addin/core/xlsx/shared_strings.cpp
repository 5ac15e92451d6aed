// SPDX-License-Identifier: MIT
#include <cstdlib>

#include "core/util/normalize.h"
#include "core/xlsx/parts.h"

namespace opfolg::xlsx::detail {

namespace {

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

}  // namespace

void decode_xstring(std::string& s) {
    if (s.find("_x") == std::string::npos) return;
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_' &&
            is_hex(s[i + 2]) && is_hex(s[i + 3]) && is_hex(s[i + 4]) && is_hex(s[i + 5])) {
            unsigned cp =
                static_cast<unsigned>(std::strtoul(s.substr(i + 2, 4).c_str(), nullptr, 16));
            append_utf8(out, static_cast<char32_t>(cp));
            i += 6;
        } else {
            out.push_back(s[i]);
        }
    }
    s.swap(out);
}

std::string string_item_text(const pugi::xml_node& item) {
    std::string text;
    for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
        auto name = xml::local_name(c);
        if (name == "t") {
            text += c.text().get();
        } else if (name == "r") {
            if (auto t = xml::child(c, "t")) text += t.text().get();
        }
        // rPh (phonetic runs) and phoneticPr are deliberately skipped.
    }
    decode_xstring(text);
    return text;
}

std::vector<std::string> read_shared_strings(const pugi::xml_node& sst) {
    std::vector<std::string> out;
    if (auto count = xml::attr(sst, "uniqueCount"))
        out.reserve(std::min<std::size_t>(count.as_uint(), 1u << 20));
    xml::for_each(sst, "si", [&](pugi::xml_node si) { out.push_back(string_item_text(si)); });
    return out;
}

}  // namespace opfolg::xlsx::detail
