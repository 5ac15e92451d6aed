// SPDX-License-Identifier: MIT
// libFuzzer target for the readers and everything after them: any byte string must either read or
// be refused with opfolg::Error, as a workbook and as a Word document; what reads is then mapped,
// checked and its indicators computed (a document through the Word import's mapping), which must
// never crash either (no sanitizer report, no other exception).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/docx/reader.h"
#include "core/import/word_import.h"
#include "core/indicators/deltas.h"
#include "core/indicators/series.h"
#include "core/plan/reader.h"
#include "core/util/error.h"
#include "core/validate/validator.h"
#include "core/xlsx/reader.h"

namespace {

struct Setup {
    opfolg::schema::Schema schema =
        opfolg::schema::load_schema(OPFOLG_TEMPLATES_DIR "/plan-schema.json");
    opfolg::indicators::Catalogue catalogue =
        opfolg::indicators::Catalogue::load(OPFOLG_TEMPLATES_DIR "/indicator-catalogue.json");
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const Setup setup;
    opfolg::xlsx::ReadLimits limits;
    // Keep each run small so the fuzzer explores instead of inflating.
    limits.max_part_size = 4u << 20;
    limits.max_total_inflated = 16u << 20;
    limits.max_cells = 100000;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        auto doc = opfolg::docx::read_document_bytes(bytes, "fuzz.docx", limits);
        auto im =
            opfolg::importer::map_plan_document(std::move(doc), setup.schema, setup.catalogue, {});
        opfolg::validate::run_checks(im.workbook, setup.schema);
    } catch (const opfolg::Error&) {
    }
    try {
        auto wb = opfolg::xlsx::read_workbook_bytes(bytes, "fuzz.xlsx", limits);
        auto mapped = opfolg::plan::map_workbook(wb, setup.schema);
        std::vector<opfolg::Issue> issues = opfolg::validate::run_checks(mapped, setup.schema);
        for (const auto& s :
             opfolg::indicators::read_series(wb, mapped, setup.catalogue, setup.schema, issues))
            opfolg::indicators::compute(s);
    } catch (const opfolg::Error&) {
    }
    return 0;
}
