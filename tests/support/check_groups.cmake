# SPDX-License-Identifier: MIT
# ctest entry <suite>-groups: the groups a suite's cases carry (opfolg::test::needs) must be
# exactly the GROUPS its opfolg_test_suite call lists, or some case would run in no ctest entry.
# Usage: cmake -DSUITE=<test executable> -DGROUPS=<a;b> -P check_groups.cmake
# Boost.Test prints the list on standard error.
execute_process(COMMAND ${SUITE} --list_labels OUTPUT_VARIABLE ignored ERROR_VARIABLE out
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${SUITE} --list_labels failed (${rc}): ${out}")
endif()
string(REPLACE "\n" ";" lines "${out}")
set(found)
foreach(line IN LISTS lines)
  string(STRIP "${line}" label)
  if(label STREQUAL "" OR label MATCHES "^Available labels" OR label STREQUAL "needs")
    continue()
  endif()
  list(APPEND found "${label}")
endforeach()
list(SORT found)
set(expected ${GROUPS})
list(SORT expected)
if(NOT "${found}" STREQUAL "${expected}")
  message(FATAL_ERROR "groups in the code: [${found}]; in tests/**/CMakeLists.txt: [${expected}]")
endif()
message(STATUS "groups: [${found}]")
