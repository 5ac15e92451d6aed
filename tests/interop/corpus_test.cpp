// SPDX-License-Identifier: MIT
// Workbooks saved by Microsoft Excel itself (../shared/corpus/excel-saved, never copied into the
// repository): for every cell, our reading equals openpyxl's.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "interop_support.h"
#include "test_support.h"

BOOST_AUTO_TEST_SUITE(excel_corpus)

BOOST_AUTO_TEST_CASE(reads_every_excel_saved_workbook_like_openpyxl) {
    std::filesystem::path dir = OPFOLG_CORPUS_DIR;
    if (!std::filesystem::is_directory(dir)) {
        BOOST_TEST_MESSAGE("skipped: corpus folder " << dir << " not present");
        return;
    }
    if (!opfolg::test::have_openpyxl()) {
        BOOST_TEST_MESSAGE("skipped: /usr/bin/python3 has no openpyxl");
        return;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".xlsx") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    BOOST_TEST_REQUIRE(!files.empty());
    for (const auto& f : files) opfolg::test::compare_with_openpyxl(f);
    BOOST_TEST_MESSAGE("compared " << files.size() << " Excel-saved workbooks");
}

BOOST_AUTO_TEST_SUITE_END()
