// SPDX-License-Identifier: MIT
#include "core/consolidate/consolidate.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "core/consolidate/board_workbook.h"
#include "core/consolidate/public_content.h"
#include "core/plan/inputs.h"
#include "core/util/error.h"
#include "core/util/normalize.h"
#include "core/util/parallel.h"
#include "core/util/sha256.h"
#include "core/validate/validator.h"
#include "core/xlsx/writer.h"
#include "core/xlsx/zip_archive.h"

namespace opfolg::consolidate {

int Result::exit_code() const {
    if (report.exit_code() == 2 || sources.empty()) return 2;
    if (!refusals.empty()) return 1;
    // By default a workbook with errors is included and flagged, which is success; --strict
    // leaves it out, which is not.
    bool strict = std::any_of(sources.begin(), sources.end(),
                              [](const Source& s) { return s.left_out_by_strict; });
    return strict ? 1 : 0;
}

namespace {

template <class Get>
std::string most_common(const std::vector<validate::FileReport>& files, Get get) {
    std::map<std::string, std::size_t> count;
    for (const auto& f : files)
        if (f.workbook) {
            std::string v = get(*f.workbook);
            if (!v.empty()) ++count[v];
        }
    std::string best;
    std::size_t n = 0;
    for (const auto& [v, c] : count)
        if (c > n) best = v, n = c;  // ties: the alphabetically first, for determinism
    return best;
}

void flag_duplicate_departments(Result& r) {
    std::map<std::string, std::vector<std::size_t>> by_department;
    for (std::size_t i = 0; i < r.sources.size(); ++i)
        if (!r.sources[i].department.empty())
            by_department[header_key(r.sources[i].department)].push_back(i);
    for (const auto& [key, idx] : by_department) {
        if (idx.size() < 2) continue;
        std::string names;
        for (auto i : idx)
            names += (names.empty() ? "" : ", ") + path_utf8(r.sources[i].file.filename());
        for (auto i : idx) {
            auto& s = r.sources[i];
            Text note{
                fmt::format(
                    "afdelingen \"{}\" findes i flere projektmapper ({}); de er ikke lagt sammen",
                    s.department, names),
                fmt::format(
                    "the department \"{}\" appears in several workbooks ({}); they are not merged",
                    s.department, names)};
            s.note = note;
            for (auto& f : r.report.files)
                if (f.file == s.file) {
                    f.issues.push_back({Severity::warning, "duplicate-department", "", "",
                                        "department", note, s.department});
                    ++s.warnings;
                }
        }
    }
}

// The board shows indicators through their deltas and their yearly points (the charts, the
// history a rollover reads back) and lists every issue, so of the mapped content little more
// than the plan rows is needed later. The rest, most of a workbook's cells, is released as soon
// as the workbook is checked, which keeps a run over hundreds of workbooks within a small
// multiple of its output.
void release_what_the_board_does_not_show(validate::FileReport& f) {
    for (auto& t : f.workbook->tables)
        if (t.schema->name != "plan") std::vector<plan::Row>().swap(t.rows);
}

// A department whose plan year is not the consolidation's is included, but never silently:
// last year's plan merged into this year's board papers is a mistake someone must see.
void flag_other_plan_years(Result& r) {
    if (!r.year) return;
    for (auto& f : r.report.files) {
        if (!f.workbook || !f.workbook->meta.year || *f.workbook->meta.year == r.year) continue;
        const auto& y = f.workbook->meta.plan_year;
        Text note{fmt::format("projektmappens planår er {}, men planen samles for {}",
                              *f.workbook->meta.year, r.year),
                  fmt::format("the workbook's plan year is {}, but the plan is consolidated for {}",
                              *f.workbook->meta.year, r.year)};
        f.issues.push_back({Severity::warning, "year-mismatch", y.source.sheet.str(),
                            y.source.known ? xlsx::to_a1(y.source.cell) : "", "plan_year", note,
                            y.text});
        for (auto& src : r.sources)
            if (src.file == f.file) {
                ++src.warnings;
                if (src.note.da.empty()) src.note = note;
            }
    }
}

// A printed plan text that Excel cannot show whole in one row is the department's to shorten:
// a warning on its workbook, as the quality check's own.
void flag_texts_too_long_to_print(Result& r, const Board& board) {
    for (auto& [index, issue] : texts_too_long_to_print(board)) {
        auto& f = r.report.files[index];
        for (auto& src : r.sources)
            if (src.file == f.file) ++src.warnings;
        f.issues.push_back(std::move(issue));
    }
}

// Why no department can go into the board workbook: no workbooks at all, none readable, or
// every one left out.
Issue nothing_to_consolidate(const Result& r) {
    std::size_t unreadable = 0, left_out = 0;
    for (const auto& s : r.sources)
        (s.status == validate::FileReport::Status::unreadable ? unreadable : left_out) += 1;
    Text why =
        r.sources.empty()
            ? Text{"ingen projektmapper (.xlsx) at samle; intet skrevet",
                   "no workbooks (.xlsx) to consolidate; nothing written"}
        : left_out == 0
            ? Text{"ingen af projektmapperne kunne læses; intet skrevet",
                   "none of the workbooks could be read; nothing written"}
            : Text{fmt::format("ingen afdelinger at samle (ulæselige: {}, udeladt: {}); intet "
                               "skrevet",
                               unreadable, left_out),
                   fmt::format("no departments to consolidate (unreadable: {}, left out: {}); "
                               "nothing written",
                               unreadable, left_out)};
    return {Severity::error, "no-input", "", "", "", why, ""};
}

}  // namespace

bool included(const Result& r, const validate::FileReport& f) {
    for (const auto& s : r.sources)
        if (s.file == f.file) return s.included;
    return false;
}

namespace {

// The reading half of consolidate() on inputs already expanded; `output` is what the result is
// for, named when the user cancels.
Result collect_from(const plan::Inputs& in, const std::filesystem::path& output,
                    const schema::Schema& schema, const indicators::Catalogue& catalogue,
                    const Options& options, const Progress& progress) {
    Result r;
    r.output = output;
    r.skipped = in.skipped;
    std::size_t total = in.files.size();
    for (const auto& m : in.missing) {
        validate::FileReport f;
        f.file = m.path;
        f.status = validate::FileReport::Status::unreadable;
        f.error = m.reason;
        r.report.files.push_back(f);
        r.sources.push_back({m.path, "", "", 0, "", f.status, 0, 0, false, false, m.reason});
    }
    // Workbooks are independent: read, hash and validate them on every core, each into its own
    // slot, so the result does not depend on which finishes first.
    const std::size_t first = r.sources.size();
    r.sources.resize(first + in.files.size());
    r.report.files.resize(first + in.files.size());
    parallel_for(
        in.files.size(), worker_threads(),
        [&](std::size_t i) {
            const auto& file = in.files[i];
            Source& s = r.sources[first + i];
            s.file = file;
            auto& f = r.report.files[first + i];
            // Read once: the same bytes are hashed for the cover and validated.
            std::optional<std::string> bytes;
            try {
                bytes = xlsx::read_file_capped(file, xlsx::ReadLimits{}.max_file_size);
            } catch (const Error&) {
            }
            if (bytes) {
                s.size = bytes->size();
                s.sha256 = sha256_hex(*bytes);
                f = validate::validate_bytes(std::move(*bytes), file, schema, catalogue);
            } else {
                f = validate::validate_file(file, schema,
                                            catalogue);  // reports why it cannot be read
            }
            s.status = f.status;
            s.errors = f.count(Severity::error);
            s.warnings = f.count(Severity::warning);
            if (f.workbook) {
                s.department = f.workbook->meta.department.text;
                s.contact = f.workbook->meta.contact.text;
                release_what_the_board_does_not_show(f);
            }
            if (f.status == validate::FileReport::Status::unreadable) {
                s.included = false;
                s.note = *f.error;
            } else if (f.workbook && f.workbook->board_workbook) {
                s.included = false;
                s.note = {
                    "Opfølgs egen samlede projektmappe, ikke en afdelings plan; springes over",
                    "Opfølg's own consolidated workbook, not a department's plan; skipped"};
            } else if (options.strict && s.errors > 0) {
                s.included = false;
                s.left_out_by_strict = true;
                s.note = {"udeladt (--strict): projektmappen har fejl",
                          "left out (--strict): the workbook has errors"};
            } else if (s.errors > 0) {
                s.note = {"medtaget, men har fejl; se arket Validering",
                          "included, but has errors; see the Validering sheet"};
            }
        },
        [&](std::size_t done) {
            if (progress.report)
                progress.report(done, total, path_utf8(in.files[done - 1].filename()));
        },
        [&] { return progress.cancelled(); });
    if (progress.cancelled())
        throw Error(ErrorCode::cancelled, output,
                    {"konsolideringen blev afbrudt", "the consolidation was cancelled"});
    flag_duplicate_departments(r);

    r.institution = !options.institution.empty()
                        ? options.institution
                        : most_common(r.report.files, [](const plan::DepartmentWorkbook& w) {
                              return w.meta.institution.text;
                          });
    if (options.year)
        r.year = *options.year;
    else {
        std::string y = most_common(r.report.files, [](const plan::DepartmentWorkbook& w) {
            return w.meta.year ? std::to_string(*w.meta.year) : std::string();
        });
        r.year = y.empty() ? 0 : std::stoi(y);
    }

    flag_other_plan_years(r);
    // A board workbook of no departments says nothing and, written over last week's, loses it.
    if (std::none_of(r.sources.begin(), r.sources.end(), [](const Source& s) { return s.included; }))
        r.refusals.push_back(nothing_to_consolidate(r));
    // A published plan must not carry personal data.
    if (options.public_version)
        for (auto& issue : cpr_in_public_texts(r)) r.refusals.push_back(std::move(issue));
    if (!r.refusals.empty()) return r;
    if (progress.cancelled())
        throw Error(ErrorCode::cancelled, output,
                    {"konsolideringen blev afbrudt", "the consolidation was cancelled"});

    for (const auto& f : r.report.files)
        if (f.workbook && included(r, f))
            for (const auto* t : f.workbook->tables_of("plan")) r.rows += t->rows.size();
    return r;
}

}  // namespace

Result collect(const std::vector<std::filesystem::path>& inputs, const schema::Schema& schema,
               const indicators::Catalogue& catalogue, const Options& options,
               const Progress& progress, const std::filesystem::path& output) {
    return collect_from(plan::collect_inputs(inputs), output, schema, catalogue, options, progress);
}

Result consolidate(const std::vector<std::filesystem::path>& inputs,
                   const std::filesystem::path& output, const schema::Schema& schema,
                   const indicators::Catalogue& catalogue, const Options& options,
                   const Progress& progress) {
    auto in = plan::collect_inputs(inputs);
    // Refuse before any work: writing onto an input would destroy a department's plan, and
    // a missing folder or an existing output is better said now than after every workbook.
    xlsx::refuse_overwriting_inputs(output, in.files);
    xlsx::check_writable(output, options.existing);
    Result r = collect_from(in, output, schema, catalogue, options, progress);
    if (!r.refusals.empty()) return r;
    Board board{r, schema, catalogue, options, xlsx::build_timestamp()};
    flag_texts_too_long_to_print(r, board);
    write_board_workbook(board, output, in.files);
    r.written = true;
    return r;
}

}  // namespace opfolg::consolidate
