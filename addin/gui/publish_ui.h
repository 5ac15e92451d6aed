// SPDX-License-Identifier: MIT
// Udgiv…: the plan as an accessible web page (core/publish), saved where the user says and
// opened in the default browser.
#pragma once

#include <filesystem>
#include <optional>

class wxWindow;

namespace opfolg::gui {

class Session;

/// Asks where to save the page (the documents folder and "Opfølgningsplan <year>.html"
/// suggested; the dialog asks before replacing a file), publishes the session's workbooks with
/// a cancellable progress dialog, and opens the page in the default browser. Says why when
/// nothing is written (CPR numbers named by file, sheet and cell; nothing to publish). Returns
/// the page written, or nullopt.
std::optional<std::filesystem::path> publish_plan(wxWindow* parent, const Session& session);

}  // namespace opfolg::gui
