// SPDX-License-Identifier: MIT
// What of a consolidation may be published – in the public board workbook (consolidate
// --public) and on the web page (publish) alike – and the check that none of it carries
// personal data.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/consolidate/consolidate.h"

namespace opfolg::consolidate {

/// Whether a plan field of the schema is published: every field not marked internal.
bool is_public_field(const schema::Field& field);

/// One text that a public version shows, with the file and cell it came from.
struct PublicText {
    const validate::FileReport* file;
    const std::string* text;
    plan::SheetName sheet;
    std::optional<xlsx::CellRef> cell;  ///< nullopt when derived (a department from a file name)
    const char* what;                   ///< "plan", "afdeling", "institution", "indikator", "gruppe"
};

/// Calls `f` for every text of the included workbooks that a public version shows: the public
/// plan fields, the department and institution names, the indicators' labels and groups.
/// Unknown columns and file, sheet and cell names are never published, so they are not listed.
void for_each_public_text(const Result& r, const std::function<void(const PublicText&)>& f);

/// An error issue for every CPR number among the public texts, naming file, sheet and cell.
std::vector<Issue> cpr_in_public_texts(const Result& r);

}  // namespace opfolg::consolidate
