// SPDX-License-Identifier: MIT
#include "gui/indicator_table.h"

#include <wx/intl.h>

#include "core/indicators/deltas_format.h"
#include "core/util/number_display.h"
#include "gui/wx_text.h"

namespace opfolg::gui {

IndicatorTable::IndicatorTable() : better_(new wxGridCellAttr), worse_(new wxGridCellAttr) {
    better_->SetBackgroundColour(wxColour(0xC6, 0xEF, 0xCE));
    worse_->SetBackgroundColour(wxColour(0xFF, 0xC7, 0xCE));
}

IndicatorTable::~IndicatorTable() {
    better_->DecRef();
    worse_->DecRef();
}

void IndicatorTable::show(const Session& session, const wxString& department) {
    session_ = &session;
    int before = GetNumberRows();
    rows_.clear();
    const auto& files = session.report().files;
    for (std::size_t f = 0; f < files.size(); ++f) {
        if (!files[f].workbook ||
            (!department.empty() && u8(files[f].workbook->meta.department.text) != department))
            continue;
        for (std::size_t d = 0; d < files[f].deltas.size(); ++d)
            rows_.push_back({static_cast<std::uint32_t>(f), static_cast<std::uint32_t>(d)});
    }
    // The grid learns of the new row count through table messages; its cells are asked for
    // when drawn.
    if (auto* grid = GetView()) {
        int now = GetNumberRows();
        grid->BeginBatch();
        if (now < before) {
            wxGridTableMessage m(this, wxGRIDTABLE_NOTIFY_ROWS_DELETED, now, before - now);
            grid->ProcessTableMessage(m);
        } else if (now > before) {
            wxGridTableMessage m(this, wxGRIDTABLE_NOTIFY_ROWS_APPENDED, now - before);
            grid->ProcessTableMessage(m);
        }
        grid->EndBatch();
        grid->ForceRefresh();
    }
}

const indicators::Delta* IndicatorTable::delta_at(int row) const {
    if (!session_ || row < 0 || static_cast<std::size_t>(row) >= rows_.size()) return nullptr;
    const auto& r = rows_[static_cast<std::size_t>(row)];
    return &session_->report().files[r.file].deltas[r.delta];
}

wxString IndicatorTable::GetValue(int row, int col) {
    const auto* d = delta_at(row);
    if (!d) return wxString();
    Lang lang = ui_lang();
    auto num = [&](const std::optional<double>& v, bool sign) {
        return v ? u8(number_display(*v, lang, sign)) : wxString();
    };
    switch (col) {
        case 0:
            return u8(session_->report()
                          .files[rows_[static_cast<std::size_t>(row)].file]
                          .workbook->meta.department.text);
        case 1:
            return u8(d->series.name());
        case 2:
            return u8(d->series.group);
        case 3:
            return wxString::Format(wxS("%d"), d->year);
        case 4:
            return u8(number_display(d->value, lang));
        case 5:
            return num(d->delta, true);
        case 6:
            return num(d->national, false);
        case 7:
            return num(d->diff_national, true);
        case 8:
            return d->assessment ? u8(indicators::assessment_text(*d->assessment, lang))
                                 : wxString();
    }
    return wxString();
}

wxString IndicatorTable::GetColLabelValue(int col) {
    const wxString heads[] = {_("Department"), _("Indicator"),  _("Group"),
                              _("Year"),       _("Value"),      _("Change"),
                              _("National"),   _("Difference"), _("Assessment")};
    return col >= 0 && col < 9 ? heads[col] : wxString();
}

wxGridCellAttr* IndicatorTable::GetAttr(int row, int col, wxGridCellAttr::wxAttrKind) {
    const auto* d = delta_at(row);
    wxGridCellAttr* attr = nullptr;
    if (d && col == 8 && d->assessment == indicators::Assessment::improved) attr = better_;
    if (d && col == 8 && d->assessment == indicators::Assessment::worsened) attr = worse_;
    if (d && col == 7 && d->vs_national == indicators::VsNational::better) attr = better_;
    if (d && col == 7 && d->vs_national == indicators::VsNational::worse) attr = worse_;
    if (attr) attr->IncRef();  // the grid releases what it is given
    return attr;
}

}  // namespace opfolg::gui
