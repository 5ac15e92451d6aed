// SPDX-License-Identifier: MIT
#define BOOST_TEST_MODULE opfolg_cli
#define BOOST_TEST_NO_MAIN
#include <boost/test/unit_test.hpp>

#include "test_support.h"

int main(int argc, char* argv[]) { return opfolg::test::run_suite(argc, argv); }
