// SPDX-License-Identifier: MIT
#include "gui/main_frame.h"

#include <wx/artprov.h>
#include <wx/choice.h>
#include <wx/config.h>
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
#include "gui/language.h"
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

wxString status_label(const validate::FileReport& f) {
    switch (f.status) {
        case validate::FileReport::Status::unreadable:
            return _("unreadable");
        case validate::FileReport::Status::invalid:
            return _("errors");
        case validate::FileReport::Status::ok:
            return f.count(Severity::warning) ? _("warnings") : _("ok");
    }
    return wxString();
}

}  // namespace

MainFrame::MainFrame(std::unique_ptr<Session> session)
    : wxFrame(nullptr, wxID_ANY, wxS("Opfølg"), wxDefaultPosition, wxSize(1200, 760)),
      session_(std::move(session)) {
    build_menu();
    build_toolbar();
    build_body();
    CreateStatusBar();
    SetStatusText(_("Add department workbooks to begin (drag them onto the window)."));
    SetDropTarget(new DropTarget(this));
    debounce_ = new wxTimer(this);
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        for (const auto& f : changed_) session_->revalidate(f);
        changed_.clear();
        refresh_views();
        SetStatusText(_("A workbook changed on disk and was checked again."));
    });
    // Window layout remembered between runs.
    auto* cfg = wxConfig::Get();
    int w = cfg->ReadLong(wxS("/Window/Width"), 1200),
        h = cfg->ReadLong(wxS("/Window/Height"), 760);
    SetSize(w, h);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        cancel_ = true;
        if (worker_.joinable()) worker_.join();
        auto* c = wxConfig::Get();
        c->Write(wxS("/Window/Width"), GetSize().x);
        c->Write(wxS("/Window/Height"), GetSize().y);
        e.Skip();
    });
}

MainFrame::~MainFrame() {
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
    file->Append(id_consolidate, _("&Consolidate...\tCtrl+K"));
    file->Append(id_feedback, _("Export &feedback workbook...\tCtrl+E"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    auto* check = new wxMenu;
    check->Append(id_validate, _("&Check all\tF5"));
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
    Bind(wxEVT_MENU, &MainFrame::on_consolidate, this, id_consolidate);
    Bind(wxEVT_MENU, &MainFrame::on_template, this, id_template);
    Bind(wxEVT_MENU, &MainFrame::on_feedback, this, id_feedback);
    Bind(wxEVT_MENU, &MainFrame::on_import, this, id_import);
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
    workbooks_ = new wxListCtrl(split, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    notebook_ = new wxNotebook(split, wxID_ANY);

    auto* issues_page = new wxPanel(notebook_);
    issue_filter_ = new wxTextCtrl(issues_page, wxID_ANY);
    issue_filter_->SetHint(_("Filter: department, sheet, code or text"));
    issues_ = new wxListCtrl(issues_page, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT);
    auto* is = new wxBoxSizer(wxVERTICAL);
    is->Add(issue_filter_, wxSizerFlags().Expand().Border(wxALL, 6));
    is->Add(issues_, wxSizerFlags(1).Expand());
    issues_page->SetSizer(is);

    auto* ind_page = new wxPanel(notebook_);
    department_ = new wxChoice(ind_page, wxID_ANY);
    grid_ = new wxGrid(ind_page, wxID_ANY);
    grid_->CreateGrid(0, 9);
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

    issue_filter_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { fill_issues(); });
    issues_->Bind(wxEVT_LIST_ITEM_ACTIVATED, &MainFrame::on_issue_activated, this);
    issues_->Bind(wxEVT_LIST_COL_CLICK, &MainFrame::on_issue_column, this);
    department_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_indicators(); });
    grid_->Bind(wxEVT_GRID_SELECT_CELL, &MainFrame::on_indicator_selected, this);
}

void MainFrame::relabel() {
    SetTitle(wxString(wxS("Opfølg – ")) + _("follow-up plans"));
    workbooks_->ClearAll();
    for (const auto& h : {_("File"), _("Department"), _("Status"), _("Errors"), _("Warnings")})
        workbooks_->AppendColumn(h);
    workbooks_->SetColumnWidth(0, 200);
    issues_->ClearAll();
    for (const auto& h :
         {_("Severity"), _("Department"), _("Sheet"), _("Cell"), _("Message"), _("Code")})
        issues_->AppendColumn(h);
    issues_->SetColumnWidth(1, 160);
    issues_->SetColumnWidth(4, 520);
    issues_->SetColumnWidth(5, 150);
    const wxString heads[] = {_("Department"), _("Indicator"),  _("Group"),
                              _("Year"),       _("Value"),      _("Change"),
                              _("National"),   _("Difference"), _("Assessment")};
    for (int c = 0; c < 9; ++c) grid_->SetColLabelValue(c, heads[c]);
    notebook_->SetPageText(0, _("Issues"));
    notebook_->SetPageText(1, _("Indicators"));
    issue_filter_->SetHint(_("Filter: department, sheet, code or text"));
    refresh_views();
}

void MainFrame::add_paths(const std::vector<std::filesystem::path>& paths) {
    session_->add(paths);
    // Watch added folders: a department saving its workbook there is checked again seconds later.
    for (const auto& p : paths) {
        std::error_code ec;
        if (!std::filesystem::is_directory(p, ec)) continue;
        if (!watcher_) {
            watcher_ = std::make_unique<wxFileSystemWatcher>();
            watcher_->SetOwner(this);
            Bind(wxEVT_FSWATCHER, &MainFrame::on_watch, this);
        }
        watcher_->Add(wxFileName::DirName(u8(p)),
                      wxFSW_EVENT_CREATE | wxFSW_EVENT_MODIFY | wxFSW_EVENT_RENAME);
        wxConfig::Get()->Write(wxS("/Recent/Folder"), u8(p));
    }
    validate_all();
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
    SetStatusText(wxString::Format(_("Imported: %zu workbooks written, %zu actions."),
                                   written.size(), actions));
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

void MainFrame::validate_all() {
    wxBusyCursor busy;
    session_->validate();
    refresh_views();
    const auto& r = session_->report();
    SetStatusText(wxString::Format(_("%zu workbooks checked: %zu errors, %zu warnings."),
                                   r.files.size(), r.errors(), r.warnings()));
}

void MainFrame::refresh_views() {
    fill_workbooks();
    fill_issues();
    // Departments for the indicator view.
    wxString selected = department_->GetStringSelection();
    department_->Clear();
    department_->Append(_("All departments (institution)"));
    for (const auto& f : session_->report().files)
        if (f.workbook) department_->Append(u8(f.workbook->meta.department.text));
    int at = selected.empty() ? wxNOT_FOUND : department_->FindString(selected);
    department_->SetSelection(at == wxNOT_FOUND ? 0 : at);
    fill_indicators();
}

void MainFrame::fill_workbooks() {
    workbooks_->DeleteAllItems();
    long i = 0;
    for (const auto& f : session_->report().files) {
        long row = workbooks_->InsertItem(i++, u8(f.file.filename()));
        workbooks_->SetItem(row, 1, u8(validate::department_of(f)));
        workbooks_->SetItem(row, 2,
                            f.status == validate::FileReport::Status::unreadable
                                ? status_label(f) + wxS(": ") + text(*f.error)
                                : status_label(f));
        workbooks_->SetItem(row, 3, wxString::Format(wxS("%zu"), f.count(Severity::error)));
        workbooks_->SetItem(row, 4, wxString::Format(wxS("%zu"), f.count(Severity::warning)));
        if (f.status != validate::FileReport::Status::ok)
            workbooks_->SetItemTextColour(row, wxColour(0x9C, 0x00, 0x06));
    }
}

void MainFrame::fill_issues() {
    struct Line {
        wxString cols[6];
        std::size_t file;
        bool error;
    };
    std::vector<Line> lines;
    wxString filter = issue_filter_->GetValue().Lower();
    const auto& files = session_->report().files;
    for (std::size_t fi = 0; fi < files.size(); ++fi) {
        const auto& f = files[fi];
        wxString dep = u8(validate::department_of(f));
        for (const auto& i : f.issues) {
            Line l{{i.severity == Severity::error ? _("Error") : _("Warning"), dep, u8(i.sheet),
                    u8(i.cell), text(i.message), u8(i.code)},
                   fi,
                   i.severity == Severity::error};
            bool keep = filter.empty();
            for (const auto& c : l.cols) keep = keep || c.Lower().Contains(filter);
            if (keep) lines.push_back(l);
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [this](const Line& a, const Line& b) {
        int c = a.cols[sort_column_].CmpNoCase(b.cols[sort_column_]);
        return sort_ascending_ ? c < 0 : c > 0;
    });
    issues_->DeleteAllItems();
    long i = 0;
    for (const auto& l : lines) {
        long row = issues_->InsertItem(i++, l.cols[0]);
        for (int c = 1; c < 6; ++c) issues_->SetItem(row, c, l.cols[c]);
        issues_->SetItemData(row, static_cast<long>(l.file));
        if (l.error) issues_->SetItemTextColour(row, wxColour(0x9C, 0x00, 0x06));
    }
}

void MainFrame::fill_indicators() {
    int sel = department_->GetSelection();
    wxString dep = sel > 0 ? department_->GetString(sel) : wxString();
    if (grid_->GetNumberRows()) grid_->DeleteRows(0, grid_->GetNumberRows());
    int row = 0;
    for (const auto& f : session_->report().files) {
        if (!f.workbook || (!dep.empty() && u8(f.workbook->meta.department.text) != dep)) continue;
        for (const auto& d : f.deltas) {
            grid_->AppendRows(1);
            Lang lang = ui_lang();
            auto num = [&](const std::optional<double>& v, bool sign) {
                return v ? u8(number_display(*v, lang, sign)) : wxString();
            };
            const wxString cells[] = {
                u8(f.workbook->meta.department.text),
                u8(d.series.name()),
                u8(d.series.group),
                wxString::Format(wxS("%d"), d.year),
                u8(number_display(d.value, lang)),
                num(d.delta, true),
                num(d.national, false),
                num(d.diff_national, true),
                d.assessment ? u8(indicators::assessment_text(*d.assessment, lang)) : wxString()};
            for (int c = 0; c < 9; ++c) grid_->SetCellValue(row, c, cells[c]);
            if (d.assessment == indicators::Assessment::improved)
                grid_->SetCellBackgroundColour(row, 8, wxColour(0xC6, 0xEF, 0xCE));
            if (d.assessment == indicators::Assessment::worsened)
                grid_->SetCellBackgroundColour(row, 8, wxColour(0xFF, 0xC7, 0xCE));
            if (d.vs_national == indicators::VsNational::worse)
                grid_->SetCellBackgroundColour(row, 7, wxColour(0xFF, 0xC7, 0xCE));
            if (d.vs_national == indicators::VsNational::better)
                grid_->SetCellBackgroundColour(row, 7, wxColour(0xC6, 0xEF, 0xCE));
            ++row;
        }
    }
    grid_->AutoSizeColumns(false);
    // Long indicator and group names must not push the figures out of sight.
    for (int c = 0; c < grid_->GetNumberCols(); ++c)
        grid_->SetColSize(c, std::min(grid_->GetColSize(c), 220));
    chart_->show(std::nullopt);
}

void MainFrame::on_indicator_selected(wxGridEvent& e) {
    int row = e.GetRow(), i = 0;
    int sel = department_->GetSelection();
    wxString dep = sel > 0 ? department_->GetString(sel) : wxString();
    for (const auto& f : session_->report().files) {
        if (!f.workbook || (!dep.empty() && u8(f.workbook->meta.department.text) != dep)) continue;
        for (const auto& d : f.deltas)
            if (i++ == row) chart_->show(d);
    }
    e.Skip();
}

void MainFrame::on_issue_activated(wxListEvent& e) {
    const auto& files = session_->report().files;
    auto fi = static_cast<std::size_t>(issues_->GetItemData(e.GetIndex()));
    if (fi >= files.size()) return;
    wxString sheet = issues_->GetItemText(e.GetIndex(), 2),
             cell = issues_->GetItemText(e.GetIndex(), 3);
    wxLaunchDefaultApplication(u8(files[fi].file));
    SetStatusText(
        wxString::Format(_("Opened %s: go to %s!%s"), u8(files[fi].file.filename()), sheet, cell));
}

void MainFrame::on_issue_column(wxListEvent& e) {
    if (e.GetColumn() == sort_column_)
        sort_ascending_ = !sort_ascending_;
    else
        sort_column_ = e.GetColumn(), sort_ascending_ = true;
    fill_issues();
}

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
    if (dlg.ShowModal() != wxID_OK) return;
    start_consolidation(
        dlg.output(), dlg.options(), [this](const consolidate::Result* r, const wxString& error) {
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
            SetStatusText(
                wxString::Format(_("Written: %s (%zu actions)."), u8(r->output), r->rows));
            if (wxMessageBox(_("The board workbook is ready. Open it now?"), _("Consolidate"),
                             wxYES_NO | wxICON_QUESTION, this) == wxYES)
                wxLaunchDefaultApplication(u8(r->output));
        });
}

void MainFrame::on_template(wxCommandEvent&) {
    TemplateDialog dlg(this);
    if (dlg.ShowModal() != wxID_OK) return;
    try {
        tmpl::write_template(session_->schema(), dlg.options(), dlg.output());
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
    wxFileDialog dlg(this, _("Save the feedback workbook"), wxString(), _("Feedback.xlsx"),
                     _("Excel workbooks (*.xlsx)|*.xlsx"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK) return;
    // One department when one is selected in the list, else all.
    validate::Report report = session_->report();
    long sel = workbooks_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (sel >= 0 && static_cast<std::size_t>(sel) < report.files.size())
        report.files = {report.files[static_cast<std::size_t>(sel)]};
    try {
        validate::write_feedback_workbook(report, session_->schema(), to_path(dlg.GetPath()),
                                          ui_lang(), xlsx::Existing::replace);
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
}

void MainFrame::on_watch(wxFileSystemWatcherEvent& e) {
    wxFileName name = e.GetNewPath();
    if (name.GetExt().Lower() != wxS("xlsx") || name.GetName().StartsWith(wxS("~$"))) return;
    changed_.push_back(to_path(name.GetFullPath()));
    debounce_->StartOnce(1500);  // Excel writes a file in several steps
}

void MainFrame::select_page(int page) { notebook_->SetSelection(static_cast<std::size_t>(page)); }

void MainFrame::show_error(const wxString& message) {
    wxMessageBox(message, wxS("Opfølg"), wxOK | wxICON_WARNING, this);
}

}  // namespace opfolg::gui
