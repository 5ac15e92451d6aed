// SPDX-License-Identifier: MIT
#include "core/util/parallel.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace opfolg {

unsigned worker_threads() { return std::clamp(std::thread::hardware_concurrency(), 1u, 8u); }

void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& task,
                  const std::function<void(std::size_t)>& finished,
                  const std::function<bool()>& stop) {
    std::atomic<std::size_t> next{0};
    std::mutex m;
    std::condition_variable cv;
    std::size_t done = 0, reported = 0, running = 0;
    std::exception_ptr error;
    auto worker = [&] {
        for (;;) {
            if (stop && stop()) break;
            std::size_t i = next++;
            if (i >= n) break;
            try {
                task(i);
            } catch (...) {
                std::lock_guard<std::mutex> lock(m);
                if (!error) error = std::current_exception();
                next = n;  // no new work after a failure
            }
            std::lock_guard<std::mutex> lock(m);
            ++done;
            cv.notify_all();
        }
        std::lock_guard<std::mutex> lock(m);
        --running;
        cv.notify_all();
    };
    // The calling thread only reports progress (it sleeps on the condition variable), so the
    // pool gets every core; with one core or one task there is no pool at all.
    unsigned extra =
        threads > 1 && n > 1 ? static_cast<unsigned>(std::min<std::size_t>(threads, n)) : 0;
    std::vector<std::thread> pool;
    running = extra;
    for (unsigned t = 0; t < extra; ++t) pool.emplace_back(worker);
    // The calling thread reports progress while the pool works; with no pool it works itself.
    if (extra == 0) {
        for (std::size_t i = 0; i < n && !(stop && stop()); ++i) {
            task(i);  // one thread: exceptions simply propagate
            if (finished) finished(i + 1);
        }
        return;
    } else {
        std::unique_lock<std::mutex> lock(m);
        for (;;) {
            cv.wait(lock, [&] { return done > reported || running == 0; });
            while (reported < done) {
                ++reported;
                lock.unlock();
                if (finished) finished(reported);
                lock.lock();
            }
            if (running == 0) break;
        }
    }
    for (auto& t : pool) t.join();
    if (error) std::rethrow_exception(error);
}

}  // namespace opfolg
