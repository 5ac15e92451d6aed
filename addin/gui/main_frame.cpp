// SPDX-License-Identifier: MIT
#include "gui/main_frame.h"

#include <wx/artprov.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/dcclient.h>
#include <wx/dirdlg.h>
#include <wx/dnd.h>
#include <wx/filedlg.h>
#include <wx/fswatcher.h>
#include <wx/grid.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/progdlg.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/toolbar.h>
#include <wx/utils.h>

#include <algorithm>
#include <set>

#include "core/import/word_import.h"
#include "core/indicators/deltas_format.h"
#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/validate/feedback_workbook.h"
#include "core/validate/report_format.h"
#include "core/version.h"
#include "core/workbook_template/template_writer.h"
#include "gui/chart_panel.h"
#include "gui/dialogs.h"
#include "gui/ids.h"
#include "gui/indicator_table.h"
#include "gui/issue_list.h"
#include "gui/language.h"
#include "gui/publish_ui.h"
#include "gui/rollover_ui.h"
#include "gui/workbook_list.h"
#include "gui/wx_text.h"

namespace opfolg::gui {

namespace {

class DropTarget : public wxFileDropTarget {
  public:
    explicit DropTarget(MainFrame* frame) : frame_(frame) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& names) override {
        // Word plans are imported first; workbooks and folders are added as they are.
        std::vector<std::filesystem::path> paths, documents;
        for (const auto& n : names) {
            auto p = to_path(n);
            (fold_case(path_utf8(p.extension())) == ".docx" ? documents : paths).push_back(p);
        }
        if (!paths.empty()) frame_->add_paths(paths);
        if (!documents.empty()) frame_->import_documents(documents);
        return true;
    }

  private:
    MainFrame* frame_;
};

}  // namespace

MainFrame::MainFrame(std::unique_ptr<Session> session)
    : wxFrame(nullptr, wxID_ANY, wxS("Opfølg"), wxDefaultPosition, wxSize(1200, 760)),
      session_(std::move(session)) {
#if defined(__WXMSW__)
    SetIcon(wxIcon(wxS("opfolg")));  // the .exe's resource (opfolg.rc)
#endif
    build_menu();
    build_toolbar();
    build_body();
    CreateStatusBar();
    SetStatusText(_("Add department workbooks to begin (drag them onto the window)."));
    SetDropTarget(new DropTarget(this));
    make_runner();
    update_check_controls();
    // Window layout remembered between runs.
    auto* cfg = wxConfig::Get();
    int w = cfg->ReadLong(wxS("/Window/Width"), 1200),
        h = cfg->ReadLong(wxS("/Window/Height"), 760);
    SetSize(w, h);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        cancel_ = true;
        if (worker_.joinable()) worker_.join();
        end_checks();
        auto* c = wxConfig::Get();
        c->Write(wxS("/Window/Width"), GetSize().x);
        c->Write(wxS("/Window/Height"), GetSize().y);
        e.Skip();
    });
}

MainFrame::~MainFrame() {
    end_checks();
    cancel_ = true;
    if (worker_.joinable()) worker_.join();
}

void MainFrame::build_menu() {
    auto* file = new wxMenu;
    file->Append(id_add_files, _("&Add workbooks...\tCtrl+O"));
    file->Append(id_add_folder, _("Add &folder...\tCtrl+Shift+O"));
    file->Append(id_import, _("&Import Word plans...\tCtrl+I"));
    file->AppendSeparator();
    file->Append(id_template, _("&New template...\tCtrl+N"));
    file->Append(id_rollover, _("Ne&xt year's templates..."));
    file->Append(id_consolidate, _("&Consolidate...\tCtrl+K"));
    file->Append(id_publish, _("&Publish...\tCtrl+U"));
    file->Append(id_feedback, _("Export &feedback workbook...\tCtrl+E"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    auto* check = new wxMenu;
    check->Append(id_validate, _("&Check all\tF5"));
    check->Append(id_stop, _("&Stop checking"));
    auto* settings = new wxMenu;
    settings->AppendRadioItem(id_language_da, wxS("Dansk"));
    settings->AppendRadioItem(id_language_en, wxS("English"));
    settings->Check(ui_lang() == Lang::da ? id_language_da : id_language_en, true);
    auto* help = new wxMenu;
    help->Append(wxID_HELP, _("&User guide\tF1"));
    help->Append(wxID_ABOUT, _("&About"));
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(check, _("&Check"));
    bar->Append(settings, _("&Settings"));
    bar->Append(help, _("&Help"));
    if (auto* old = GetMenuBar()) {
        SetMenuBar(bar);
        delete old;
    } else {
        SetMenuBar(bar);
    }
    Bind(wxEVT_MENU, &MainFrame::on_add_files, this, id_add_files);
    Bind(wxEVT_MENU, &MainFrame::on_add_folder, this, id_add_folder);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { validate_all(); }, id_validate);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { stop_checking(); }, id_stop);
    Bind(wxEVT_MENU, &MainFrame::on_consolidate, this, id_consolidate);
    Bind(wxEVT_MENU, &MainFrame::on_template, this, id_template);
    Bind(wxEVT_MENU, &MainFrame::on_feedback, this, id_feedback);
    Bind(wxEVT_MENU, &MainFrame::on_import, this, id_import);
    // Next year's templates: the whole dialog lives in rollover_ui.cpp.
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            auto written = roll_over(this, *session_);
            if (!written.empty())
                SetStatusText(wxString::Format(
                    wxPLURAL("%zu workbook for next year written.",
                             "%zu workbooks for next year written.", written.size()),
                    written.size()));
        },
        id_rollover);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (auto page = publish_plan(this, *session_))
                SetStatusText(wxString::Format(_("Published: %s"), u8(*page)));
        },
        id_publish);
    Bind(wxEVT_MENU, &MainFrame::on_language, this, id_language_da);
    Bind(wxEVT_MENU, &MainFrame::on_language, this, id_language_en);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU,
        [](wxCommandEvent&) { wxLaunchDefaultBrowser(wxS("file://") + u8(user_guide())); },
        wxID_HELP);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            wxMessageBox(wxString(wxS("Opfølg ")) + u8(std::string(opfolg::version)) + wxS("\n\n") +
                             _("Follow-up plans for Danish vocational schools:\ntemplates, "
                               "validation, indicator deltas and "
                               "consolidation for the board."),
                         _("About"), wxOK | wxICON_INFORMATION, this);
        },
        wxID_ABOUT);
}

void MainFrame::build_toolbar() {
    auto* tb = GetToolBar() ? GetToolBar() : CreateToolBar(wxTB_HORIZONTAL | wxTB_TEXT);
    tb->ClearTools();
    tb->AddTool(
        id_add_files, _("Add"),
        wxArtProvider::GetBitmapBundle(wxASCII_STR(wxART_FILE_OPEN), wxASCII_STR(wxART_TOOLBAR)),
        _("Add workbooks"));
    tb->AddTool(
        id_add_folder, _("Folder"),
        wxArtProvider::GetBitmapBundle(wxASCII_STR(wxART_FOLDER_OPEN), wxASCII_STR(wxART_TOOLBAR)),
        _("Add a folder"));
    tb->AddTool(
        id_validate, _("Check"),
        wxArtProvider::GetBitmapBundle(wxASCII_STR(wxART_TICK_MARK), wxASCII_STR(wxART_TOOLBAR)),
        _("Check all workbooks"));
    tb->AddTool(
        id_stop, _("Stop"),
        wxArtProvider::GetBitmapBundle(wxASCII_STR(wxART_CROSS_MARK), wxASCII_STR(wxART_TOOLBAR)),
        _("Stop checking"));
    tb->AddTool(
        id_consolidate, _("Consolidate"),
        wxArtProvider::GetBitmapBundle(wxASCII_STR(wxART_FILE_SAVE_AS), wxASCII_STR(wxART_TOOLBAR)),
        _("Make the board workbook"));
    tb->AddTool(id_template, _("Template"),
                wxArtProvider::GetBitmapBundle(wxASCII_STR(wxART_NEW), wxASCII_STR(wxART_TOOLBAR)),
                _("New department template"));
    tb->Realize();
}

void MainFrame::build_body() {
    auto* split =
        new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE);
    workbooks_ = new WorkbookList(split);
    notebook_ = new wxNotebook(split, wxID_ANY);

    auto* issues_page = new wxPanel(notebook_);
    issue_filter_ = new wxTextCtrl(issues_page, wxID_ANY);
    issue_filter_->SetHint(_("Filter: department, sheet, code or text"));
    issues_ = new IssueList(issues_page);
    auto* is = new wxBoxSizer(wxVERTICAL);
    is->Add(issue_filter_, wxSizerFlags().Expand().Border(wxALL, 6));
    is->Add(issues_, wxSizerFlags(1).Expand());
    issues_page->SetSizer(is);

    auto* ind_page = new wxPanel(notebook_);
    department_ = new wxChoice(ind_page, wxID_ANY);
    grid_ = new wxGrid(ind_page, wxID_ANY);
    // A table whose cells are made when drawn: hundreds of departments' indicators cost no
    // more to show than ten.
    indicator_table_ = new IndicatorTable();
    grid_->SetTable(indicator_table_, true);
    grid_->EnableEditing(false);
    grid_->SetRowLabelSize(0);
    grid_->SetSelectionMode(wxGrid::wxGridSelectRows);
    chart_ = new ChartPanel(ind_page);
    auto* ins = new wxBoxSizer(wxVERTICAL);
    ins->Add(department_, wxSizerFlags().Border(wxALL, 6));
    ins->Add(grid_, wxSizerFlags(3).Expand());
    ins->Add(chart_, wxSizerFlags(2).Expand().Border(wxTOP, 6));
    ind_page->SetSizer(ins);

    notebook_->AddPage(issues_page, _("Issues"));
    notebook_->AddPage(ind_page, _("Indicators"));
    split->SplitVertically(workbooks_, notebook_, 420);
    split->SetMinimumPaneSize(200);
    relabel();

    // The filter applies as the user types: the list holds references, not rows of text.
    issue_filter_->Bind(
        wxEVT_TEXT, [this](wxCommandEvent&) { issues_->set_filter(issue_filter_->GetValue()); });
    issues_->Bind(wxEVT_LIST_ITEM_ACTIVATED, &MainFrame::on_issue_activated, this);
    issues_->Bind(wxEVT_LIST_COL_CLICK, &MainFrame::on_issue_column, this);
    department_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        fill_indicators();
        chart_->show(std::nullopt);
    });
    grid_->Bind(wxEVT_GRID_SELECT_CELL, &MainFrame::on_indicator_selected, this);
}

void MainFrame::relabel() {
    SetTitle(wxString(wxS("Opfølg – ")) + _("follow-up plans"));
    workbooks_->relabel();
    issues_->relabel();
    grid_->ForceRefresh();  // column labels come from the table, in the current language
    notebook_->SetPageText(0, _("Issues"));
    notebook_->SetPageText(1, _("Indicators"));
    issue_filter_->SetHint(_("Filter: department, sheet, code or text"));
    departments_shown_.clear();  // "All departments" in the new language
    refresh_views();
}

void MainFrame::import_documents(const std::vector<std::filesystem::path>& documents) {
    const auto& schema = session_->schema();
    const auto& catalogue = session_->catalogue();
    std::vector<importer::Import> imports;
    wxString problems;
    {
        wxBusyCursor busy;
        for (const auto& d : documents) {
            try {
                imports.push_back(importer::read_plan_document(d, schema, catalogue, {}));
            } catch (const Error& e) {
                problems += u8(e.describe(ui_lang())) + wxS("\n");
            }
        }
    }
    if (imports.empty()) {
        show_error(_("No Word plan could be read:") + wxS("\n\n") + problems);
        return;
    }
    ImportDialog dlg(this, imports, imports.front().input.parent_path());
    if (dlg.ShowModal() != wxID_OK) return;
    const auto options = dlg.options();
    std::vector<std::filesystem::path> written;
    std::size_t actions = 0;
    {
        wxBusyCursor busy;
        for (const auto& im : imports) {
            try {
                // Read again with the user's choices: the department also names the groups of
                // the document's indicator tables.
                auto chosen = importer::read_plan_document(im.input, schema, catalogue, options);
                if (auto why = importer::nothing_to_import(chosen)) {
                    problems += text(*why) + wxS("\n");
                    continue;
                }
                auto out = importer::output_paths({im.input}, dlg.folder()).front();
                importer::write_department_workbook(chosen, schema, out, options.force);
                written.push_back(out);
                actions += chosen.rows.size();
            } catch (const Error& e) {
                problems += u8(e.describe(ui_lang())) + wxS("\n");
            }
        }
    }
    if (!written.empty()) add_paths(written);
    SetStatusText(wxString::Format(
        _("Imported: %s written, %s."),
        wxString::Format(wxPLURAL("%zu workbook", "%zu workbooks", written.size()), written.size()),
        wxString::Format(wxPLURAL("%zu action", "%zu actions", actions), actions)));
    if (!problems.empty())
        show_error(_("Some documents could not be imported:") + wxS("\n\n") + problems);
}

void MainFrame::on_import(wxCommandEvent&) {
    wxFileDialog dlg(this, _("Import Word plans"), wxConfig::Get()->Read(wxS("/Recent/Folder")),
                     wxString(), _("Word plans (*.docx)|*.docx"),
                     wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() != wxID_OK) return;
    wxArrayString names;
    dlg.GetPaths(names);
    std::vector<std::filesystem::path> documents;
    for (const auto& n : names) documents.push_back(to_path(n));
    import_documents(documents);
}

void MainFrame::refresh_views() {
    workbooks_->show(*session_);
    issues_->show(*session_);
    fill_departments();
    fill_indicators();
}

void MainFrame::fill_departments() {
    // A GTK choice takes a tenth of a second to refill with 400 names: while results arrive the
    // list waits, and is filled once the check is done.
    if (checking() && !departments_shown_.empty()) return;
    std::set<wxString> unique;
    for (const auto& f : session_->report().files)
        if (f.workbook) unique.insert(u8(f.workbook->meta.department.text));
    wxArrayString names;
    names.Add(_("All departments (institution)"));
    for (const auto& n : unique) names.Add(n);
    if (names == departments_shown_) return;
    wxString selected = department_->GetStringSelection();
    department_->Set(names);
    departments_shown_ = names;
    int at = selected.empty() ? wxNOT_FOUND : department_->FindString(selected);
    department_->SetSelection(at == wxNOT_FOUND ? 0 : at);
}

void MainFrame::fill_indicators() {
    int sel = department_->GetSelection();
    wxString dep = sel > 0 ? department_->GetString(sel) : wxString();
    int rows_before = grid_->GetNumberRows();
    indicator_table_->show(*session_, dep);
    // Column widths from the headings and the first rows (measuring every row of hundreds of
    // departments would take seconds); long names must not push the figures out of sight.
    if (rows_before == 0 && grid_->GetNumberRows() > 0) {
        wxClientDC dc(grid_);
        dc.SetFont(grid_->GetDefaultCellFont());
        int sample = std::min(grid_->GetNumberRows(), 200);
        for (int c = 0; c < grid_->GetNumberCols(); ++c) {
            int w = dc.GetTextExtent(indicator_table_->GetColLabelValue(c)).x;
            for (int r = 0; r < sample; ++r)
                w = std::max(w, dc.GetTextExtent(indicator_table_->GetValue(r, c)).x);
            grid_->SetColSize(c, std::min(w + 16, 220));
        }
    }
}

void MainFrame::on_indicator_selected(wxGridEvent& e) {
    if (const auto* d = indicator_table_->delta_at(e.GetRow())) chart_->show(*d);
    e.Skip();
}

void MainFrame::on_issue_activated(wxListEvent& e) {
    const auto& files = session_->report().files;
    auto fi = issues_->file_of(e.GetIndex());
    if (fi >= files.size()) return;
    wxString sheet = issues_->GetItemText(e.GetIndex(), 2),
             cell = issues_->GetItemText(e.GetIndex(), 3);
    wxLaunchDefaultApplication(u8(files[fi].file));
    SetStatusText(
        wxString::Format(_("Opened %s: go to %s!%s"), u8(files[fi].file.filename()), sheet, cell));
}

void MainFrame::on_issue_column(wxListEvent& e) { issues_->sort_by(e.GetColumn()); }

void MainFrame::on_add_files(wxCommandEvent&) {
    wxFileDialog dlg(this, _("Add department workbooks"),
                     wxConfig::Get()->Read(wxS("/Recent/Folder")), wxString(),
                     _("Excel workbooks (*.xlsx)|*.xlsx"),
                     wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() != wxID_OK) return;
    wxArrayString names;
    dlg.GetPaths(names);
    std::vector<std::filesystem::path> paths;
    for (const auto& n : names) paths.push_back(to_path(n));
    add_paths(paths);
}

void MainFrame::on_add_folder(wxCommandEvent&) {
    wxDirDialog dlg(this, _("Add a folder of department workbooks"),
                    wxConfig::Get()->Read(wxS("/Recent/Folder")));
    if (dlg.ShowModal() == wxID_OK) add_paths({to_path(dlg.GetPath())});
}

void MainFrame::start_consolidation(
    const std::filesystem::path& output, const consolidate::Options& options,
    std::function<void(const consolidate::Result*, const wxString&)> on_done) {
    if (worker_.joinable()) worker_.join();
    cancel_ = false;
    auto* progress = new wxProgressDialog(
        _("Consolidating"), _("Reading the department workbooks..."), 100, this,
        wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME);
    auto paths = session_->paths();
    // The worker never touches a widget: it posts to the UI thread with CallAfter.
    worker_ = std::thread([this, paths, output, options, progress, on_done] {
        Progress p;
        p.cancel = &cancel_;
        p.report = [this, progress](std::size_t done, std::size_t total, const std::string& what) {
            CallAfter([this, progress, done, total, what] {
                if (!progress->Update(total ? static_cast<int>(95 * done / total) : 95, u8(what)))
                    cancel_ = true;
            });
        };
        std::shared_ptr<consolidate::Result> result;
        wxString error;
        try {
            result = std::make_shared<consolidate::Result>(consolidate::consolidate(
                paths, output, session_->schema(), session_->catalogue(), options, p));
        } catch (const Error& e) {
            error = u8(e.describe(ui_lang()));
        }
        CallAfter([this, progress, result, error, on_done] {
            progress->Destroy();
            if (worker_.joinable()) worker_.join();
            if (on_done) on_done(result.get(), error);
        });
    });
}

template <class Dialog, class Options>
bool MainFrame::ask_for_output(Dialog& dlg, Options& options) {
    // No to "replace?" shows the dialog again, as filled in, to choose another name.
    for (;;) {
        if (dlg.ShowModal() != wxID_OK) return false;
        options = dlg.options();
        if (!std::filesystem::exists(dlg.output())) return true;
        if (confirm_replace(dlg.output())) {
            options.existing = xlsx::Existing::replace;
            return true;
        }
    }
}

void MainFrame::on_consolidate(wxCommandEvent&) {
    if (session_->paths().empty()) {
        show_error(_("Add the department workbooks first."));
        return;
    }
    std::string institution;
    int year = 0;
    for (const auto& f : session_->report().files)
        if (f.workbook) {
            if (institution.empty()) institution = f.workbook->meta.institution.text;
            if (!year && f.workbook->meta.year) year = *f.workbook->meta.year;
        }
    // Suggest the user's documents folder: not whatever folder the app started in, and not the
    // departments' folder, where the next check would take the board workbook for a department.
    ConsolidateDialog dlg(this, institution, year,
                          to_path(wxStandardPaths::Get().GetDocumentsDir()));
    consolidate::Options options;
    // An existing board workbook is replaced only when the user says so.
    if (!ask_for_output(dlg, options)) return;
    start_consolidation(
        dlg.output(), options, [this](const consolidate::Result* r, const wxString& error) {
            if (!r) {
                show_error(error);
                return;
            }
            if (!r->written) {
                wxString why;
                for (const auto& refusal : r->refusals) why += text(refusal.message) + wxS("\n");
                show_error(_("Nothing was written.") + wxS("\n\n") + why);
                return;
            }
            std::size_t departments = static_cast<std::size_t>(
                std::count_if(r->sources.begin(), r->sources.end(),
                              [](const consolidate::Source& s) { return s.included; }));
            SetStatusText(wxString::Format(
                _("Written: %s (%s, %s)."), u8(r->output),
                wxString::Format(wxPLURAL("%zu department", "%zu departments", departments),
                                 departments),
                wxString::Format(wxPLURAL("%zu action", "%zu actions", r->rows), r->rows)));
            if (wxMessageBox(_("The board workbook is ready. Open it now?"), _("Consolidate"),
                             wxYES_NO | wxICON_QUESTION, this) == wxYES)
                wxLaunchDefaultApplication(u8(r->output));
        });
}

bool MainFrame::confirm_replace(const std::filesystem::path& file) {
    wxMessageDialog ask(
        this,
        wxString::Format(_("\"%s\" already exists in %s.\n\nDo you want to replace it?"),
                         u8(file.filename()), u8(file.parent_path())),
        _("Replace the file?"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    return ask.ShowModal() == wxID_YES;
}

void MainFrame::on_template(wxCommandEvent&) {
    TemplateDialog dlg(this);
    tmpl::TemplateOptions options;
    // A department's filled plan is never replaced by an empty template unless the user says so.
    if (!ask_for_output(dlg, options)) return;
    try {
        tmpl::write_template(session_->schema(), options, dlg.output());
        SetStatusText(wxString::Format(_("Template written: %s"), u8(dlg.output())));
    } catch (const Error& e) {
        show_error(u8(e.describe(ui_lang())));
    }
}

void MainFrame::on_feedback(wxCommandEvent&) {
    if (session_->report().files.empty()) {
        show_error(_("Check some workbooks first."));
        return;
    }
    if (checking()) {
        show_error(
            _("The workbooks are still being checked: export the feedback when the check "
              "is done."));
        return;
    }
    // One department when one is selected in the list, else all.
    validate::Report report = session_->report();
    if (const auto* selected = workbooks_->result_at(workbooks_->selected()))
        report.files = {*selected};
    // The save dialog asks before an existing file is chosen (wxFD_OVERWRITE_PROMPT); a file
    // that exists once it returns is one the user agreed to replace.
    wxFileDialog dlg(this, _("Save the feedback workbook"), wxString(), _("Feedback.xlsx"),
                     _("Excel workbooks (*.xlsx)|*.xlsx"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK) return;
    auto out = to_path(dlg.GetPath());
    try {
        validate::write_feedback_workbook(
            report, session_->schema(), out, ui_lang(),
            std::filesystem::exists(out) ? xlsx::Existing::replace : xlsx::Existing::refuse);
        SetStatusText(wxString::Format(_("Feedback written: %s"), dlg.GetPath()));
    } catch (const Error& e) {
        show_error(u8(e.describe(ui_lang())));
    }
}

void MainFrame::on_language(wxCommandEvent& e) {
    set_ui_lang(e.GetId() == id_language_en ? Lang::en : Lang::da);
    build_menu();
    build_toolbar();
    relabel();
    update_check_controls();
}

void MainFrame::select_page(int page) { notebook_->SetSelection(static_cast<std::size_t>(page)); }

void MainFrame::show_error(const wxString& message) {
    wxMessageBox(message, wxS("Opfølg"), wxOK | wxICON_WARNING, this);
}

}  // namespace opfolg::gui
