// SPDX-License-Identifier: MIT
#include "test_support.h"

#include <sys/wait.h>
#include <zip.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace opfolg::test {

TempDir::TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("opfolg-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
}

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
    std::array<char, 4096> buf;
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    int status = pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.err = read_bytes(err_file);
    return r;
}

void make_zip(const std::filesystem::path& out, const std::vector<ZipEntry>& entries) {
    int err = 0;
    zip_t* za = zip_open(out.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!za) throw std::runtime_error("zip_open failed");
    for (const auto& e : entries) {
        zip_source_t* src = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
        zip_int64_t idx =
            zip_file_add(za, e.name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (idx < 0) throw std::runtime_error("zip_file_add failed: " + e.name);
        if (e.store) zip_set_file_compression(za, static_cast<zip_uint64_t>(idx), ZIP_CM_STORE, 0);
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
        std::size_t next = at + 30 + get_u16(bytes, at + 26) + get_u16(bytes, at + 28) + u32(at + 18);
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

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_bytes(const std::filesystem::path& p, const std::string& data) {
    std::ofstream out(p, std::ios::binary);
    out << data;
}

std::string sha256_of(const std::filesystem::path& p) {
    auto r = run("sha256sum " + shell_quote(p.string()));
    return r.out.substr(0, 64);
}

bool have_openpyxl() {
    static int ok = -1;
    if (ok < 0) ok = run("/usr/bin/python3 -c 'import openpyxl'").exit_code == 0;
    return ok == 1;
}

bool have_soffice() {
    static int ok = -1;
    if (ok < 0) ok = run("command -v soffice").exit_code == 0;
    return ok == 1;
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

}  // namespace opfolg::test
