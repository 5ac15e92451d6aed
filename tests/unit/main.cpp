// SPDX-License-Identifier: MIT
#define BOOST_TEST_MODULE opfolg_unit
#include "suite_main.h"
