// SPDX-License-Identifier: MIT
#include "core/consolidate/public_content.h"

#include <fmt/format.h>

#include "core/consolidate/board_workbook.h"
#include "core/consolidate/cpr.h"
#include "core/util/error.h"

namespace opfolg::consolidate {

bool is_public_field(const schema::Field& field) { return !field.internal; }

void for_each_public_text(const Result& r, const std::function<void(const PublicText&)>& f) {
    auto from = [](const plan::Source& s) {
        return s.known ? std::optional<xlsx::CellRef>(s.cell) : std::nullopt;
    };
    for (const auto& file : r.report.files) {
        if (!file.workbook || !included(r, file)) continue;
        const auto& meta = file.workbook->meta;
        f({&file, &meta.department.text, meta.department.source.sheet, from(meta.department.source),
           "afdeling"});
        f({&file, &meta.institution.text, meta.institution.source.sheet,
           from(meta.institution.source), "institution"});
        for (const auto& t : file.workbook->tables) {
            if (t.schema->name != "plan") continue;
            for (const auto& row : t.rows)
                for (std::size_t i = 0; i < row.fields.size(); ++i)
                    if (is_public_field(t.schema->fields[i]))
                        f({&file, &row.fields[i].text, row.fields[i].source.sheet,
                           from(row.fields[i].source), "plan"});
        }
        for (const auto& d : file.deltas) {
            f({&file, &d.series.label, d.series.label_source.sheet, from(d.series.label_source),
               "indikator"});
            f({&file, &d.series.group, d.series.group_source.sheet, from(d.series.group_source),
               "gruppe"});
        }
    }
}

std::vector<Issue> cpr_in_public_texts(const Result& r) {
    std::vector<Issue> found;
    for_each_public_text(r, [&](const PublicText& t) {
        auto cpr = find_cpr(*t.text);
        if (!cpr) return;
        std::string file = path_utf8(t.file->file.filename());
        std::string where = t.cell ? t.sheet.str() + "!" + xlsx::to_a1(*t.cell)
                                   : fmt::format("filnavnet ({})", t.what);
        std::string where_en = t.cell ? where : fmt::format("the file name ({})", t.what);
        found.push_back(
            {Severity::error,
             "cpr-number",
             t.sheet.str(),
             t.cell ? xlsx::to_a1(*t.cell) : "",
             t.what,
             {fmt::format("{}: {} ligner et CPR-nummer ({}); den offentlige version skrives ikke",
                          file, where, *cpr),
              fmt::format("{}: {} looks like a CPR number ({}); the public version is not written",
                          file, where_en, *cpr)},
             *cpr});
    });
    return found;
}

}  // namespace opfolg::consolidate
