// SPDX-License-Identifier: MIT
// Indicator series as rows of the template's Indikatorer sheet: shared by the Word import and
// the rollover, so that both write units, polarities and years the same way.
#pragma once

#include <string>

#include "core/indicators/series.h"
#include "core/schema/schema.h"
#include "core/workbook_template/template_writer.h"

namespace opfolg::tmpl {

/// The allowed value of the sheet's `unit` field that means `u` ("%", "score 1-5"), so that the
/// written word is the schema's own; the catalogue's word when the schema has none for it.
std::string unit_value(const schema::SheetSchema& sh, indicators::Unit u);
/// The same for the `polarity` field ("lavere er bedre").
std::string polarity_value(const schema::SheetSchema& sh, indicators::Polarity p);

/// One row of the Indikatorer sheet for `series` in `year`: indicator, unit, polarity and group
/// always; value, national level and target from `point` when given. A point without a value
/// (a year with only the national figure) gets "–", which Opfølg reads as missing data, never
/// as zero. Without a point the year's figures are left open for the department to fill in.
SheetRows::Row indicator_row(const schema::SheetSchema& sh, const indicators::Series& series,
                             int year, const indicators::Point* point);

}  // namespace opfolg::tmpl
