// SPDX-License-Identifier: MIT
// The workbook list: every listed file, checked or still waiting, as a virtual list (a folder of
// hundreds of workbooks fills in as results arrive without rebuilding rows).
#pragma once

#include <wx/listctrl.h>

#include <vector>

#include "gui/session.h"

namespace opfolg::gui {

class WorkbookList : public wxListCtrl {
  public:
    explicit WorkbookList(wxWindow* parent);

    /// Sets the column headings in the current language.
    void relabel();
    /// Shows the session's files (after results arrived or the list changed).
    void show(const Session& session);
    /// The result shown in `row`, or null (still waiting, or no such row).
    const validate::FileReport* result_at(long row) const;
    /// The file shown in `row`.
    std::filesystem::path file_at(long row) const;
    /// The selected row, or -1.
    long selected() const { return GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED); }

  protected:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

  private:
    std::vector<Session::Row> rows_;
    bool stopped_ = false;
    mutable wxItemAttr problem_attr_;
    mutable wxItemAttr waiting_attr_;
};

}  // namespace opfolg::gui
