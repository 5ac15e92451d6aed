// SPDX-License-Identifier: MIT
// What the fuzzer runs on every input, and the unit suite on every seed and regression: read,
// map, check, compute the indicators, preview next year's plan, then render every view a user
// sees – the JSON of dump, dump --plan, validate, deltas and rollover, and their text –
// strictly. A view that would carry invalid UTF-8 throws here (nlohmann's strict dump, our own
// check on text), so the fuzzer reports it as a crash instead of a user meeting it as an abort.
#pragma once

#include <sstream>
#include <stdexcept>
#include <string>

#include "core/docx/reader.h"
#include "core/import/import_report.h"
#include "core/import/word_import.h"
#include "core/indicators/catalogue.h"
#include "core/indicators/deltas_format.h"
#include "core/inspect/dump.h"
#include "core/plan/reader.h"
#include "core/rollover/rollover.h"
#include "core/rollover/rollover_report.h"
#include "core/schema/schema.h"
#include "core/util/error.h"
#include "core/util/utf8.h"
#include "core/validate/report_format.h"
#include "core/validate/validator.h"
#include "core/xlsx/reader.h"

namespace opfolg::fuzz {

struct Setup {
    schema::Schema schema = schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    indicators::Catalogue catalogue =
        indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
};

/// Throws std::logic_error when a view is not valid UTF-8; opfolg::Error only for input that is
/// refused (the one acceptable outcome besides reading).
inline void run_pipeline(const std::string& bytes, const Setup& setup,
                         const xlsx::ReadLimits& limits) {
    auto require_utf8 = [](const std::string& text, const char* view) {
        if (!is_valid_utf8(text)) throw std::logic_error(std::string(view) + ": invalid UTF-8");
    };
    auto strict = [&](const nlohmann::json& j, const char* view) {
        require_utf8(j.dump(), view);  // nlohmann throws type_error 316 on invalid UTF-8
    };
    auto wb = xlsx::read_workbook_bytes(bytes, "fuzz.xlsx", limits);
    strict(inspect::dump_json(wb), "dump --format json");
    std::ostringstream text;
    inspect::dump_text(wb, text);
    require_utf8(text.str(), "dump");
    auto mapped = plan::map_workbook(wb, setup.schema);
    strict(inspect::plan_json(mapped), "dump --plan");

    validate::Report report;
    report.files.push_back(validate::validate_bytes(bytes, "fuzz.xlsx", setup.schema,
                                                    setup.catalogue));
    strict(validate::report_json(report), "validate --format json");
    for (Lang lang : {Lang::da, Lang::en}) {
        std::ostringstream out;
        validate::report_text(report, lang, out);
        require_utf8(out.str(), "validate");
    }
    std::vector<indicators::FileDeltas> deltas{{"fuzz.xlsx", report.files[0].deltas}};
    strict(indicators::deltas_json(deltas), "deltas --format json");
    std::ostringstream out;
    indicators::deltas_text(deltas, Lang::da, out);
    require_utf8(out.str(), "deltas");

    // Next year's plan from it (a board workbook's reader, or the department's rows judged),
    // as opfolg rollover previews it; nothing is written.
    rollover::Rollover next;
    next.folder = "next";
    rollover::add_workbook(next, wb, setup.schema, setup.catalogue);
    rollover::decide(next, {});
    strict(rollover::rollover_json(next), "rollover --format json");
    for (Lang lang : {Lang::da, Lang::en}) {
        std::ostringstream summary;
        rollover::rollover_text(next, lang, summary);
        require_utf8(summary.str(), "rollover");
    }
}

/// The same for the bytes read as a Word document: the import's mapping, the checks, and the
/// import summary a user sees (JSON strictly, text checked).
inline void run_document_pipeline(const std::string& bytes, const Setup& setup,
                                  const xlsx::ReadLimits& limits) {
    auto doc = docx::read_document_bytes(bytes, "fuzz.docx", limits);
    importer::Result result;
    result.files.push_back({"fuzz.docx", "fuzz.xlsx", false, std::nullopt, "", std::nullopt});
    result.files.back().import =
        importer::map_plan_document(std::move(doc), setup.schema, setup.catalogue, {});
    validate::run_checks(result.files.back().import->workbook, setup.schema);
    if (!is_valid_utf8(importer::import_json(result).dump()))
        throw std::logic_error("import --format json: invalid UTF-8");
    for (Lang lang : {Lang::da, Lang::en}) {
        std::ostringstream out;
        importer::import_text(result, lang, out);
        if (!is_valid_utf8(out.str())) throw std::logic_error("import: invalid UTF-8");
    }
}

}  // namespace opfolg::fuzz
