// SPDX-License-Identifier: MIT
#include "gui/chart_panel.h"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/intl.h>

#include <algorithm>
#include <cmath>
#include <memory>

#include "core/indicators/deltas_format.h"
#include "gui/wx_text.h"

namespace opfolg::gui {

ChartPanel::ChartPanel(wxWindow* parent)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxSize(420, 260)) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &ChartPanel::on_paint, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        Refresh();
        e.Skip();
    });
}

void ChartPanel::show(const std::optional<indicators::Delta>& delta) {
    delta_ = delta;
    Refresh();
}

void ChartPanel::on_paint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) return;
    const wxSize size = GetClientSize();
    gc->SetFont(GetFont(), wxColour(0x29, 0x29, 0x29));
    if (!delta_) {
        gc->DrawText(_("Select an indicator to see its development"), 12, 12);
        return;
    }
    const auto& s = delta_->series;
    std::vector<std::pair<int, double>> values, nationals;
    for (const auto& p : s.points) {
        if (p.value) values.push_back({p.year, p.value->value});
        if (p.national) nationals.push_back({p.year, p.national->value});
    }
    gc->DrawText(u8(s.name() + (s.group.empty() ? "" : " – " + s.group)), 12, 8);
    if (values.empty()) return;
    int y0 = values.front().first, y1 = values.back().first;
    for (const auto& [y, v] : nationals) y0 = std::min(y0, y), y1 = std::max(y1, y);
    double lo = values.front().second, hi = lo;
    for (const auto* set : {&values, &nationals})
        for (const auto& [y, v] : *set) lo = std::min(lo, v), hi = std::max(hi, v);
    double pad = std::max((hi - lo) * 0.15, 0.5);
    lo = std::max(0.0, lo - pad), hi += pad;
    const double left = 56, right = size.x - 40, top = 40, bottom = size.y - 44;
    auto px = [&](int year) {
        return y1 == y0 ? (left + right) / 2
                        : left + (right - left) * (year - y0) / double(y1 - y0);
    };
    auto py = [&](double v) { return bottom - (bottom - top) * (v - lo) / (hi - lo); };
    // Axes and gridlines with labels in the user's number style.
    gc->SetPen(wxPen(wxColour(0xD9, 0xD9, 0xD9)));
    for (int i = 0; i <= 4; ++i) {
        double v = lo + (hi - lo) * i / 4.0;
        gc->StrokeLine(left, py(v), right, py(v));
        gc->DrawText(u8(number_display(std::round(v * 10) / 10, ui_lang())), 8, py(v) - 8);
    }
    for (int y = y0; y <= y1; ++y)
        gc->DrawText(wxString::Format(wxS("%d"), y), px(y) - 14, bottom + 8);
    auto line = [&](const std::vector<std::pair<int, double>>& pts, const wxColour& colour,
                    bool dashed) {
        if (pts.empty()) return;
        wxPen pen(colour, 3, dashed ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID);
        gc->SetPen(pen);
        gc->SetBrush(wxBrush(colour));
        wxGraphicsPath path = gc->CreatePath();
        path.MoveToPoint(px(pts[0].first), py(pts[0].second));
        for (std::size_t i = 1; i < pts.size(); ++i)
            path.AddLineToPoint(px(pts[i].first), py(pts[i].second));
        gc->StrokePath(path);
        for (const auto& [y, v] : pts) gc->DrawEllipse(px(y) - 4, py(v) - 4, 8, 8);
    };
    line(nationals, wxColour(0xC5, 0x5A, 0x11), true);
    line(values, wxColour(0x1F, 0x4E, 0x79), false);
    gc->SetFont(GetFont(), wxColour(0x1F, 0x4E, 0x79));
    gc->DrawText(_("School"), left, size.y - 22);
    gc->SetFont(GetFont(), wxColour(0xC5, 0x5A, 0x11));
    gc->DrawText(_("National level"), left + 90, size.y - 22);
}

}  // namespace opfolg::gui
