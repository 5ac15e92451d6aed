// SPDX-License-Identifier: MIT
// What a command-line program needs to speak UTF-8 on every platform.
#pragma once

#include <string>
#include <vector>

namespace opfolg::platform {

/// The program's arguments as UTF-8, the program name first. On Windows main() receives them
/// in the ANSI code page, where "Tømrer og snedker" may already have lost its ø; the wide command
/// line is read instead. Elsewhere they are argv as given.
std::vector<std::string> utf8_arguments(int argc, char** argv);

/// Makes a Windows console show the UTF-8 text Opfølg writes (cmd.exe and PowerShell start in
/// the OEM code page, 850 in Denmark, and would print "Ã¸" for "ø"). No effect elsewhere, nor
/// when the output goes to a file or a pipe, which get the UTF-8 bytes as they are.
void use_utf8_console();

/// The value of environment variable `name` as UTF-8, or "" when unset (getenv is ANSI on
/// Windows).
std::string environment_utf8(const char* name);

}  // namespace opfolg::platform
