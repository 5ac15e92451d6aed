// SPDX-License-Identifier: MIT
// main() of every Boost.Test suite; include it once, after defining BOOST_TEST_MODULE.
// Linux links Debian's shared Boost.Test; the Windows cross-build compiles Boost.Test into the
// suite from the headers (Debian ships no MinGW build of the library).
#pragma once

#define BOOST_TEST_NO_MAIN
#if defined(OPFOLG_BOOST_TEST_HEADER_ONLY)
#include <boost/test/included/unit_test.hpp>
#else
#include <boost/test/unit_test.hpp>
#endif

#include "test_support.h"

int main(int argc, char* argv[]) { return opfolg::test::run_suite(argc, argv); }
