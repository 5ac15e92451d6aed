// SPDX-License-Identifier: MIT
#pragma once

#include <wx/panel.h>

#include <optional>

#include "core/indicators/deltas.h"

namespace opfolg::gui {

/// One indicator over the years against the national level, drawn with wxGraphicsContext.
class ChartPanel : public wxPanel {
  public:
    explicit ChartPanel(wxWindow* parent);
    void show(const std::optional<indicators::Delta>& delta);

  private:
    void on_paint(wxPaintEvent&);
    std::optional<indicators::Delta> delta_;
};

}  // namespace opfolg::gui
