// SPDX-License-Identifier: MIT
// Næste års skabeloner…: the desktop face of opfolg rollover. The core reads the board workbook
// (or the departments' workbooks) and decides what goes forward; this dialog shows that per
// department before anything is written, then lets the core write.
#pragma once

#include <wx/dialog.h>

#include <filesystem>
#include <vector>

#include "core/rollover/rollover.h"

class wxListCtrl;
class wxListEvent;
class wxSpinCtrl;
class wxTextCtrl;
class wxCheckBox;
class wxDirPickerCtrl;

namespace opfolg::gui {

class Session;

/// The preview: one line per department (next plan year, actions carried on, closed, not
/// carried, indicators, file), the core's account of the selected one (which rows cannot be
/// carried on and why), and the choices: next plan year, institution, folder, overwrite.
class RolloverDialog : public wxDialog {
  public:
    /// `preview`: what rollover::prepare found; `folder`: where the workbooks are suggested.
    RolloverDialog(wxWindow* parent, rollover::Rollover preview,
                   const std::filesystem::path& folder);
    rollover::Options options() const;
    std::filesystem::path folder() const;
    /// The preview as it stands (plan years and files follow the choices).
    const rollover::Rollover& preview() const { return preview_; }
    wxListCtrl* department_list() const { return list_; }
    /// The details shown for the selected department.
    wxString details() const;

  private:
    void refill();
    void show_details(long item);

    rollover::Rollover preview_;
    wxListCtrl* list_;
    wxTextCtrl* details_;
    wxSpinCtrl* year_;
    wxCheckBox* own_years_;
    wxTextCtrl* institution_;
    wxDirPickerCtrl* folder_;
    wxCheckBox* overwrite_;
};

/// Asks for the board workbook or the departments' workbooks when `inputs` is empty, reads
/// them on a worker thread, shows the preview and, on OK, asks before replacing workbooks that
/// exist and writes next year's workbooks on a worker thread; says what was written and what was
/// not. Returns the files written.
std::vector<std::filesystem::path> roll_over(wxWindow* parent, const Session& session,
                                             std::vector<std::filesystem::path> inputs = {});

}  // namespace opfolg::gui
