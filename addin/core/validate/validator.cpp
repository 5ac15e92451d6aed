// SPDX-License-Identifier: MIT
#include "core/validate/validator.h"

#include <algorithm>

#include "core/indicators/series.h"
#include "core/plan/inputs.h"
#include "core/plan/reader.h"
#include "core/util/error.h"
#include "core/util/parallel.h"
#include "core/validate/checks.h"
#include "core/xlsx/reader.h"
#include "core/xlsx/zip_archive.h"

namespace opfolg {
const char* severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }
}  // namespace opfolg

namespace opfolg::validate {

const char* status_name(FileReport::Status s) {
    switch (s) {
        case FileReport::Status::ok:
            return "ok";
        case FileReport::Status::invalid:
            return "invalid";
        case FileReport::Status::unreadable:
            return "unreadable";
    }
    return "ok";
}

std::size_t FileReport::count(Severity s) const {
    return static_cast<std::size_t>(std::count_if(issues.begin(), issues.end(),
                                                  [&](const Issue& i) { return i.severity == s; }));
}

std::size_t Report::errors() const {
    std::size_t n = 0;
    for (const auto& f : files) n += f.count(Severity::error);
    return n;
}

std::size_t Report::warnings() const {
    std::size_t n = 0;
    for (const auto& f : files) n += f.count(Severity::warning);
    return n;
}

int Report::exit_code() const {
    bool unreadable = std::any_of(files.begin(), files.end(), [](const FileReport& f) {
        return f.status == FileReport::Status::unreadable;
    });
    // Nothing to check (an empty folder, only files that are not workbooks) is no success.
    if (unreadable || files.empty()) return 2;
    return errors() > 0 ? 1 : 0;
}

namespace {

// Sheet, then row, then column of an A1 reference: the order a person reads the workbook in.
bool issue_order(const Issue& a, const Issue& b) {
    if (a.sheet != b.sheet) return a.sheet < b.sheet;
    auto ra = xlsx::parse_cell_ref(a.cell), rb = xlsx::parse_cell_ref(b.cell);
    if (ra && rb && *ra != *rb) return *ra < *rb;
    if (ra.has_value() != rb.has_value()) return !ra.has_value();
    return a.code < b.code;
}

}  // namespace

std::vector<Issue> run_checks(const plan::DepartmentWorkbook& wb, const schema::Schema& schema) {
    std::vector<Issue> issues;
    CheckContext ctx{wb, schema, issues};
    for (const auto& check : all_checks()) check.run(ctx);
    std::stable_sort(issues.begin(), issues.end(), issue_order);
    return issues;
}

namespace {

FileReport unreadable(const std::filesystem::path& file, const Error& e) {
    FileReport r;
    r.file = file;
    r.status = FileReport::Status::unreadable;
    r.error = Text{e.where().empty() ? e.reason().da : e.where() + ": " + e.reason().da,
                   e.where().empty() ? e.reason().en : e.where() + ": " + e.reason().en};
    return r;
}

}  // namespace

FileReport validate_file(const std::filesystem::path& file, const schema::Schema& schema,
                         const indicators::Catalogue& catalogue) {
    std::string bytes;
    try {
        bytes = xlsx::read_file_capped(file, xlsx::ReadLimits{}.max_file_size);
    } catch (const Error& e) {
        return unreadable(file, e);
    }
    return validate_bytes(std::move(bytes), file, schema, catalogue);
}

FileReport validate_bytes(std::string bytes, const std::filesystem::path& file,
                          const schema::Schema& schema, const indicators::Catalogue& catalogue) {
    FileReport r;
    r.file = file;
    std::vector<Issue> indicator_issues;
    try {
        auto wb = xlsx::read_workbook_bytes(std::move(bytes), file);
        r.workbook = plan::map_workbook(wb, schema);
        if (r.workbook->board_workbook) {
            // Opfølg's own output among the inputs: say so, and check nothing in it.
            r.issues.push_back({Severity::warning,
                                "board-workbook",
                                "",
                                "",
                                "",
                                {"dette er Opfølgs samlede projektmappe til bestyrelsen, ikke en "
                                 "afdelings plan; den springes over ved konsolidering",
                                 "this is Opfølg's consolidated board workbook, not a department's "
                                 "plan; consolidation skips it"},
                                ""});
            return r;
        }
        for (const auto& fix : wb.repaired_text)
            indicator_issues.push_back(
                {Severity::warning,
                 "text-not-utf8",
                 fix.sheet,
                 fix.sheet.empty() ? "" : fix.where,
                 fix.sheet.empty() ? fix.where : "",
                 {"teksten indeholdt tegn, der ikke er gyldig UTF-8 (en anden tegnkodning eller "
                  "et ugyldigt tegn); de er erstattet med \"\uFFFD\" – ret teksten i Excel",
                  "the text held characters that are not valid UTF-8 (another encoding or an "
                  "invalid character); they were replaced with \"\uFFFD\" – correct the text in "
                  "Excel"},
                 ""});
        for (const auto& s :
             indicators::read_series(wb, *r.workbook, catalogue, schema, indicator_issues))
            if (auto d = indicators::compute(s)) r.deltas.push_back(std::move(*d));
    } catch (const Error& e) {
        return unreadable(file, e);
    }
    r.issues = run_checks(*r.workbook, schema);
    r.issues.insert(r.issues.end(), indicator_issues.begin(), indicator_issues.end());
    std::stable_sort(r.issues.begin(), r.issues.end(), issue_order);
    r.status = r.count(Severity::error) ? FileReport::Status::invalid : FileReport::Status::ok;
    return r;
}

Report validate_paths(const std::vector<std::filesystem::path>& paths, const schema::Schema& schema,
                      const indicators::Catalogue& catalogue,
                      const std::function<void(std::size_t, std::size_t)>& progress) {
    Report report;
    auto inputs = plan::collect_inputs(paths);
    report.skipped = inputs.skipped;
    for (const auto& m : inputs.missing) {
        FileReport r;
        r.file = m.path;
        r.status = FileReport::Status::unreadable;
        r.error = m.reason;
        report.files.push_back(std::move(r));
    }
    // Files are independent: check them on every core, each into its own slot.
    const std::size_t first = report.files.size();
    report.files.resize(first + inputs.files.size());
    parallel_for(
        inputs.files.size(), worker_threads(),
        [&](std::size_t i) {
            report.files[first + i] = validate_file(inputs.files[i], schema, catalogue);
        },
        [&](std::size_t done) {
            if (progress) progress(done, inputs.files.size());
        },
        {});
    return report;
}

}  // namespace opfolg::validate
