// SPDX-License-Identifier: MIT
#include "gui/session.h"

#include <algorithm>

#include "core/platform/resources.h"

namespace opfolg::gui {

Session::Session()
    : schema_(schema::load_schema(platform::templates_dir() / "plan-schema.json")),
      catalogue_(
          indicators::Catalogue::load(platform::templates_dir() / "indicator-catalogue.json")) {}

std::vector<std::filesystem::path> Session::add(const std::vector<std::filesystem::path>& paths) {
    std::vector<std::filesystem::path> added;
    for (const auto& p : paths)
        if (std::find(paths_.begin(), paths_.end(), p) == paths_.end()) {
            paths_.push_back(p);
            added.push_back(p);
        }
    return added;
}

std::optional<std::size_t> Session::index_of(const std::filesystem::path& file) const {
    auto it = std::lower_bound(
        report_.files.begin(), report_.files.end(), file,
        [](const validate::FileReport& f, const std::filesystem::path& p) { return f.file < p; });
    if (it == report_.files.end() || it->file != file) return std::nullopt;
    return static_cast<std::size_t>(it - report_.files.begin());
}

bool Session::is_waiting(const std::filesystem::path& file) const {
    return std::binary_search(waiting_.begin(), waiting_.end(), file);
}

void Session::begin_check(const plan::Inputs& inputs) {
    std::vector<std::filesystem::path> keep = inputs.files;  // sorted by collect_inputs
    validate::Report next;
    std::vector<std::uint64_t> next_seqs;
    for (std::size_t i = 0; i < report_.files.size(); ++i)
        if (std::binary_search(keep.begin(), keep.end(), report_.files[i].file)) {
            next.files.push_back(std::move(report_.files[i]));
            next_seqs.push_back(seqs_[i]);
        }
    // Named paths that do not exist are results already: there is nothing to read.
    for (const auto& m : inputs.missing) {
        validate::FileReport r;
        r.file = m.path;
        r.status = validate::FileReport::Status::unreadable;
        r.error = m.reason;
        auto at = std::lower_bound(next.files.begin(), next.files.end(), r.file,
                                   [](const validate::FileReport& f,
                                      const std::filesystem::path& p) { return f.file < p; });
        next_seqs.insert(next_seqs.begin() + (at - next.files.begin()), 0);
        next.files.insert(at, std::move(r));
    }
    next.skipped = inputs.skipped;
    report_ = std::move(next);
    seqs_ = std::move(next_seqs);
    waiting_ = std::move(keep);
    stopped_ = false;
}

void Session::expect(const std::vector<std::filesystem::path>& files) {
    for (const auto& f : files) {
        auto at = std::lower_bound(waiting_.begin(), waiting_.end(), f);
        if (at == waiting_.end() || *at != f) waiting_.insert(at, f);
    }
}

bool Session::put(validate::FileReport result, std::uint64_t seq) {
    auto w = std::lower_bound(waiting_.begin(), waiting_.end(), result.file);
    bool was_waiting = w != waiting_.end() && *w == result.file;
    auto held = index_of(result.file);
    if (!was_waiting && !held) return false;  // forgotten meanwhile (gone from the folder)
    if (was_waiting) waiting_.erase(w);
    if (held) {
        if (seqs_[*held] > seq) return false;  // a later read of the same file is shown already
        report_.files[*held] = std::move(result);
        seqs_[*held] = seq;
        return true;
    }
    auto at = std::lower_bound(
        report_.files.begin(), report_.files.end(), result.file,
        [](const validate::FileReport& f, const std::filesystem::path& p) { return f.file < p; });
    seqs_.insert(seqs_.begin() + (at - report_.files.begin()), seq);
    report_.files.insert(at, std::move(result));
    return true;
}

void Session::forget(const std::vector<std::filesystem::path>& files) {
    for (const auto& f : files) {
        auto w = std::lower_bound(waiting_.begin(), waiting_.end(), f);
        if (w != waiting_.end() && *w == f) waiting_.erase(w);
        if (auto i = index_of(f)) {
            report_.files.erase(report_.files.begin() + static_cast<std::ptrdiff_t>(*i));
            seqs_.erase(seqs_.begin() + static_cast<std::ptrdiff_t>(*i));
        }
    }
}

void Session::stop_waiting() { stopped_ = !waiting_.empty(); }

std::vector<Session::Row> Session::rows() const {
    std::vector<Row> out;
    out.reserve(report_.files.size() + waiting_.size());
    auto w = waiting_.begin();
    for (const auto& f : report_.files) {
        for (; w != waiting_.end() && *w < f.file; ++w) out.push_back({*w, nullptr, true});
        bool waiting = w != waiting_.end() && *w == f.file;
        if (waiting) ++w;
        out.push_back({f.file, &f, waiting});
    }
    for (; w != waiting_.end(); ++w) out.push_back({*w, nullptr, true});
    return out;
}

}  // namespace opfolg::gui
