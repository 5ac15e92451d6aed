// SPDX-License-Identifier: MIT
// Small helpers shared by the test suites: temporary folders, running programs, building zips.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace opfolg::test {

/// A fresh folder under the system temp dir, removed with everything in it at scope exit.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

  private:
    std::filesystem::path path_;
};

/// The result of running a command through the shell.
struct RunResult {
    int exit_code = -1;
    std::string out;  ///< standard output
    std::string err;  ///< standard error
};
/// Runs `command` with /bin/sh, capturing both streams.
RunResult run(const std::string& command);
/// Quotes `s` for /bin/sh.
std::string shell_quote(const std::string& s);

/// One zip entry for make_zip.
struct ZipEntry {
    std::string name;
    std::string data;
    bool store = false;  ///< no compression (so tests can corrupt bytes in place)
};
/// Writes a zip with exactly these entries (names not sanitised: for hostile fixtures).
void make_zip(const std::filesystem::path& out, const std::vector<ZipEntry>& entries);

/// Calls f(offset) for the local file header of every entry of the zip in `bytes`, in order (for
/// tests that give local headers what real producers write: other times, other versions).
/// Walks the headers from the start; entries with data descriptors are not supported.
void for_each_local_header(std::string& bytes, const std::function<void(std::size_t)>& f);
/// Little-endian 16-bit field at `offset` of `bytes`.
void put_u16(std::string& bytes, std::size_t offset, unsigned value);
unsigned get_u16(const std::string& bytes, std::size_t offset);

/// The parts of a minimal valid workbook around the given sheet XML bodies (inside <sheetData>);
/// extra parts (sharedStrings, styles) replace or extend the defaults.
std::vector<ZipEntry> minimal_workbook(const std::vector<std::string>& sheet_data,
                                       const std::map<std::string, std::string>& extra = {});

/// The parts of a minimal valid .docx around `body` (the XML inside <w:body>, with the w: prefix
/// bound); extra parts (word/styles.xml, word/numbering.xml) replace or extend the defaults, and
/// their relationships are declared.
std::vector<ZipEntry> minimal_document(const std::string& body,
                                       const std::map<std::string, std::string>& extra = {});

std::string read_bytes(const std::filesystem::path& p);
void write_bytes(const std::filesystem::path& p, const std::string& data);
/// SHA-256 of a file's bytes as hex (via sha256sum, present on every Debian machine).
std::string sha256_of(const std::filesystem::path& p);

/// Whether an external producer/consumer is installed (tests that need it skip otherwise, and
/// say so; CI installs everything, so nothing is skipped there).
bool have_openpyxl();
bool have_soffice();
/// Converts `in` with LibreOffice headless into `out_dir` as `filter` (e.g. "xlsx", "pdf",
/// "csv"); returns the produced file. A private profile folder keeps parallel runs apart.
/// `infilter` names the import filter when the input's own would be wrong ("HTML (StarWriter)"
/// opens HTML in Writer rather than Writer/Web, which cannot save .docx).
std::filesystem::path soffice_convert(const std::filesystem::path& in,
                                      const std::filesystem::path& out_dir,
                                      const std::string& filter, const std::string& ext,
                                      const std::string& infilter = {});

}  // namespace opfolg::test
