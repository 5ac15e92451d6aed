// SPDX-License-Identifier: MIT
// Writes N synthetic department workbooks in the template layout: 40 plan rows with 50–400
// characters of Danish text per text cell, and 120 indicator rows each.
// Usage: opfolg_bench_generate N OUTDIR
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>

#include "core/xlsx/writer.h"
#include "prose.h"

using namespace opfolg;
using opfolg::bench::prose;

namespace {}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: opfolg_bench_generate N OUTDIR\n";
        return 64;
    }
    int n = std::atoi(argv[1]);
    std::filesystem::path out = argv[2];
    std::filesystem::create_directories(out);
    const char* statuses[] = {"Ny", "Videreføres", "Afsluttet", "Fast drift"};
    const char* dims[] = {"Læringskvalitet", "Uddannelseskvalitet", "Resultatkvalitet",
                          "Systemisk kvalitet"};
    for (int i = 0; i < n; ++i) {
        std::mt19937 rng(static_cast<unsigned>(i + 1));
        std::string department = "Afdeling " + std::to_string(i + 1);
        xlsx::WorkbookWriter w(out / ("Opfølgningsplan " + department + ".xlsx"));
        auto& meta = w.add_sheet("Oplysninger");
        meta.write_string({0, 0}, "Institution");
        meta.write_string({0, 1}, "Benchmarkskolen");
        meta.write_string({1, 0}, "Afdeling");
        meta.write_string({1, 1}, department);
        meta.write_string({2, 0}, "Planår");
        meta.write_number({2, 1}, 2025);
        auto& plan = w.add_sheet("Opfølgningsplan");
        const char* heads[] = {"ID",
                               "Tema",
                               "Kvalitetsdimension",
                               "Resultat/ændringsbehov",
                               "Indikator",
                               "Operationelt mål",
                               "Indsats",
                               "Målgruppe",
                               "Understøttende viden",
                               "Ønsket virkning",
                               "Evaluering af effekt",
                               "Ansvarlig",
                               "Tidsplan",
                               "Status"};
        for (std::uint32_t c = 0; c < 14; ++c) plan.write_string({0, c}, heads[c]);
        for (std::uint32_t r = 1; r <= 40; ++r) {
            plan.write_string({r, 0}, "A" + std::to_string(i) + "-" + std::to_string(r));
            plan.write_string({r, 1}, "Tema " + std::to_string(r % 7));
            plan.write_string({r, 2}, dims[r % 4]);
            for (std::uint32_t c = 3; c <= 11; ++c)
                plan.write_string({r, c}, c == 4   ? std::string("Frafald 3 mdr. GF2")
                                          : c == 5 ? "Under 8 % i 2026. " + prose(rng, 50, 380)
                                                   : prose(rng, 50, 400));
            plan.write_string({r, 12}, "Skoleåret 2025/2026");
            plan.write_string({r, 13}, statuses[r % 4]);
        }
        auto& ind = w.add_sheet("Indikatorer");
        const char* iheads[] = {"Indikator", "Enhed", "Polaritet", "Uddannelse/område",
                                "År",        "Værdi", "Landsplan", "Mål"};
        for (std::uint32_t c = 0; c < 8; ++c) ind.write_string({0, c}, iheads[c]);
        const char* names[] = {"Frafald 3 mdr. GF1", "Frafald 3 mdr. GF2", "Fravær",
                               "Frafald 6 mdr. GF2", "Sygefravær"};
        std::uniform_real_distribution<double> v(2, 30);
        // 5 indicators × 8 groups × 3 years: every (indicator, group, year) once.
        for (std::uint32_t r = 1; r <= 120; ++r) {
            std::uint32_t k = r - 1;
            ind.write_string({r, 0}, names[k % 5]);
            ind.write_string({r, 1}, "%");
            ind.write_string({r, 2}, "lavere er bedre");
            ind.write_string({r, 3}, "Gruppe " + std::to_string(k / 15));
            ind.write_number({r, 4}, 2022 + (k / 5) % 3);
            ind.write_number({r, 5}, std::round(v(rng) * 10) / 10);
            ind.write_number({r, 6}, std::round(v(rng) * 10) / 10);
            ind.write_number({r, 7}, 8);
        }
        w.save();
    }
    return 0;
}
