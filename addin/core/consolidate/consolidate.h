// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/consolidate/progress.h"
#include "core/indicators/catalogue.h"
#include "core/schema/schema.h"
#include "core/validate/issue.h"
#include "core/xlsx/writer.h"

namespace opfolg::consolidate {

struct Options {
    std::string institution;      ///< empty: the most common institution in the workbooks
    std::optional<int> year;      ///< empty: the most common plan year
    bool public_version = false;  ///< leave internal columns out; refuse CPR numbers
    bool strict = false;          ///< leave workbooks with errors out (exit 1)
    /// An existing output is refused unless this says replace.
    xlsx::Existing existing = xlsx::Existing::refuse;
};

/// One input as listed on the cover.
struct Source {
    std::filesystem::path file;
    std::string department;
    std::string contact;  ///< the workbook's contact person (internal: the cover only)
    std::uint64_t size = 0;
    std::string sha256;
    validate::FileReport::Status status = validate::FileReport::Status::ok;
    std::size_t errors = 0, warnings = 0;
    bool included = true;
    bool left_out_by_strict = false;  ///< --strict left it out for its errors
    Text note;                        ///< why it is flagged or left out
};

/// What a consolidation did.
struct Result {
    std::filesystem::path output;
    bool written = false;
    std::string institution;
    int year = 0;
    std::vector<Source> sources;
    std::vector<plan::SkippedInput> skipped;
    /// Validation of every input (plus consolidation issues). Its mapped workbooks keep only
    /// what the board shows: plan rows, deltas, and yearly points of the charted indicators.
    validate::Report report;
    /// Why nothing was written: no department to consolidate, CPR numbers in a public version.
    std::vector<Issue> refusals;
    std::size_t rows = 0;         ///< plan rows in the output
    /// 0 written (workbooks with errors included and flagged), 1 --strict left some out or
    /// nothing was written, 2 some input could not be read or there was none.
    int exit_code() const;
};

/// Whether the workbook of `f` is part of the output (readable, a department's, not left out).
bool included(const Result& r, const validate::FileReport& f);

/// The reading half of consolidate(), for outputs other than the board workbook (the published
/// page): reads, validates and maps every department workbook into a Result – sources, report,
/// institution, year, plan rows, and the refusals (nothing to consolidate; CPR numbers when
/// `options.public_version`) – and writes nothing. `output` only names the work when the user
/// cancels (opfolg::Error, ErrorCode::cancelled).
Result collect(const std::vector<std::filesystem::path>& inputs, const schema::Schema& schema,
               const indicators::Catalogue& catalogue, const Options& options,
               const Progress& progress = {}, const std::filesystem::path& output = {});

/// Reads every department workbook, validates and maps it, and writes the institution workbook
/// (Forside, Overblik, Opfølgningsplan, Indikatorer, Grafer, Validering) atomically to `output`.
/// Inputs are never modified; an output that is one of the inputs is refused. Deterministic for
/// the same inputs in any order when SOURCE_DATE_EPOCH is set. Throws opfolg::Error for failures
/// of the tool or environment (cannot write, cancelled).
Result consolidate(const std::vector<std::filesystem::path>& inputs,
                   const std::filesystem::path& output, const schema::Schema& schema,
                   const indicators::Catalogue& catalogue, const Options& options,
                   const Progress& progress = {});

}  // namespace opfolg::consolidate
