// SPDX-License-Identifier: MIT
#include "core/xlsx/cell_fixups.h"

#include <zip.h>

#include <ctime>
#include <deque>

#include "core/util/error.h"

namespace opfolg::xlsx {

namespace {

void patch_cell(std::string& xml, CellRef at, CellFixups::Kind kind) {
    std::string open = "<c r=\"" + to_a1(at) + "\"";
    auto start = xml.find(open);
    if (start == std::string::npos) return;
    auto end = xml.find('>', start);
    auto t = xml.find(" t=\"str\"", start);
    if (t == std::string::npos || t > end) return;
    xml.replace(t, 8, kind == CellFixups::Kind::error ? " t=\"e\"" : " t=\"b\"");
}

// libxlsxwriter dates every entry 1980-01-01 00:00 so that output is reproducible; keep that.
std::time_t dos_epoch() {
    std::tm tm{};
    tm.tm_year = 80;
    tm.tm_mday = 1;
    tm.tm_isdst = -1;
    return std::mktime(&tm);
}

}  // namespace

void CellFixups::apply(const std::filesystem::path& path,
                       const std::vector<std::string>& sheet_names) const {
    if (cells_.empty()) return;
    int zerr = 0;
    zip_t* za = zip_open(path_utf8(path).c_str(), 0, &zerr);
    auto fail = [&](const char* what) {
        if (za) zip_discard(za);
        throw Error(ErrorCode::io, path,
                    {std::string("kan ikke efterbehandle projektmappen: ") + what,
                     std::string("cannot post-process the workbook: ") + what});
    };
    if (!za) fail("open");
    std::deque<std::string> buffers;  // must outlive zip_close
    for (std::size_t i = 0; i < sheet_names.size(); ++i) {
        auto it = cells_.find(sheet_names[i]);
        if (it == cells_.end()) continue;
        std::string part = "xl/worksheets/sheet" + std::to_string(i + 1) + ".xml";
        zip_int64_t idx = zip_name_locate(za, part.c_str(), 0);
        if (idx < 0) fail(part.c_str());
        zip_stat_t st;
        zip_stat_index(za, static_cast<zip_uint64_t>(idx), 0, &st);
        std::string xml(static_cast<std::size_t>(st.size), '\0');
        zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(idx), 0);
        if (!f || zip_fread(f, xml.data(), st.size) != static_cast<zip_int64_t>(st.size)) {
            if (f) zip_fclose(f);
            fail(part.c_str());
        }
        zip_fclose(f);
        for (const auto& fix : it->second) patch_cell(xml, fix.at, fix.kind);
        buffers.push_back(std::move(xml));
        zip_source_t* src = zip_source_buffer(za, buffers.back().data(), buffers.back().size(), 0);
        if (!src || zip_file_replace(za, static_cast<zip_uint64_t>(idx), src, 0) < 0) {
            if (src) zip_source_free(src);
            fail(part.c_str());
        }
        zip_file_set_mtime(za, static_cast<zip_uint64_t>(idx), dos_epoch(), 0);
    }
    if (zip_close(za) < 0) fail("close");
}

}  // namespace opfolg::xlsx
