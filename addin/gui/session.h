// SPDX-License-Identifier: MIT
// The app's working state: what the user added and what is known of each workbook. No widgets
// and no threads here: the check runner reads the workbooks, and the main frame hands its
// results to the session on the UI thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/consolidate/consolidate.h"
#include "core/indicators/catalogue.h"
#include "core/plan/inputs.h"
#include "core/schema/schema.h"
#include "core/validate/issue.h"

namespace opfolg::gui {

class Session {
  public:
    /// Loads the schema and catalogue from the installed or source-tree folder; throws Error.
    Session();

    /// Adds files or folders (folders are expanded when checked); returns those that were new.
    std::vector<std::filesystem::path> add(const std::vector<std::filesystem::path>& paths);
    const std::vector<std::filesystem::path>& paths() const { return paths_; }

    /// A check of everything began and will read `inputs.files`: results of files no longer
    /// among them are dropped, the others stay shown until their new result arrives.
    void begin_check(const plan::Inputs& inputs);
    /// `files` will be checked again (a watched folder saw them change or appear).
    void expect(const std::vector<std::filesystem::path>& files);
    /// Takes one file's result. `seq` orders the reads: a result read before the one held is
    /// not taken, and neither is one for a file no longer listed. Returns whether it was taken.
    bool put(validate::FileReport result, std::uint64_t seq);
    /// Files gone from a watched folder.
    void forget(const std::vector<std::filesystem::path>& files);
    /// The check was stopped: files still waiting stay listed, as not checked.
    void stop_waiting();

    /// The files checked so far, in path order.
    const validate::Report& report() const { return report_; }
    /// Which read produced report().files[i] (grows with every read: a cache key for views).
    std::uint64_t seq(std::size_t i) const { return seqs_[i]; }
    /// Files listed whose current result is still to come (or, once stopped, will not come).
    const std::vector<std::filesystem::path>& waiting() const { return waiting_; }
    bool is_waiting(const std::filesystem::path& file) const;
    /// Whether the last check was stopped before every file was read.
    bool stopped() const { return stopped_; }

    /// One line of the workbook list: a file with its result, if any, and whether a (new)
    /// result is awaited.
    struct Row {
        std::filesystem::path file;
        const validate::FileReport* result = nullptr;
        bool waiting = false;
    };
    /// Every listed file in path order (pointers valid until the session changes).
    std::vector<Row> rows() const;

    const schema::Schema& schema() const { return schema_; }
    const indicators::Catalogue& catalogue() const { return catalogue_; }

  private:
    std::optional<std::size_t> index_of(const std::filesystem::path& file) const;

    schema::Schema schema_;
    indicators::Catalogue catalogue_;
    std::vector<std::filesystem::path> paths_;
    validate::Report report_;
    std::vector<std::uint64_t> seqs_;             // parallel to report_.files
    std::vector<std::filesystem::path> waiting_;  // sorted
    bool stopped_ = false;
};

}  // namespace opfolg::gui
