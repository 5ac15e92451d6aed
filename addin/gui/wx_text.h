// SPDX-License-Identifier: MIT
// The one crossing between the core's UTF-8 std::string and wxString (see build notes: an
// implicit conversion uses the C locale and silently empties Danish text).
#pragma once

#include <wx/string.h>

#include <filesystem>
#include <string>

#include "core/util/error.h"
#include "core/util/text.h"

namespace opfolg::gui {

inline wxString u8(const std::string& s) { return wxString::FromUTF8(s.data(), s.size()); }
inline std::string to_u8(const wxString& s) {
    auto buf = s.utf8_str();
    return std::string(buf.data(), buf.length());
}
inline wxString u8(const std::filesystem::path& p) { return u8(path_utf8(p)); }
inline std::filesystem::path to_path(const wxString& s) { return path_from_utf8(to_u8(s)); }

/// The language the user chose (Danish by default), for core texts that carry both.
Lang ui_lang();
inline wxString text(const Text& t) { return u8(t.in(ui_lang())); }

}  // namespace opfolg::gui
