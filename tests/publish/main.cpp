// SPDX-License-Identifier: MIT
#define BOOST_TEST_MODULE opfolg publish browser tests
#include "suite_main.h"
