// SPDX-License-Identifier: MIT
#include "gui/check_runner.h"

#include <algorithm>

#include "core/util/error.h"
#include "core/util/parallel.h"
#include "core/validate/validator.h"

namespace opfolg::gui {

Stamp stamp_of(const std::filesystem::path& file) {
    std::error_code ec;
    Stamp s;
    if (!std::filesystem::is_regular_file(file, ec) || ec) return {};
    s.size = std::filesystem::file_size(file, ec);
    if (ec) return {};
    s.mtime = std::filesystem::last_write_time(file, ec);
    if (ec) return {};
    s.exists = true;
    return s;
}

namespace {

// "dir/" and "dir" name the same folder; a workbook's parent is spelled without the separator.
std::filesystem::path folder_key(std::filesystem::path p) {
    p = p.lexically_normal();
    if (!p.has_filename() && p.has_parent_path()) p = p.parent_path();
    return p;
}

}  // namespace

FolderChanges compare(const Snapshot& before, const Snapshot& now,
                      const std::vector<std::filesystem::path>& folders) {
    std::vector<std::filesystem::path> keys;
    for (const auto& f : folders) keys.push_back(folder_key(f));
    auto watched = [&](const std::filesystem::path& file) {
        auto parent = folder_key(file.parent_path());
        return std::find(keys.begin(), keys.end(), parent) != keys.end();
    };
    FolderChanges c;
    for (const auto& [file, stamp] : now) {
        if (!watched(file)) continue;
        auto it = before.find(file);
        if (it == before.end() || it->second != stamp) c.changed.push_back(file);
    }
    for (const auto& [file, stamp] : before)
        if (watched(file) && !now.count(file)) c.removed.push_back(file);
    return c;
}

CheckRunner::CheckRunner(const schema::Schema& schema, const indicators::Catalogue& catalogue,
                         Post post, Events events)
    : schema_(schema), catalogue_(catalogue), post_(std::move(post)), events_(std::move(events)) {}

CheckRunner::~CheckRunner() {
    stop();
    for (auto& job : jobs_)
        if (job->thread.joinable()) job->thread.join();
    // Events still queued for the UI thread find alive_ gone and are dropped.
}

void CheckRunner::stop() {
    for (auto& job : jobs_) job->stop = true;
}

void CheckRunner::deliver(std::function<void()> f) {
    std::weak_ptr<bool> alive = alive_;
    post_([alive, f = std::move(f)] {
        if (alive.lock()) f();
    });
}

std::uint64_t CheckRunner::start(std::function<void(Job&)> work) {
    auto job = std::make_unique<Job>();
    job->id = ++next_job_;
    Job* j = job.get();
    jobs_.push_back(std::move(job));
    // The job's own events are posted before its end, and the UI thread takes them in order.
    j->thread = std::thread([this, j, work = std::move(work)] {
        try {
            work(*j);
        } catch (...) {
            // Checking reports unreadable files as results; anything else here (out of memory)
            // ends the job, which then says it stopped.
            j->stop = true;
        }
        std::uint64_t id = j->id;
        bool stopped = j->stop.load();
        deliver([this, id, stopped] {
            auto it = std::find_if(jobs_.begin(), jobs_.end(),
                                   [&](const auto& job) { return job->id == id; });
            if (it != jobs_.end()) {
                if ((*it)->thread.joinable()) (*it)->thread.join();
                jobs_.erase(it);
            }
            if (full_ == id) full_ = 0;
            if (events_.finished) events_.finished(id, stopped);
        });
    });
    return j->id;
}

std::pair<validate::FileReport, std::uint64_t> CheckRunner::read_settled(
    const std::filesystem::path& file, const CheckFile& check, const Patience& patience,
    const std::atomic<bool>& stop) {
    const auto started = std::chrono::steady_clock::now();
    for (;;) {
        Stamp before = stamp_of(file);
        std::uint64_t seq = ++next_seq_;
        validate::FileReport r;
        try {
            r = check(file);
        } catch (const Error& e) {
            r.file = file;
            r.status = validate::FileReport::Status::unreadable;
            r.error = e.reason();
        }
        Stamp after = stamp_of(file);
        // Excel saves in steps (a temporary file, then renames): a file that changed while it
        // was read, or cannot be read and was written a moment ago, is read again shortly.
        bool moved = before != after;
        bool fresh_and_broken =
            r.status == validate::FileReport::Status::unreadable && after.exists &&
            std::filesystem::file_time_type::clock::now() - after.mtime < patience.settle;
        bool patience_left = std::chrono::steady_clock::now() - started < patience.give_up;
        if (!(moved || fresh_and_broken) || !patience_left || stop) return {std::move(r), seq};
        for (auto waited = std::chrono::milliseconds(0); waited < patience.retry_delay && !stop;
             waited += std::chrono::milliseconds(20))
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (stop) return {std::move(r), seq};
    }
}

void CheckRunner::check_files(Job& job, const std::vector<std::filesystem::path>& files,
                              const CheckFile& check, const Patience& patience) {
    std::atomic<std::size_t> done{0};
    const std::size_t total = files.size();
    const std::uint64_t id = job.id;
    parallel_for(
        total, worker_threads(),
        [&](std::size_t i) {
            auto [r, seq] = read_settled(files[i], check, patience, job.stop);
            std::size_t n = ++done;
            auto result = std::make_shared<validate::FileReport>(std::move(r));
            deliver([this, id, result, seq = seq, n, total] {
                if (events_.checked) events_.checked(id, *result, seq, n, total);
            });
        },
        {}, [&] { return job.stop.load(); });
}

std::uint64_t CheckRunner::check_all(std::vector<std::filesystem::path> paths) {
    for (auto& job : jobs_)
        if (job->id == full_) job->stop = true;
    CheckFile check = check_ ? check_ : [this](const std::filesystem::path& f) {
        return validate::validate_file(f, schema_, catalogue_);
    };
    full_ = start([this, paths = std::move(paths), check, patience = patience_](Job& job) {
        // Listing a folder on a network drive takes its time too: off the UI thread as well.
        auto inputs = std::make_shared<plan::Inputs>(plan::collect_inputs(paths));
        auto look = std::make_shared<Snapshot>();
        for (const auto& f : inputs->files) (*look)[f] = stamp_of(f);
        deliver([this, id = job.id, inputs, look] {
            if (events_.listed) events_.listed(id, *inputs, *look);
        });
        check_files(job, inputs->files, check, patience);
    });
    return full_;
}

std::uint64_t CheckRunner::check_folders(std::vector<std::filesystem::path> folders,
                                         Snapshot known) {
    CheckFile check = check_ ? check_ : [this](const std::filesystem::path& f) {
        return validate::validate_file(f, schema_, catalogue_);
    };
    return start([this, folders = std::move(folders), known = std::move(known), check,
                  patience = patience_](Job& job) {
        auto inputs = plan::collect_inputs(folders);
        auto look = std::make_shared<Snapshot>();
        for (const auto& f : inputs.files) (*look)[f] = stamp_of(f);
        auto changes = std::make_shared<FolderChanges>(compare(known, *look, folders));
        deliver([this, id = job.id, look, changes] {
            if (events_.looked) events_.looked(id, *look, *changes);
        });
        check_files(job, changes->changed, check, patience);
    });
}

}  // namespace opfolg::gui
