// SPDX-License-Identifier: MIT
#include "gui/publish_ui.h"

#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/progdlg.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include <atomic>

#include "core/publish/publish.h"
#include "core/util/error.h"
#include "gui/session.h"
#include "gui/wx_text.h"

namespace opfolg::gui {

std::optional<std::filesystem::path> publish_plan(wxWindow* parent, const Session& session) {
    auto warn = [parent](const wxString& message) {
        wxMessageBox(message, wxS("Opfølg"), wxOK | wxICON_WARNING, parent);
    };
    if (session.paths().empty()) {
        warn(_("Add the department workbooks first."));
        return std::nullopt;
    }
    int year = 0;
    for (const auto& f : session.report().files)
        if (f.workbook && f.workbook->meta.year) {
            year = *f.workbook->meta.year;
            break;
        }
    wxString name =
        year ? wxString::Format(wxS("%s %d.html"), u8(std::string("Opfølgningsplan")), year)
             : u8(std::string("Opfølgningsplan.html"));
    // The documents folder, not the departments' folder: a page there is no workbook, but the
    // school's website folder is where the user will want it, and they choose it here.
    wxFileDialog dlg(parent, _("Publish the plan as a web page"),
                     wxStandardPaths::Get().GetDocumentsDir(), name, _("Web pages (*.html)|*.html"),
                     wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK) return std::nullopt;
    const auto output = to_path(dlg.GetPath());

    publish::Options options;
    // The dialog has asked before replacing an existing page.
    std::error_code ec;
    options.existing =
        std::filesystem::exists(output, ec) ? xlsx::Existing::replace : xlsx::Existing::refuse;
    wxProgressDialog progress(_("Publishing"), _("Reading the department workbooks..."), 100,
                              parent, wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_AUTO_HIDE);
    std::atomic<bool> cancel{false};
    Progress p;
    p.cancel = &cancel;
    // The core calls back on this thread after each workbook (parallel_for), so the dialog is
    // updated from the UI thread.
    p.report = [&](std::size_t done, std::size_t total, const std::string& what) {
        if (!progress.Update(total ? static_cast<int>(95 * done / total) : 95, u8(what)))
            cancel = true;
    };
    publish::Result result;
    try {
        result = publish::publish(session.paths(), output, session.schema(), session.catalogue(),
                                  options, p);
    } catch (const Error& e) {
        progress.Update(100);
        if (e.code() != ErrorCode::cancelled) warn(u8(e.describe(ui_lang())));
        return std::nullopt;
    }
    progress.Update(100);
    if (!result.written) {
        wxString why;
        for (const auto& refusal : result.content.refusals)
            why += text(refusal.message) + wxS("\n");
        warn(_("Nothing was written.") + wxS("\n\n") + why);
        return std::nullopt;
    }
    wxLaunchDefaultBrowser(wxFileName::FileNameToURL(wxFileName(u8(output))));
    return output;
}

}  // namespace opfolg::gui
