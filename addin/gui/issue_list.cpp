// SPDX-License-Identifier: MIT
#include "gui/issue_list.h"

#include <wx/intl.h>

#include <algorithm>
#include <numeric>

#include "core/validate/report_format.h"
#include "gui/wx_text.h"

namespace opfolg::gui {

namespace {

constexpr int columns = 6;

// Lower case without the C library: under the "C" locale towlower leaves Æ, Ø and Å as they are
// (wxString::Lower uses it), and a coordinator types "æ" to find "Æ". ASCII and Latin-1 letters
// are what Danish plan texts hold.
wxString fold(const wxString& s) {
    wxString out;
    out.reserve(s.length());
    for (wxUniChar c : s) {
        auto v = c.GetValue();
        if (v >= 'A' && v <= 'Z')
            v += 0x20;
        else if (v >= 0xC0 && v <= 0xDE && v != 0xD7)
            v += 0x20;
        out += wxUniChar(v);
    }
    return out;
}

}  // namespace

IssueList::IssueList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL) {
    error_attr_.SetTextColour(wxColour(0x9C, 0x00, 0x06));
    relabel();
}

void IssueList::relabel() {
    DeleteAllColumns();
    for (const auto& h :
         {_("Severity"), _("Department"), _("Sheet"), _("Cell"), _("Message"), _("Code")})
        AppendColumn(h);
    SetColumnWidth(1, 160);
    SetColumnWidth(4, 520);
    SetColumnWidth(5, 150);
    haystacks_.clear();  // severity and message are in the language just left
}

wxString IssueList::cell(const Ref& r, int column) const {
    const auto& f = session_->report().files[r.file];
    const auto& i = f.issues[r.issue];
    switch (column) {
        case 0:
            return i.severity == Severity::error ? _("Error") : _("Warning");
        case 1:
            return departments_[r.file];
        case 2:
            return u8(i.sheet);
        case 3:
            return u8(i.cell);
        case 4:
            return text(i.message);
        case 5:
            return u8(i.code);
    }
    return wxString();
}

const std::vector<wxString>& IssueList::haystack(std::size_t file) const {
    auto& hay = haystacks_[session_->seq(file)];
    const auto& issues = session_->report().files[file].issues;
    if (hay.size() != issues.size()) {
        hay.clear();
        hay.reserve(issues.size());
        for (std::uint32_t i = 0; i < issues.size(); ++i) {
            wxString all;
            for (int c = 0; c < columns; ++c)
                all << cell({static_cast<std::uint32_t>(file), i}, c) << wxS('\t');
            hay.push_back(fold(all));
        }
    }
    return hay;
}

void IssueList::show(const Session& session) {
    session_ = &session;
    const auto& files = session.report().files;
    departments_.clear();
    for (const auto& f : files) departments_.push_back(u8(validate::department_of(f)));
    // Texts made for results that are gone (read again, or their file removed) are dropped.
    std::unordered_map<std::uint64_t, std::vector<wxString>> kept;
    for (std::size_t i = 0; i < files.size(); ++i) {
        auto it = haystacks_.find(session.seq(i));
        if (it != haystacks_.end()) kept.emplace(it->first, std::move(it->second));
    }
    haystacks_ = std::move(kept);
    rebuild();
}

void IssueList::set_filter(const wxString& filter) {
    filter_ = fold(filter);
    rebuild();
}

void IssueList::sort_by(int column) {
    if (column == sort_column_)
        sort_ascending_ = !sort_ascending_;
    else
        sort_column_ = column, sort_ascending_ = true;
    rebuild();
}

void IssueList::rebuild() {
    rows_.clear();
    total_ = 0;
    if (session_) {
        const auto& files = session_->report().files;
        for (std::size_t f = 0; f < files.size(); ++f) {
            total_ += files[f].issues.size();
            const std::vector<wxString>* hay = filter_.empty() ? nullptr : &haystack(f);
            for (std::uint32_t i = 0; i < files[f].issues.size(); ++i)
                if (!hay || (*hay)[i].Contains(filter_))
                    rows_.push_back({static_cast<std::uint32_t>(f), i});
        }
        if (sort_column_ >= 0 && sort_column_ < columns) {
            // The sort key of each row is made once, not at every comparison.
            std::vector<wxString> keys;
            keys.reserve(rows_.size());
            for (const auto& r : rows_) keys.push_back(fold(cell(r, sort_column_)));
            std::vector<std::size_t> order(rows_.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                int c = keys[a].compare(keys[b]);
                return sort_ascending_ ? c < 0 : c > 0;
            });
            std::vector<Ref> sorted;
            sorted.reserve(rows_.size());
            for (auto i : order) sorted.push_back(rows_[i]);
            rows_ = std::move(sorted);
        }
    }
    SetItemCount(static_cast<long>(rows_.size()));
    Refresh();
}

wxString IssueList::OnGetItemText(long item, long column) const {
    if (!session_ || item < 0 || static_cast<std::size_t>(item) >= rows_.size()) return wxString();
    return cell(rows_[static_cast<std::size_t>(item)], static_cast<int>(column));
}

wxItemAttr* IssueList::OnGetItemAttr(long item) const {
    if (!session_ || item < 0 || static_cast<std::size_t>(item) >= rows_.size()) return nullptr;
    const auto& r = rows_[static_cast<std::size_t>(item)];
    return session_->report().files[r.file].issues[r.issue].severity == Severity::error
               ? &error_attr_
               : nullptr;
}

}  // namespace opfolg::gui
