// SPDX-License-Identifier: MIT
// opfolg publish: the plan as one accessible web page for the school's website.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/consolidate/consolidate.h"

namespace opfolg::publish {

struct Options {
    std::string institution;  ///< empty: the most common institution in the workbooks
    std::optional<int> year;  ///< empty: the most common plan year
    std::string title;        ///< the page's heading; empty: "Opfølgningsplan <year>"
    /// An existing page is refused unless this says replace.
    xlsx::Existing existing = xlsx::Existing::refuse;
};

/// What a publication did.
struct Result {
    /// What was read: the departments' workbooks, or a board workbook read back (then every
    /// source names that workbook). Its refusals say why nothing was written.
    consolidate::Result content;
    bool from_board = false;
    std::filesystem::path output;
    bool written = false;
    std::size_t departments = 0, rows = 0, indicators = 0;
    /// 0 written, 1 refused (CPR numbers, nothing to publish), 2 some input unreadable or none.
    int exit_code() const;
};

/// Reads the inputs – department workbooks and folders of them, or one board workbook written
/// by `opfolg consolidate` – and writes the page (render_page) to `output`: to a temporary file
/// beside it, moved into place atomically; an existing file is replaced only when
/// `options.existing` says so. Department workbooks win over a board workbook among them (which
/// consolidation skips too). Nothing is written when the public content holds a CPR number
/// (each named by file, sheet and cell in content.refusals) or there is nothing to publish.
/// Deterministic: the same inputs and SOURCE_DATE_EPOCH give the same bytes. Throws
/// opfolg::Error for failures of the tool or environment (cannot write, output exists).
Result publish(const std::vector<std::filesystem::path>& inputs,
               const std::filesystem::path& output, const schema::Schema& schema,
               const indicators::Catalogue& catalogue, const Options& options,
               const Progress& progress = {});

}  // namespace opfolg::publish
