// SPDX-License-Identifier: MIT
// Every seed and every input that ever crashed the fuzzer is read on every test run, as a
// workbook and as a Word document: it must read or be refused with opfolg::Error, nothing else.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "core/docx/reader.h"
#include "core/util/error.h"
#include "core/xlsx/reader.h"

BOOST_AUTO_TEST_SUITE(fuzz_regressions)

BOOST_AUTO_TEST_CASE(reads_or_refuses_every_fuzz_input_cleanly) {
    std::size_t files = 0;
    for (const char* sub : {"corpus", "regressions"}) {
        std::filesystem::path dir = std::filesystem::path(OPFOLG_FUZZ_DIR) / sub;
        for (const auto& e : std::filesystem::directory_iterator(dir)) {
            if (!e.is_regular_file() || e.path().filename().string()[0] == '.') continue;
            ++files;
            try {
                opfolg::xlsx::read_workbook(e.path());
            } catch (const opfolg::Error& err) {
                BOOST_TEST(!err.reason().en.empty(), e.path());
            }
            try {
                opfolg::docx::read_document(e.path());
            } catch (const opfolg::Error& err) {
                BOOST_TEST(!err.reason().en.empty(), e.path());
            }
        }
    }
    BOOST_TEST(files >= 3u);
}

BOOST_AUTO_TEST_SUITE_END()
