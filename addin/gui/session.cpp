// SPDX-License-Identifier: MIT
#include "gui/session.h"

#include <algorithm>

#include "core/platform/resources.h"
#include "core/validate/validator.h"

namespace opfolg::gui {

Session::Session()
    : schema_(schema::load_schema(platform::templates_dir() / "plan-schema.json")),
      catalogue_(
          indicators::Catalogue::load(platform::templates_dir() / "indicator-catalogue.json")) {}

void Session::add(const std::vector<std::filesystem::path>& paths) {
    for (const auto& p : paths)
        if (std::find(paths_.begin(), paths_.end(), p) == paths_.end()) paths_.push_back(p);
}

void Session::clear() {
    paths_.clear();
    report_ = {};
}

const validate::Report& Session::validate() {
    report_ = validate::validate_paths(paths_, schema_, catalogue_);
    return report_;
}

void Session::revalidate(const std::filesystem::path& file) {
    for (auto& f : report_.files)
        if (f.file == file) {
            f = validate::validate_file(file, schema_, catalogue_);
            return;
        }
    validate();
}

}  // namespace opfolg::gui
