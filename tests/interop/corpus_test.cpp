// SPDX-License-Identifier: MIT
// Workbooks saved by Microsoft Excel itself (../shared/corpus/excel-saved, never copied into the
// repository): for every cell, our reading equals openpyxl's.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "interop_support.h"
#include "test_support.h"

BOOST_AUTO_TEST_SUITE(excel_corpus)

namespace t = opfolg::test;

BOOST_AUTO_TEST_CASE(reads_every_excel_saved_workbook_like_openpyxl,
                     *t::needs("corpus", {t::folder(OPFOLG_CORPUS_DIR, "the Excel-saved corpus"),
                                          t::openpyxl()})) {
    std::filesystem::path dir = OPFOLG_CORPUS_DIR;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".xlsx") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    BOOST_TEST_REQUIRE(!files.empty());
    std::size_t cells = 0, empty = 0;
    for (const auto& f : files) {
        std::size_t n = opfolg::test::compare_with_openpyxl(f);
        cells += n;
        empty += n == 0;
    }
    // Two of the reference files hold only data validation, no cell.
    BOOST_TEST(empty <= 2u);
    BOOST_TEST(cells > files.size());
    BOOST_TEST_MESSAGE("compared " << cells << " cells of " << files.size()
                                   << " Excel-saved workbooks");
}

BOOST_AUTO_TEST_SUITE_END()
