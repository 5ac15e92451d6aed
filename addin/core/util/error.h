// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include "core/util/text.h"

namespace opfolg {

/// Why a file could not be read or written. Stable names (see error_code_name) are part of the
/// JSON contract; bad *data* inside a readable workbook is never an Error but a validation issue.
enum class ErrorCode {
    io,                 ///< cannot open, read, write or rename a file
    empty_file,         ///< zero bytes
    too_large,          ///< file or part bigger than the configured limits
    not_a_workbook,     ///< not a zip and no other container we recognise
    not_a_document,     ///< expected a Word document (.docx); the file is something else
    truncated,          ///< zip structure cut short or damaged
    corrupt,            ///< checksum mismatch or undecodable data
    encrypted,          ///< OLE/CFB container with EncryptionInfo: password protected
    legacy_xls,         ///< Excel 97–2003 .xls
    legacy_doc,         ///< Word 97–2003 .doc
    ods,                ///< OpenDocument spreadsheet
    zip_bomb,           ///< inflate ratio or total inflated size beyond the caps
    unsafe_entry,       ///< zip entry name with "..", an absolute path or a drive letter
    duplicate_entry,    ///< two zip entries whose names are equal ignoring case
    xml_dtd,            ///< DOCTYPE/ENTITY declarations (refused, never expanded)
    xml_malformed,      ///< XML syntax error
    xml_too_deep,       ///< element nesting beyond the limit
    missing_part,       ///< a part the package requires is absent
    bad_reference,      ///< cell reference syntax or beyond XFD1048576
    bad_shared_string,  ///< index past the shared string table
    bad_style,          ///< style index past the cellXfs table
    output_is_input,    ///< refusing to overwrite one of the inputs
    output_exists,      ///< the output exists and replacing it was not asked for
    schema,             ///< a schema or catalogue file is broken
    cancelled,          ///< the user cancelled a long operation
};

/// Stable kebab-case name of `code`, e.g. "zip-bomb".
const char* error_code_name(ErrorCode code);

/// A failure of the tool or its environment, always carrying the file it concerns and, where
/// known, the place inside it (a zip part, a sheet, a cell).
class Error : public std::runtime_error {
  public:
    Error(ErrorCode code, std::filesystem::path file, Text message, std::string where = {});

    ErrorCode code() const { return code_; }
    const std::filesystem::path& file() const { return file_; }
    /// The place inside the file ("xl/worksheets/sheet1.xml", "Ark1!B7"), or empty.
    const std::string& where() const { return where_; }
    /// The reason alone, without file or place.
    const Text& reason() const { return message_; }
    /// One line: "<file>: <where>: <reason>" in `lang`.
    std::string describe(Lang lang) const;

  private:
    ErrorCode code_;
    std::filesystem::path file_;
    Text message_;
    std::string where_;
};

/// UTF-8 text of a path on every platform (std::filesystem::path::string() is ANSI on Windows).
std::string path_utf8(const std::filesystem::path& p);
/// A path from UTF-8 text on every platform.
std::filesystem::path path_from_utf8(const std::string& s);

}  // namespace opfolg
