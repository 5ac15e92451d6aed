// SPDX-License-Identifier: MIT
#include "core/util/error.h"

#include "core/util/utf8.h"

namespace opfolg {

const char* error_code_name(ErrorCode code) {
    switch (code) {
        case ErrorCode::io:
            return "io";
        case ErrorCode::empty_file:
            return "empty-file";
        case ErrorCode::too_large:
            return "too-large";
        case ErrorCode::not_a_workbook:
            return "not-a-workbook";
        case ErrorCode::not_a_document:
            return "not-a-document";
        case ErrorCode::truncated:
            return "truncated";
        case ErrorCode::corrupt:
            return "corrupt";
        case ErrorCode::encrypted:
            return "encrypted";
        case ErrorCode::legacy_xls:
            return "legacy-xls";
        case ErrorCode::legacy_doc:
            return "legacy-doc";
        case ErrorCode::ods:
            return "ods";
        case ErrorCode::zip_bomb:
            return "zip-bomb";
        case ErrorCode::unsafe_entry:
            return "unsafe-entry";
        case ErrorCode::duplicate_entry:
            return "duplicate-entry";
        case ErrorCode::xml_dtd:
            return "xml-dtd";
        case ErrorCode::xml_malformed:
            return "xml-malformed";
        case ErrorCode::xml_too_deep:
            return "xml-too-deep";
        case ErrorCode::missing_part:
            return "missing-part";
        case ErrorCode::bad_reference:
            return "bad-reference";
        case ErrorCode::bad_shared_string:
            return "bad-shared-string";
        case ErrorCode::bad_style:
            return "bad-style";
        case ErrorCode::output_is_input:
            return "output-is-input";
        case ErrorCode::output_exists:
            return "output-exists";
        case ErrorCode::schema:
            return "schema";
        case ErrorCode::cancelled:
            return "cancelled";
    }
    return "unknown";
}

Error::Error(ErrorCode code, std::filesystem::path file, Text message, std::string where)
    : std::runtime_error(valid_utf8(message.en)),
      code_(code),
      file_(std::move(file)),
      message_(std::move(message)),
      where_(std::move(where)) {
    // Messages quote what a file holds (a sheet name, a cell reference, an entry name): a hostile
    // file must not be able to put invalid UTF-8 on the console or into a JSON report.
    make_valid_utf8(message_.da);
    make_valid_utf8(message_.en);
    make_valid_utf8(where_);
}

std::string Error::describe(Lang lang) const {
    std::string out = path_utf8(file_);
    if (!where_.empty()) out += ": " + where_;
    out += ": " + message_.in(lang);
    return out;
}

std::string path_utf8(const std::filesystem::path& p) {
    // On POSIX a file name is any bytes; one that is not UTF-8 is shown with U+FFFD rather than
    // passed on to a terminal, a JSON report or a workbook as invalid text.
#if defined(__cpp_lib_char8_t)
    auto u8 = p.u8string();
    std::string s(u8.begin(), u8.end());
#else
    std::string s = p.u8string();
#endif
    make_valid_utf8(s);
    return s;
}

std::filesystem::path path_from_utf8(const std::string& s) {
#if defined(__cpp_lib_char8_t)
    return std::filesystem::path(std::u8string(s.begin(), s.end()));
#else
    return std::filesystem::u8path(s);
#endif
}

}  // namespace opfolg
