// SPDX-License-Identifier: MIT
// The write floor: libxlsxwriter writing as many text and number cells as a consolidation of N
// synthetic workbooks writes (40 plan rows × 17 columns and 120 indicator rows × 18 columns
// each), with the same text lengths. Usage: opfolg_bench_write_floor N OUT.xlsx
#include <xlsxwriter.h>

#include <cstdlib>
#include <random>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) return 64;
    int n = std::atoi(argv[1]);
    lxw_workbook* wb = workbook_new(argv[2]);
    lxw_worksheet* plan = workbook_add_worksheet(wb, "Plan");
    lxw_worksheet* ind = workbook_add_worksheet(wb, "Indikatorer");
    std::mt19937 rng(1);
    std::uniform_int_distribution<std::size_t> len(50, 400);
    std::string text(400, 'x');
    lxw_row_t pr = 0, ir = 0;
    for (int i = 0; i < n; ++i) {
        for (int r = 0; r < 40; ++r, ++pr)
            for (lxw_col_t c = 0; c < 17; ++c) worksheet_write_string(plan, pr, c, text.substr(0, len(rng)).c_str(), nullptr);
        for (int r = 0; r < 120; ++r, ++ir)
            for (lxw_col_t c = 0; c < 18; ++c)
                c % 2 ? worksheet_write_number(ind, ir, c, r * 1.5, nullptr) : worksheet_write_string(ind, ir, c, "Frafald 3 mdr. GF2", nullptr);
    }
    return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
