// SPDX-License-Identifier: MIT
// The checks a template makes on itself, in Excel and LibreOffice, while a department types.
// Each one mirrors a check of `opfolg validate` and is derived from the same schema fields, so
// that the two cannot drift: what the template marks is what `validate` reports, for the cells
// each check claims (see claims()).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/issues/issue.h"
#include "core/schema/schema.h"
#include "core/util/text.h"

namespace opfolg::tmpl {

/// How the row status groups what it names.
enum class LiveGroup { missing, not_on_list, not_a_date, not_a_year, end_before_start, goal, note };

/// One check of one row (or of the metadata sheet), as an Excel condition.
struct LiveCheck {
    std::string code;  ///< the issue code `validate` reports for the same cells
    Severity severity = Severity::error;
    std::string field;               ///< the Issue::field `validate` reports
    std::vector<std::size_t> marks;  ///< the fields whose cells are coloured when it fires
    LiveGroup group = LiveGroup::missing;
    std::string label;  ///< how the row status names it: a column title ("Tema"), or the whole
                        ///< message ("Slut ligger før Start")
    /// The condition for a row (1-based, as in A1): a formula without "=", true when the check
    /// fires. It never evaluates to an error.
    std::function<std::string(std::uint32_t row)> condition;

    /// What the hidden code column holds when the check fires: "E:required-empty:theme;" (E for
    /// an error, W for a warning). A row's codes follow one ";", so ";" + token finds it.
    std::string token() const;
};

/// The checks of data sheet `sheet` (columns in field order from A): required fields and "at
/// least one of" groups in a started row, enum lists, date fields holding numbers that are no
/// date, an end before the start, a goal with no number and no indicator.
std::vector<LiveCheck> sheet_checks(const schema::SheetSchema& sheet);

/// The formula (without "=") for the hidden code column of data row `row`: "" for a row nobody
/// has started (all of `input_columns` empty, as the reader decides), else ";" followed by the
/// token of every check that fires.
std::string row_codes_formula(const std::vector<LiveCheck>& checks, std::uint32_t row,
                              const std::vector<std::uint32_t>& input_columns);

/// The formula (without "=") for the visible status of a row, in Danish, read from its code cell
/// (e.g. "$R2"): "" for an empty row, "✓ I orden", or what is missing and wrong.
std::string row_status_formula(const std::vector<LiveCheck>& checks, const std::string& codes_cell);

/// Where the metadata values are and what the reader falls back on when one is empty.
struct MetadataCells {
    std::string institution, department, plan_year;  ///< absolute A1 ("$B$3"); "" when absent
    bool institution_fallback = false;  ///< the document's company names the institution
    bool department_fallback = false;   ///< the document's subject names the department
    /// The plan sheet's code column ('Ark'!$R$2:$R$41): no started row there is `validate`'s
    /// "no-actions"; "" when the plan sheet has none.
    std::string plan_codes;
};

/// The checks of the metadata sheet, as `validate`'s metadata check makes them: institution and
/// plan year missing (warnings) unless the reader has a fallback, a plan year that is a number
/// outside the schema's bounds; and the workbook's: a plan with no action at all (a warning).
std::vector<LiveCheck> metadata_checks(const schema::Schema& schema, const MetadataCells& cells);

/// The formula (without "=") for the metadata code cell: ";" followed by the firing tokens.
std::string metadata_codes_formula(const std::vector<LiveCheck>& checks);

/// A code `validate` reports that the template checks too, with how far the template's check
/// reaches and what is left to Opfølg (empty when nothing is).
struct Claim {
    std::string code;
    Text in_template;
    Text opfolg_only;
};
/// Every code the template claims, in the order the guide lists them, worded with `schema`'s
/// titles and bounds (the names the row status and the validator's messages use).
std::vector<Claim> claims(const schema::Schema& schema);

}  // namespace opfolg::tmpl
