// SPDX-License-Identifier: MIT
#define BOOST_TEST_MODULE opfolg_cli
#include "suite_main.h"
