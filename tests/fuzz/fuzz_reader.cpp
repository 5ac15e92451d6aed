// SPDX-License-Identifier: MIT
// libFuzzer target for the reader and everything after it: any byte string must either read or
// be refused with opfolg::Error; a workbook that reads is then mapped, checked, its indicators
// computed and every view rendered (pipeline.h), which must never crash, throw anything else or
// emit invalid UTF-8.
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
    try {
        opfolg::fuzz::run_pipeline(std::string(reinterpret_cast<const char*>(data), size), setup,
                                   limits);
    } catch (const opfolg::Error&) {
    }
    return 0;
}
