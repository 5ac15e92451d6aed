// SPDX-License-Identifier: MIT
#include "core/xlsx/zip_archive.h"

#include <fmt/format.h>
#include <zip.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>

#include "core/platform/files.h"
#include "core/util/error.h"

namespace opfolg::xlsx {

namespace {

// Zip entry names that could escape a folder if anyone ever extracted them: refuse the package.
bool unsafe_name(const std::string& n) {
    if (n.empty() || n[0] == '/' || n[0] == '\\') return true;
    if (n.size() >= 2 && n[1] == ':') return true;
    std::size_t start = 0;
    while (start <= n.size()) {
        std::size_t end = n.find_first_of("/\\", start);
        if (end == std::string::npos) end = n.size();
        if (n.compare(start, end - start, "..") == 0) return true;
        start = end + 1;
    }
    return false;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// A part that inflates to a lot (limits.ratio_grace_size) *and* far more than it occupies
// (limits.max_inflate_ratio): together the mark of a bomb. Either alone is ordinary: a big
// sheet of repeated rows compresses well, and a small part may compress a thousandfold.
bool suspicious_ratio(std::uint64_t inflated, std::uint64_t compressed, const ReadLimits& limits) {
    return inflated > limits.ratio_grace_size &&
           static_cast<double>(inflated) >
               limits.max_inflate_ratio * static_cast<double>(std::max<std::uint64_t>(compressed, 1));
}

std::string mib(std::uint64_t bytes) { return fmt::format("{:.0f} MiB", bytes / 1048576.0); }

}  // namespace

struct ZipArchive::Impl {
    zip_t* zip = nullptr;
    ~Impl() {
        if (zip) zip_discard(zip);
    }
};

std::string read_file_capped(const std::filesystem::path& path, std::uint64_t max_size) {
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        throw Error(ErrorCode::io, path, {"filen findes ikke", "the file does not exist"});
    if (std::filesystem::is_directory(status))
        throw Error(ErrorCode::io, path, {"er en mappe, ikke en fil", "is a folder, not a file"});
    auto size = std::filesystem::file_size(path, ec);
    if (ec) throw Error(ErrorCode::io, path, {"kan ikke læses", "cannot be read"});
    if (size > max_size)
        throw Error(
            ErrorCode::too_large, path,
            {fmt::format("filen er for stor ({}; grænsen er {})", mib(size), mib(max_size)),
             fmt::format("the file is too large ({}; the limit is {})", mib(size), mib(max_size))});
    std::ifstream in(path, std::ios::binary);
    if (!in && platform::locked_by_another_program(path))
        throw Error(ErrorCode::io, path,
                    {"filen er åben i et andet program, der ikke lader andre læse den; luk den "
                     "dér og prøv igen",
                     "the file is open in another program that does not let others read it; "
                     "close it there and try again"});
    if (!in) throw Error(ErrorCode::io, path, {"kan ikke åbnes", "cannot be opened"});
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uint64_t>(in.gcount()) != size)
        throw Error(ErrorCode::io, path, {"kan ikke læses helt", "cannot be read completely"});
    return bytes;
}

ZipArchive::ZipArchive(const std::filesystem::path& path, const ReadLimits& limits,
                       PackageKind kind)
    : ZipArchive(read_file_capped(path, limits.max_file_size), path, limits, kind) {}

ZipArchive::ZipArchive(std::string bytes, std::filesystem::path path, const ReadLimits& limits,
                       PackageKind kind)
    : bytes_(std::move(bytes)), path_(std::move(path)), limits_(limits), kind_(kind) {
    open();
}

ZipArchive::~ZipArchive() = default;

void ZipArchive::open() {
    if (bytes_.empty())
        throw Error(ErrorCode::empty_file, path_,
                    {"filen er tom (0 byte)", "the file is empty (0 bytes)"});
    if (bytes_.size() > limits_.max_file_size)
        throw Error(ErrorCode::too_large, path_, {"filen er for stor", "the file is too large"});
    refuse_foreign_container(bytes_, path_, kind_);

    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t* src = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &zerr);
    if (!src) {
        zip_error_fini(&zerr);
        throw Error(ErrorCode::io, path_, {"ikke nok hukommelse", "out of memory"});
    }
    impl_ = std::make_unique<Impl>();
    // No ZIP_CHECKCONS: it refuses packages whose local headers differ from the central
    // directory in harmless ways (times, "version needed"), which Excel 2007 and LibreOffice
    // write and every other reader accepts. The checks that matter are made below and on every
    // read: names (unsafe, duplicate, case-equivalent), sizes and ratios, CRCs.
    impl_->zip = zip_open_from_source(src, ZIP_RDONLY, &zerr);
    if (!impl_->zip) {
        int code = zip_error_code_zip(&zerr);
        zip_source_free(src);
        zip_error_fini(&zerr);
        if (code == ZIP_ER_NOZIP)
            throw Error(ErrorCode::truncated, path_,
                        {"zip-pakken er afkortet eller beskadiget (indholdsfortegnelsen mangler)",
                         "the zip package is truncated or damaged (no central directory)"});
        throw Error(
            ErrorCode::truncated, path_,
            {"zip-pakken er beskadiget eller afkortet", "the zip package is damaged or truncated"});
    }
    zip_error_fini(&zerr);

    zip_int64_t n = zip_get_num_entries(impl_->zip, 0);
    if (n < 0 || static_cast<std::uint64_t>(n) > limits_.max_entries)
        throw Error(ErrorCode::too_large, path_,
                    {"zip-pakken har for mange filer", "the zip package has too many entries"});
    std::uint64_t declared_total = 0;
    std::map<std::string, std::string> folded;  // lower-cased name → the entry spelling it
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(impl_->zip, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS, &st) != 0 ||
            !st.name)
            throw Error(ErrorCode::truncated, path_,
                        {"zip-pakken er beskadiget", "the zip package is damaged"});
        std::string name = st.name;
        if (unsafe_name(name))
            throw Error(ErrorCode::unsafe_entry, path_,
                        {"zip-pakken indeholder et farligt filnavn",
                         "the zip package holds an unsafe entry name"},
                        name);
        // OPC compares part names case-insensitively (ECMA-376 Part 2, §6.2.2.3): two entries
        // that differ only in case (or not at all) are one part twice, and which one a reader
        // takes is arbitrary. .NET refuses such a package; so do we, naming both.
        auto [seen, fresh] = folded.emplace(lower(name), name);
        if (!fresh)
            throw Error(ErrorCode::duplicate_entry, path_,
                        {fmt::format("zip-pakken indeholder både \"{}\" og \"{}\"; delnavne må "
                                     "ikke kun adskille sig ved store og små bogstaver",
                                     seen->second, name),
                         fmt::format("the zip package holds both \"{}\" and \"{}\"; part names "
                                     "must not differ only in case",
                                     seen->second, name)},
                        name);
        if ((st.valid & ZIP_STAT_SIZE) && st.size > limits_.max_part_size)
            throw Error(ErrorCode::zip_bomb, path_,
                        {fmt::format("delen fylder {} udpakket; grænsen er {}", mib(st.size),
                                     mib(limits_.max_part_size)),
                         fmt::format("the part inflates to {}; the limit is {}", mib(st.size),
                                     mib(limits_.max_part_size))},
                        name);
        if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) &&
            suspicious_ratio(st.size, st.comp_size, limits_))
            throw Error(ErrorCode::zip_bomb, path_,
                        {"mistænkelig komprimering (zip-bombe); filen afvises",
                         "suspicious compression ratio (zip bomb); the file is refused"},
                        name);
        declared_total += (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
        names_.push_back(std::move(name));
    }
    if (declared_total > limits_.max_total_inflated)
        throw Error(ErrorCode::zip_bomb, path_,
                    {"zip-pakken fylder for meget udpakket (zip-bombe)",
                     "the zip package inflates to too much (zip bomb)"});

    if (auto mime = read_optional("mimetype")) refuse_opendocument(*mime, path_, kind_);
}

std::optional<std::uint64_t> ZipArchive::locate(const std::string& name) const {
    std::string want = lower(name);
    if (!want.empty() && want[0] == '/') want.erase(0, 1);
    for (std::size_t i = 0; i < names_.size(); ++i)
        if (lower(names_[i]) == want) return i;
    return std::nullopt;
}

bool ZipArchive::contains(const std::string& name) const { return locate(name).has_value(); }

std::string ZipArchive::read(const std::string& name) {
    auto part = read_optional(name);
    if (!part) throw Error(ErrorCode::missing_part, path_, missing_part_text(kind_), name);
    return std::move(*part);
}

std::optional<std::string> ZipArchive::read_optional(const std::string& name) {
    auto index = locate(name);
    if (!index) return std::nullopt;
    const std::string& entry = names_[*index];
    zip_stat_t st;
    zip_stat_init(&st);
    zip_stat_index(impl_->zip, *index, 0, &st);
    zip_file_t* f = zip_fopen_index(impl_->zip, *index, 0);
    if (!f) {
        int code = zip_error_code_zip(zip_get_error(impl_->zip));
        if (code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_NOPASSWD)
            throw Error(ErrorCode::encrypted, path_,
                        {"delen er krypteret", "the part is encrypted"}, entry);
        throw Error(ErrorCode::corrupt, path_,
                    {"delen kan ikke pakkes ud (ukendt komprimering eller beskadiget)",
                     "the part cannot be inflated (unknown compression or damaged)"},
                    entry);
    }
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> guard(f, zip_fclose);
    std::string out;
    if (st.valid & ZIP_STAT_SIZE)
        out.reserve(
            static_cast<std::size_t>(std::min<zip_uint64_t>(st.size, limits_.max_part_size)));
    char buf[65536];
    for (;;) {
        zip_int64_t got = zip_fread(f, buf, sizeof buf);
        if (got < 0) {
            int code = zip_error_code_zip(zip_file_get_error(f));
            if (code == ZIP_ER_CRC)
                throw Error(ErrorCode::corrupt, path_,
                            {"kontrolsummen (CRC) passer ikke; filen er beskadiget",
                             "checksum (CRC) mismatch; the file is damaged"},
                            entry);
            throw Error(ErrorCode::corrupt, path_,
                        {"delen er beskadiget og kan ikke pakkes ud",
                         "the part is damaged and cannot be inflated"},
                        entry);
        }
        if (got == 0) break;
        inflated_total_ += static_cast<std::uint64_t>(got);
        const std::uint64_t so_far = out.size() + static_cast<std::size_t>(got);
        // Declared sizes can lie: enforce the caps, the ratio rule included, on what really
        // comes out.
        if (so_far > limits_.max_part_size || inflated_total_ > limits_.max_total_inflated ||
            ((st.valid & ZIP_STAT_SIZE) && so_far > st.size) ||
            ((st.valid & ZIP_STAT_COMP_SIZE) && suspicious_ratio(so_far, st.comp_size, limits_)))
            throw Error(ErrorCode::zip_bomb, path_,
                        {"delen fylder mere udpakket end tilladt (zip-bombe)",
                         "the part inflates beyond the allowed size (zip bomb)"},
                        entry);
        out.append(buf, static_cast<std::size_t>(got));
    }
    return out;
}

}  // namespace opfolg::xlsx
