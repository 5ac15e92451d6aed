// SPDX-License-Identifier: MIT
#pragma once

#include <wx/dialog.h>

#include <filesystem>
#include <optional>

#include "core/consolidate/consolidate.h"
#include "core/workbook_template/template_writer.h"

class wxTextCtrl;
class wxSpinCtrl;
class wxCheckBox;
class wxFilePickerCtrl;

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

}  // namespace opfolg::gui
