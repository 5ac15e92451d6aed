// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>

namespace opfolg {

/// How long work reports back and is stopped: the GUI runs it on a worker thread and passes
/// a sink that posts to the UI thread; the CLI draws a progress bar. Both are optional.
struct Progress {
    /// Called after each step: done of total, and what is being worked on (a file name).
    std::function<void(std::size_t done, std::size_t total, const std::string& what)> report;
    /// Set to true from any thread to stop at the next step (opfolg::Error, ErrorCode::cancelled).
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
};

}  // namespace opfolg
