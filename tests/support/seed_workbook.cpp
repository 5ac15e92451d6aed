// SPDX-License-Identifier: MIT
#include "seed_workbook.h"

#include <optional>
#include <string>
#include <vector>

#include "core/xlsx/writer.h"

namespace opfolg::test {

namespace {

struct Figure {
    const char* indicator;
    const char* unit;
    const char* polarity;
    const char* group;
    int year;
    double value;
    std::optional<double> national = std::nullopt;
};

const char* const lower = "lavere er bedre";
const char* const higher = "højere er bedre";

std::vector<Figure> figures() {
    std::vector<Figure> f = {
        // Tabel 1 – Frafald 3 mdr. efter uddannelsesstart på GF1.
        {"Frafald 3 mdr. GF1", "%", lower, "Omsorg, sundhed og pædagogik", 2023, 19.8},
        {"Frafald 3 mdr. GF1", "%", lower, "Omsorg, sundhed og pædagogik", 2024, 16.7, 9.1},
        {"Frafald 3 mdr. GF1", "%", lower, "Kontor, handel og forretningsservice", 2023, 7.2},
        {"Frafald 3 mdr. GF1", "%", lower, "Kontor, handel og forretningsservice", 2024, 9.4, 5.0},
        {"Frafald 3 mdr. GF1", "%", lower, "Teknologi, byggeri og transport", 2023, 6.9},
        {"Frafald 3 mdr. GF1", "%", lower, "Teknologi, byggeri og transport", 2024, 7.2, 6.7},
        // Tabel 2 – Frafald uden omvalg på GF2.
        {"Frafald 3 mdr. GF2", "%", lower, "GF2 uden omvalg", 2022, 8.0},
        {"Frafald 3 mdr. GF2", "%", lower, "GF2 uden omvalg", 2023, 8.8},
        {"Frafald 3 mdr. GF2", "%", lower, "GF2 uden omvalg", 2024, 10.2, 7.3},
        {"Frafald 6 mdr. GF2", "%", lower, "GF2 uden omvalg", 2024, 16.2, 10.7},
    };
    // Tabel 3 – Læringsmiljø, andel Altid/Ofte.
    const std::pair<const char*, std::pair<double, double>> t3[] = {
        {"Underviserne giver dig faglig hjælp", {83, 86}},
        {"Underviserne respekterer dig", {85, 86}},
        {"Underviserne er godt forberedte", {82, 85}},
        {"Underviserne overholder aftaler", {84, 83}},
        {"Underviserne giver dig ansvar", {81, 82}},
        {"Underviserne er gode til at forklare", {79, 79}},
        {"Underviserne opstiller klare mål", {75, 76}},
        {"Underviserne giver dig tilbagemelding på din indsats", {73, 73}},
    };
    for (const auto& [question, v] : t3) {
        f.push_back({"ETU andel Altid/Ofte", "%", higher, question, 2023, v.first});
        f.push_back({"ETU andel Altid/Ofte", "%", higher, question, 2024, v.second});
    }
    // Beyond the seed: a falling and a flat trend, and a previous value of 0.
    f.push_back({"Fravær", "%", lower, "GF1", 2022, 12.0});
    f.push_back({"Fravær", "%", lower, "GF1", 2023, 11.0});
    f.push_back({"Fravær", "%", lower, "GF1", 2024, 10.1, 9.5});
    for (int year : {2022, 2023, 2024})
        f.push_back({"ETU Velbefindende", "score 1-5", higher, "Alle elever", year, 3.9});
    f.push_back({"Ansøgere pr. stillingsopslag", "antal", higher, "Undervisere", 2023, 0});
    f.push_back({"Ansøgere pr. stillingsopslag", "antal", higher, "Undervisere", 2024, 4});
    return f;
}

}  // namespace

void write_seed_workbook(const std::filesystem::path& file) {
    xlsx::WorkbookWriter w(file);
    auto& meta = w.add_sheet("Oplysninger");
    const char* meta_rows[][2] = {{"Institution", "Eksempelskolen"},
                                  {"Afdeling", "Omsorg, sundhed og pædagogik"}};
    for (std::uint32_t r = 0; r < 2; ++r) {
        meta.write_string({r, 0}, meta_rows[r][0]);
        meta.write_string({r, 1}, meta_rows[r][1]);
    }
    meta.write_string({2, 0}, "Planår");
    meta.write_number({2, 1}, 2025);

    auto& plan = w.add_sheet("Opfølgningsplan");
    const std::vector<std::pair<const char*, const char*>> row = {
        {"Tema", "GF1 Frafald"},
        {"Resultat/ændringsbehov", "Frafaldet faldt fra 19,8 % til 16,7 %"},
        {"Operationelt mål", "Under 14 % i 2026"},
        {"Indsats", "Plan B fra første dag"},
        {"Evaluering af effekt", "Hvert kvartal"},
        {"Ansvarlig", "Uddannelsesleder GF1"},
        {"Tidsplan", "2025 og 2026"},
        {"Status", "Videreføres"}};
    for (std::uint32_t c = 0; c < row.size(); ++c) {
        plan.write_string({0, c}, row[c].first);
        plan.write_string({1, c}, row[c].second);
    }

    auto& ind = w.add_sheet("Indikatorer");
    const char* heads[] = {"Indikator", "Enhed", "Polaritet", "Uddannelse/område",
                           "År",        "Værdi", "Landsplan"};
    for (std::uint32_t c = 0; c < 7; ++c) ind.write_string({0, c}, heads[c]);
    std::uint32_t r = 1;
    for (const auto& f : figures()) {
        ind.write_string({r, 0}, f.indicator);
        ind.write_string({r, 1}, f.unit);
        ind.write_string({r, 2}, f.polarity);
        ind.write_string({r, 3}, f.group);
        ind.write_number({r, 4}, f.year);
        ind.write_number({r, 5}, f.value);
        if (f.national) ind.write_number({r, 6}, *f.national);
        ++r;
    }
    w.save();
}

}  // namespace opfolg::test
