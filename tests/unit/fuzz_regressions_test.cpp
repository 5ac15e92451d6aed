// SPDX-License-Identifier: MIT
// Every seed and every input that ever crashed the fuzzer goes through the fuzzer's pipelines on
// every test run, as a workbook and as a Word document: it must read (and render every view as
// valid UTF-8) or be refused with opfolg::Error, nothing else.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "pipeline.h"
#include "test_support.h"

BOOST_AUTO_TEST_SUITE(fuzz_regressions)

BOOST_AUTO_TEST_CASE(reads_or_refuses_every_fuzz_input_cleanly) {
    static const opfolg::fuzz::Setup setup;
    std::size_t files = 0;
    for (const char* sub : {"corpus", "regressions"}) {
        std::filesystem::path dir = std::filesystem::path(OPFOLG_FUZZ_DIR) / sub;
        for (const auto& e : std::filesystem::directory_iterator(dir)) {
            if (!e.is_regular_file() || e.path().filename().string()[0] == '.') continue;
            ++files;
            try {
                opfolg::fuzz::run_pipeline(opfolg::test::read_bytes(e.path()), setup, {});
            } catch (const opfolg::Error& err) {
                BOOST_TEST(!err.reason().en.empty(), e.path());
            }
            try {
                opfolg::fuzz::run_document_pipeline(opfolg::test::read_bytes(e.path()), setup, {});
            } catch (const opfolg::Error& err) {
                BOOST_TEST(!err.reason().en.empty(), e.path());
            }
        }
    }
    BOOST_TEST(files >= 3u);
}

BOOST_AUTO_TEST_SUITE_END()
