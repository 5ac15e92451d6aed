// SPDX-License-Identifier: MIT
#include "gui/dialogs.h"

#include <wx/checkbox.h>
#include <wx/filepicker.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <ctime>
#include <sstream>

#include "core/import/import_report.h"
#include "gui/wx_text.h"

namespace opfolg::gui {

namespace {

int this_year() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
#if defined(_WIN32)
    localtime_s(&tm, &now);
#else
    localtime_r(&now, &tm);
#endif
    return tm.tm_year + 1900;
}

wxFlexGridSizer* form() {
    auto* grid = new wxFlexGridSizer(2, wxSize(10, 8));
    grid->AddGrowableCol(1);
    return grid;
}

void row(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, wxWindow* control) {
    grid->Add(new wxStaticText(parent, wxID_ANY, label), wxSizerFlags().CenterVertical());
    grid->Add(control, wxSizerFlags().Expand());
}

void finish(wxDialog* d, wxFlexGridSizer* grid) {
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, 12));
    top->Add(d->CreateStdDialogButtonSizer(wxOK | wxCANCEL),
             wxSizerFlags().Expand().Border(wxALL, 12));
    d->SetSizerAndFit(top);
    d->SetMinSize(wxSize(520, -1));
    d->Fit();
}

}  // namespace

ConsolidateDialog::ConsolidateDialog(wxWindow* parent, const std::string& institution, int year,
                                     const std::filesystem::path& folder)
    : wxDialog(parent, wxID_ANY, _("Consolidate"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* grid = form();
    institution_ = new wxTextCtrl(this, wxID_ANY, u8(institution));
    year_ = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                           wxSP_ARROW_KEYS, 2000, 2100, year ? year : this_year());
    public_ = new wxCheckBox(this, wxID_ANY,
                             _("Public version (without internal columns such as Responsible)"));
    // No overwrite prompt in the picker: the window asks once, after OK, whether an existing
    // file may be replaced, however its name was entered (typed or browsed).
    output_ = new wxFilePickerCtrl(
        this, wxID_ANY, u8(folder / to_path(_("Follow-up plan consolidated.xlsx"))),
        _("Save the board workbook"), wxS("*.xlsx"), wxDefaultPosition, wxDefaultSize,
        wxFLP_SAVE | wxFLP_USE_TEXTCTRL);
    row(this, grid, _("Institution"), institution_);
    row(this, grid, _("Plan year"), year_);
    row(this, grid, wxString(), public_);
    row(this, grid, _("Output file"), output_);
    finish(this, grid);
}

consolidate::Options ConsolidateDialog::options() const {
    consolidate::Options o;
    o.institution = to_u8(institution_->GetValue());
    o.year = year_->GetValue();
    o.public_version = public_->GetValue();
    return o;
}

std::filesystem::path ConsolidateDialog::output() const { return to_path(output_->GetPath()); }

TemplateDialog::TemplateDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, _("New template"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* grid = form();
    department_ = new wxTextCtrl(this, wxID_ANY);
    institution_ = new wxTextCtrl(this, wxID_ANY);
    year_ = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                           wxSP_ARROW_KEYS, 2000, 2100, this_year());
    output_ = new wxFilePickerCtrl(this, wxID_ANY, wxEmptyString, _("Save the template"),
                                   wxS("*.xlsx"), wxDefaultPosition, wxDefaultSize,
                                   wxFLP_SAVE | wxFLP_USE_TEXTCTRL);
    row(this, grid, _("Department"), department_);
    row(this, grid, _("Institution"), institution_);
    row(this, grid, _("Plan year"), year_);
    row(this, grid, _("Output file"), output_);
    finish(this, grid);
}

tmpl::TemplateOptions TemplateDialog::options() const {
    return {to_u8(department_->GetValue()), year_->GetValue(), to_u8(institution_->GetValue())};
}

std::filesystem::path TemplateDialog::output() const { return to_path(output_->GetPath()); }

ImportDialog::ImportDialog(wxWindow* parent, const std::vector<importer::Import>& imports,
                           const std::filesystem::path& folder)
    : wxDialog(parent, wxID_ANY, _("Import Word plans"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    // The core's own account of each document, so the user sees what will come over (and what
    // will not) before anything is written.
    std::ostringstream preview;
    for (const auto& im : imports) {
        preview << path_utf8(im.input.filename()) << "\n";
        importer::document_text(im, ui_lang(), preview);
        preview << "\n";
    }
    auto* summary =
        new wxTextCtrl(this, wxID_ANY, u8(preview.str()), wxDefaultPosition, wxSize(640, 220),
                       wxTE_MULTILINE | wxTE_READONLY | wxTE_DONTWRAP);
    auto* grid = form();
    const importer::Import* first = imports.empty() ? nullptr : &imports.front();
    int year = first && first->year ? *first->year : this_year();
    if (imports.size() == 1) {
        department_ = new wxTextCtrl(this, wxID_ANY, u8(first->department));
        row(this, grid, _("Department"), department_);
    }
    institution_ = new wxTextCtrl(this, wxID_ANY, first ? u8(first->institution) : wxString());
    year_ = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                           wxSP_ARROW_KEYS, 2000, 2100, year);
    folder_ = new wxDirPickerCtrl(this, wxID_ANY, u8(folder),
                                  _("Choose the folder for the workbooks"), wxDefaultPosition,
                                  wxDefaultSize, wxDIRP_USE_TEXTCTRL | wxDIRP_DIR_MUST_EXIST);
    overwrite_ = new wxCheckBox(this, wxID_ANY, _("Overwrite workbooks that exist"));
    row(this, grid, _("Institution"), institution_);
    row(this, grid, _("Plan year"), year_);
    row(this, grid, _("Folder for the workbooks"), folder_);
    row(this, grid, wxString(), overwrite_);
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(summary, wxSizerFlags(1).Expand().Border(wxALL, 12));
    top->Add(grid, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12));
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL),
             wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(top);
    SetMinSize(wxSize(680, -1));
}

importer::Options ImportDialog::options() const {
    importer::Options o;
    if (department_) o.department = to_u8(department_->GetValue());
    o.institution = to_u8(institution_->GetValue());
    o.year = year_->GetValue();
    o.force = overwrite_->GetValue();
    return o;
}

std::filesystem::path ImportDialog::folder() const { return to_path(folder_->GetPath()); }

}  // namespace opfolg::gui
