// SPDX-License-Identifier: MIT
#include "core/plan/inputs.h"

#include <algorithm>

#include "core/util/error.h"
#include "core/util/normalize.h"

namespace opfolg::plan {

namespace {

bool is_lock_file(const std::string& name) { return name.rfind("~$", 0) == 0; }
bool is_hidden(const std::string& name) { return !name.empty() && name[0] == '.'; }

std::string extension_of(const std::filesystem::path& p) {
    return fold_case(path_utf8(p.extension()));
}

// Workbooks Opfølg reads: .xlsx, and .xlsm, which is the same package with macros (never run).
bool is_workbook(const std::filesystem::path& p) {
    auto ext = extension_of(p);
    return ext == ".xlsx" || ext == ".xlsm";
}

// Why a file in a folder is not read, so that a department never vanishes without a word: the
// formats people save plans in are named with what to do about them.
Text not_a_workbook(const std::filesystem::path& p) {
    auto ext = extension_of(p);
    if (ext == ".xls")
        return {"gammel Excel-projektmappe (.xls); åbn den i Excel og gem den som .xlsx",
                "legacy Excel workbook (.xls); open it in Excel and save it as .xlsx"};
    if (ext == ".xlsb")
        return {"binær Excel-projektmappe (.xlsb); gem den som .xlsx",
                "binary Excel workbook (.xlsb); save it as .xlsx"};
    if (ext == ".ods")
        return {"OpenDocument-regneark (.ods); gem den som .xlsx",
                "OpenDocument spreadsheet (.ods); save it as .xlsx"};
    if (ext == ".csv")
        return {"CSV-fil; åbn den i Excel og gem den som .xlsx",
                "CSV file; open it in Excel and save it as .xlsx"};
    if (ext == ".numbers")
        return {"Numbers-regneark; eksportér det som .xlsx",
                "Numbers spreadsheet; export it as .xlsx"};
    if (ext == ".docx" || ext == ".doc")
        return {"Word-dokument, ikke en projektmappe; en plan i Word indlæses med opfolg import",
                "Word document, not a workbook; a plan in Word is read with opfolg import"};
    return {"ikke en Excel-projektmappe (.xlsx); springes over",
            "not an Excel workbook (.xlsx); skipped"};
}

}  // namespace

Inputs collect_inputs(const std::vector<std::filesystem::path>& paths) {
    Inputs in;
    for (const auto& p : paths) {
        std::error_code ec;
        if (std::filesystem::is_directory(p, ec)) {
            for (const auto& e : std::filesystem::directory_iterator(p, ec)) {
                std::string name = path_utf8(e.path().filename());
                if (!e.is_regular_file(ec)) continue;
                if (is_lock_file(name))
                    in.skipped.push_back(
                        {e.path(),
                         {"låsefil (dokumentet er åbent et sted); springes over",
                          "lock file (the document is open somewhere); skipped"}});
                else if (!is_workbook(e.path()) && !is_hidden(name))
                    in.skipped.push_back({e.path(), not_a_workbook(e.path())});
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
