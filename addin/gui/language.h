// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

#include "core/util/text.h"

namespace opfolg::gui {

/// Loads the gettext catalog for `lang` (Danish by default; the source strings are English) and
/// remembers the choice in wxConfig. Catalogs are looked up next to the build and in the
/// installed share/locale.
void set_ui_lang(Lang lang);
/// The language saved in the settings (Danish when none).
Lang saved_ui_lang();
/// The README/user guide to open from Help.
std::filesystem::path user_guide();

}  // namespace opfolg::gui
