// SPDX-License-Identifier: MIT
#pragma once

#include <wx/frame.h>
#include <wx/fswatcher.h>  // a macro for the platform's class: no forward declaration

#include <atomic>
#include <memory>
#include <thread>

#include "gui/session.h"

class wxListCtrl;
class wxListEvent;
class wxGrid;
class wxGridEvent;
class wxNotebook;
class wxTimer;
class wxTextCtrl;
class wxChoice;

namespace opfolg::gui {

class ChartPanel;

/// The coordinator's window: workbooks on the left, issues and indicators on the right.
class MainFrame : public wxFrame {
  public:
    explicit MainFrame(std::unique_ptr<Session> session);
    ~MainFrame() override;

    // The actions behind menus, toolbar and drag and drop; public so the GUI tests drive the
    // same code paths a click does.
    void add_paths(const std::vector<std::filesystem::path>& paths);
    /// Word plans (.docx): read, previewed in the import dialog, written as department
    /// workbooks into the chosen folder, then added like any workbook.
    void import_documents(const std::vector<std::filesystem::path>& documents);
    void validate_all();
    /// Runs a consolidation on a worker thread with a cancellable progress dialog; `on_done`
    /// runs on the UI thread with the result (or an error text).
    void start_consolidation(
        const std::filesystem::path& output, const consolidate::Options& options,
        std::function<void(const consolidate::Result*, const wxString& error)> on_done = {});
    bool consolidation_running() const { return worker_.joinable(); }
    void select_page(int page);
    wxNotebook* notebook() const { return notebook_; }
    wxListCtrl* issue_list() const { return issues_; }
    wxListCtrl* workbook_list() const { return workbooks_; }
    const Session& session() const { return *session_; }
    /// Rebuilds every label after a language switch.
    void relabel();

  private:
    void build_menu();
    void build_toolbar();
    void build_body();
    void refresh_views();
    void fill_workbooks();
    void fill_issues();
    void fill_indicators();
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
    void on_watch(wxFileSystemWatcherEvent&);
    void show_error(const wxString& message);

    std::unique_ptr<Session> session_;
    wxListCtrl* workbooks_ = nullptr;
    wxListCtrl* issues_ = nullptr;
    wxTextCtrl* issue_filter_ = nullptr;
    wxNotebook* notebook_ = nullptr;
    wxGrid* grid_ = nullptr;
    wxChoice* department_ = nullptr;
    ChartPanel* chart_ = nullptr;
    std::unique_ptr<wxFileSystemWatcher> watcher_;
    wxTimer* debounce_ = nullptr;
    std::vector<std::filesystem::path> changed_;
    int sort_column_ = 0;
    bool sort_ascending_ = true;
    std::thread worker_;
    std::atomic<bool> cancel_{false};
};

}  // namespace opfolg::gui
