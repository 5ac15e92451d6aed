// SPDX-License-Identifier: MIT
#include "core/platform/console.h"

#include <cstdlib>

#if defined(_WIN32)
#include <windows.h>
#include <shellapi.h>
#endif

namespace opfolg::platform {

#if defined(_WIN32)
namespace {

std::string narrow(const wchar_t* w) {
    int n = WideCharToMultiByte(CP_UTF8, 0, w, -1, nullptr, 0, nullptr, nullptr);
    if (n <= 1) return {};
    std::string s(static_cast<std::size_t>(n - 1), '\0');
    WideCharToMultiByte(CP_UTF8, 0, w, -1, s.data(), n, nullptr, nullptr);
    return s;
}

std::wstring widen(const char* s) {
    int n = MultiByteToWideChar(CP_UTF8, 0, s, -1, nullptr, 0);
    if (n <= 1) return {};
    std::wstring w(static_cast<std::size_t>(n - 1), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, s, -1, w.data(), n);
    return w;
}

}  // namespace
#endif

std::vector<std::string> utf8_arguments(int argc, char** argv) {
#if defined(_WIN32)
    int n = 0;
    if (LPWSTR* wide = CommandLineToArgvW(GetCommandLineW(), &n)) {
        std::vector<std::string> args;
        for (int i = 0; i < n; ++i) args.push_back(narrow(wide[i]));
        LocalFree(wide);
        if (n == argc) return args;
    }
#endif
    return std::vector<std::string>(argv, argv + argc);
}

void use_utf8_console() {
#if defined(_WIN32)
    SetConsoleOutputCP(CP_UTF8);
#endif
}

std::string environment_utf8(const char* name) {
#if defined(_WIN32)
    const wchar_t* v = _wgetenv(widen(name).c_str());
    return v ? narrow(v) : std::string();
#else
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
#endif
}

}  // namespace opfolg::platform
