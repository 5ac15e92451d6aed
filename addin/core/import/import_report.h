// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "core/import/word_import.h"

namespace opfolg::importer {

/// The JSON contract of `opfolg import --format json`:
/// {"files":[{"input","output","written","error","error_en","error_code","department",
///  "department_source","institution","year","year_source","tables":[{"table","parent","continues","title",
///  "rows","columns","use","layout","imported","unknown_columns","skipped_rows","preview"}],
///  "rows":[{"table","row","workbook_row"}],"plan_rows","indicator_values",
///  "outside_tables":{"paragraphs","titles","characters"},"missing_fields":[{"field","rows"}],
///  "tables_without_theme"}],"summary":{"files","written","plan_rows","indicator_values"}}.
/// "error" is Danish; "use" is one of use_name(); rows and tables count from 1 as in Word.
nlohmann::json import_json(const Result& result);

/// A summary for people, in `lang`: per document where it went, what each table became, what
/// did not map, how much text outside tables was left, and which fields to fill in.
void import_text(const Result& result, Lang lang, std::ostream& out);

/// What one document holds, as import_text tells it (department, year, each table, text outside
/// tables, fields to fill in), indented by two spaces: the preview before anything is written.
void document_text(const Import& import, Lang lang, std::ostream& out);

}  // namespace opfolg::importer
