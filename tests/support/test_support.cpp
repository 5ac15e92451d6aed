// SPDX-License-Identifier: MIT
#include "test_support.h"

#if defined(_WIN32)
#include <windows.h>
#else
#include <sys/wait.h>
#endif
#include <zip.h>

#include <array>
#include <cctype>
#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>

#include "core/util/error.h"
#include "core/util/sha256.h"
#include "core/xlsx/zip_archive.h"

// Defined by BOOST_TEST_MODULE in each suite's main.cpp (with BOOST_TEST_NO_MAIN).
bool init_unit_test();

namespace opfolg::test {

TempDir::TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("opfolg-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
}

std::filesystem::path TempDir::operator/(const std::string& name) const { return path_ / u8(name); }

std::filesystem::path u8(const std::string& utf8) { return path_from_utf8(utf8); }

std::string quote(const std::filesystem::path& p) { return shell_quote(path_utf8(p)); }

TempDir::~TempDir() {
    std::error_code ec;
    // Restore write permission on anything a test made read-only, so removal succeeds.
    for (auto it = std::filesystem::recursive_directory_iterator(path_, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
        std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ec);
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path_, ec);
}

#if defined(_WIN32)
// Under Windows a command runs without a shell: CreateProcessW splits its line as every C
// runtime does (double quotes, a literal one doubled), the line goes over as UTF-16 so Danish file
// names survive, and no cmd.exe rewrites quotes. Leading NAME=value words, the one piece of shell
// syntax the suites use, set the child's environment.
std::string shell_quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

namespace {
std::wstring widen(const std::string& s) {
    int n = MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), nullptr, 0);
    std::wstring w(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), w.data(), n);
    return w;
}

bool is_variable_name(const std::string& s) {
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
    return true;
}

/// Sets a variable of this process (so the child inherits it) until scope exit.
class ChildVariable {
  public:
    ChildVariable(const std::string& name, const std::string& value) : name_(widen(name)) {
        wchar_t buf[32767];
        DWORD n = GetEnvironmentVariableW(name_.c_str(), buf, 32767);
        if (n > 0 && n < 32767) old_ = std::wstring(buf, n);
        SetEnvironmentVariableW(name_.c_str(), widen(value).c_str());
    }
    ~ChildVariable() { SetEnvironmentVariableW(name_.c_str(), old_ ? old_->c_str() : nullptr); }
    ChildVariable(const ChildVariable&) = delete;
    ChildVariable& operator=(const ChildVariable&) = delete;

  private:
    std::wstring name_;
    std::optional<std::wstring> old_;
};

HANDLE inheritable(const std::wstring& path, DWORD access, DWORD disposition) {
    SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
    HANDLE h = CreateFileW(path.c_str(), access, FILE_SHARE_READ | FILE_SHARE_WRITE, &sa,
                           disposition, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) throw std::runtime_error("cannot open a stream for a command");
    return h;
}
}  // namespace

RunResult run(const std::string& command) {
    std::string line = command;
    std::vector<std::unique_ptr<ChildVariable>> variables;
    for (;;) {
        auto space = line.find(' '), eq = line.find('=');
        if (space == std::string::npos || eq == std::string::npos || eq > space ||
            !is_variable_name(line.substr(0, eq)))
            break;
        variables.push_back(std::make_unique<ChildVariable>(line.substr(0, eq),
                                                            line.substr(eq + 1, space - eq - 1)));
        line.erase(0, space + 1);
    }
    TempDir tmp;
    auto out_file = tmp / "stdout";
    auto err_file = tmp / "stderr";
    HANDLE in = inheritable(L"NUL", GENERIC_READ, OPEN_EXISTING);
    HANDLE out = inheritable(out_file.wstring(), GENERIC_WRITE, CREATE_ALWAYS);
    HANDLE err = inheritable(err_file.wstring(), GENERIC_WRITE, CREATE_ALWAYS);
    STARTUPINFOW si{};
    si.cb = sizeof si;
    si.dwFlags = STARTF_USESTDHANDLES;
    si.hStdInput = in;
    si.hStdOutput = out;
    si.hStdError = err;
    PROCESS_INFORMATION pi{};
    std::wstring wline = widen(line);
    BOOL started = CreateProcessW(nullptr, wline.data(), nullptr, nullptr, TRUE, CREATE_NO_WINDOW,
                                  nullptr, nullptr, &si, &pi);
    CloseHandle(in);
    CloseHandle(out);
    CloseHandle(err);
    RunResult r;
    if (!started) {
        r.exit_code = 127;  // as a shell says "command not found"
        r.err = "cannot start: " + line;
        return r;
    }
    WaitForSingleObject(pi.hProcess, INFINITE);
    DWORD code = 0;
    GetExitCodeProcess(pi.hProcess, &code);
    CloseHandle(pi.hThread);
    CloseHandle(pi.hProcess);
    r.exit_code = static_cast<int>(code);
    // Console text ends its lines in CRLF under Windows; the suites compare lines.
    auto lines = [](std::string s) {
        std::string out;
        for (std::size_t i = 0; i < s.size(); ++i)
            if (!(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) out += s[i];
        return out;
    };
    r.out = lines(read_bytes(out_file));
    r.err = lines(read_bytes(err_file));
    return r;
}
#else
namespace {
std::string read_all(FILE* p) {
    std::string out;
    std::array<char, 4096> buf;
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
    return out;
}
}  // namespace

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

RunResult run(const std::string& command) {
    TempDir tmp;
    auto err_file = tmp / "stderr";
    std::string full = "(" + command + ") 2>" + shell_quote(err_file.string()) + " </dev/null";
    RunResult r;
    FILE* p = popen(full.c_str(), "r");
    if (!p) throw std::runtime_error("popen failed: " + command);
    r.out = read_all(p);
    int status = pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.err = read_bytes(err_file);
    return r;
}
#endif

void make_zip(const std::filesystem::path& out, const std::vector<ZipEntry>& entries) {
    int err = 0;
    zip_t* za = zip_open(path_utf8(out).c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!za) throw std::runtime_error("zip_open failed");
    for (const auto& e : entries) {
        zip_source_t* src = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
        zip_int64_t idx =
            zip_file_add(za, e.name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (idx < 0) throw std::runtime_error("zip_file_add failed: " + e.name);
        if (e.store) zip_set_file_compression(za, static_cast<zip_uint64_t>(idx), ZIP_CM_STORE, 0);
        if (!e.password.empty() && zip_file_set_encryption(za, static_cast<zip_uint64_t>(idx),
                                                           ZIP_EM_AES_256, e.password.c_str()) < 0)
            throw std::runtime_error("zip_file_set_encryption failed: " + e.name);
    }
    if (zip_close(za) < 0) throw std::runtime_error("zip_close failed");
}

unsigned get_u16(const std::string& bytes, std::size_t offset) {
    return static_cast<unsigned char>(bytes.at(offset)) |
           static_cast<unsigned>(static_cast<unsigned char>(bytes.at(offset + 1))) << 8;
}

void put_u16(std::string& bytes, std::size_t offset, unsigned value) {
    bytes.at(offset) = static_cast<char>(value & 0xFF);
    bytes.at(offset + 1) = static_cast<char>((value >> 8) & 0xFF);
}

void for_each_local_header(std::string& bytes, const std::function<void(std::size_t)>& f) {
    auto u32 = [&](std::size_t at) {
        return get_u16(bytes, at) | static_cast<std::uint32_t>(get_u16(bytes, at + 2)) << 16;
    };
    std::size_t at = 0;
    while (at + 30 <= bytes.size() && bytes.compare(at, 4, "PK\x03\x04") == 0) {
        if (get_u16(bytes, at + 6) & 0x08)
            throw std::runtime_error("for_each_local_header: data descriptors not supported");
        std::size_t next =
            at + 30 + get_u16(bytes, at + 26) + get_u16(bytes, at + 28) + u32(at + 18);
        f(at);
        at = next;
    }
}

std::vector<ZipEntry> minimal_workbook(const std::vector<std::string>& sheet_data,
                                       const std::map<std::string, std::string>& extra) {
    const std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    std::string sheets, rels;
    std::vector<ZipEntry> parts;
    for (std::size_t i = 0; i < sheet_data.size(); ++i) {
        auto n = std::to_string(i + 1);
        sheets += "<sheet name=\"Ark" + n + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rns +
                "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        parts.push_back({"xl/worksheets/sheet" + n + ".xml", "<worksheet xmlns=\"" + ns +
                                                                 "\"><sheetData>" + sheet_data[i] +
                                                                 "</sheetData></worksheet>"});
    }
    rels += "<Relationship Id=\"rSS\" Type=\"" + rns +
            "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    rels += "<Relationship Id=\"rST\" Type=\"" + rns + "/styles\" Target=\"styles.xml\"/>";
    std::map<std::string, std::string> all = {
        {"[Content_Types].xml",
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             rns +
             "/officeDocument\" Target=\"xl/workbook.xml\"/>"
             "</Relationships>"},
        {"xl/workbook.xml", "<workbook xmlns=\"" + ns + "\" xmlns:r=\"" + rns + "\"><sheets>" +
                                sheets + "</sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
             rels + "</Relationships>"},
        {"xl/sharedStrings.xml", "<sst xmlns=\"" + ns + "\"><si><t>Tekst</t></si></sst>"},
        {"xl/styles.xml",
         "<styleSheet xmlns=\"" + ns +
             "\"><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd-mm-yyyy\"/>"
             "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"10\"/>"
             "</cellXfs></styleSheet>"},
    };
    for (const auto& [k, v] : extra) all[k] = v;
    for (const auto& [k, v] : all) parts.push_back({k, v});
    return parts;
}

std::vector<ZipEntry> minimal_document(const std::string& body,
                                       const std::map<std::string, std::string>& extra) {
    const std::string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const std::string rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    std::string rels;
    for (const auto& [part, kind] :
         {std::pair<const char*, const char*>{"word/styles.xml", "styles"},
          {"word/numbering.xml", "numbering"}})
        if (extra.count(part))
            rels += std::string("<Relationship Id=\"r") + kind + "\" Type=\"" + rns + "/" + kind +
                    "\" Target=\"" + std::string(part).substr(5) + "\"/>";
    std::map<std::string, std::string> all = {
        {"[Content_Types].xml",
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {"_rels/.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             rns +
             "/officeDocument\" Target=\"word/document.xml\"/>"
             "</Relationships>"},
        {"word/document.xml",
         "<w:document xmlns:w=\"" + w + "\"><w:body>" + body + "</w:body></w:document>"},
        {"word/_rels/document.xml.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
             rels + "</Relationships>"},
    };
    for (const auto& [k, v] : extra) all[k] = v;
    std::vector<ZipEntry> parts;
    for (const auto& [k, v] : all) parts.push_back({k, v});
    return parts;
}

ScopedEnv::ScopedEnv(std::string name, const char* value) : name_(std::move(name)) {
    if (const char* old = std::getenv(name_.c_str())) had_ = true, old_ = old;
    apply(value);
}

ScopedEnv::~ScopedEnv() { apply(had_ ? old_.c_str() : nullptr); }

void ScopedEnv::apply(const char* value) {
#if defined(_WIN32)
    _putenv_s(name_.c_str(), value ? value : "");  // "" removes it
    // The C runtime's copy is not the one Win32 calls such as GetTempPathW read.
    SetEnvironmentVariableW(widen(name_).c_str(), value ? widen(value).c_str() : nullptr);
    if (name_ == "TZ") _tzset();
#else
    if (value)
        setenv(name_.c_str(), value, 1);
    else
        unsetenv(name_.c_str());
    if (name_ == "TZ") tzset();
#endif
}

std::map<std::string, std::string> zip_parts(const std::filesystem::path& zip) {
    xlsx::ZipArchive archive(zip, xlsx::ReadLimits{});
    std::map<std::string, std::string> parts;
    for (const auto& name : archive.names()) parts[name] = archive.read(name);
    return parts;
}

std::set<std::string> differing_parts(const std::filesystem::path& a,
                                      const std::filesystem::path& b) {
    auto pa = zip_parts(a), pb = zip_parts(b);
    std::set<std::string> out;
    for (const auto& [name, data] : pa)
        if (!pb.count(name) || pb[name] != data) out.insert(name);
    for (const auto& [name, data] : pb)
        if (!pa.count(name)) out.insert(name);
    return out;
}

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in || std::filesystem::is_directory(p))
        throw std::runtime_error("cannot read " + p.string());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_bytes(const std::filesystem::path& p, const std::string& data) {
    std::ofstream out(p, std::ios::binary);
    out << data;
    out.close();
    if (!out) throw std::runtime_error("cannot write " + p.string());
}

std::string sha256_of(const std::filesystem::path& p) { return sha256_hex(read_bytes(p)); }

// --- requirements ---------------------------------------------------------------------------

namespace {

// Asks the shell once per command: the answer does not change while a suite runs.
bool succeeds(const std::string& command) {
    static std::mutex m;
    static std::map<std::string, bool> known;
    std::lock_guard<std::mutex> lock(m);
    auto it = known.find(command);
    if (it == known.end()) it = known.emplace(command, run(command).exit_code == 0).first;
    return it->second;
}

// What was missing for the cases skipped in this run.
struct Skips {
    std::set<std::string> missing;     // requirement names
    std::set<std::string> missing_ci;  // of those, the ones CI must have
    std::set<std::string> cases;       // skipped test cases
};
Skips& skips() {
    static Skips s;
    return s;
}

}  // namespace

Requirement openpyxl() {
    return {"openpyxl (/usr/bin/python3 with python3-openpyxl)",
            [] { return succeeds("/usr/bin/python3 -c 'import openpyxl'"); }};
}

Requirement soffice() {
    return {"soffice (libreoffice-calc-nogui)", [] { return succeeds("command -v soffice"); }};
}

Requirement writer() {
    return {"LibreOffice Writer (libreoffice-writer-nogui)", [] {
                return succeeds(
                    "command -v soffice && test -e \"$(dirname \"$(readlink -f "
                    "\"$(command -v soffice)\")\")/libswlo.so\"");
            }};
}

Requirement python_docx() {
    return {"python-docx (/usr/bin/python3 with python3-docx)",
            [] { return succeeds("/usr/bin/python3 -c 'import docx'"); }};
}

Requirement unzip() {
    return {"unzip (unzip)", [] { return succeeds("command -v unzip"); }};
}

Requirement pdftotext() {
    return {"pdftotext and pdfinfo (poppler-utils)",
            [] { return succeeds("command -v pdftotext && command -v pdfinfo"); }};
}

Requirement imagemagick() {
    return {"import and identify (imagemagick)",
            [] { return succeeds("command -v import && command -v identify"); }};
}

Requirement folder(const std::filesystem::path& dir, const std::string& what) {
    return {what + " (" + dir.string() + ")", [dir] { return std::filesystem::is_directory(dir); },
            false};
}

bool in_ci() {
    const char* ci = std::getenv("CI");
    return ci && (std::strcmp(ci, "true") == 0 || std::strcmp(ci, "1") == 0);
}

needs::needs(std::string group, std::vector<Requirement> requirements)
    : group_(std::move(group)), requirements_(std::move(requirements)) {}

void needs::apply(boost::unit_test::test_unit& tu) {
    tu.add_label(needs_label);
    tu.add_label(group_);
    auto requirements = requirements_;
    std::string name = tu.full_name();
    tu.add_precondition([requirements, name](boost::unit_test::test_unit_id) {
        std::string missing;
        for (const auto& r : requirements)
            if (!r.present()) {
                missing += (missing.empty() ? "" : ", ") + r.name;
                skips().missing.insert(r.name);
                if (r.required_in_ci) skips().missing_ci.insert(r.name);
            }
        if (missing.empty()) return boost::test_tools::assertion_result(true);
        skips().cases.insert(name);
        boost::test_tools::assertion_result res(false);
        res.message() << "missing " << missing;
        return res;
    });
}

boost::unit_test::decorator::base_ptr needs::clone() const {
    return boost::unit_test::decorator::base_ptr(new needs(group_, requirements_));
}

int run_suite(int argc, char* argv[]) {
    int rc = boost::unit_test::unit_test_main(&init_unit_test, argc, argv);
    const Skips& s = skips();
    if (s.cases.empty()) return rc;
    std::cerr << "\n" << s.cases.size() << " test case(s) skipped, for want of:\n";
    for (const auto& m : s.missing) std::cerr << "  " << m << "\n";
    for (const auto& c : s.cases) std::cerr << "  skipped: " << c << "\n";
    if (in_ci() && !s.missing_ci.empty()) {
        std::cerr << "CI=true: every tool must be installed (installer/install-deps.sh); "
                     "failing\n";
        return rc != 0 ? rc : 1;
    }
    return rc != 0 ? rc : skip_exit_code;
}

std::filesystem::path soffice_convert(const std::filesystem::path& in,
                                      const std::filesystem::path& out_dir,
                                      const std::string& filter, const std::string& ext,
                                      const std::string& infilter) {
    std::filesystem::create_directories(out_dir);
    auto profile = out_dir / ".lo-profile";
    std::string cmd = "soffice --headless --norestore -env:UserInstallation=file://" +
                      profile.string() +
                      (infilter.empty() ? "" : " --infilter=" + shell_quote(infilter)) +
                      " --convert-to " + shell_quote(filter) + " --outdir " +
                      shell_quote(out_dir.string()) + " " + shell_quote(in.string());
    auto r = run(cmd);
    auto out = out_dir / (in.stem().string() + "." + ext);
    if (!std::filesystem::exists(out))
        throw std::runtime_error("LibreOffice did not convert " + in.string() + ": " + r.out +
                                 r.err);
    return out;
}

std::string pdf_text(const std::filesystem::path& pdf) {
    auto r = run("pdftotext -layout -enc UTF-8 " + shell_quote(pdf.string()) + " -");
    if (r.exit_code != 0)
        throw std::runtime_error("pdftotext failed on " + pdf.string() + ": " + r.err);
    return r.out;
}

int pdf_pages(const std::filesystem::path& pdf) {
    auto r = run("pdfinfo " + shell_quote(pdf.string()));
    auto at = r.out.find("Pages:");
    if (r.exit_code != 0 || at == std::string::npos)
        throw std::runtime_error("pdfinfo failed on " + pdf.string() + ": " + r.err);
    return std::stoi(r.out.substr(at + 6));
}

}  // namespace opfolg::test
