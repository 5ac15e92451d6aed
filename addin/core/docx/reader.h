// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>

#include "core/docx/document.h"
#include "core/xlsx/limits.h"

namespace opfolg::docx {

/// Reads a .docx: its tables (nested ones too) on their grids, the text outside them counted,
/// its document properties. The file goes through the same zip and XML guards as a workbook
/// (size caps, zip bombs, unsafe names, DOCTYPE/ENTITY, nesting); a password-protected document,
/// a .doc, .odt, .rtf or .xlsx under a .docx name are refused by name. Never modifies the file.
/// Throws opfolg::Error naming the file and, where known, the part, table and row.
Document read_document(const std::filesystem::path& path, const xlsx::ReadLimits& limits = {});

/// The same from bytes already in memory (fuzzing, tests); `path` names them in messages.
Document read_document_bytes(std::string bytes, const std::filesystem::path& path,
                             const xlsx::ReadLimits& limits = {});

}  // namespace opfolg::docx
