// SPDX-License-Identifier: MIT
// Small helpers shared by the test suites: temporary folders, running programs, building zips.
#pragma once

#include <boost/test/tree/decorator.hpp>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
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
    /// `name` is UTF-8 (a narrow path would pass through Windows' ANSI code page).
    std::filesystem::path operator/(const std::string& name) const;

  private:
    std::filesystem::path path_;
};

/// A path from UTF-8 text, on every platform: test sources spell Danish file names in UTF-8,
/// which std::filesystem::path(const char*) would read in Windows' ANSI code page.
std::filesystem::path u8(const std::string& utf8);

/// The result of running a command through the shell.
struct RunResult {
    int exit_code = -1;
    std::string out;  ///< standard output
    std::string err;  ///< standard error
};
/// Runs `command` with /bin/sh (under Windows: CreateProcessW, leading NAME=value words setting
/// its environment), capturing both streams.
RunResult run(const std::string& command);
/// Quotes `s` for /bin/sh (under Windows: for a C runtime's command-line parsing).
std::string shell_quote(const std::string& s);
/// A path quoted as shell_quote does, spelled in UTF-8 on every platform.
std::string quote(const std::filesystem::path& p);

/// One zip entry for make_zip.
struct ZipEntry {
    ZipEntry(std::string name_, std::string data_, bool store_ = false, std::string password_ = {})
        : name(std::move(name_)),
          data(std::move(data_)),
          store(store_),
          password(std::move(password_)) {}
    std::string name;
    std::string data;
    bool store = false;    ///< no compression (so tests can corrupt bytes in place)
    std::string password;  ///< encrypt the entry (WinZip AES-256) with this password
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

/// Sets (or with nullptr unsets) an environment variable until scope exit, then restores it;
/// TZ takes effect at once (tzset).
class ScopedEnv {
  public:
    ScopedEnv(std::string name, const char* value);
    ~ScopedEnv();
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

  private:
    void apply(const char* value);
    std::string name_;
    bool had_ = false;
    std::string old_;
};

/// Every part of a zip package by name, inflated by the core's reader.
std::map<std::string, std::string> zip_parts(const std::filesystem::path& zip);
/// Names of the parts two packages hold differently (or only one of them holds).
std::set<std::string> differing_parts(const std::filesystem::path& a,
                                      const std::filesystem::path& b);

/// A file's bytes; throws when it cannot be read (a missing file is never "").
std::string read_bytes(const std::filesystem::path& p);
/// Writes `data` as the whole file; throws when it cannot be written.
void write_bytes(const std::filesystem::path& p, const std::string& data);
/// SHA-256 of a file's bytes as hex, by the core's own SHA-256 (core/util/sha256.h).
std::string sha256_of(const std::filesystem::path& p);

// --- what a test needs beyond the core --------------------------------------------------------

/// Something a test case needs that the machine may lack: an external producer or consumer, or
/// a folder of reference files.
struct Requirement {
    std::string name;               ///< as reported: "openpyxl (python3-openpyxl)"
    std::function<bool()> present;  ///< asked once per test case that needs it
    bool required_in_ci = true;     ///< CI=true fails the run when it is missing
};
/// Debian's python3 with openpyxl (python3-openpyxl).
Requirement openpyxl();
/// LibreOffice's soffice (libreoffice-calc-nogui).
Requirement soffice();
/// LibreOffice with Writer, to convert HTML to .docx (libreoffice-writer-nogui).
Requirement writer();
/// Debian's python3 with python-docx (python3-docx).
Requirement python_docx();
/// Info-ZIP's unzip, an independent judge of a zip's soundness (unzip).
Requirement unzip();
/// pdftotext and pdfinfo (poppler-utils).
Requirement pdftotext();
/// ImageMagick's import and identify (imagemagick).
Requirement imagemagick();
/// A folder of reference files that is never part of the repository (so never required in CI).
Requirement folder(const std::filesystem::path& dir, const std::string& what);

/// Whether the environment says CI=true (then a missing requirement fails the run).
bool in_ci();

/// A Boost.Test decorator for a case that needs `requirements`: it labels the case with
/// `group` (each group is its own ctest entry, see opfolg_test_suite in tests/CMakeLists.txt)
/// and skips it, naming what is missing, unless everything is present. A suite with a skipped
/// case exits with skip_exit_code (ctest: Skipped), or fails under CI=true (see run_suite).
///   BOOST_AUTO_TEST_CASE(reads_like_openpyxl, *t::needs("openpyxl", {t::openpyxl()}))
class needs : public boost::unit_test::decorator::base {
  public:
    needs(std::string group, std::vector<Requirement> requirements);

  private:
    void apply(boost::unit_test::test_unit& tu) override;
    boost::unit_test::decorator::base_ptr clone() const override;

    std::string group_;
    std::vector<Requirement> requirements_;
};

/// The label every case with requirements carries besides its group's.
inline constexpr const char* needs_label = "needs";
/// ctest's SKIP_RETURN_CODE for every suite.
inline constexpr int skip_exit_code = 77;

/// main() of every suite: runs Boost.Test, then turns "passed, but some case was skipped for a
/// missing requirement" into skip_exit_code, or into a failure under CI=true.
int run_suite(int argc, char* argv[]);
/// Converts `in` with LibreOffice headless into `out_dir` as `filter` (e.g. "xlsx", "pdf",
/// "csv"); returns the produced file. A private profile folder keeps parallel runs apart.
/// `infilter` names the import filter when the input's own would be wrong ("HTML (StarWriter)"
/// opens HTML in Writer rather than Writer/Web, which cannot save .docx).
std::filesystem::path soffice_convert(const std::filesystem::path& in,
                                      const std::filesystem::path& out_dir,
                                      const std::string& filter, const std::string& ext,
                                      const std::string& infilter = {});

/// The text of a PDF as pdftotext lays it out (needs pdftotext()); throws when it fails.
std::string pdf_text(const std::filesystem::path& pdf);
/// The page count pdfinfo reports (needs pdftotext()); throws when it fails.
int pdf_pages(const std::filesystem::path& pdf);

}  // namespace opfolg::test
