// SPDX-License-Identifier: MIT
// The main window's side of checking: starting checks on the runner's worker threads, taking
// their results on the UI thread, progress in the status bar, and watching folders.
#include <wx/config.h>
#include <wx/evtloop.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/statusbr.h>
#include <wx/timer.h>
#include <wx/toolbar.h>

#include <algorithm>

#include "gui/ids.h"
#include "gui/main_frame.h"
#include "gui/wx_text.h"

namespace opfolg::gui {

namespace {
// Views follow results at most this often: a folder of 400 workbooks posts 400 results.
constexpr int refresh_ms = 200;
// A watched folder is looked at this long after its last event: Excel saves in several steps.
constexpr int look_delay_ms = 700;
// And every so often without events: a network drive does not report others' saves.
constexpr int poll_ms = 5000;
}  // namespace

void MainFrame::make_runner() {
    CheckRunner::Events events;
    events.listed = [this](std::uint64_t job, const plan::Inputs& inputs, const Snapshot& look) {
        on_listed(job, inputs, look);
    };
    events.looked = [this](std::uint64_t job, const Snapshot& look, const FolderChanges& c) {
        on_looked(job, look, c);
    };
    events.checked = [this](std::uint64_t job, validate::FileReport& r, std::uint64_t seq,
                            std::size_t done,
                            std::size_t total) { on_checked(job, r, seq, done, total); };
    events.finished = [this](std::uint64_t job, bool stopped) { on_check_finished(job, stopped); };
    // Workers reach the window only through CallAfter (thread-safe: it queues an event).
    runner_ = std::make_unique<CheckRunner>(
        session_->schema(), session_->catalogue(),
        [this](std::function<void()> f) { CallAfter(std::move(f)); }, std::move(events));

    refresh_timer_ = std::make_unique<wxTimer>(this);
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { apply_changes(); }, refresh_timer_->GetId());
    look_timer_ = std::make_unique<wxTimer>(this);
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { look_at_folders(); }, look_timer_->GetId());
    poll_timer_ = std::make_unique<wxTimer>(this);
    Bind(
        wxEVT_TIMER, [this](wxTimerEvent&) { look_at_folders(); }, poll_timer_->GetId());
}

void MainFrame::end_checks() {
    for (auto* t : {refresh_timer_.get(), look_timer_.get(), poll_timer_.get()})
        if (t) t->Stop();
    watcher_.reset();
    runner_.reset();
}

void MainFrame::add_paths(const std::vector<std::filesystem::path>& paths) {
    if (!runner_) return;  // the window is closing
    // Before the event loop runs (paths from the command line, from OnInit) a folder watcher
    // cannot be made: wait for the loop, then do what a Folder click does.
    if (!wxEventLoopBase::GetActive()) {
        CallAfter([this, paths] { add_paths(paths); });
        return;
    }
    session_->add(paths);
    // Watch added folders: a department saving its workbook there is checked again seconds later.
    for (const auto& p : paths) {
        std::error_code ec;
        if (!std::filesystem::is_directory(p, ec)) continue;
        watch(p);
        wxConfig::Get()->Write(wxS("/Recent/Folder"), u8(p));
    }
    validate_all();
}

void MainFrame::validate_all() {
    if (!runner_ || session_->paths().empty()) return;
    stop_asked_ = false;
    check_done_ = 0;
    check_total_ = 0;
    runner_->check_all(session_->paths());
    SetStatusText(_("Looking for workbooks..."));
    update_check_controls();
}

void MainFrame::stop_checking() {
    if (!runner_ || !runner_->busy()) return;
    stop_asked_ = true;
    runner_->stop();
    SetStatusText(_("Stopping: the workbooks being read are finished first..."));
}

void MainFrame::change(std::function<void(Session&)> f) {
    changes_.push_back(std::move(f));
    if (!refresh_timer_->IsRunning()) refresh_timer_->StartOnce(refresh_ms);
}

void MainFrame::apply_changes() {
    refresh_timer_->Stop();
    if (changes_.empty()) return;
    // The session changes and the views follow in the same step, so a view never draws from a
    // result that is gone.
    for (auto& f : changes_) f(*session_);
    changes_.clear();
    refresh_views();
}

void MainFrame::on_listed(std::uint64_t job, const plan::Inputs& inputs, const Snapshot& look) {
    if (job != runner_->full_check()) return;  // a check since replaced by a newer one
    for (const auto& [file, stamp] : look) look_[file] = stamp;
    change([inputs](Session& s) { s.begin_check(inputs); });
    apply_changes();  // the whole list at once: every workbook shows, waiting
    check_total_ = inputs.files.size();
    SetStatusText(wxString::Format(_("Checking %zu of %zu..."), check_done_, check_total_));
}

void MainFrame::on_looked(std::uint64_t, const Snapshot& look, const FolderChanges& changes) {
    for (const auto& f : changes.changed) (look_.count(f) ? changed_on_disk_ : new_on_disk_)++;
    for (const auto& f : changes.removed) look_.erase(f);
    for (const auto& [file, stamp] : look) look_[file] = stamp;
    if (changes.empty()) return;
    folder_checking_ = !changes.changed.empty();
    update_check_controls();
    change([changes](Session& s) {
        s.forget(changes.removed);
        s.expect(changes.changed);
    });
    apply_changes();
}

void MainFrame::on_checked(std::uint64_t job, validate::FileReport& result, std::uint64_t seq,
                           std::size_t done, std::size_t total) {
    change([r = std::make_shared<validate::FileReport>(std::move(result)), seq](Session& s) {
        s.put(std::move(*r), seq);
    });
    if (job == runner_->full_check()) {
        check_done_ = std::max(check_done_, done);
        check_total_ = total;
        SetStatusText(wxString::Format(_("Checking %zu of %zu..."), check_done_, check_total_));
    }
}

void MainFrame::on_check_finished(std::uint64_t job, bool stopped) {
    apply_changes();
    if (!checking()) fill_departments();  // held back while results arrived
    bool full = job != folder_job_;
    if (job == folder_job_) folder_job_ = 0, folder_checking_ = false;
    if (!runner_->busy() && (stop_asked_ || stopped)) {
        change([](Session& s) { s.stop_waiting(); });
        apply_changes();
    }
    if (!runner_->full_check()) {
        if (stop_asked_ || (full && stopped))
            SetStatusText(wxString::Format(
                wxPLURAL("Checking stopped: %zu of %zu workbook checked.",
                         "Checking stopped: %zu of %zu workbooks checked.", check_total_),
                check_done_, check_total_));
        else if (full)
            SetStatusText(check_summary());
        else if (changed_on_disk_ || new_on_disk_) {
            wxString said;
            if (changed_on_disk_)
                said = wxString::Format(
                    wxPLURAL("%zu workbook changed on disk and was checked again.",
                             "%zu workbooks changed on disk and were checked again.",
                             changed_on_disk_),
                    changed_on_disk_);
            if (new_on_disk_)
                said += (said.empty() ? wxString() : wxString(wxS(" "))) +
                        wxString::Format(
                            wxPLURAL("%zu new workbook in the folder was checked.",
                                     "%zu new workbooks in the folder were checked.", new_on_disk_),
                            new_on_disk_);
            SetStatusText(said);
        }
    }
    if (!runner_->busy()) {
        stop_asked_ = false;
        changed_on_disk_ = new_on_disk_ = 0;
    }
    update_check_controls();
    // Events that came while the folders were being looked at are looked at now.
    if (look_again_ && !folder_job_) {
        look_again_ = false;
        look_timer_->StartOnce(look_delay_ms);
    }
}

wxString MainFrame::check_summary() const {
    const auto& r = session_->report();
    std::size_t n = r.files.size(), errors = r.errors(), warnings = r.warnings();
    return wxString::Format(wxPLURAL("%zu workbook checked", "%zu workbooks checked", n), n) +
           wxS(": ") + wxString::Format(wxPLURAL("%zu error", "%zu errors", errors), errors) +
           wxS(", ") +
           wxString::Format(wxPLURAL("%zu warning", "%zu warnings", warnings), warnings) + wxS(".");
}

void MainFrame::update_check_controls() {
    bool busy = checking();
    if (auto* bar = GetMenuBar()) bar->Enable(id_stop, busy);
    if (auto* tb = GetToolBar()) tb->EnableTool(id_stop, busy);
}

void MainFrame::watch(const std::filesystem::path& folder) {
    if (std::find(watched_.begin(), watched_.end(), folder) != watched_.end()) return;
    watched_.push_back(folder);
    if (!watcher_) {
        watcher_ = std::make_unique<wxFileSystemWatcher>();
        watcher_->SetOwner(this);
        Bind(wxEVT_FSWATCHER, &MainFrame::on_watch, this);
    }
    // The event only says that something happened: which workbooks changed is found by looking
    // at the folder with std::filesystem. (wx spells the name from the event in the C locale's
    // encoding, which loses æ, ø and å.)
    // Not wxFSW_EVENT_ACCESS: reading the workbooks ourselves would wake the watcher again.
    watcher_->Add(wxFileName::DirName(u8(folder)), wxFSW_EVENT_CREATE | wxFSW_EVENT_DELETE |
                                                       wxFSW_EVENT_RENAME | wxFSW_EVENT_MODIFY |
                                                       wxFSW_EVENT_WARNING | wxFSW_EVENT_ERROR);
    if (!poll_timer_->IsRunning()) poll_timer_->Start(poll_ms);
}

void MainFrame::on_watch(wxFileSystemWatcherEvent&) {
    look_timer_->StartOnce(look_delay_ms);  // again after every event: Excel writes in steps
}

void MainFrame::look_at_folders() {
    if (!runner_ || watched_.empty()) return;
    if (folder_job_) {
        look_again_ = true;  // one look at a time; the next starts when this one ends
        return;
    }
    folder_job_ = runner_->check_folders(watched_, look_);
}

}  // namespace opfolg::gui
