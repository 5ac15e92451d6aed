// SPDX-License-Identifier: MIT
// The indicator view's rows as a grid table: (file, delta) references whose cells are formatted
// when the grid draws them, so hundreds of departments' indicators fill in without a pause.
#pragma once

#include <wx/grid.h>

#include <cstdint>
#include <vector>

#include "gui/session.h"

namespace opfolg::gui {

class IndicatorTable : public wxGridTableBase {
  public:
    IndicatorTable();
    ~IndicatorTable() override;

    /// Shows the deltas of `department` ("" for every department) and tells the grid.
    void show(const Session& session, const wxString& department);
    /// The delta shown in `row`, or null.
    const indicators::Delta* delta_at(int row) const;

    int GetNumberRows() override { return static_cast<int>(rows_.size()); }
    int GetNumberCols() override { return 9; }
    wxString GetValue(int row, int col) override;
    void SetValue(int, int, const wxString&) override {}
    wxString GetColLabelValue(int col) override;
    bool CanHaveAttributes() override { return true; }
    wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind kind) override;

  private:
    struct Ref {
        std::uint32_t file;
        std::uint32_t delta;
    };
    const Session* session_ = nullptr;
    std::vector<Ref> rows_;
    wxGridCellAttr* better_;
    wxGridCellAttr* worse_;
};

}  // namespace opfolg::gui
