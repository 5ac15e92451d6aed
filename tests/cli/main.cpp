// SPDX-License-Identifier: MIT
#define BOOST_TEST_MODULE opfolg_cli
#include <boost/test/unit_test.hpp>
