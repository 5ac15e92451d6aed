// SPDX-License-Identifier: MIT
// opfolg-gui: the desktop companion. Frames, panels and dialogs only; every computation is a
// call into opfolg::core.
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/image.h>
#include <wx/msgdlg.h>

#include "core/util/error.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/wx_text.h"

namespace opfolg::gui {

class App : public wxApp {
  public:
    bool OnInit() override {
        if (!wxApp::OnInit()) return false;
        SetAppName(wxS("opfolg"));
        SetVendorName(wxS("Opfolg"));
        wxInitAllImageHandlers();
        set_ui_lang(saved_ui_lang());
        std::unique_ptr<Session> session;
        try {
            session = std::make_unique<Session>();
        } catch (const Error& e) {
            wxMessageBox(u8(e.describe(ui_lang())), wxS("Opfølg"), wxOK | wxICON_ERROR);
            return false;
        }
        auto* frame = new MainFrame(std::move(session));
        frame->Show();
        // The window is on screen before anything is read: the workbooks are checked on worker
        // threads once the event loop runs (add_paths waits for it), folders watched as if
        // added with Mappe.
        std::vector<std::filesystem::path> paths;
        for (const auto& a : args_) paths.push_back(to_path(a));
        if (!paths.empty()) frame->add_paths(paths);
        return true;
    }

    void OnInitCmdLine(wxCmdLineParser& parser) override {
        wxApp::OnInitCmdLine(parser);
        parser.AddParam(wxS("workbook or folder"), wxCMD_LINE_VAL_STRING,
                        wxCMD_LINE_PARAM_OPTIONAL | wxCMD_LINE_PARAM_MULTIPLE);
    }

    bool OnCmdLineParsed(wxCmdLineParser& parser) override {
        for (size_t i = 0; i < parser.GetParamCount(); ++i) args_.push_back(parser.GetParam(i));
        return wxApp::OnCmdLineParsed(parser);
    }

  private:
    std::vector<wxString> args_;
};

}  // namespace opfolg::gui

wxIMPLEMENT_APP(opfolg::gui::App);
