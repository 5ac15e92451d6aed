// SPDX-License-Identifier: MIT
#pragma once

#include <wx/frame.h>
#include <wx/fswatcher.h>  // a macro for the platform's class: no forward declaration
#include <wx/timer.h>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

#include "gui/check_runner.h"
#include "gui/session.h"

class wxListEvent;
class wxGrid;
class wxGridEvent;
class wxNotebook;
class wxTextCtrl;
class wxChoice;

namespace opfolg::gui {

class ChartPanel;
class IndicatorTable;
class IssueList;
class WorkbookList;

/// The coordinator's window: workbooks on the left, issues and indicators on the right.
/// Workbooks are read and checked on worker threads (CheckRunner); results fill in as they come.
class MainFrame : public wxFrame {
  public:
    explicit MainFrame(std::unique_ptr<Session> session);
    ~MainFrame() override;

    // The actions behind menus, toolbar and drag and drop; public so the GUI tests drive the
    // same code paths a click does.

    /// Adds workbooks and folders, watches the folders and checks everything on worker threads.
    /// Called before the event loop runs (the command line), it waits for the loop: a folder
    /// watcher needs it.
    void add_paths(const std::vector<std::filesystem::path>& paths);
    /// Word plans (.docx): read, previewed in the import dialog, written as department
    /// workbooks into the chosen folder, then added like any workbook.
    void import_documents(const std::vector<std::filesystem::path>& documents);
    /// Checks every added workbook again (on worker threads; returns at once).
    void validate_all();
    /// Stops the checks under way; workbooks not read yet are listed as not checked.
    void stop_checking();
    /// Whether workbooks are being checked (all of them, or a watched folder's changes; a look
    /// at the folders that finds nothing new does not count).
    bool checking() const { return runner_ && (runner_->full_check() != 0 || folder_checking_); }
    /// Runs a consolidation on a worker thread with a cancellable progress dialog; `on_done`
    /// runs on the UI thread with the result (or an error text).
    void start_consolidation(
        const std::filesystem::path& output, const consolidate::Options& options,
        std::function<void(const consolidate::Result*, const wxString& error)> on_done = {});
    bool consolidation_running() const { return worker_.joinable(); }
    void select_page(int page);
    wxNotebook* notebook() const { return notebook_; }
    IssueList* issue_list() const { return issues_; }
    WorkbookList* workbook_list() const { return workbooks_; }
    wxGrid* indicator_grid() const { return grid_; }
    wxTextCtrl* issue_filter() const { return issue_filter_; }
    const Session& session() const { return *session_; }
    /// The checks' engine (tests put a gate around reading a workbook, or shorten the waits).
    CheckRunner& checks() { return *runner_; }
    /// The folders being watched.
    const std::vector<std::filesystem::path>& watched() const { return watched_; }
    /// Rebuilds every label after a language switch.
    void relabel();

  private:
    void build_menu();
    void build_toolbar();
    void build_body();
    void refresh_views();
    void fill_departments();
    void fill_indicators();
    void update_check_controls();
    void on_add_files(wxCommandEvent&);
    void on_add_folder(wxCommandEvent&);
    void on_consolidate(wxCommandEvent&);
    void on_template(wxCommandEvent&);
    void on_feedback(wxCommandEvent&);
    void on_import(wxCommandEvent&);
    void on_language(wxCommandEvent&);
    void on_issue_activated(wxListEvent&);
    void on_issue_column(wxListEvent&);
    void on_indicator_selected(wxGridEvent&);
    void show_error(const wxString& message);
    /// Asks whether `file`, which exists, may be replaced (No keeps it).
    bool confirm_replace(const std::filesystem::path& file);
    /// Shows `dlg` until its output is a new file or the user agrees to replace the existing
    /// one (then `options.existing` says so); false when the dialog is cancelled.
    template <class Dialog, class Options>
    bool ask_for_output(Dialog& dlg, Options& options);

    // Checking (check_ui.cpp): the runner's events, applied to the session on the UI thread.
    void make_runner();
    /// Stops checking and watching for good (the window closes): waits for the workbooks being
    /// read, so no worker outlives the window.
    void end_checks();
    void on_listed(std::uint64_t job, const plan::Inputs& inputs, const Snapshot& look);
    void on_looked(std::uint64_t job, const Snapshot& look, const FolderChanges& changes);
    void on_checked(std::uint64_t job, validate::FileReport& result, std::uint64_t seq,
                    std::size_t done, std::size_t total);
    void on_check_finished(std::uint64_t job, bool stopped);
    /// Queues a change of the session; the views follow at the next refresh, together.
    void change(std::function<void(Session&)> f);
    /// Applies the queued changes and refreshes the views.
    void apply_changes();
    void watch(const std::filesystem::path& folder);
    void on_watch(wxFileSystemWatcherEvent&);
    /// Looks at the watched folders again (after an event, or on the poll timer).
    void look_at_folders();
    wxString check_summary() const;

    std::unique_ptr<Session> session_;
    WorkbookList* workbooks_ = nullptr;
    IssueList* issues_ = nullptr;
    wxTextCtrl* issue_filter_ = nullptr;
    wxNotebook* notebook_ = nullptr;
    wxGrid* grid_ = nullptr;
    IndicatorTable* indicator_table_ = nullptr;
    wxChoice* department_ = nullptr;
    wxArrayString departments_shown_;
    ChartPanel* chart_ = nullptr;

    // Checking.
    std::unique_ptr<CheckRunner> runner_;
    std::vector<std::function<void(Session&)>> changes_;
    std::unique_ptr<wxTimer> refresh_timer_;
    std::size_t check_done_ = 0, check_total_ = 0;
    bool stop_asked_ = false;
    std::size_t changed_on_disk_ = 0, new_on_disk_ = 0;  // by the looks since the last check

    // Watching.
    std::unique_ptr<wxFileSystemWatcher> watcher_;
    std::vector<std::filesystem::path> watched_;
    Snapshot look_;                        // what the watched folders held at the last look
    std::unique_ptr<wxTimer> look_timer_;  // a moment after the last event: Excel saves in steps
    std::unique_ptr<wxTimer> poll_timer_;  // network drives send no events
    std::uint64_t folder_job_ = 0;
    bool folder_checking_ = false;  // the running look found workbooks to check
    bool look_again_ = false;

    // Consolidation.
    std::thread worker_;
    std::atomic<bool> cancel_{false};
};

}  // namespace opfolg::gui
