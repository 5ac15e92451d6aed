// SPDX-License-Identifier: MIT
#pragma once

#include <wx/defs.h>

namespace opfolg::gui {

enum Id {
    id_add_files = wxID_HIGHEST + 1,
    id_add_folder,
    id_validate,
    id_consolidate,
    id_template,
    id_feedback,
    id_import,
    id_publish,
    id_language_da,
    id_language_en,
    id_rollover,
    id_stop,
};

}  // namespace opfolg::gui
