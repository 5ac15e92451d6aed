// SPDX-License-Identifier: MIT
#define BOOST_TEST_MODULE opfolg_interop
#include "suite_main.h"
