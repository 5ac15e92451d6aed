// SPDX-License-Identifier: MIT
// libFuzzer target for the workbook reader: any byte string must either read or be refused with
// opfolg::Error; nothing else (no crash, no sanitizer report, no other exception).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/util/error.h"
#include "core/xlsx/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    opfolg::xlsx::ReadLimits limits;
    // Keep each run small so the fuzzer explores instead of inflating.
    limits.max_part_size = 4u << 20;
    limits.max_total_inflated = 16u << 20;
    limits.max_cells = 100000;
    try {
        opfolg::xlsx::read_workbook_bytes(std::string(reinterpret_cast<const char*>(data), size),
                                          "fuzz.xlsx", limits);
    } catch (const opfolg::Error&) {
    }
    return 0;
}
