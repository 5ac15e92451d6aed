// SPDX-License-Identifier: MIT
#include "gui/language.h"

#include <wx/config.h>
#include <wx/translation.h>

#include "core/platform/messages.h"
#include "core/platform/resources.h"
#include "gui/wx_text.h"

namespace opfolg::gui {

namespace {
Lang current = Lang::da;
}

Lang ui_lang() { return current; }

Lang saved_ui_lang() {
    wxString v = wxConfig::Get()->Read(wxS("/Language"), wxS("da"));
    return v == wxS("en") ? Lang::en : Lang::da;
}

void set_ui_lang(Lang lang) {
    current = lang;
    wxConfig::Get()->Write(wxS("/Language"), lang == Lang::en ? wxS("en") : wxS("da"));
    // wxTranslations needs no C locale: the machine may only have "C" (see build notes).
    auto* t = new wxTranslations();
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(u8(std::string(OPFOLG_BUILD_LOCALE_DIR)));
    auto exe = platform::executable_path();
    if (!exe.empty())
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(
            u8(exe.parent_path().parent_path() / "share" / "locale"));
    if (lang == Lang::da) {
        t->SetLanguage(wxS("da"));
        // wxWidgets' own catalog (Debian: wx3.2-i18n, found under wx's install prefix) names the
        // buttons wx makes itself: "Gennemse" on a file picker, stock labels on Windows. Ours is
        // added last and so looked up first.
        t->AddStdCatalog();
        t->AddCatalog(wxS("opfolg"));
    } else {
        t->SetLanguage(wxS("en"));
    }
    wxTranslations::Set(t);
    // GTK draws OK/Annullér and its file dialogs from its own catalog, through the C library.
    platform::set_system_message_language(lang == Lang::da ? "da" : "en");
}

std::filesystem::path user_guide() {
    auto dir = platform::templates_dir();
    for (auto candidate : {dir.parent_path() / "README.md", dir / "README.md",
                           dir.parent_path() / "doc" / "opfolg" / "README.md"})
        if (std::filesystem::exists(candidate)) return candidate;
    return dir / "README.md";
}

}  // namespace opfolg::gui
