// SPDX-License-Identifier: MIT
// For the bad-input suites of every reader: what a refusal must look like, and the hostile
// containers they share.
#pragma once

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "core/util/error.h"

namespace opfolg::test {

/// Runs `read`, which must refuse `file` with opfolg::Error: one line in each language, naming
/// the file, with a reason in both. Returns that Error; fails the test when `read` succeeds.
template <class Read>
Error refusal_by(Read&& read, const std::filesystem::path& file) {
    try {
        read();
    } catch (const Error& e) {
        BOOST_TEST(e.describe(Lang::en).find(file.filename().string()) != std::string::npos);
        BOOST_TEST(e.describe(Lang::da).find('\n') == std::string::npos);
        BOOST_TEST(!e.reason().da.empty());
        BOOST_TEST(!e.reason().en.empty());
        return e;
    }
    BOOST_FAIL("expected " << file << " to be refused");
    throw std::logic_error("unreachable");
}

/// An OLE compound file – the container of .xls, .doc and password-protected OOXML – whose
/// directory names one stream (UTF-16, as CFB stores names).
inline std::string ole_container(const char* stream) {
    std::string bytes = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    bytes.resize(1024, '\0');
    for (const char* p = stream; *p; ++p) {
        bytes.push_back(*p);
        bytes.push_back('\0');
    }
    bytes.resize(2048, '\0');
    return bytes;
}

}  // namespace opfolg::test
