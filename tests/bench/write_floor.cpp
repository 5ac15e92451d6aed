// SPDX-License-Identifier: MIT
// The write floor: libxlsxwriter writing as many text and number cells as a consolidation of N
// synthetic workbooks writes (per workbook 40 plan rows × 19 columns of text and 40 indicator
// rows × 18 columns, one delta per indicator and group), with text of the same lengths and
// variety (so the shared string table is as large). Usage: opfolg_bench_write_floor N OUT.xlsx
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
    for (int i = 0; i < n * 40 * 19; ++i) texts.push_back(opfolg::bench::prose(text_rng, 50, 400));
    auto start = std::chrono::steady_clock::now();
    std::size_t t = 0;
    lxw_workbook* wb = workbook_new(argv[2]);
    lxw_worksheet* plan = workbook_add_worksheet(wb, "Plan");
    lxw_worksheet* ind = workbook_add_worksheet(wb, "Indikatorer");
    lxw_row_t pr = 0, ir = 0;
    for (int i = 0; i < n; ++i) {
        for (int r = 0; r < 40; ++r, ++pr)
            for (lxw_col_t c = 0; c < 19; ++c)
                worksheet_write_string(plan, pr, c, texts[t++].c_str(), nullptr);
        for (int r = 0; r < 40; ++r, ++ir)
            for (lxw_col_t c = 0; c < 18; ++c)
                c % 2 ? worksheet_write_number(ind, ir, c, r * 1.5, nullptr)
                      : worksheet_write_string(ind, ir, c, "Frafald 3 mdr. GF2", nullptr);
    }
    bool ok = workbook_close(wb) == LXW_NO_ERROR;
    std::printf("write_seconds=%.3f\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    return ok ? 0 : 1;
}
