// SPDX-License-Identifier: MIT
// The desktop app driven through its real handlers under Xvfb: add the examples, check, read
// the issue list, sort it, look at the indicators, consolidate on the worker thread, switch
// language, import a Word plan dropped on the window, and save screenshots of the main window
// and the indicator view.
#define BOOST_TEST_MODULE opfolg_gui
#include <wx/app.h>
#include <wx/dnd.h>
#include <wx/evtloop.h>
#include <wx/filepicker.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/log.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/statusbr.h>
#include <wx/testing.h>
#include <wx/textctrl.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "../unit/docx_test_xml.h"
#include "core/xlsx/reader.h"
#include "gui/dialogs.h"
#include "gui/ids.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/wx_text.h"
#include "test_support.h"

using namespace opfolg;
using namespace opfolg::gui;

namespace {

struct WxApp {
    WxApp() {
        static char name[] = "opfolg_gui_tests";
        static char* argv[] = {name, nullptr};
        int argc = 1;
        wxApp::SetInstance(new wxApp());
        BOOST_TEST_REQUIRE(wxEntryStart(argc, argv), "no X display: run under xvfb-run");
        wxTheApp->CallOnInit();
        // Log to stderr: a test has nobody to click a log dialog away.
        delete wxLog::SetActiveTarget(new wxLogStderr());
        loop = new wxGUIEventLoop();
        wxEventLoopBase::SetActive(loop);
    }
    ~WxApp() {
        // Whatever log target wx made on demand must not open a dialog while shutting down.
        wxLog::SetActiveTarget(new wxLogStderr());
        wxLog::DontCreateOnDemand();
        wxEventLoopBase::SetActive(nullptr);
        delete loop;
        wxEntryCleanup();
    }
    wxGUIEventLoop* loop = nullptr;
};

// Lets the event loop run for a while, or until `done` says so.
template <class Done>
bool pump(Done done, int max_ms = 20000) {
    auto* loop = static_cast<wxGUIEventLoop*>(wxEventLoopBase::GetActive());
    for (int waited = 0; waited < max_ms; waited += 10) {
        while (loop->Pending()) loop->Dispatch();
        wxTheApp->ProcessPendingEvents();
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return done();
}

void pump_for(int ms) {
    pump([] { return false; }, ms);
}

void screenshot(const std::string& name) {
    std::filesystem::create_directories(OPFOLG_SCREENSHOT_DIR);
    std::string out = std::string(OPFOLG_SCREENSHOT_DIR) + "/" + name;
    int rc = std::system(("import -window root " + test::shell_quote(out)).c_str());
    BOOST_TEST(rc == 0);
    BOOST_TEST(std::filesystem::file_size(out) > 5000u);
}

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(WxApp);

BOOST_AUTO_TEST_CASE(coordinator_goes_from_empty_window_to_board_workbook) {
    set_ui_lang(Lang::da);
    auto* frame = new MainFrame(std::make_unique<Session>());
    frame->SetSize(1200, 760);
    frame->Show();
    pump_for(300);
    BOOST_TEST(frame->workbook_list()->GetItemCount() == 0);

    frame->add_paths({OPFOLG_EXAMPLES_DIR});
    pump_for(300);
    BOOST_TEST(frame->workbook_list()->GetItemCount() == 3);
    BOOST_TEST(frame->issue_list()->GetItemCount() == 7);
    BOOST_TEST(frame->workbook_list()->GetItemText(1, 2) ==
               u8(std::string("fejl")));  // Danish by default

    // Sort the issues by cell through the real column-click handler.
    wxListEvent click(wxEVT_LIST_COL_CLICK, frame->issue_list()->GetId());
    click.SetEventObject(frame->issue_list());
    click.m_col = 3;
    frame->issue_list()->GetEventHandler()->ProcessEvent(click);
    BOOST_TEST(
        frame->issue_list()->GetItemText(0, 3).IsEmpty());  // the workbook-level warning first
    screenshot("main-window.png");

    frame->select_page(1);
    pump_for(300);
    auto* grid = dynamic_cast<wxGrid*>(frame->notebook()->GetPage(1)->GetChildren()[1]);
    BOOST_TEST_REQUIRE(grid != nullptr);
    BOOST_TEST(grid->GetNumberRows() > 10);
    grid->SetGridCursor(5, 1);
    pump_for(300);
    screenshot("indicator-view.png");

    test::TempDir d;
    auto out = d / "Bestyrelsen.xlsx";
    bool finished = false;
    wxString error;
    consolidate::Options options;
    options.institution = "Eksempelskolen";
    frame->start_consolidation(out, options, [&](const consolidate::Result* r, const wxString& e) {
        finished = true;
        error = e;
        BOOST_TEST(r != nullptr);
        if (r) BOOST_TEST(r->written);
    });
    BOOST_TEST(pump([&] { return finished; }));
    BOOST_TEST(error.IsEmpty(), to_u8(error));
    BOOST_TEST_REQUIRE(std::filesystem::exists(out));
    auto wb = xlsx::read_workbook(out);
    BOOST_TEST(wb.sheets.size() == 6u);
    BOOST_TEST(wb.sheets[2].name == "Opfølgningsplan");

    // Switch to English through the Settings menu.
    wxCommandEvent english(wxEVT_MENU, id_language_en);
    frame->GetEventHandler()->ProcessEvent(english);
    pump_for(200);
    BOOST_TEST(frame->GetMenuBar()->GetMenuLabel(0) == wxS("&File"));
    BOOST_TEST(frame->workbook_list()->GetItemText(1, 2) == wxS("errors"));
    wxCommandEvent danish(wxEVT_MENU, id_language_da);
    frame->GetEventHandler()->ProcessEvent(danish);
    pump_for(200);
    BOOST_TEST(frame->GetMenuBar()->GetMenuLabel(0) == wxS("&Filer"));
    frame->Destroy();
    pump_for(100);
}

BOOST_AUTO_TEST_CASE(watched_folder_picks_up_a_saved_workbook) {
    set_ui_lang(Lang::da);
    test::TempDir d;
    for (const auto& e : std::filesystem::directory_iterator(OPFOLG_EXAMPLES_DIR))
        if (e.path().extension() == ".xlsx")
            std::filesystem::copy_file(e.path(), d / e.path().filename().string());
    auto* frame = new MainFrame(std::make_unique<Session>());
    frame->Show();
    frame->add_paths({d.path()});
    pump_for(300);
    BOOST_TEST_REQUIRE(frame->workbook_list()->GetItemCount() == 3);
    // A department saves a new workbook into the folder (copied in, as Excel would write it).
    std::filesystem::copy_file(
        std::string(OPFOLG_EXAMPLES_DIR) + "/Opfølgningsplan Byg og anlæg.xlsx",
        d / "Ny afdeling.xlsx");
    BOOST_TEST(pump([&] { return frame->workbook_list()->GetItemCount() == 4; }, 15000));
    frame->Destroy();
    pump_for(100);
}

namespace {

// Answers the Consolidate dialog as a coordinator would: keeps the institution and year it
// suggests, ticks nothing, names the output file, clicks OK.
class FillConsolidateDialog : public wxExpectModalBase<ConsolidateDialog, FillConsolidateDialog> {
  public:
    explicit FillConsolidateDialog(std::filesystem::path out) : out_(std::move(out)) {}

  protected:
    int OnInvoked(ConsolidateDialog* dlg) const override {
        auto* picker = wxDynamicCast(dlg->FindWindow(wxS("filepicker")), wxFilePickerCtrl);
        BOOST_TEST_REQUIRE(picker != nullptr);
        picker->SetPath(u8(out_));
        for (auto* child : dlg->GetChildren())
            if (auto* text = dynamic_cast<wxTextCtrl*>(child); text && seen_institution.empty())
                seen_institution = to_u8(text->GetValue());
        return wxID_OK;
    }

  private:
    std::filesystem::path out_;

  public:
    mutable std::string seen_institution;
};

}  // namespace

BOOST_AUTO_TEST_CASE(consolidate_menu_dialog_ok_writes_the_board_workbook) {
    set_ui_lang(Lang::da);
    auto* frame = new MainFrame(std::make_unique<Session>());
    frame->Show();
    frame->add_paths({OPFOLG_EXAMPLES_DIR});
    pump_for(200);
    test::TempDir d;
    auto out = d / "Bestyrelsen via menuen.xlsx";
    FillConsolidateDialog fill(out);
    // Menu ▸ Konsolidér…, OK in the dialog, then "open it now?" answered No.
    wxTEST_DIALOG(
        {
            wxCommandEvent menu(wxEVT_MENU, id_consolidate);
            frame->GetEventHandler()->ProcessEvent(menu);
            pump([&] { return std::filesystem::exists(out) && !frame->consolidation_running(); });
            pump_for(300);
        },
        fill, wxExpectModal<wxMessageDialog>(wxNO));
    BOOST_TEST(std::filesystem::exists(out));
    BOOST_TEST(fill.seen_institution == "Eksempelskolen");
    BOOST_TEST(frame->GetStatusBar()->GetStatusText().Contains(wxS("Skrevet")));
    frame->Destroy();
    pump_for(100);
}

namespace {

// Answers the import dialog: the workbooks go into `folder`; the rest as the dialog suggests.
class FillImportDialog : public wxExpectModalBase<ImportDialog, FillImportDialog> {
  public:
    explicit FillImportDialog(std::filesystem::path folder) : folder_(std::move(folder)) {}

  protected:
    int OnInvoked(ImportDialog* dlg) const override {
        auto* picker = wxDynamicCast(dlg->FindWindow(wxS("dirpicker")), wxDirPickerCtrl);
        BOOST_TEST_REQUIRE(picker != nullptr);
        picker->SetPath(u8(folder_));
        for (auto* child : dlg->GetChildren())
            if (auto* text = dynamic_cast<wxTextCtrl*>(child);
                text && text->IsMultiLine() && preview.empty())
                preview = to_u8(text->GetValue());
        return wxID_OK;
    }

  private:
    std::filesystem::path folder_;

  public:
    mutable std::string preview;
};

}  // namespace

BOOST_AUTO_TEST_CASE(a_word_plan_dropped_on_the_window_becomes_a_checked_workbook) {
    using namespace opfolg::test::wml;
    set_ui_lang(Lang::da);
    test::TempDir d;
    auto plan = d / "Opfølgningsplan Byg.docx";
    test::make_zip(plan,
                   test::minimal_document(
                       styled_p("GF1 Frafald", "Overskrift2") +
                           tbl(3, {text_row({"Indsats", "Ansvarlig", "Tid"}),
                                   text_row({"Makkerordning", "Uddannelsesleder", "Juni 2025"})}),
                       {{"word/styles.xml", styles()}}));
    std::filesystem::create_directories(d / "ud");
    auto* frame = new MainFrame(std::make_unique<Session>());
    frame->Show();
    pump_for(200);
    auto* target = dynamic_cast<wxFileDropTarget*>(frame->GetDropTarget());
    BOOST_TEST_REQUIRE(target != nullptr);
    wxArrayString names;
    names.Add(u8(plan));
    FillImportDialog fill(d / "ud");
    wxTEST_DIALOG(target->OnDropFiles(10, 10, names), fill);
    pump_for(200);
    auto workbook = d / "ud" / "Opfølgningsplan Byg.xlsx";
    BOOST_TEST(std::filesystem::exists(workbook));
    BOOST_TEST(fill.preview.find("Tabel 1 \"GF1 Frafald\" (2 × 3): 1 indsats") != std::string::npos,
               fill.preview);
    BOOST_TEST_REQUIRE(frame->workbook_list()->GetItemCount() == 1);
    BOOST_TEST(frame->workbook_list()->GetItemText(0, 0) ==
               u8(std::string("Opfølgningsplan Byg.xlsx")));
    BOOST_TEST(frame->GetStatusBar()->GetStatusText().Contains(wxS("Importeret: 1")),
               to_u8(frame->GetStatusBar()->GetStatusText()));
    frame->Destroy();
    pump_for(100);
}
