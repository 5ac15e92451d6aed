// SPDX-License-Identifier: MIT
#include "core/platform/files.h"

#if defined(__linux__)
#include <cerrno>
#include <cstdio>  // renameat2 (glibc ≥ 2.28)
#include <fcntl.h>  // AT_FDCWD
#endif

#include <atomic>
#include <chrono>
#include <random>
#include <string>

#include "core/util/error.h"

namespace opfolg::platform {

std::filesystem::path temp_path_beside(const std::filesystem::path& target) {
    static std::atomic<unsigned> counter{0};
    std::random_device rd;
    auto stamp = static_cast<unsigned long long>(
        std::chrono::steady_clock::now().time_since_epoch().count());
    std::string name = ".~opfolg-" + std::to_string(rd()) + "-" + std::to_string(stamp % 1000000) +
                       "-" + std::to_string(counter++) + ".tmp";
    auto dir = target.parent_path();
    return dir.empty() ? std::filesystem::path(name) : dir / name;
}

std::filesystem::path scratch_folder_for(const std::filesystem::path& target) {
    std::error_code ec;
    auto tmp = std::filesystem::temp_directory_path(ec);
    if (!ec && std::filesystem::is_directory(tmp, ec)) return tmp;
    auto dir = target.parent_path();
    return dir.empty() ? std::filesystem::current_path(ec) : dir;
}

void replace_file(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::error_code ec;
    // std::filesystem::rename is rename(2) on POSIX and MoveFileExW(MOVEFILE_REPLACE_EXISTING)
    // with MSVC: both replace the target atomically.
    std::filesystem::rename(from, to, ec);
    if (!ec) return;
    std::error_code ignored;
    std::filesystem::remove(from, ignored);
    if (ec == std::errc::permission_denied || ec == std::errc::read_only_file_system ||
        ec == std::errc::device_or_resource_busy || ec == std::errc::text_file_busy)
        throw Error(
            ErrorCode::io, to,
            {"kan ikke erstatte filen; er den åben i Excel, eller er mappen skrivebeskyttet?",
             "cannot replace the file; is it open in Excel, or is the folder read-only?"});
    throw Error(ErrorCode::io, to,
                {"kan ikke gemme filen: " + ec.message(), "cannot save the file: " + ec.message()});
}

void refuse_existing(const std::filesystem::path& target) {
    std::error_code ec;
    if (std::filesystem::exists(target, ec))
        throw Error(ErrorCode::output_exists, target,
                    {"filen findes allerede og erstattes ikke uden at du beder om det",
                     "the file exists already and is not replaced unless you ask for it"});
}

void move_new_file(const std::filesystem::path& from, const std::filesystem::path& to) {
#if defined(__linux__) && defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return;
    if (errno == EEXIST) {
        std::error_code ignored;
        std::filesystem::remove(from, ignored);
        refuse_existing(to);
    }
    // Filesystems without RENAME_NOREPLACE (EINVAL) fall back to check, then rename.
#endif
    try {
        refuse_existing(to);
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(from, ignored);
        throw;
    }
    replace_file(from, to);
}

}  // namespace opfolg::platform
