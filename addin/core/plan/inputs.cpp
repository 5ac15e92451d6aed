// SPDX-License-Identifier: MIT
#include "core/plan/inputs.h"

#include <algorithm>

#include "core/util/error.h"
#include "core/util/normalize.h"

namespace opfolg::plan {

namespace {

bool is_lock_file(const std::string& name) { return name.rfind("~$", 0) == 0; }
bool is_hidden(const std::string& name) { return !name.empty() && name[0] == '.'; }
bool is_xlsx(const std::filesystem::path& p) {
    return fold_case(path_utf8(p.extension())) == ".xlsx";
}

}  // namespace

Inputs collect_inputs(const std::vector<std::filesystem::path>& paths) {
    Inputs in;
    for (const auto& p : paths) {
        std::error_code ec;
        if (std::filesystem::is_directory(p, ec)) {
            for (const auto& e : std::filesystem::directory_iterator(p, ec)) {
                std::string name = path_utf8(e.path().filename());
                if (!e.is_regular_file(ec) || !is_xlsx(e.path())) continue;
                if (is_lock_file(name))
                    in.skipped.push_back(
                        {e.path(),
                         {"Excels låsefil (projektmappen er åben et sted); springes over",
                          "Excel lock file (the workbook is open somewhere); skipped"}});
                else if (is_hidden(name))
                    in.skipped.push_back(
                        {e.path(), {"skjult fil; springes over", "hidden file; skipped"}});
                else
                    in.files.push_back(e.path());
            }
        } else if (std::filesystem::exists(p, ec)) {
            std::string name = path_utf8(p.filename());
            if (is_lock_file(name))
                in.skipped.push_back(
                    {p, {"Excels låsefil; springes over", "Excel lock file; skipped"}});
            else
                in.files.push_back(p);
        } else {
            in.missing.push_back({p, {"filen eller mappen findes ikke", "no such file or folder"}});
        }
    }
    std::sort(in.files.begin(), in.files.end());
    in.files.erase(std::unique(in.files.begin(), in.files.end()), in.files.end());
    std::sort(in.skipped.begin(), in.skipped.end(),
              [](const auto& a, const auto& b) { return a.path < b.path; });
    return in;
}

}  // namespace opfolg::plan
