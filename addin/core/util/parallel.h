// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>

namespace opfolg {

/// Runs task(i) for every i in [0, n) on up to `threads` worker threads and calls
/// finished(count) on the calling thread each time a task ends, so progress
/// sinks need no locking. Tasks write only their own slot of a result vector, which keeps the
/// output independent of the order they finish in. Once stop() returns true no further task
/// starts. The first exception a task throws is rethrown here after all threads have ended.
void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& task,
                  const std::function<void(std::size_t)>& finished,
                  const std::function<bool()>& stop);

/// Threads worth using on this machine for independent files (at least 1, at most 8).
unsigned worker_threads();

}  // namespace opfolg
