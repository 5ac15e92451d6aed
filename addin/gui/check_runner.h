// SPDX-License-Identifier: MIT
// Reading and checking workbooks off the UI thread. No widgets here: every result reaches the
// UI thread through the `post` function the window passes in (CallAfter), so a worker never
// touches a widget and the window stays responsive however many workbooks a folder holds.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <thread>
#include <vector>

#include "core/indicators/catalogue.h"
#include "core/plan/inputs.h"
#include "core/schema/schema.h"
#include "core/validate/issue.h"

namespace opfolg::gui {

/// A file's size and modification time. A workbook whose stamp changes while it is read is
/// being written (Excel saves in steps), so what was read is not what will be there.
struct Stamp {
    bool exists = false;
    std::uintmax_t size = 0;
    std::filesystem::file_time_type mtime{};

    bool operator==(const Stamp& o) const {
        return exists == o.exists && size == o.size && mtime == o.mtime;
    }
    bool operator!=(const Stamp& o) const { return !(*this == o); }
};
/// The stamp of `file` now (exists false when it cannot be seen).
Stamp stamp_of(const std::filesystem::path& file);

/// What the watched folders held at one look: each workbook with its stamp.
using Snapshot = std::map<std::filesystem::path, Stamp>;

/// The difference between two looks at the same folders.
struct FolderChanges {
    std::vector<std::filesystem::path> changed;  ///< new, or saved since (another stamp)
    std::vector<std::filesystem::path> removed;  ///< there before, gone now
    bool empty() const { return changed.empty() && removed.empty(); }
};
/// Compares two looks at `folders`; entries of `before` outside those folders are ignored.
FolderChanges compare(const Snapshot& before, const Snapshot& now,
                      const std::vector<std::filesystem::path>& folders);

/// Runs checks as jobs on worker threads. Every event is delivered on the UI thread through
/// `post`, in the order a job produced it; jobs run side by side (a watched folder's change is
/// checked while a large folder still is).
class CheckRunner {
  public:
    /// Runs a function on the UI thread (the window passes its CallAfter).
    using Post = std::function<void(std::function<void()>)>;
    /// Reads and checks one workbook (validate::validate_file; tests put a gate around it).
    using CheckFile = std::function<validate::FileReport(const std::filesystem::path&)>;

    /// What a job reports, each on the UI thread; any may be empty.
    struct Events {
        /// A full check found these workbooks (with their stamps) and now reads them.
        std::function<void(std::uint64_t job, const plan::Inputs&, const Snapshot&)> listed;
        /// A look at watched folders found this (the new look, and what changed since `known`).
        std::function<void(std::uint64_t job, const Snapshot&, const FolderChanges&)> looked;
        /// One workbook's result; `seq` orders reads of the same file; `done` of `total` in the
        /// job so far.
        std::function<void(std::uint64_t job, validate::FileReport&, std::uint64_t seq,
                           std::size_t done, std::size_t total)>
            checked;
        /// The job ended (its thread is joined); `stopped` when stop() cut it short.
        std::function<void(std::uint64_t job, bool stopped)> finished;
    };

    /// How long to wait for a workbook that is being written.
    struct Patience {
        /// Pause before reading again a file that changed while it was read.
        std::chrono::milliseconds retry_delay{400};
        /// A file modified this recently that cannot be read is read again: the program
        /// writing it may only have paused between two steps.
        std::chrono::milliseconds settle{2000};
        /// After this long the last reading is reported, whatever it gave.
        std::chrono::milliseconds give_up{15000};
    };

    CheckRunner(const schema::Schema& schema, const indicators::Catalogue& catalogue, Post post,
                Events events);
    /// Stops every job and waits for its threads (a file being read is finished first).
    ~CheckRunner();
    CheckRunner(const CheckRunner&) = delete;
    CheckRunner& operator=(const CheckRunner&) = delete;

    /// Lists the workbooks of `paths` (files and folders) and checks every one. A full check
    /// still running is stopped first: its results keep coming only for what it has read.
    std::uint64_t check_all(std::vector<std::filesystem::path> paths);
    /// Looks at `folders` again and checks the workbooks that are new or changed since `known`.
    std::uint64_t check_folders(std::vector<std::filesystem::path> folders, Snapshot known);
    /// Stops every job: no further workbook is started; those being read finish.
    void stop();

    /// Whether any job is running (UI thread).
    bool busy() const { return !jobs_.empty(); }
    /// The running full check, or 0.
    std::uint64_t full_check() const { return full_; }

    void set_check(CheckFile check) { check_ = std::move(check); }
    void set_patience(Patience p) { patience_ = p; }

  private:
    struct Job {
        std::uint64_t id = 0;
        std::atomic<bool> stop{false};
        std::thread thread;
    };
    /// Reads `file` until what was read is what is there; returns the result and its seq.
    std::pair<validate::FileReport, std::uint64_t> read_settled(const std::filesystem::path& file,
                                                                const CheckFile& check,
                                                                const Patience& patience,
                                                                const std::atomic<bool>& stop);
    void check_files(Job& job, const std::vector<std::filesystem::path>& files,
                     const CheckFile& check, const Patience& patience);
    std::uint64_t start(std::function<void(Job&)> work);
    /// Posts `f` to the UI thread, dropped there if this runner is gone.
    void deliver(std::function<void()> f);

    const schema::Schema& schema_;
    const indicators::Catalogue& catalogue_;
    Post post_;
    Events events_;
    CheckFile check_;
    Patience patience_;
    std::vector<std::unique_ptr<Job>> jobs_;  // UI thread only
    std::uint64_t next_job_ = 0;
    std::uint64_t full_ = 0;
    std::atomic<std::uint64_t> next_seq_{0};
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
};

}  // namespace opfolg::gui
