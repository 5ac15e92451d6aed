// SPDX-License-Identifier: MIT
// The file-system operations whose semantics differ between Windows and POSIX live here.
#pragma once

#include <filesystem>

namespace opfolg::platform {

/// A fresh name for a temporary file in the same folder as `target` (so a rename is atomic).
std::filesystem::path temp_path_beside(const std::filesystem::path& target);

/// Where a library may put scratch files while `target` is written: the system's temporary
/// folder (%TEMP% on Windows; a libxlsxwriter built on the C runtime's tmpfile() would try the
/// drive's root there and be refused), else the target's own folder.
std::filesystem::path scratch_folder_for(const std::filesystem::path& target);

/// Moves `from` over `to` atomically (rename(2); MoveFileEx with REPLACE_EXISTING on Windows).
/// On failure `to` is untouched and opfolg::Error explains why in plain words (a file open in
/// Excel is locked on Windows; a read-only folder refuses the rename).
void replace_file(const std::filesystem::path& from, const std::filesystem::path& to);

/// Moves `from` to `to` only if `to` does not exist, atomically (renameat2 RENAME_NOREPLACE on
/// Linux, MoveFileEx without REPLACE_EXISTING on Windows), so that a file created meanwhile is
/// never replaced. Throws opfolg::Error (output_exists when `to` exists); `to` is untouched.
void move_new_file(const std::filesystem::path& from, const std::filesystem::path& to);

/// Whether another program holds `path` open so that it cannot be read (Windows: a sharing or
/// lock violation; Excel itself allows reading, other programs may not). False elsewhere.
bool locked_by_another_program(const std::filesystem::path& path);

/// Throws opfolg::Error (output_exists) naming `target` when it exists already.
void refuse_existing(const std::filesystem::path& target);

}  // namespace opfolg::platform
