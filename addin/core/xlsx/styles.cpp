// SPDX-License-Identifier: MIT
#include <algorithm>
#include <map>

#include "core/xlsx/parts.h"

namespace opfolg::xlsx::detail {

std::vector<CellStyle> read_styles(const pugi::xml_node& style_sheet,
                                   std::vector<std::string>& formats) {
    std::map<std::uint32_t, std::string> custom;
    if (auto num_fmts = xml::child(style_sheet, "numFmts"))
        xml::for_each(num_fmts, "numFmt", [&](pugi::xml_node f) {
            custom[xml::attr(f, "numFmtId").as_uint()] = xml::attr(f, "formatCode").value();
        });

    auto intern = [&](const std::string& code) {
        auto it = std::find(formats.begin(), formats.end(), code);
        if (it != formats.end()) return static_cast<std::uint32_t>(it - formats.begin());
        formats.push_back(code);
        return static_cast<std::uint32_t>(formats.size() - 1);
    };

    std::vector<CellStyle> out;
    auto xfs = xml::child(style_sheet, "cellXfs");
    xml::for_each(xfs, "xf", [&](pugi::xml_node xf) {
        std::uint32_t id = xml::attr(xf, "numFmtId").as_uint();
        std::string code;
        if (auto it = custom.find(id); it != custom.end())
            code = it->second;
        else if (auto b = builtin_number_format(id))
            code = *b;
        else if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58))
            code = "yyyy-mm-dd";  // locale-dependent East Asian date formats
        else
            code = "General";
        out.push_back(CellStyle{intern(code), classify_number_format(code)});
    });
    return out;
}

}  // namespace opfolg::xlsx::detail
