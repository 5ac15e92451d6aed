// SPDX-License-Identifier: MIT
#include "core/platform/resources.h"

#if defined(_WIN32)
#include <windows.h>
#elif defined(__APPLE__)
#include <mach-o/dyld.h>
#endif

#include "core/platform/console.h"
#include "core/util/error.h"

namespace opfolg::platform {

std::filesystem::path executable_path() {
#if defined(_WIN32)
    wchar_t buf[32768];
    DWORD n = GetModuleFileNameW(nullptr, buf, 32768);
    return n ? std::filesystem::path(std::wstring(buf, n)) : std::filesystem::path();
#elif defined(__APPLE__)
    char buf[4096];
    uint32_t size = sizeof buf;
    return _NSGetExecutablePath(buf, &size) == 0 ? std::filesystem::path(buf)
                                                 : std::filesystem::path();
#else
    std::error_code ec;
    auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : p;
#endif
}

std::filesystem::path templates_dir() {
    if (auto env = environment_utf8("OPFOLG_TEMPLATES_DIR"); !env.empty())
        return path_from_utf8(env);
    auto exe = executable_path();
    if (!exe.empty()) {
        auto installed = exe.parent_path().parent_path() / "share" / "opfolg";
        std::error_code ec;
        if (std::filesystem::exists(installed / "plan-schema.json", ec)) return installed;
    }
    return path_from_utf8(OPFOLG_SOURCE_TEMPLATES_DIR);
}

}  // namespace opfolg::platform
