// SPDX-License-Identifier: MIT
#include "core/platform/messages.h"

#if !defined(_WIN32) && !defined(__APPLE__)
#include <clocale>
#include <cstdlib>
#endif

namespace opfolg::platform {

bool set_system_message_language(const std::string& lang) {
#if defined(_WIN32) || defined(__APPLE__)
    (void)lang;
    return true;
#else
    // The C library's own messages (strerror: "Ingen sådan fil eller filkatalog") come in
    // LC_CTYPE's charset, and GLib reads them back in it. "C" is ASCII and turns å into "?":
    // UTF-8 it is, for both. Numbers and dates are formatted by Opfølg itself, so LC_NUMERIC
    // and LC_TIME stay "C" as wxWidgets leaves them.
    static const bool utf8 =
        std::setlocale(LC_CTYPE, "C.UTF-8") || std::setlocale(LC_CTYPE, "C.utf8");
    if (lang != "da") {
        setenv("LANGUAGE", "en", 1);
        return std::setlocale(LC_MESSAGES, "C") != nullptr;
    }
    // Without a UTF-8 charset the Danish texts would lose their æ, ø and å: stay English.
    if (!utf8) return false;
    // gettext ignores LANGUAGE in the plain "C" locale but not in "C.UTF-8", which every glibc
    // since 2.35 has built in: a machine without da_DK still gets the Danish catalogs.
    setenv("LANGUAGE", "da", 1);
    for (const char* name : {"da_DK.UTF-8", "da_DK.utf8", "C.UTF-8", "C.utf8"})
        if (std::setlocale(LC_MESSAGES, name)) return true;
    return false;
#endif
}

}  // namespace opfolg::platform
