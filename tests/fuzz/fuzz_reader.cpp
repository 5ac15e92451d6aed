// SPDX-License-Identifier: MIT
// libFuzzer target for the readers and everything after them: any byte string must either read or
// be refused with opfolg::Error, as a workbook and as a Word document; what reads is then mapped,
// checked, its indicators computed and every view rendered (pipeline.h), which must never crash,
// throw anything else or emit invalid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>

#include "pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const opfolg::fuzz::Setup setup;
    opfolg::xlsx::ReadLimits limits;
    // Keep each run small so the fuzzer explores instead of inflating.
    limits.max_part_size = 4u << 20;
    limits.max_total_inflated = 16u << 20;
    limits.max_cells = 100000;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        opfolg::fuzz::run_document_pipeline(bytes, setup, limits);
    } catch (const opfolg::Error&) {
    }
    try {
        opfolg::fuzz::run_pipeline(bytes, setup, limits);
    } catch (const opfolg::Error&) {
    }
    return 0;
}
