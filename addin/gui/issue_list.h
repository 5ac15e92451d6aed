// SPDX-License-Identifier: MIT
// The issue list as a virtual list: rows are (file, issue) references into the session's report
// and their text is made only for the rows on screen, so tens of thousands of issues cost a few
// bytes each and the filter is applied as the user types.
#pragma once

#include <wx/listctrl.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "gui/session.h"

namespace opfolg::gui {

class IssueList : public wxListCtrl {
  public:
    explicit IssueList(wxWindow* parent);

    /// Sets the column headings in the current language and forgets texts made in the old one.
    void relabel();
    /// Rebuilds the rows from `session` (after results arrived), keeping filter and sort.
    void show(const Session& session);
    /// Keeps only issues with `filter` in any column (ignoring case); empty keeps all.
    void set_filter(const wxString& filter);
    /// Sorts by `column`; the same column again reverses the order. -1: the report's order.
    void sort_by(int column);

    /// The report's file index of `row`'s issue.
    std::size_t file_of(long row) const { return rows_.at(static_cast<std::size_t>(row)).file; }
    /// Issues in the report (before the filter).
    std::size_t total() const { return total_; }

  protected:
    wxString OnGetItemText(long item, long column) const override;
    wxItemAttr* OnGetItemAttr(long item) const override;

  private:
    struct Ref {
        std::uint32_t file;
        std::uint32_t issue;
    };
    wxString cell(const Ref& r, int column) const;
    /// Lower-case text of every column of `file`'s issues, made once per result.
    const std::vector<wxString>& haystack(std::size_t file) const;
    void rebuild();

    const Session* session_ = nullptr;
    std::vector<Ref> rows_;
    std::size_t total_ = 0;
    wxString filter_;  // lower case
    int sort_column_ = -1;
    bool sort_ascending_ = true;
    std::vector<wxString> departments_;  // per file of the report
    mutable std::unordered_map<std::uint64_t, std::vector<wxString>> haystacks_;  // by seq
    mutable wxItemAttr error_attr_;
};

}  // namespace opfolg::gui
