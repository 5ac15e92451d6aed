// SPDX-License-Identifier: MIT
#pragma once

#include <wx/dialog.h>

#include <filesystem>
#include <optional>

#include "core/consolidate/consolidate.h"
#include "core/import/word_import.h"
#include "core/workbook_template/template_writer.h"

class wxTextCtrl;
class wxSpinCtrl;
class wxCheckBox;
class wxFilePickerCtrl;
class wxDirPickerCtrl;

namespace opfolg::gui {

/// Consolidate…: institution, year, public version, output file.
class ConsolidateDialog : public wxDialog {
  public:
    /// `folder`: where the board workbook is suggested.
    ConsolidateDialog(wxWindow* parent, const std::string& institution, int year,
                      const std::filesystem::path& folder);
    consolidate::Options options() const;
    std::filesystem::path output() const;

  private:
    wxTextCtrl* institution_;
    wxSpinCtrl* year_;
    wxCheckBox* public_;
    wxFilePickerCtrl* output_;
};

/// New template…: department, year, institution, output file.
class TemplateDialog : public wxDialog {
  public:
    explicit TemplateDialog(wxWindow* parent);
    tmpl::TemplateOptions options() const;
    std::filesystem::path output() const;

  private:
    wxTextCtrl* department_;
    wxTextCtrl* institution_;
    wxSpinCtrl* year_;
    wxFilePickerCtrl* output_;
};

/// Import Word plans…: what the documents hold (the core's preview), then department (one
/// document only), institution, plan year, the folder for the workbooks, and whether existing
/// workbooks may be overwritten.
class ImportDialog : public wxDialog {
  public:
    /// `imports`: the documents as read; `folder`: where the workbooks are suggested (beside the
    /// first document).
    ImportDialog(wxWindow* parent, const std::vector<importer::Import>& imports,
                 const std::filesystem::path& folder);
    /// The choices as the core's options (department only for a single document).
    importer::Options options() const;
    std::filesystem::path folder() const;

  private:
    wxTextCtrl* department_ = nullptr;
    wxTextCtrl* institution_;
    wxSpinCtrl* year_;
    wxDirPickerCtrl* folder_;
    wxCheckBox* overwrite_;
};

}  // namespace opfolg::gui
