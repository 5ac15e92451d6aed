// SPDX-License-Identifier: MIT
// The seed tables of shared/domain.md (Tabel 1–3, seed 003) as a department workbook in the
// template's layout, written by our own writer: what the deltas must reproduce.
#pragma once

#include <filesystem>

namespace opfolg::test {

/// Writes a valid department workbook (Oplysninger, one plan row, Indikatorer in long form)
/// whose Indikatorer sheet holds, in this order:
///  - Tabel 1: Frafald 3 mdr. GF1 for three GF1 entries, 2023 and 2024, landsplan 2024;
///  - Tabel 2: Frafald 3 mdr. GF2 2022–2024 (rising) and 6 mdr. 2024 only, landsgennemsnit;
///  - Tabel 3: ETU andel Altid/Ofte for eight questions, 2023 and 2024;
///  - beyond the seed: Fravær 12,0 → 11,0 → 10,1 (falling), ETU Velbefindende 3,9 three years
///    (flat), and Ansøgere pr. stillingsopslag 0 → 4 (a previous value of 0).
void write_seed_workbook(const std::filesystem::path& file);

}  // namespace opfolg::test
