// SPDX-License-Identifier: MIT
#include "gui/workbook_list.h"

#include <wx/intl.h>
#include <wx/settings.h>

#include "core/validate/report_format.h"
#include "gui/wx_text.h"

namespace opfolg::gui {

namespace {

wxString status_label(const validate::FileReport& f) {
    switch (f.status) {
        case validate::FileReport::Status::unreadable:
            return _("unreadable") + wxS(": ") + (f.error ? text(*f.error) : wxString());
        case validate::FileReport::Status::invalid:
            return _("errors");
        case validate::FileReport::Status::ok:
            return f.count(Severity::warning) ? _("warnings") : _("ok");
    }
    return wxString();
}

}  // namespace

WorkbookList::WorkbookList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_SINGLE_SEL | wxLC_VIRTUAL) {
    problem_attr_.SetTextColour(wxColour(0x9C, 0x00, 0x06));
    waiting_attr_.SetTextColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    relabel();
}

void WorkbookList::relabel() {
    DeleteAllColumns();
    for (const auto& h : {_("File"), _("Department"), _("Status"), _("Errors"), _("Warnings")})
        AppendColumn(h);
    SetColumnWidth(0, 200);
    SetColumnWidth(2, 110);
    Refresh();
}

void WorkbookList::show(const Session& session) {
    rows_ = session.rows();
    stopped_ = session.stopped();
    SetItemCount(static_cast<long>(rows_.size()));
    Refresh();
}

const validate::FileReport* WorkbookList::result_at(long row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= rows_.size()) return nullptr;
    return rows_[static_cast<std::size_t>(row)].result;
}

std::filesystem::path WorkbookList::file_at(long row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= rows_.size()) return {};
    return rows_[static_cast<std::size_t>(row)].file;
}

wxString WorkbookList::OnGetItemText(long item, long column) const {
    if (item < 0 || static_cast<std::size_t>(item) >= rows_.size()) return wxString();
    const auto& row = rows_[static_cast<std::size_t>(item)];
    if (column == 0) return u8(row.file.filename());
    if (!row.result) {
        if (column != 2) return wxString();
        return stopped_ ? _("not checked") : _("waiting...");
    }
    const auto& f = *row.result;
    switch (column) {
        case 1:
            return u8(validate::department_of(f));
        case 2:
            // A result being replaced stays shown, marked, until the new one arrives.
            return row.waiting && !stopped_
                       ? status_label(f) + wxS(" (") + _("checking...") + wxS(")")
                       : status_label(f);
        case 3:
            return wxString::Format(wxS("%zu"), f.count(Severity::error));
        case 4:
            return wxString::Format(wxS("%zu"), f.count(Severity::warning));
    }
    return wxString();
}

wxItemAttr* WorkbookList::OnGetItemAttr(long item) const {
    if (item < 0 || static_cast<std::size_t>(item) >= rows_.size()) return nullptr;
    const auto& row = rows_[static_cast<std::size_t>(item)];
    if (!row.result) return &waiting_attr_;
    return row.result->status != validate::FileReport::Status::ok ? &problem_attr_ : nullptr;
}

}  // namespace opfolg::gui
