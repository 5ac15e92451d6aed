// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace opfolg::platform {

/// Makes system libraries speak `lang` ("da" or "en") in the texts they draw themselves: GTK
/// translates its stock buttons (OK, Annullér, Åbn) and file dialogs through the C library's
/// gettext, which follows LC_MESSAGES and LANGUAGE, not the app's own catalog. Sets LC_CTYPE to
/// UTF-8 too, the charset those texts (and the C library's error texts) then come in. Returns
/// false when no locale for `lang` can be set (the texts stay English). No effect on Windows and
/// macOS, where wxWidgets takes those texts from its own catalog.
bool set_system_message_language(const std::string& lang);

}  // namespace opfolg::platform
