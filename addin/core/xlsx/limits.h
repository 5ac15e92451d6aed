// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

namespace opfolg::xlsx {

/// Caps that keep a hostile or absurd file from exhausting memory or time. The defaults are far
/// above any real follow-up plan (a few hundred kB).
///
/// What is inflated is bounded by size: 256 MiB a part and 1 GiB in all, checked against the
/// declared sizes before inflating and against the real bytes while inflating. The ratio test is
/// a second line, for parts that are large *and* compress implausibly well: a sheet as Excel
/// writes it compresses 10–25:1, one without cell references (allowed, and written by some
/// libraries) about 400:1, while a run of one repeated byte – the body of a zip bomb – deflates
/// about 1030:1. So a part is refused for its ratio only when it inflates beyond 4 MiB (ten
/// times the largest part of a real plan) at more than 500:1. (Apache POI refuses 100:1 at any
/// size above 100 kB, which turns away legitimate sheets of repeated rows.)
struct ReadLimits {
    std::uint64_t max_file_size = 200ull << 20;     ///< bytes on disk
    std::uint64_t max_part_size = 256ull << 20;     ///< inflated bytes of one zip entry
    std::uint64_t max_total_inflated = 1ull << 30;  ///< inflated bytes of all entries read
    double max_inflate_ratio = 500.0;               ///< inflated/compressed, for large parts
    std::uint64_t ratio_grace_size = 4ull << 20;    ///< parts up to this skip the ratio test
    std::size_t max_entries = 10000;                ///< zip entries
    unsigned max_xml_depth = 128;                   ///< element nesting
    std::uint64_t max_cells = 20'000'000;           ///< cells in the whole workbook
};

}  // namespace opfolg::xlsx
