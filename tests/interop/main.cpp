// SPDX-License-Identifier: MIT
#define BOOST_TEST_MODULE opfolg_interop
#include <boost/test/unit_test.hpp>
