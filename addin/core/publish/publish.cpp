// SPDX-License-Identifier: MIT
#include "core/publish/publish.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>

#include "core/consolidate/board_reader.h"
#include "core/consolidate/public_content.h"
#include "core/plan/inputs.h"
#include "core/platform/files.h"
#include "core/publish/page.h"
#include "core/util/error.h"

namespace opfolg::publish {

int Result::exit_code() const {
    if (content.report.exit_code() == 2 || content.sources.empty()) return 2;
    return written ? 0 : 1;
}

namespace {

// Board workbooks among the inputs: validation recognises them by their keyword.
std::vector<std::filesystem::path> board_workbooks(const consolidate::Result& r) {
    std::vector<std::filesystem::path> found;
    for (const auto& f : r.report.files)
        if (f.workbook && f.workbook->board_workbook) found.push_back(f.file);
    return found;
}

void write_atomically(const std::string& bytes, const std::filesystem::path& output,
                      xlsx::Existing existing) {
    auto tmp = platform::temp_path_beside(output);
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(tmp, ignored);
            throw Error(ErrorCode::io, output,
                        {"kan ikke skrive siden; er disken fuld?",
                         "cannot write the page; is the disk full?"});
        }
    }
    // A page made while another was saved under the same name never replaces it unasked.
    if (existing == xlsx::Existing::replace)
        platform::replace_file(tmp, output);
    else
        platform::move_new_file(tmp, output);
}

}  // namespace

Result publish(const std::vector<std::filesystem::path>& inputs,
               const std::filesystem::path& output, const schema::Schema& schema,
               const indicators::Catalogue& catalogue, const Options& options,
               const Progress& progress) {
    // Refuse before any work, as consolidation does: an input is never overwritten, and an
    // existing page is better said now than after reading every workbook.
    xlsx::refuse_overwriting_inputs(output, plan::collect_inputs(inputs).files);
    xlsx::check_writable(output, options.existing);

    consolidate::Options copt;
    copt.institution = options.institution;
    copt.year = options.year;
    copt.public_version = true;  // refuses CPR numbers among the public texts
    Result res;
    res.output = output;
    res.content = consolidate::collect(inputs, schema, catalogue, copt, progress, output);

    // No department's workbook, but a board workbook: publish what the board has.
    auto& r = res.content;
    bool departments = std::any_of(r.sources.begin(), r.sources.end(),
                                   [](const consolidate::Source& s) { return s.included; });
    auto boards = board_workbooks(r);
    if (!departments && boards.size() == 1) {
        auto board = consolidate::read_board_workbook(boards.front(), schema);
        if (!options.institution.empty()) board.institution = options.institution;
        if (options.year) board.year = *options.year;
        board.skipped = r.skipped;
        if (board.sources.empty())
            board.refusals.push_back({Severity::error,
                                      "no-input",
                                      "",
                                      "",
                                      "",
                                      {"den samlede projektmappe har ingen afdelinger; intet "
                                       "skrevet",
                                       "the board workbook has no departments; nothing written"},
                                      ""});
        for (auto& issue : consolidate::cpr_in_public_texts(board))
            board.refusals.push_back(std::move(issue));
        r = std::move(board);
        res.from_board = true;
    } else if (!departments && boards.size() > 1) {
        r.refusals.clear();
        r.refusals.push_back({Severity::error,
                              "several-boards",
                              "",
                              "",
                              "",
                              {"flere samlede projektmapper og ingen afdelingers; angiv den ene, "
                               "der skal udgives",
                               "several board workbooks and no department's; name the one to "
                               "publish"},
                              ""});
    }
    if (!r.refusals.empty()) return res;

    for (const auto& f : r.report.files)
        if (f.workbook && consolidate::included(r, f)) {
            ++res.departments;
            res.indicators += f.deltas.size();
            for (const auto* t : f.workbook->tables_of("plan")) res.rows += t->rows.size();
        }
    PageInfo info{options.title, xlsx::build_timestamp(), res.from_board};
    write_atomically(render_page(r, schema, info), output, options.existing);
    res.written = true;
    return res;
}

}  // namespace opfolg::publish
