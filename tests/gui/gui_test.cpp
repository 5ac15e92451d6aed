// SPDX-License-Identifier: MIT
// The desktop app driven through its real handlers under Xvfb: add the examples, check, read
// the issue list, sort it, look at the indicators, consolidate on the worker thread, switch
// language, import a Word plan dropped on the window, preview and write next year's templates
// from the board workbook, and save screenshots of the main window and the indicator view.
// Checking runs on worker threads: tests wait for results by pumping the event loop, never by
// timing.
#define BOOST_TEST_MODULE opfolg_gui
#include <wx/app.h>
#include <wx/button.h>
#include <wx/dnd.h>
#include <wx/evtloop.h>
#include <wx/filepicker.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/log.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/statusbr.h>
#include <wx/stockitem.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/translation.h>

#if defined(__WXGTK__)
#include <libintl.h>
#endif

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <queue>
#include <thread>

#include "../unit/docx_test_xml.h"
#include "core/consolidate/consolidate.h"
#include "core/validate/validator.h"
#include "core/xlsx/reader.h"
#include "gui/check_runner.h"
#include "gui/dialogs.h"
#include "gui/ids.h"
#include "gui/issue_list.h"
#include "gui/language.h"
#include "gui/main_frame.h"
#include "gui/rollover_ui.h"
#include "gui/workbook_list.h"
#include "gui/wx_text.h"
#include "test_support.h"

using namespace opfolg;
using namespace opfolg::gui;

namespace {

// A failed wxWidgets assertion fails the test instead of opening a dialog nobody clicks away.
void fail_on_assert(const wxString& file, int line, const wxString&, const wxString& cond,
                    const wxString& msg) {
    BOOST_ERROR("wxWidgets assertion " << to_u8(cond) << " failed at " << to_u8(file) << ":" << line
                                       << ": " << to_u8(msg));
}

struct WxApp {
    WxApp() {
        wxSetAssertHandler(fail_on_assert);
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

// Lets the event loop run until `done` says so (or, as a last resort against a hang, for
// max_ms: a test never depends on how long something takes).
template <class Done>
bool pump(Done done, int max_ms = 60000) {
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

// Until every check under way has ended and its results are shown.
bool checked(MainFrame* frame) {
    return pump([&] { return !frame->checking(); });
}

// The whole virtual screen, or only `area` of it (a dialog: there is no window manager, so it
// has no frame of its own).
void screenshot(const std::string& name, std::optional<wxRect> area = std::nullopt) {
    std::filesystem::create_directories(OPFOLG_SCREENSHOT_DIR);
    std::string out = std::string(OPFOLG_SCREENSHOT_DIR) + "/" + name;
    std::string crop;
    if (area)
        crop = " -crop " + std::to_string(area->width) + "x" + std::to_string(area->height) + "+" +
               std::to_string(area->x) + "+" + std::to_string(area->y) + " +repage";
    int rc = std::system(("import -window root" + crop + " " + test::shell_quote(out)).c_str());
    BOOST_TEST(rc == 0);
    BOOST_TEST(std::filesystem::file_size(out) > 5000u);
}

std::filesystem::path example(const std::string& department) {
    return std::filesystem::path(OPFOLG_EXAMPLES_DIR) / ("Opfølgningsplan " + department + ".xlsx");
}

// Writes `from`'s bytes to `to` the way Excel saves: a temporary file in the same folder,
// renamed over the workbook.
void save_as_excel_does(const std::filesystem::path& from, const std::filesystem::path& to) {
    auto tmp = to.parent_path() / "A1B2C3D4.tmp";
    std::filesystem::copy_file(from, tmp, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::rename(tmp, to);
}

// The workbook list's row for `filename`, or -1.
long row_of(MainFrame* frame, const std::string& filename) {
    auto* list = frame->workbook_list();
    for (long r = 0; r < list->GetItemCount(); ++r)
        if (list->GetItemText(r, 0) == u8(filename)) return r;
    return -1;
}

wxString status_of(MainFrame* frame, const std::string& filename) {
    long r = row_of(frame, filename);
    return r < 0 ? wxString() : frame->workbook_list()->GetItemText(r, 2);
}

void send_menu(MainFrame* frame, int id) {
    wxCommandEvent e(wxEVT_MENU, id);
    frame->GetEventHandler()->ProcessEvent(e);
}

// Holds reading back until released: a check that cannot finish before the test has done what
// it must do while the check is under way. Shared with the workers, so it outlives them.
struct Gate {
    std::mutex m;
    std::condition_variable cv;
    bool open = false;
    std::size_t free_passes = 0, passed = 0;

    void release() {
        std::lock_guard<std::mutex> lock(m);
        open = true;
        cv.notify_all();
    }
    std::size_t count() {
        std::lock_guard<std::mutex> lock(m);
        return passed;
    }
};

CheckRunner::CheckFile gated(std::shared_ptr<Gate> gate, const Session& session) {
    return [gate, &session](const std::filesystem::path& file) {
        {
            std::unique_lock<std::mutex> lock(gate->m);
            if (gate->passed >= gate->free_passes) gate->cv.wait(lock, [&] { return gate->open; });
            ++gate->passed;
        }
        return validate::validate_file(file, session.schema(), session.catalogue());
    };
}

// Releases a gate at scope exit, also when a requirement fails, so no worker waits for ever.
struct ReleaseAtExit {
    std::shared_ptr<Gate> gate;
    ~ReleaseAtExit() { gate->release(); }
};

// A folder of `n` department workbooks: copies of the bundled examples.
void fill_large_folder(const std::filesystem::path& dir, int n) {
    const std::string departments[] = {"Byg og anlæg", "Handel og kontor",
                                       "Omsorg, sundhed og pædagogik"};
    for (int i = 0; i < n; ++i) {
        char name[64];
        std::snprintf(name, sizeof name, "Afdeling %03d.xlsx", i + 1);
        std::filesystem::copy_file(example(departments[i % 3]), dir / name);
    }
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
    BOOST_TEST_REQUIRE(checked(frame));
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
    pump_for(300);
    screenshot("main-window.png");

    frame->select_page(1);
    pump_for(300);
    auto* grid = frame->indicator_grid();
    BOOST_TEST(grid->GetNumberRows() > 10);
    BOOST_TEST(!grid->GetCellValue(0, 1).IsEmpty());  // cells come from the table when asked
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
    BOOST_TEST(wb.sheets.size() == 7u);  // with Indikatorhistorik, for next year's rollover
    BOOST_TEST(wb.sheets[2].name == "Opfølgningsplan");

    // Switch to English through the Settings menu.
    send_menu(frame, id_language_en);
    pump_for(200);
    BOOST_TEST(frame->GetMenuBar()->GetMenuLabel(0) == wxS("&File"));
    BOOST_TEST(frame->workbook_list()->GetItemText(1, 2) == wxS("errors"));
    send_menu(frame, id_language_da);
    pump_for(200);
    BOOST_TEST(frame->GetMenuBar()->GetMenuLabel(0) == wxS("&Filer"));
    frame->Destroy();
    pump_for(100);
}

BOOST_AUTO_TEST_CASE(window_handles_a_menu_command_while_a_large_folder_is_checked) {
    set_ui_lang(Lang::da);
    test::TempDir d;
    const int n = 150;
    fill_large_folder(d.path(), n);
    auto* frame = new MainFrame(std::make_unique<Session>());
    frame->SetSize(1200, 760);
    auto gate = std::make_shared<Gate>();
    ReleaseAtExit release{gate};
    gate->free_passes = 5;  // then the check holds until the test has used the window
    frame->checks().set_check(gated(gate, frame->session()));
    frame->Show();
    // As at start-up with a folder on the command line: no event loop runs yet.
    auto* loop = wxEventLoopBase::GetActive();
    wxEventLoopBase::SetActive(nullptr);
    frame->add_paths({d.path()});
    wxEventLoopBase::SetActive(loop);

    BOOST_TEST_REQUIRE(pump([&] { return frame->session().report().files.size() == 5; }));
    BOOST_TEST(frame->IsShown());
    BOOST_TEST(frame->checking());
    BOOST_TEST(frame->workbook_list()->GetItemCount() == n);  // listed at once, waiting
    BOOST_TEST(frame->GetStatusBar()->GetStatusText().StartsWith(wxS("Kontrollerer 5 af 150")),
               to_u8(frame->GetStatusBar()->GetStatusText()));
    BOOST_TEST(frame->GetMenuBar()->IsEnabled(id_stop));
    pump_for(300);
    screenshot("checking-a-large-folder.png");

    // A menu command through the event queue, as a click sends it: handled while the workers
    // still hold 145 workbooks.
    frame->GetEventHandler()->QueueEvent(new wxCommandEvent(wxEVT_MENU, id_language_en));
    BOOST_TEST(pump([&] { return frame->GetMenuBar()->GetMenuLabel(0) == wxS("&File"); }));
    BOOST_TEST(frame->checking());
    BOOST_TEST(gate->count() == 5u);
    frame->GetEventHandler()->QueueEvent(new wxCommandEvent(wxEVT_MENU, id_language_da));
    BOOST_TEST(pump([&] { return frame->GetMenuBar()->GetMenuLabel(0) == wxS("&Filer"); }));

    gate->release();
    BOOST_TEST_REQUIRE(checked(frame));
    BOOST_TEST(frame->session().report().files.size() == static_cast<std::size_t>(n));
    BOOST_TEST(frame->session().waiting().empty());
    BOOST_TEST(frame->GetStatusBar()->GetStatusText().StartsWith(
                   u8(std::string("150 projektmapper kontrolleret"))),
               to_u8(frame->GetStatusBar()->GetStatusText()));
    BOOST_TEST(!frame->GetMenuBar()->IsEnabled(id_stop));
    frame->Destroy();
    pump_for(100);
}

BOOST_AUTO_TEST_CASE(stop_leaves_the_unread_workbooks_listed_as_not_checked) {
    set_ui_lang(Lang::da);
    test::TempDir d;
    fill_large_folder(d.path(), 100);
    auto* frame = new MainFrame(std::make_unique<Session>());
    auto gate = std::make_shared<Gate>();
    ReleaseAtExit release{gate};
    gate->free_passes = 3;
    frame->checks().set_check(gated(gate, frame->session()));
    frame->Show();
    frame->add_paths({d.path()});
    BOOST_TEST_REQUIRE(pump([&] { return frame->session().report().files.size() == 3; }));

    frame->GetEventHandler()->QueueEvent(new wxCommandEvent(wxEVT_MENU, id_stop));
    pump_for(100);
    gate->release();  // the workbooks being read finish; no further one starts
    BOOST_TEST_REQUIRE(checked(frame));
    BOOST_TEST(frame->session().stopped());
    std::size_t read = frame->session().report().files.size();
    BOOST_TEST(read < 100u);
    BOOST_TEST(frame->session().waiting().size() == 100 - read);
    BOOST_TEST(frame->workbook_list()->GetItemCount() == 100);
    BOOST_TEST(frame->workbook_list()->GetItemText(99, 2) == wxS("ikke kontrolleret"));
    BOOST_TEST(frame->GetStatusBar()->GetStatusText().StartsWith(wxS("Kontrollen er stoppet")),
               to_u8(frame->GetStatusBar()->GetStatusText()));

    // Checking again reads them all.
    send_menu(frame, id_validate);
    BOOST_TEST_REQUIRE(checked(frame));
    BOOST_TEST(frame->session().report().files.size() == 100u);
    BOOST_TEST(!frame->session().stopped());
    frame->Destroy();
    pump_for(100);
}

BOOST_AUTO_TEST_CASE(issue_list_shows_filters_and_sorts_thirty_thousand_issues) {
    set_ui_lang(Lang::da);
    auto* frame = new MainFrame(std::make_unique<Session>());
    // Each of the three examples "has" 10 000 issues: one per row of its plan.
    frame->checks().set_check([](const std::filesystem::path& file) {
        validate::FileReport r;
        r.file = file;
        r.status = validate::FileReport::Status::invalid;
        for (int i = 0; i < 10000; ++i)
            r.issues.push_back({i % 2 ? Severity::warning : Severity::error,
                                "required-missing",
                                "Opfølgningsplan",
                                "C" + std::to_string(i + 2),
                                "status",
                                {"feltet mangler i række " + std::to_string(i + 2),
                                 "the field is missing in row " + std::to_string(i + 2)},
                                ""});
        return r;
    });
    frame->Show();
    frame->add_paths({OPFOLG_EXAMPLES_DIR});
    BOOST_TEST_REQUIRE(checked(frame));
    auto* issues = frame->issue_list();
    BOOST_TEST(issues->GetItemCount() == 30000);
    BOOST_TEST(issues->total() == 30000u);

    // Typed into the filter: rows 123 and 1230–1239 of each workbook.
    frame->issue_filter()->SetValue(u8(std::string("RÆKKE 123")));
    BOOST_TEST(issues->GetItemCount() == 33);
    BOOST_TEST(issues->GetItemText(0, 4) == u8(std::string("feltet mangler i række 123")));
    frame->issue_filter()->SetValue(u8(std::string("række 1239")));
    BOOST_TEST(issues->GetItemCount() == 3);
    frame->issue_filter()->SetValue(wxString());
    BOOST_TEST(issues->GetItemCount() == 30000);

    // Sorted by severity: "Advarsel" before "Fejl", then back the other way.
    issues->sort_by(0);
    BOOST_TEST(issues->GetItemText(0, 0) == wxS("Advarsel"));
    BOOST_TEST(issues->GetItemText(29999, 0) == wxS("Fejl"));
    issues->sort_by(0);
    BOOST_TEST(issues->GetItemText(0, 0) == wxS("Fejl"));
    frame->Destroy();
    pump_for(100);
}

namespace {

// A queue standing in for the UI thread: the runner posts, the test takes.
struct Inbox {
    std::mutex m;
    std::queue<std::function<void()>> q;
    CheckRunner::Post post() {
        return [this](std::function<void()> f) {
            std::lock_guard<std::mutex> lock(m);
            q.push(std::move(f));
        };
    }
    // Runs what was posted until `done`.
    template <class Done>
    bool run_until(Done done) {
        for (int waited = 0; waited < 60000; waited += 5) {
            for (;;) {
                std::function<void()> f;
                {
                    std::lock_guard<std::mutex> lock(m);
                    if (q.empty()) break;
                    f = std::move(q.front());
                    q.pop();
                }
                f();
            }
            if (done()) return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return done();
    }
};

}  // namespace

BOOST_AUTO_TEST_CASE(workbook_written_while_it_is_read_is_read_again_when_complete) {
    Session session;
    test::TempDir d;
    auto file = d / "Bygge og anlæg.xlsx";
    const std::string whole = test::read_bytes(example("Byg og anlæg"));
    test::write_bytes(file, whole.substr(0, whole.size() / 2));  // Excel is still writing

    Inbox inbox;
    std::vector<validate::FileReport> results;
    bool finished = false;
    CheckRunner::Events events;
    events.checked = [&](std::uint64_t, validate::FileReport& r, std::uint64_t, std::size_t,
                         std::size_t) { results.push_back(std::move(r)); };
    events.finished = [&](std::uint64_t, bool) { finished = true; };
    CheckRunner runner(session.schema(), session.catalogue(), inbox.post(), events);
    runner.set_patience({std::chrono::milliseconds(20), std::chrono::milliseconds(0),
                         std::chrono::milliseconds(60000)});
    std::atomic<int> reads{0};
    // The first read sees half a workbook; the rest is written while it is being read.
    runner.set_check([&](const std::filesystem::path& f) {
        auto r = validate::validate_file(f, session.schema(), session.catalogue());
        if (reads++ == 0) {
            BOOST_TEST((r.status == validate::FileReport::Status::unreadable));
            test::write_bytes(f, whole);
        }
        return r;
    });
    runner.check_all({d.path()});
    BOOST_TEST_REQUIRE(inbox.run_until([&] { return finished; }));
    BOOST_TEST(reads == 2);
    BOOST_TEST_REQUIRE(results.size() == 1u);  // never reported broken
    BOOST_TEST((results[0].status != validate::FileReport::Status::unreadable));
    BOOST_TEST(results[0].workbook.has_value());
}

BOOST_AUTO_TEST_CASE(workbook_still_broken_once_written_is_reported_unreadable) {
    Session session;
    test::TempDir d;
    auto file = d / "Økonomi.xlsx";
    const std::string whole = test::read_bytes(example("Byg og anlæg"));
    test::write_bytes(file, whole.substr(0, whole.size() / 2));

    Inbox inbox;
    std::vector<validate::FileReport> results;
    bool finished = false;
    CheckRunner::Events events;
    events.checked = [&](std::uint64_t, validate::FileReport& r, std::uint64_t, std::size_t,
                         std::size_t) { results.push_back(std::move(r)); };
    events.finished = [&](std::uint64_t, bool) { finished = true; };
    CheckRunner runner(session.schema(), session.catalogue(), inbox.post(), events);
    // Unreadable and written a moment ago: read again until it has been still for 300 ms.
    runner.set_patience({std::chrono::milliseconds(20), std::chrono::milliseconds(300),
                         std::chrono::milliseconds(60000)});
    std::atomic<int> reads{0};
    runner.set_check([&](const std::filesystem::path& f) {
        ++reads;
        return validate::validate_file(f, session.schema(), session.catalogue());
    });
    runner.check_all({d.path()});
    BOOST_TEST_REQUIRE(inbox.run_until([&] { return finished; }));
    BOOST_TEST(reads > 1);
    BOOST_TEST_REQUIRE(results.size() == 1u);
    BOOST_TEST((results[0].status == validate::FileReport::Status::unreadable));
}

namespace {

// A department saves a Danish-named workbook anew (now with errors) and another department
// saves a new one into the watched folder: both verdicts appear without a click.
void saved_workbooks_are_checked_again(MainFrame* frame, const std::filesystem::path& dir) {
    BOOST_TEST_REQUIRE(checked(frame));
    BOOST_TEST_REQUIRE(frame->workbook_list()->GetItemCount() == 2);
    BOOST_TEST(status_of(frame, "Bygge og anlæg.xlsx") != u8(std::string("fejl")));

    save_as_excel_does(example("Handel og kontor"), dir / "Bygge og anlæg.xlsx");
    BOOST_TEST(pump([&] { return status_of(frame, "Bygge og anlæg.xlsx") == wxS("fejl"); }),
               to_u8(status_of(frame, "Bygge og anlæg.xlsx")));

    save_as_excel_does(example("Handel og kontor"), dir / "Økonomi og ledelse.xlsx");
    BOOST_TEST(pump([&] { return status_of(frame, "Økonomi og ledelse.xlsx") == wxS("fejl"); }));
    BOOST_TEST(frame->workbook_list()->GetItemCount() == 3);
    BOOST_TEST(pump([&] {
                   return frame->GetStatusBar()->GetStatusText().Contains(
                       u8(std::string("1 ny projektmappe")));
               }),
               to_u8(frame->GetStatusBar()->GetStatusText()));

    // Saved in place (not renamed, as some programs and copies over the network do).
    test::write_bytes(dir / "Bygge og anlæg.xlsx", test::read_bytes(example("Byg og anlæg")));
    BOOST_TEST(pump([&] { return status_of(frame, "Bygge og anlæg.xlsx") != wxS("fejl"); }));
    BOOST_TEST(!status_of(frame, "Bygge og anlæg.xlsx").StartsWith(u8(std::string("kan ikke"))));

    // A workbook taken out of the folder leaves the list.
    std::filesystem::remove(dir / "Økonomi og ledelse.xlsx");
    BOOST_TEST(pump([&] { return row_of(frame, "Økonomi og ledelse.xlsx") < 0; }));
}

void fill_danish_folder(const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    std::filesystem::copy_file(example("Byg og anlæg"), dir / "Bygge og anlæg.xlsx");
    std::filesystem::copy_file(example("Omsorg, sundhed og pædagogik"),
                               dir / "Sundhed og pædagogik.xlsx");
}

}  // namespace

BOOST_AUTO_TEST_CASE(watched_folder_checks_danish_named_workbooks_saved_into_it) {
    set_ui_lang(Lang::da);
    test::TempDir d;
    auto dir = d / "Afdelinger på Ærø";
    fill_danish_folder(dir);
    auto* frame = new MainFrame(std::make_unique<Session>());
    frame->Show();
    frame->add_paths({dir});  // as Mappe does
    saved_workbooks_are_checked_again(frame, dir);
    frame->Destroy();
    pump_for(100);
}

BOOST_AUTO_TEST_CASE(folder_given_on_the_command_line_is_watched) {
    set_ui_lang(Lang::da);
    test::TempDir d;
    auto dir = d / "Afdelinger på Ærø";
    fill_danish_folder(dir);
    auto* frame = new MainFrame(std::make_unique<Session>());
    frame->Show();
    // App::OnInit hands the command line's paths over before the event loop runs.
    auto* loop = wxEventLoopBase::GetActive();
    wxEventLoopBase::SetActive(nullptr);
    frame->add_paths({dir});
    wxEventLoopBase::SetActive(loop);
    BOOST_TEST(frame->workbook_list()->GetItemCount() == 0);  // nothing read before the loop
    pump([&] { return !frame->watched().empty(); });
    BOOST_TEST(frame->watched().size() == 1u);
    saved_workbooks_are_checked_again(frame, dir);
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

// Answers the New template dialog: department, output file, then `answer` (OK or Cancel).
class FillTemplateDialog : public wxExpectModalBase<TemplateDialog, FillTemplateDialog> {
  public:
    FillTemplateDialog(std::filesystem::path out, int answer = wxID_OK)
        : out_(std::move(out)), answer_(answer) {}

  protected:
    int OnInvoked(TemplateDialog* dlg) const override {
        auto* picker = wxDynamicCast(dlg->FindWindow(wxS("filepicker")), wxFilePickerCtrl);
        BOOST_TEST_REQUIRE(picker != nullptr);
        picker->SetPath(u8(out_));
        for (auto* child : dlg->GetChildren())
            if (auto* text = dynamic_cast<wxTextCtrl*>(child)) {
                text->SetValue(u8(std::string("Byg og anlæg")));
                break;
            }
        return answer_;
    }

  private:
    std::filesystem::path out_;
    int answer_;
};

// Closes a dialog of type T with `answer` without touching it.
template <class T>
class Answer : public wxExpectModalBase<T, Answer<T>> {
  public:
    explicit Answer(int answer) : answer_(answer) {}

  protected:
    int OnInvoked(T*) const override { return answer_; }

  private:
    int answer_;
};

// Answers a save dialog with `path`. GTK's chooser takes a folder asynchronously, so the events
// it needs run until the dialog gives the path back.
class SaveAs : public wxExpectModalBase<wxFileDialog, SaveAs> {
  public:
    explicit SaveAs(std::filesystem::path path) : path_(std::move(path)) {}

  protected:
    int OnInvoked(wxFileDialog* dlg) const override {
        dlg->SetPath(u8(path_));
        pump([&] { return dlg->GetPath() == u8(path_); }, 10000);
        BOOST_TEST(dlg->GetPath() == u8(path_));
        return wxID_OK;
    }

  private:
    std::filesystem::path path_;
};

// A message box whose text the test reads afterwards.
class ReadMessage : public wxExpectModalBase<wxMessageDialog, ReadMessage> {
  public:
    explicit ReadMessage(int answer = wxID_OK) : answer_(answer) {}
    mutable wxString message;

  protected:
    int OnInvoked(wxMessageDialog* dlg) const override {
        message = dlg->GetMessage();
        return answer_;
    }

  private:
    int answer_;
};

}  // namespace

BOOST_AUTO_TEST_CASE(consolidate_menu_dialog_ok_writes_the_board_workbook) {
    set_ui_lang(Lang::da);
    auto* frame = new MainFrame(std::make_unique<Session>());
    frame->Show();
    frame->add_paths({OPFOLG_EXAMPLES_DIR});
    BOOST_TEST_REQUIRE(checked(frame));
    test::TempDir d;
    auto out = d / "Bestyrelsen via menuen.xlsx";
    FillConsolidateDialog fill(out);
    // Menu ▸ Konsolidér…, OK in the dialog, then "open it now?" answered No.
    wxTEST_DIALOG(
        {
            send_menu(frame, id_consolidate);
            pump([&] { return std::filesystem::exists(out) && !frame->consolidation_running(); });
            pump_for(300);
        },
        fill, wxExpectModal<wxMessageDialog>(wxNO));
    BOOST_TEST(std::filesystem::exists(out));
    BOOST_TEST(fill.seen_institution == "Eksempelskolen");
    // Plurals as Danish has them.
    BOOST_TEST(frame->GetStatusBar()->GetStatusText().Contains(wxS("Skrevet")));
    BOOST_TEST(frame->GetStatusBar()->GetStatusText().Contains(wxS("3 afdelinger")),
               to_u8(frame->GetStatusBar()->GetStatusText()));
    frame->Destroy();
    pump_for(100);
}

BOOST_AUTO_TEST_CASE(consolidate_replaces_an_existing_board_workbook_only_when_confirmed) {
    set_ui_lang(Lang::da);
    auto* frame = new MainFrame(std::make_unique<Session>());
    frame->Show();
    frame->add_paths({OPFOLG_EXAMPLES_DIR});
    BOOST_TEST_REQUIRE(checked(frame));
    test::TempDir d;
    auto out = d / "Bestyrelsen.xlsx";
    test::write_bytes(out, "last week's board workbook");

    // No: the dialog comes back as filled in; Cancel there: nothing is written.
    FillConsolidateDialog fill(out);
    ReadMessage asked(wxID_NO);
    wxTEST_DIALOG(
        {
            send_menu(frame, id_consolidate);
            pump_for(300);
        },
        fill, asked, Answer<ConsolidateDialog>(wxID_CANCEL));
    BOOST_TEST(asked.message.Contains(wxS("Bestyrelsen.xlsx")));
    BOOST_TEST(asked.message.Contains(wxS("findes allerede")));
    BOOST_TEST(test::read_bytes(out) == "last week's board workbook");
    BOOST_TEST(!frame->consolidation_running());

    // Yes: replaced.
    wxTEST_DIALOG(
        {
            send_menu(frame, id_consolidate);
            pump([&] { return !frame->consolidation_running(); });
            pump_for(300);
        },
        fill, wxExpectModal<wxMessageDialog>(wxYES), wxExpectModal<wxMessageDialog>(wxNO));
    // A board workbook, with Indikatorhistorik.
    BOOST_TEST(xlsx::read_workbook(out).sheets.size() == 7u);
    frame->Destroy();
    pump_for(100);
}

BOOST_AUTO_TEST_CASE(new_template_never_replaces_a_filled_plan_unasked) {
    set_ui_lang(Lang::da);
    auto* frame = new MainFrame(std::make_unique<Session>());
    frame->Show();
    test::TempDir d;
    auto out = d / "Byg og anlæg.xlsx";
    std::filesystem::copy_file(example("Byg og anlæg"), out);
    const std::string filled = test::read_bytes(out);

    ReadMessage asked(wxID_NO);
    wxTEST_DIALOG({ send_menu(frame, id_template); }, FillTemplateDialog(out), asked,
                  FillTemplateDialog(out, wxID_CANCEL));
    BOOST_TEST(asked.message.Contains(u8(std::string("Byg og anlæg.xlsx"))));
    BOOST_TEST(test::read_bytes(out) == filled);

    wxTEST_DIALOG({ send_menu(frame, id_template); }, FillTemplateDialog(out),
                  wxExpectModal<wxMessageDialog>(wxYES));
    BOOST_TEST(test::read_bytes(out) != filled);
    BOOST_TEST(xlsx::read_workbook(out).sheets[0].name == "Vejledning");
    BOOST_TEST(frame->GetStatusBar()->GetStatusText().StartsWith(wxS("Skabelon skrevet")));

    // The core's refusal reaches the user in Danish: a folder that does not exist.
    ReadMessage error;
    wxTEST_DIALOG({ send_menu(frame, id_template); },
                  FillTemplateDialog(d / "findes ikke" / "skabelon.xlsx"), error);
    BOOST_TEST(error.message.Contains(wxS("findes ikke")), to_u8(error.message));
    frame->Destroy();
    pump_for(100);
}

BOOST_AUTO_TEST_CASE(feedback_export_replaces_the_file_the_save_dialog_confirmed) {
    set_ui_lang(Lang::da);
    auto* frame = new MainFrame(std::make_unique<Session>());
    frame->Show();
    frame->add_paths({OPFOLG_EXAMPLES_DIR});
    BOOST_TEST_REQUIRE(checked(frame));
    test::TempDir d;
    auto out = d / "Tilbagemelding.xlsx";
    test::write_bytes(out, "an older feedback workbook");
    // The save dialog (wxFD_OVERWRITE_PROMPT) has asked; it returns the existing file.
    wxTEST_DIALOG({ send_menu(frame, id_feedback); }, SaveAs(out));
    BOOST_TEST(test::read_bytes(out) != "an older feedback workbook");
    BOOST_TEST(!xlsx::read_workbook(out).sheets.empty());
    BOOST_TEST(frame->GetStatusBar()->GetStatusText().StartsWith(wxS("Tilbagemelding skrevet")));
    frame->Destroy();
    pump_for(100);
}

BOOST_AUTO_TEST_CASE(danish_mode_names_dialog_buttons_and_counts_in_danish) {
    set_ui_lang(Lang::da);
    // wxWidgets' own catalog: the file picker's button and stock labels.
    BOOST_TEST(wxTranslations::Get()->IsLoaded(wxS("wxstd-3.2")));
    BOOST_TEST(wxGetStockLabel(wxID_CANCEL) == wxS("&Annuller"));
    auto* frame = new MainFrame(std::make_unique<Session>());
    frame->Show();
    auto* dlg = new TemplateDialog(frame);
    auto* picker = wxDynamicCast(dlg->FindWindow(wxS("filepicker")), wxFilePickerCtrl);
    BOOST_TEST_REQUIRE(picker != nullptr);
    auto* browse = dynamic_cast<wxButton*>(picker->GetPickerCtrl());
    BOOST_TEST_REQUIRE(browse != nullptr);
    BOOST_TEST(browse->GetLabel() == wxS("Gennemse"));
#if defined(__WXGTK__)
    // GTK draws OK/Cancel itself, translated through the C library's gettext.
    BOOST_TEST(std::string(dgettext("gtk30", "_Cancel")) == "_Annullér");
#endif
    dlg->Show();
    pump_for(300);
    screenshot("template-dialog.png");
    dlg->Destroy();

    // Plurals: one workbook, one warning.
    frame->add_paths({example("Omsorg, sundhed og pædagogik")});
    BOOST_TEST_REQUIRE(checked(frame));
    BOOST_TEST(frame->GetStatusBar()->GetStatusText() ==
                   u8(std::string("1 projektmappe kontrolleret: 0 fejl, 1 advarsel.")),
               to_u8(frame->GetStatusBar()->GetStatusText()));
    BOOST_TEST(wxString::Format(wxPLURAL("%zu department", "%zu departments", 1), std::size_t{1}) ==
               wxS("1 afdeling"));
    BOOST_TEST(wxString::Format(wxPLURAL("%zu department", "%zu departments", 2), std::size_t{2}) ==
               wxS("2 afdelinger"));

    // English gets English buttons back.
    set_ui_lang(Lang::en);
    BOOST_TEST(wxGetStockLabel(wxID_CANCEL) == wxS("&Cancel"));
#if defined(__WXGTK__)
    BOOST_TEST(std::string(dgettext("gtk30", "_Cancel")) == "_Cancel");
#endif
    set_ui_lang(Lang::da);
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
    // Said at once; the check of the new workbook then runs on the workers.
    BOOST_TEST(frame->GetStatusBar()->GetStatusText().Contains(wxS("Importeret: 1")),
               to_u8(frame->GetStatusBar()->GetStatusText()));
    auto workbook = d / "ud" / "Opfølgningsplan Byg.xlsx";
    BOOST_TEST(std::filesystem::exists(workbook));
    BOOST_TEST(fill.preview.find("Tabel 1 \"GF1 Frafald\" (2 × 3): 1 indsats") != std::string::npos,
               fill.preview);
    BOOST_TEST_REQUIRE(checked(frame));
    BOOST_TEST_REQUIRE(frame->workbook_list()->GetItemCount() == 1);
    BOOST_TEST(frame->workbook_list()->GetItemText(0, 0) ==
               u8(std::string("Opfølgningsplan Byg.xlsx")));
    frame->Destroy();
    pump_for(100);
}

namespace {

// Reads the rollover preview as the coordinator sees it, checks that nothing is written yet,
// picks the folder and clicks OK.
class FillRolloverDialog : public wxExpectModalBase<RolloverDialog, FillRolloverDialog> {
  public:
    explicit FillRolloverDialog(std::filesystem::path folder) : folder_(std::move(folder)) {}

  protected:
    int OnInvoked(RolloverDialog* dlg) const override {
        written_before_ok = std::filesystem::exists(folder_);
        auto* list = dlg->department_list();
        for (long i = 0; i < list->GetItemCount(); ++i) {
            std::string row;
            for (int c = 0; c < 6; ++c) row += (c ? "|" : "") + to_u8(list->GetItemText(i, c));
            rows.push_back(row);
        }
        details = to_u8(dlg->details());
        // The preview as the coordinator sees it, for the README.
        dlg->CentreOnScreen();
        dlg->Show();
        pump_for(400);
        screenshot("rollover-preview.png", dlg->GetScreenRect());
        dlg->Hide();
        auto* picker = wxDynamicCast(dlg->FindWindow(wxS("dirpicker")), wxDirPickerCtrl);
        BOOST_TEST_REQUIRE(picker != nullptr);
        suggested = to_u8(picker->GetTextCtrlValue());  // what the coordinator reads
        picker->SetPath(u8(folder_));
        return wxID_OK;
    }

  private:
    std::filesystem::path folder_;

  public:
    mutable bool written_before_ok = true;
    mutable std::vector<std::string> rows;
    mutable std::string details;
    mutable std::string suggested;
};

// The examples' board workbook beside the window that makes next year's workbooks from it.
struct RolloverWindow {
    RolloverWindow() {
        set_ui_lang(Lang::da);
        BOOST_TEST_REQUIRE(consolidate::consolidate({OPFOLG_EXAMPLES_DIR}, board, session.schema(),
                                                    session.catalogue(), {})
                               .written);
        frame->Show();
        pump_for(200);
    }
    test::TempDir dir;
    Session session;
    std::filesystem::path board = dir / "Samlet.xlsx";
    MainFrame* frame = new MainFrame(std::make_unique<Session>());
};

}  // namespace

BOOST_AUTO_TEST_CASE(next_years_templates_preview_each_department_before_writing) {
    RolloverWindow w;
    const auto& d = w.dir;
    const auto& board = w.board;
    const auto& session = w.session;
    auto* frame = w.frame;
    const auto* item = frame->GetMenuBar()->FindItem(id_rollover);
    BOOST_TEST_REQUIRE(item != nullptr);
    BOOST_TEST(to_u8(item->GetItemLabelText()) == "Næste års skabeloner…");

    FillRolloverDialog fill(d / "2026");
    std::vector<std::filesystem::path> written;
    wxTEST_DIALOG(written = roll_over(frame, session, {board}), fill,
                  wxExpectModal<wxMessageDialog>(wxOK));
    BOOST_TEST(!fill.written_before_ok);
    // The folder offered is beside the board workbook, and shown although it does not exist yet.
    BOOST_TEST(fill.suggested == (d / "Næste år").string(), fill.suggested);
    // Department | plan years | go forward | closed | not carried | indicators.
    BOOST_TEST_REQUIRE(fill.rows.size() == 3u);
    BOOST_TEST(fill.rows[0] == "Byg og anlæg|2025 → 2026|4|0|0|4", fill.rows[0]);
    BOOST_TEST(fill.rows[1].rfind("Handel og kontor|2025 → 2026|0|0|4|", 0) == 0, fill.rows[1]);
    BOOST_TEST(fill.details.find("4 indsatser videreføres") != std::string::npos, fill.details);
    BOOST_TEST(written.size() == 3u);
    BOOST_TEST(std::filesystem::exists(d / "2026" / "Opfølgningsplan 2026 Byg og anlæg.xlsx"));
    frame->Destroy();
    pump_for(100);
}

namespace {

// Answers the question whether next year's existing workbooks may be replaced, and keeps it.
class AnswerReplace : public wxExpectModalBase<wxMessageDialog, AnswerReplace> {
  public:
    explicit AnswerReplace(int answer) : answer_(answer) {}

  protected:
    int OnInvoked(wxMessageDialog* dlg) const override {
        question = to_u8(dlg->GetMessage());
        return answer_;
    }

  private:
    int answer_;

  public:
    mutable std::string question;
};

}  // namespace

BOOST_AUTO_TEST_CASE(next_years_templates_never_replace_a_workbook_unasked) {
    RolloverWindow w;
    const auto& d = w.dir;
    const auto& board = w.board;
    const auto& session = w.session;
    auto* frame = w.frame;
    auto byg = d / "2026" / "Opfølgningsplan 2026 Byg og anlæg.xlsx";
    std::filesystem::create_directories(byg.parent_path());
    test::write_bytes(byg, "afdelingens egen plan");

    // No: the department's workbook stays, the others are written.
    FillRolloverDialog fill(d / "2026");
    AnswerReplace no(wxID_NO);
    std::vector<std::filesystem::path> written;
    wxTEST_DIALOG(written = roll_over(frame, session, {board}), fill, no,
                  wxExpectModal<wxMessageDialog>(wxOK));
    BOOST_TEST(no.question.find("1 af næste års projektmapper findes allerede") == 0u, no.question);
    BOOST_TEST(no.question.find("Opfølgningsplan 2026 Byg og anlæg.xlsx") != std::string::npos,
               no.question);
    BOOST_TEST(no.question.find("Vil du erstatte den?") != std::string::npos, no.question);
    BOOST_TEST(written.size() == 2u);
    BOOST_TEST(test::read_bytes(byg) == "afdelingens egen plan");

    // Yes: replaced, all three written.
    FillRolloverDialog again(d / "2026");
    AnswerReplace yes(wxID_YES);
    wxTEST_DIALOG(written = roll_over(frame, session, {board}), again, yes,
                  wxExpectModal<wxMessageDialog>(wxOK));
    BOOST_TEST(yes.question.find("Vil du erstatte dem?") != std::string::npos, yes.question);
    BOOST_TEST(written.size() == 3u);
    BOOST_TEST(test::read_bytes(byg) != "afdelingens egen plan");
    frame->Destroy();
    pump_for(100);
}
