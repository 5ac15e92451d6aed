// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/xlsx/limits.h"
#include "core/xlsx/package_kind.h"

namespace opfolg::xlsx {

/// A read-only zip package held in memory, checked before anything is inflated: container
/// sniffing (OLE/CFB, ODS), entry names, declared sizes and ratios; every read enforces the
/// caps again on the real inflated bytes. Throws opfolg::Error naming the file and entry; `kind`
/// picks the words for a file of another kind (a .doc renamed to .docx, an .ods to .xlsx).
class ZipArchive {
  public:
    /// Reads `path` whole (after a size check) and opens it as a zip package.
    ZipArchive(const std::filesystem::path& path, const ReadLimits& limits,
               PackageKind kind = PackageKind::workbook);
    /// Opens an in-memory copy of a file; `path` is used in messages only.
    ZipArchive(std::string bytes, std::filesystem::path path, const ReadLimits& limits,
               PackageKind kind = PackageKind::workbook);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    /// True when the package holds an entry called `name` (compared case-insensitively, as
    /// OPC part names are).
    bool contains(const std::string& name) const;
    /// The inflated bytes of `name`; throws missing_part when absent.
    std::string read(const std::string& name);
    /// The inflated bytes of `name`, or nullopt when absent.
    std::optional<std::string> read_optional(const std::string& name);
    /// Names of all entries, in central-directory order.
    const std::vector<std::string>& names() const { return names_; }
    const std::filesystem::path& path() const { return path_; }

  private:
    struct Impl;
    void open();
    std::optional<std::uint64_t> locate(const std::string& name) const;

    std::string bytes_;
    std::filesystem::path path_;
    ReadLimits limits_;
    PackageKind kind_;
    std::unique_ptr<Impl> impl_;
    std::vector<std::string> names_;
    std::uint64_t inflated_total_ = 0;
};

/// Reads a whole file into memory, refusing more than `max_size` bytes.
std::string read_file_capped(const std::filesystem::path& path, std::uint64_t max_size);

}  // namespace opfolg::xlsx
