// SPDX-License-Identifier: MIT
// Next year's department workbooks from this year's plan (issue 13, part 1): from a board
// workbook (opfolg consolidate's) or from the departments' own workbooks. Unfinished actions go
// forward with their ID, last year's evaluation goes into a read-only column, the indicator
// history comes along with the new year's cells open, finished actions are listed on a sheet of
// their own, and a row that cannot be carried over is reported, never guessed at.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/consolidate/progress.h"
#include "core/indicators/catalogue.h"
#include "core/indicators/series.h"
#include "core/plan/inputs.h"
#include "core/plan/model.h"
#include "core/schema/schema.h"
#include "core/util/text.h"
#include "core/xlsx/workbook.h"

namespace opfolg::rollover {

/// What the user decides; everything else comes from last year's plan.
struct Options {
    std::optional<int> year;  ///< next plan year; empty: each plan's own year + 1
    std::string institution;  ///< empty: the plan's own
    bool force = false;       ///< replace next year's workbooks if they exist
};

/// Where a row of last year's plan stands, as a person finds it again.
struct RowSource {
    std::filesystem::path file;  ///< the workbook read (a department's, or the board workbook)
    std::string sheet;
    std::string cell;    ///< A1 of the row's ID cell, else of its first cell
    std::string origin;  ///< board workbooks: the department workbook the board took it from
};
/// "Plan.xlsx › Opfølgningsplan!A5", with " (fra …)" / " (from …)" for an origin.
Text where_text(const RowSource& s);

/// What becomes of one row of last year's plan.
enum class Fate {
    carried,      ///< not finished: next year's plan, status Videreføres
    closed,       ///< status Afsluttet: the sheet of last year's closed actions
    not_carried,  ///< no ID, or unreadable: reported, and listed on a sheet of its own
};
/// "carried", "closed", "not-carried".
const char* fate_name(Fate f);

/// One row of last year's plan.
struct Action {
    RowSource source;
    std::vector<plan::FieldValue> fields;  ///< by the schema's plan field index
    std::string id;                        ///< as written, trimmed
    std::string status;                    ///< the schema's spelling when it is one of its values
    Fate fate = Fate::carried;
    /// Why a row is not carried ("no-id", "unreadable"), or what to know about a carried one
    /// ("status-missing", "status-unknown": carried, since only Afsluttet means finished).
    std::string code;
    Text reason;
};

/// One department's plan and what its next year's workbook gets.
struct Department {
    std::string name;
    std::string institution;  ///< next year's: the option's, else the plan's own
    std::string contact;
    std::string plan_institution;  ///< as last year's plan states it
    std::filesystem::path input;   ///< where it was read
    bool from_board = false;       ///< read from a board workbook
    std::optional<int> last_year;  ///< the plan year read
    int year = 0;                  ///< next year's plan year (0: unknown, nothing written)
    std::vector<Action> actions;   ///< in last year's order
    std::vector<indicators::Series> series;
    std::filesystem::path output;
    bool written = false;
    std::optional<Text> error;  ///< why nothing was written
    std::string error_code;     ///< "output-exists", "no-plan-year", "duplicate-department", …

    std::size_t count(Fate f) const;
    /// Indicator figures carried (a value or a national level, one per year and series).
    std::size_t indicator_values() const;
    /// The year whose figures next year's workbook asks for: the year before its plan year.
    int indicator_year() const { return year - 1; }
    /// Series that get an open row for indicator_year() (they have no figures for it yet).
    std::size_t open_indicator_rows() const;
};

/// An input that gave no department: unreadable, missing, or a board workbook that cannot be
/// rolled over (its public version lacks the internal columns).
struct InputProblem {
    std::filesystem::path file;
    Text reason;
    std::string code;  ///< an ErrorCode name, "missing", or "public-board"
};

/// What a rollover found and did.
struct Rollover {
    std::filesystem::path folder;
    std::vector<Department> departments;  ///< in input order (a board's in its own order)
    std::vector<InputProblem> problems;
    std::vector<plan::SkippedInput> skipped;  ///< files of a folder that are no workbook

    std::size_t written() const;
    /// 0 every department written with every row accounted for; 1 some row could not be carried
    /// over (reported; the workbooks are written); 2 some input could not be read, some
    /// workbook could not be written (an existing one without force), or there was nothing at
    /// all to roll over.
    int exit_code() const;
};

/// Reads every input (board workbooks, department workbooks, folders of them) and decides, for
/// every department, next year's plan year, file and rows. Writes nothing: this is the preview.
/// `progress` hears of each workbook read; cancelled, it stops before the next one
/// (opfolg::Error, ErrorCode::cancelled, naming `folder`).
Rollover prepare(const std::vector<std::filesystem::path>& inputs,
                 const std::filesystem::path& folder, const schema::Schema& schema,
                 const indicators::Catalogue& catalogue, const Options& options,
                 const Progress& progress = {});

/// Adds the departments of one workbook already read: a board workbook's (each with the
/// board's cells as sources) or a department's own. A board's public version becomes a problem.
/// Throws opfolg::Error for a board workbook without an Opfølgningsplan sheet.
void add_workbook(Rollover& r, const xlsx::Workbook& wb, const schema::Schema& schema,
                  const indicators::Catalogue& catalogue);

/// Decides each department's next plan year, institution and file from `options` and
/// `r.folder`, and refuses what cannot be written (no plan year, a year not after last year's, a
/// department named by two inputs). prepare() calls it; a preview calls it again when the user
/// changes the year, the institution or the folder.
void decide(Rollover& r, const Options& options);

/// Writes every department that has a plan year into its file; a department whose file exists
/// (without force) or cannot be written is reported in its `error`, and the others are written.
/// `progress` hears of each workbook written; cancelled, the workbooks written so far stay and
/// the rest are reported as not written (error code "cancelled").
void write(Rollover& r, const schema::Schema& schema, const Options& options,
           const Progress& progress = {});

/// prepare() and write().
Rollover rollover(const std::vector<std::filesystem::path>& inputs,
                  const std::filesystem::path& folder, const schema::Schema& schema,
                  const indicators::Catalogue& catalogue, const Options& options,
                  const Progress& progress = {});

/// Writes one department's next year's workbook from the template: Oplysninger filled in, the
/// carried actions (status Videreføres, ID kept in Sidste års ID, last year's evaluation in
/// Sidste års evaluering and the evaluation column left for this year's), every year of every
/// indicator with a row for the new year's figures left open, last year's closed actions on
/// their sheet and the rows not carried on theirs. Atomic; refuses an existing `out` unless
/// `force` (ErrorCode::output_exists).
void write_department(const Department& d, const schema::Schema& schema,
                      const std::filesystem::path& out, bool force);

}  // namespace opfolg::rollover
