// SPDX-License-Identifier: MIT
#include "core/validate/report_format.h"

#include <fmt/format.h>

#include "core/util/error.h"
#include "core/util/plural.h"

namespace opfolg::validate {

using nlohmann::json;

std::string department_of(const FileReport& f) {
    return f.workbook ? f.workbook->meta.department.text : std::string();
}

json report_json(const Report& report) {
    json files = json::array();
    std::size_t unreadable = 0;
    for (const auto& f : report.files) {
        json issues = json::array();
        for (const auto& i : f.issues)
            issues.push_back({{"severity", severity_name(i.severity)},
                              {"code", i.code},
                              {"sheet", i.sheet},
                              {"cell", i.cell},
                              {"field", i.field},
                              {"message", i.message.da},
                              {"message_en", i.message.en},
                              {"value", i.value}});
        json entry = {
            {"file", path_utf8(f.file)},
            {"status", status_name(f.status)},
            {"error", f.error ? json(f.error->da) : json(nullptr)},
            {"error_en", f.error ? json(f.error->en) : json(nullptr)},
            {"department", f.workbook ? json(department_of(f)) : json(nullptr)},
            {"layout", f.workbook ? json(plan::layout_name(f.workbook->layout)) : json(nullptr)},
            {"errors", f.count(Severity::error)},
            {"warnings", f.count(Severity::warning)},
            {"issues", issues}};
        if (f.status == FileReport::Status::unreadable) ++unreadable;
        files.push_back(std::move(entry));
    }
    json skipped = json::array();
    for (const auto& s : report.skipped)
        skipped.push_back(
            {{"file", path_utf8(s.path)}, {"reason", s.reason.da}, {"reason_en", s.reason.en}});
    return {{"files", files},
            {"summary",
             {{"files", report.files.size()},
              {"errors", report.errors()},
              {"warnings", report.warnings()},
              {"unreadable", unreadable},
              {"skipped", skipped}}}};
}

void report_text(const Report& report, Lang lang, std::ostream& out) {
    bool da = lang == Lang::da;
    std::size_t ok = 0, invalid = 0, unreadable = 0;
    for (const auto& f : report.files) {
        std::string name = path_utf8(f.file.filename());
        if (f.status == FileReport::Status::unreadable) {
            ++unreadable;
            out << name << "\n  " << (da ? "KAN IKKE LÆSES  " : "UNREADABLE  ") << f.error->in(lang)
                << "\n\n";
            continue;
        }
        (f.status == FileReport::Status::ok ? ok : invalid)++;
        std::size_t e = f.count(Severity::error), w = f.count(Severity::warning);
        out << name << "  (" << department_of(f) << ")  ";
        out << count(e, nouns::error, lang) << ", " << count(w, nouns::warning, lang) << "\n";
        for (const auto& i : f.issues) {
            std::string sev = i.severity == Severity::error ? (da ? "FEJL" : "ERROR")
                                                            : (da ? "ADVARSEL" : "WARNING");
            std::string where = i.sheet.empty() ? (da ? "(projektmappen)" : "(workbook)")
                                                : i.sheet + (i.cell.empty() ? "" : "!" + i.cell);
            std::string msg = i.message.in(lang);
            for (auto& c : msg)
                if (c == '\n') c = ' ';
            out << fmt::format("  {:<9} {:<24} {}  [{}]\n", sev, where, msg, i.code);
        }
        if (f.issues.empty()) out << (da ? "  I orden.\n" : "  OK.\n");
        out << "\n";
    }
    for (const auto& s : report.skipped)
        out << path_utf8(s.path.filename()) << ": " << s.reason.in(lang) << "\n";
    if (report.files.empty()) {
        out << (da ? "Ingen projektmapper (.xlsx) at kontrollere.\n"
                   : "No workbooks (.xlsx) to check.\n");
        return;
    }
    if (da)
        out << fmt::format("{}: {} i orden, {} med fejl, {} kan ikke læses. I alt {} og {}.\n",
                           count(report.files.size(), nouns::file, lang), ok, invalid, unreadable,
                           count(report.errors(), nouns::error, lang),
                           count(report.warnings(), nouns::warning, lang));
    else
        out << fmt::format("{}: {} OK, {} with errors, {} unreadable. {} and {} in all.\n",
                           count(report.files.size(), nouns::file, lang), ok, invalid, unreadable,
                           count(report.errors(), nouns::error, lang),
                           count(report.warnings(), nouns::warning, lang));
}

}  // namespace opfolg::validate
