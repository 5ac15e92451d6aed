// SPDX-License-Identifier: MIT
// The write floor: libxlsxwriter writing the cells a consolidation of N synthetic workbooks
// writes (per workbook 40 plan rows × 19 columns, 8 of them prose of 50–400 characters as the
// generator writes, and 40 indicator rows × 18 columns, one delta per indicator and group), in
// the constant-memory mode consolidation writes in (rows in order, text inline).
// Usage: opfolg_bench_write_floor N OUT.xlsx
#include <xlsxwriter.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "prose.h"

int main(int argc, char** argv) {
    if (argc != 3) return 64;
    int n = std::atoi(argv[1]);
    // The text is made before the clock starts: the floor is libxlsxwriter's work alone.
    std::mt19937 text_rng(1);
    std::vector<std::string> texts;
    for (int i = 0; i < n * 40 * 8; ++i) texts.push_back(opfolg::bench::prose(text_rng, 50, 400));
    const char* short_texts[] = {"A12-7", "Tema 3", "Læringskvalitet", "", "Frafald 3 mdr. GF2"};
    const std::string source = "Opfølgningsplan Afdeling 12.xlsx › Opfølgningsplan!8";
    auto start = std::chrono::steady_clock::now();
    std::size_t t = 0;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(argv[2], &options);
    lxw_worksheet* plan = workbook_add_worksheet(wb, "Plan");
    lxw_worksheet* ind = workbook_add_worksheet(wb, "Indikatorer");
    // Styled and heightened as the board's cells and rows are.
    lxw_format* text = workbook_add_format(wb);
    format_set_text_wrap(text);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    lxw_row_t pr = 0, ir = 0;
    for (int i = 0; i < n; ++i) {
        for (int r = 0; r < 40; ++r, ++pr) {
            worksheet_set_row(plan, pr, 150, nullptr);
            lxw_col_t c = 0;
            for (; c < 5; ++c)
                if (c == 3)
                    worksheet_write_string(plan, pr, c, texts[t++].c_str(), text);
                else
                    worksheet_write_string(plan, pr, c, short_texts[c], text);
            for (; c < 12; ++c) worksheet_write_string(plan, pr, c, texts[t++].c_str(), text);
            worksheet_write_string(plan, pr, c++, "Skoleåret 2025/2026", text);
            worksheet_write_number(plan, pr, c++, 45870, text);  // start and end dates
            worksheet_write_number(plan, pr, c++, 46203, text);
            worksheet_write_string(plan, pr, c++, "Videreføres", text);
            worksheet_write_blank(plan, pr, c++, text);  // remarks
            worksheet_write_string(plan, pr, c++, "Afdeling 12", text);
            worksheet_write_string(plan, pr, c++, source.c_str(), text);
        }
        for (int r = 0; r < 40; ++r, ++ir)
            for (lxw_col_t c = 0; c < 18; ++c)
                c % 2 ? worksheet_write_number(ind, ir, c, r * 1.5, text)
                      : worksheet_write_string(ind, ir, c, "Frafald 3 mdr. GF2", text);
    }
    bool ok = workbook_close(wb) == LXW_NO_ERROR;
    std::printf("write_seconds=%.3f\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    return ok ? 0 : 1;
}
