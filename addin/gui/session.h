// SPDX-License-Identifier: MIT
// The app's working state and its calls into the core; no widgets here.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/consolidate/consolidate.h"
#include "core/indicators/catalogue.h"
#include "core/schema/schema.h"
#include "core/validate/issue.h"

namespace opfolg::gui {

class Session {
  public:
    /// Loads the schema and catalogue from the installed or source-tree folder; throws Error.
    Session();

    /// Adds files or folders (folders are expanded by the core when validating).
    void add(const std::vector<std::filesystem::path>& paths);
    void clear();
    const std::vector<std::filesystem::path>& paths() const { return paths_; }

    /// Validates everything added; the report is kept for the views.
    const validate::Report& validate();
    const validate::Report& report() const { return report_; }
    /// Re-validates one file (after the folder watcher saw it change).
    void revalidate(const std::filesystem::path& file);

    const schema::Schema& schema() const { return schema_; }
    const indicators::Catalogue& catalogue() const { return catalogue_; }

  private:
    schema::Schema schema_;
    indicators::Catalogue catalogue_;
    std::vector<std::filesystem::path> paths_;
    validate::Report report_;
};

}  // namespace opfolg::gui
