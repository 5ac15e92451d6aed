// SPDX-License-Identifier: MIT
#include "core/platform/files.h"

#if defined(_WIN32)
#include <windows.h>
#elif defined(__linux__)
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

namespace {

#if defined(_WIN32)
/// MoveFileExW, the one call that renames atomically on NTFS (std::filesystem::rename differs
/// between C++ runtimes there), with its failure as an error_code of the portable kind.
std::error_code move_file(const std::filesystem::path& from, const std::filesystem::path& to,
                          bool replace) {
    DWORD flags = MOVEFILE_WRITE_THROUGH | (replace ? MOVEFILE_REPLACE_EXISTING : 0);
    if (MoveFileExW(from.c_str(), to.c_str(), flags)) return {};
    switch (GetLastError()) {
        case ERROR_ALREADY_EXISTS:
        case ERROR_FILE_EXISTS:
            return std::make_error_code(std::errc::file_exists);
        case ERROR_ACCESS_DENIED:
        case ERROR_SHARING_VIOLATION:  // open in Excel
        case ERROR_LOCK_VIOLATION:
        case ERROR_USER_MAPPED_FILE:
            return std::make_error_code(std::errc::permission_denied);
        default:
            return std::error_code(static_cast<int>(GetLastError()), std::system_category());
    }
}
#endif

}  // namespace

void replace_file(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::error_code ec;
#if defined(_WIN32)
    ec = move_file(from, to, true);
#else
    std::filesystem::rename(from, to, ec);  // rename(2): atomic
#endif
    if (!ec) return;
    std::error_code ignored;
    std::filesystem::remove(from, ignored);
    // Windows says "access denied" for a folder in the way as for a file open in Excel.
    if (std::filesystem::is_directory(to, ignored))
        throw Error(ErrorCode::io, to,
                    {"kan ikke gemme filen: der er en mappe med det navn",
                     "cannot save the file: a folder has that name"});
    if (ec == std::errc::permission_denied || ec == std::errc::read_only_file_system ||
        ec == std::errc::device_or_resource_busy || ec == std::errc::text_file_busy)
        throw Error(
            ErrorCode::io, to,
            {"kan ikke erstatte filen; er den åben i Excel, eller er mappen skrivebeskyttet?",
             "cannot replace the file; is it open in Excel, or is the folder read-only?"});
    throw Error(ErrorCode::io, to,
                {"kan ikke gemme filen: " + ec.message(), "cannot save the file: " + ec.message()});
}

bool locked_by_another_program(const std::filesystem::path& path) {
#if defined(_WIN32)
    HANDLE h = CreateFileW(path.c_str(), GENERIC_READ,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                           OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h != INVALID_HANDLE_VALUE) {
        CloseHandle(h);
        return false;
    }
    auto err = GetLastError();
    return err == ERROR_SHARING_VIOLATION || err == ERROR_LOCK_VIOLATION;
#else
    (void)path;
    return false;
#endif
}

void refuse_existing(const std::filesystem::path& target) {
    std::error_code ec;
    if (std::filesystem::exists(target, ec))
        throw Error(ErrorCode::output_exists, target,
                    {"filen findes allerede og erstattes ikke uden at du beder om det",
                     "the file exists already and is not replaced unless you ask for it"});
}

void move_new_file(const std::filesystem::path& from, const std::filesystem::path& to) {
#if defined(_WIN32)
    auto ec = move_file(from, to, false);
    if (!ec) return;
    std::error_code ignored;
    std::filesystem::remove(from, ignored);
    if (ec == std::errc::file_exists) refuse_existing(to);
    if (ec == std::errc::permission_denied)
        throw Error(ErrorCode::io, to,
                    {"kan ikke gemme filen; er mappen skrivebeskyttet?",
                     "cannot save the file; is the folder read-only?"});
    throw Error(ErrorCode::io, to,
                {"kan ikke gemme filen: " + ec.message(), "cannot save the file: " + ec.message()});
#elif defined(__linux__) && defined(RENAME_NOREPLACE)
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return;
    if (errno == EEXIST) {
        std::error_code ignored;
        std::filesystem::remove(from, ignored);
        refuse_existing(to);
    }
    // Filesystems without RENAME_NOREPLACE (EINVAL) fall back to check, then rename.
#endif
#if !defined(_WIN32)
    try {
        refuse_existing(to);
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(from, ignored);
        throw;
    }
    replace_file(from, to);
#endif
}

}  // namespace opfolg::platform
