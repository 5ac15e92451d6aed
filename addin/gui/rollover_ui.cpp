// SPDX-License-Identifier: MIT
#include "gui/rollover_ui.h"

#include <wx/checkbox.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/filepicker.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/progdlg.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>

#include "core/rollover/rollover_report.h"
#include "core/util/error.h"
#include "gui/session.h"
#include "gui/wx_text.h"

namespace opfolg::gui {

namespace {

enum Column {
    col_department,
    col_years,
    col_carried,
    col_closed,
    col_not_carried,
    col_indicators,
    col_file
};

// The plan year most departments go to: what the year field starts at.
int usual_year(const rollover::Rollover& r) {
    std::map<int, std::size_t> count;
    for (const auto& d : r.departments)
        if (d.year) ++count[d.year];
    int best = 0;
    std::size_t n = 0;
    for (const auto& [y, c] : count)
        if (c > n) best = y, n = c;
    return best;
}

wxString years_text(const rollover::Department& d) {
    wxString from = d.last_year ? wxString::Format(wxS("%d"), *d.last_year) : wxString(wxS("?"));
    wxString to = d.year ? wxString::Format(wxS("%d"), d.year) : wxString(wxS("?"));
    return from + wxS(" \u2192 ") + to;
}

wxString count_text(std::size_t n) { return wxString::Format(wxS("%zu"), n); }

// Runs `work` on a worker thread while the UI thread keeps a progress dialog up to date that
// can be cancelled. The worker touches no widget: it leaves its progress in a shared state
// that the UI thread reads between redraws (the dialog's updates keep the window drawn and
// answering). `step` formats the file being worked on ("Reading %s"). Returns what `work`
// returned; nothing when it failed (`error` says why) or was cancelled (`error` left empty).
template <class T, class Work>
std::optional<T> off_ui_thread(wxWindow* parent, const wxString& title, const wxString& first,
                               const wxString& step, Work work, wxString& error) {
    struct State {
        std::mutex m;
        std::size_t done = 0, total = 0;
        std::string what;
    } state;
    std::atomic<bool> cancel{false};
    Progress progress;
    progress.cancel = &cancel;
    progress.report = [&state](std::size_t done, std::size_t total, const std::string& what) {
        std::lock_guard<std::mutex> lock(state.m);
        state.done = done, state.total = total, state.what = what;
    };
    // Declared after what the worker uses: the future's destructor waits for the worker.
    auto task = std::async(std::launch::async, [work = std::move(work), &progress]() mutable {
        return work(progress);
    });
    wxProgressDialog dlg(title, first, 100, parent,
                         wxPD_APP_MODAL | wxPD_CAN_ABORT | wxPD_AUTO_HIDE);
    while (task.wait_for(std::chrono::milliseconds(40)) != std::future_status::ready) {
        std::size_t done, total;
        std::string what;
        {
            std::lock_guard<std::mutex> lock(state.m);
            done = state.done, total = state.total, what = state.what;
        }
        wxString message = what.empty() ? wxString() : wxString::Format(step, u8(what));
        bool go =
            total ? dlg.Update(static_cast<int>(99 * done / total), message) : dlg.Pulse(message);
        if (!go) cancel = true;
    }
    dlg.Update(100);
    try {
        return task.get();
    } catch (const Error& e) {
        if (e.code() != ErrorCode::cancelled) error = u8(e.describe(ui_lang()));
    } catch (const std::exception& e) {
        error = wxString::FromUTF8(e.what());
    }
    return std::nullopt;
}

}  // namespace

RolloverDialog::RolloverDialog(wxWindow* parent, rollover::Rollover preview,
                               const std::filesystem::path& folder)
    : wxDialog(parent, wxID_ANY, _("Next year's templates"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      preview_(std::move(preview)) {
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        _("Unfinished actions go forward with their ID (status Continued), last year's "
          "evaluation in a read-only column; closed actions are listed on a sheet of their own. "
          "Nothing is written before you press OK."));
    intro->Wrap(960);
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(980, 180),
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("Department"), wxLIST_FORMAT_LEFT, 200);
    list_->AppendColumn(_("Plan year"), wxLIST_FORMAT_LEFT, 100);
    list_->AppendColumn(_("Go forward"), wxLIST_FORMAT_RIGHT, 90);
    list_->AppendColumn(_("Closed"), wxLIST_FORMAT_RIGHT, 80);
    list_->AppendColumn(_("Not carried"), wxLIST_FORMAT_RIGHT, 150);
    list_->AppendColumn(_("Indicators"), wxLIST_FORMAT_RIGHT, 90);
    list_->AppendColumn(_("Workbook"), wxLIST_FORMAT_LEFT, 320);
    details_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(980, 140),
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);

    auto* grid = new wxFlexGridSizer(2, wxSize(10, 8));
    grid->AddGrowableCol(1);
    auto row = [&](const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().CenterVertical());
        grid->Add(control, wxSizerFlags().Expand());
    };
    int year = usual_year(preview_);
    year_ = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                           wxSP_ARROW_KEYS, 2000, 2100, year ? year : 2000);
    institution_ = new wxTextCtrl(this, wxID_ANY);
    institution_->SetHint(_("As in last year's plan"));
    folder_ = new wxDirPickerCtrl(this, wxID_ANY, u8(folder),
                                  _("Choose the folder for next year's workbooks"),
                                  wxDefaultPosition, wxDefaultSize, wxDIRP_USE_TEXTCTRL);
    overwrite_ = new wxCheckBox(this, wxID_ANY, _("Overwrite workbooks that exist"));
    // GTK's folder button drops a folder that does not exist yet (it is made on OK), unless it
    // is set once the control is built.
    folder_->SetPath(u8(folder));
    row(_("Next plan year"), year_);
    row(_("Institution"), institution_);
    row(_("Folder for the workbooks"), folder_);
    row(wxString(), overwrite_);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(intro, wxSizerFlags().Expand().Border(wxALL, 12));
    top->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 12));
    top->Add(details_, wxSizerFlags(1).Expand().Border(wxALL, 12));
    top->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL),
             wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(top);
    SetMinSize(wxSize(1020, -1));

    // Plan years and files follow the choices at once; the rows themselves do not change.
    auto redecide = [this] {
        preview_.folder = this->folder();
        rollover::decide(preview_, options());
        refill();
    };
    year_->Bind(wxEVT_SPINCTRL, [redecide](wxSpinEvent&) { redecide(); });
    institution_->Bind(wxEVT_TEXT, [redecide](wxCommandEvent&) { redecide(); });
    folder_->Bind(wxEVT_DIRPICKER_CHANGED, [redecide](wxFileDirPickerEvent&) { redecide(); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { show_details(e.GetIndex()); });
    redecide();
    if (list_->GetItemCount() > 0) {
        list_->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        show_details(0);
    }
}

rollover::Options RolloverDialog::options() const {
    rollover::Options o;
    o.year = year_->GetValue();
    o.institution = to_u8(institution_->GetValue());
    o.force = overwrite_->GetValue();
    return o;
}

std::filesystem::path RolloverDialog::folder() const { return to_path(folder_->GetPath()); }

wxString RolloverDialog::details() const { return details_->GetValue(); }

void RolloverDialog::refill() {
    long selected = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    list_->DeleteAllItems();
    long i = 0;
    for (const auto& d : preview_.departments) {
        list_->InsertItem(i, u8(d.name));
        list_->SetItem(i, col_years, years_text(d));
        list_->SetItem(i, col_carried, count_text(d.count(rollover::Fate::carried)));
        list_->SetItem(i, col_closed, count_text(d.count(rollover::Fate::closed)));
        list_->SetItem(i, col_not_carried, count_text(d.count(rollover::Fate::not_carried)));
        list_->SetItem(i, col_indicators, count_text(d.series.size()));
        list_->SetItem(i, col_file, d.error ? text(*d.error) : u8(path_utf8(d.output.filename())));
        if (d.error || d.count(rollover::Fate::not_carried))
            list_->SetItemTextColour(i, wxColour(0x9C, 0x00, 0x06));
        ++i;
    }
    if (selected >= 0 && selected < list_->GetItemCount()) {
        list_->SetItemState(selected, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        show_details(selected);
    }
}

void RolloverDialog::show_details(long item) {
    if (item < 0 || static_cast<std::size_t>(item) >= preview_.departments.size()) return;
    const auto& d = preview_.departments[static_cast<std::size_t>(item)];
    std::ostringstream out;
    out << d.name << " (" << path_utf8(d.input.filename()) << ")\n";
    rollover::department_text(d, ui_lang(), out);
    if (d.error) out << "  " << d.error->in(ui_lang()) << "\n";
    details_->SetValue(u8(out.str()));
}

std::vector<std::filesystem::path> roll_over(wxWindow* parent, const Session& session,
                                             std::vector<std::filesystem::path> inputs) {
    if (inputs.empty()) {
        wxFileDialog pick(parent, _("Choose the board workbook or last year's workbooks"),
                          wxConfig::Get()->Read(wxS("/Recent/Folder")), wxString(),
                          _("Excel workbooks (*.xlsx)|*.xlsx"),
                          wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
        if (pick.ShowModal() != wxID_OK) return {};
        wxArrayString names;
        pick.GetPaths(names);
        for (const auto& n : names) inputs.push_back(to_path(n));
    }
    if (inputs.empty()) return {};
    const auto& schema = session.schema();
    auto suggested = inputs.front().parent_path() / to_path(_("Next year"));
    const auto& catalogue = session.catalogue();
    // Reading and writing run on a worker thread; only the preview dialog runs here.
    wxString error;
    auto read = off_ui_thread<rollover::Rollover>(
        parent, _("Next year's templates"), _("Reading last year's workbooks..."), _("Reading %s"),
        [&inputs, &schema, &catalogue, suggested](const Progress& p) {
            return rollover::prepare(inputs, suggested, schema, catalogue, {}, p);
        },
        error);
    if (!read) {
        if (!error.empty())
            wxMessageBox(error, _("Next year's templates"), wxOK | wxICON_ERROR, parent);
        return {};
    }
    rollover::Rollover preview = std::move(*read);
    wxString problems;
    for (const auto& p : preview.problems) problems += text(p.reason) + wxS("\n");
    if (preview.departments.empty()) {
        wxMessageBox(_("There is nothing to roll over:") + wxS("\n\n") + problems,
                     _("Next year's templates"), wxOK | wxICON_ERROR, parent);
        return {};
    }
    RolloverDialog dlg(parent, std::move(preview), suggested);
    if (dlg.ShowModal() != wxID_OK) return {};
    rollover::Rollover chosen = dlg.preview();
    auto options = dlg.options();
    chosen.folder = dlg.folder();
    rollover::decide(chosen, options);
    // Nothing is replaced unasked: workbooks of next year that exist are named, and kept on No.
    if (!options.force) {
        wxString existing;
        std::size_t n = 0;
        for (const auto& d : chosen.departments) {
            std::error_code ec;
            if (!d.error && std::filesystem::exists(d.output, ec))
                existing += wxS("\n") + u8(d.output.filename()), ++n;
        }
        if (n) {
            wxMessageDialog ask(
                parent,
                wxString::Format(wxPLURAL("%zu of next year's workbooks already exists in %s:",
                                          "%zu of next year's workbooks already exist in %s:", n),
                                 n, u8(chosen.folder)) +
                    wxS("\n") + existing + wxS("\n\n") +
                    wxPLURAL("Do you want to replace it?", "Do you want to replace them?", n),
                _("Replace the file?"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
            options.force = ask.ShowModal() == wxID_YES;
        }
    }
    // Cancelling keeps what is written and reports the rest as not written.
    auto done = off_ui_thread<rollover::Rollover>(
        parent, _("Next year's templates"), _("Writing next year's workbooks..."), _("Writing %s"),
        [chosen = std::move(chosen), &schema, options](const Progress& p) mutable {
            rollover::write(chosen, schema, options, p);
            return std::move(chosen);
        },
        error);
    if (!done) {
        if (!error.empty())
            wxMessageBox(error, _("Next year's templates"), wxOK | wxICON_ERROR, parent);
        return {};
    }
    const rollover::Rollover& result = *done;
    std::vector<std::filesystem::path> written;
    for (const auto& d : result.departments) {
        if (d.written)
            written.push_back(d.output);
        else if (d.error)
            problems += u8(d.name) + wxS(": ") + text(*d.error) + wxS("\n");
    }
    wxString message =
        wxString::Format(wxPLURAL("%zu of %zu workbook written in %s.",
                                  "%zu of %zu workbooks written in %s.", result.departments.size()),
                         written.size(), result.departments.size(), u8(result.folder));
    if (!problems.empty())
        message += wxS("\n\n") + _("Not written or not read:") + wxS("\n") + problems;
    wxMessageBox(message, _("Next year's templates"),
                 wxOK | (problems.empty() ? wxICON_INFORMATION : wxICON_WARNING), parent);
    return written;
}

}  // namespace opfolg::gui
