// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

namespace opfolg::xlsx {

/// Caps that keep a hostile or absurd file from exhausting memory or time. The defaults are far
/// above any real follow-up plan (a few hundred kB) and follow Apache POI's ZipSecureFile.
struct ReadLimits {
    std::uint64_t max_file_size = 200ull << 20;     ///< bytes on disk
    std::uint64_t max_part_size = 256ull << 20;     ///< inflated bytes of one zip entry
    std::uint64_t max_total_inflated = 1ull << 30;  ///< inflated bytes of all entries read
    double max_inflate_ratio = 100.0;               ///< inflated/compressed (POI: 1/0.01)
    std::uint64_t ratio_grace_size = 100u << 10;    ///< entries below this skip the ratio test
    std::size_t max_entries = 10000;                ///< zip entries
    unsigned max_xml_depth = 128;                   ///< element nesting
    std::uint64_t max_cells = 20'000'000;           ///< cells in the whole workbook
};

}  // namespace opfolg::xlsx
