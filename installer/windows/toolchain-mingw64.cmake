# SPDX-License-Identifier: MIT
# Cross-compiling for Windows x64 on Debian with MinGW-w64 (posix threads, for std::thread).
# OPFOLG_MINGW_PREFIX is the folder installer/windows/deps.sh installs the libraries into.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(triple x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${triple}-gcc-posix)
set(CMAKE_CXX_COMPILER ${triple}-g++-posix)
set(CMAKE_RC_COMPILER ${triple}-windres)

# Passed on to try_compile projects, which re-read this file.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES OPFOLG_MINGW_PREFIX)

set(CMAKE_FIND_ROOT_PATH /usr/${triple} ${OPFOLG_MINGW_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Only the prefix's .pc files, and their static link lines (every library is static).
set(ENV{PKG_CONFIG_LIBDIR} "${OPFOLG_MINGW_PREFIX}/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(PKG_CONFIG_ARGN --static)

# Nothing beyond Windows' own DLLs: the C and C++ runtimes and winpthreads are linked in.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")

# Under ctest, the suites run under Wine.
find_program(OPFOLG_WINE NAMES wine wine64)
if(OPFOLG_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${OPFOLG_WINE})
endif()
