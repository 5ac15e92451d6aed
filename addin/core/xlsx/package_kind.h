// SPDX-License-Identifier: MIT
// What an OOXML package is expected to be. The zip and XML guards are the same for a workbook and
// a Word document; only the words for a file of the wrong kind differ.
#pragma once

#include <filesystem>
#include <string_view>

#include "core/util/text.h"

namespace opfolg::xlsx {

/// The kind of file a ZipArchive is opened as.
enum class PackageKind {
    workbook,  ///< .xlsx (SpreadsheetML)
    document,  ///< .docx (WordprocessingML)
};

/// Refuses bytes that cannot be a zip package of `kind`, naming what they are instead: an OLE
/// compound file (a password-protected package, Excel or Word 97–2003), RTF, or anything without
/// a zip signature. Returns when the bytes start like a zip. Throws opfolg::Error naming `file`.
void refuse_foreign_container(std::string_view bytes, const std::filesystem::path& file,
                              PackageKind kind);

/// Refuses an OpenDocument package, recognised by its "mimetype" entry (ODF 1.2 Part 3, §3.3).
void refuse_opendocument(std::string_view mimetype, const std::filesystem::path& file,
                         PackageKind kind);

/// "a required part is missing from the workbook" or "… from the document".
Text missing_part_text(PackageKind kind);

}  // namespace opfolg::xlsx
