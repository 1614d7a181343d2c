#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace fleetdeck::validation {

// A small fixed pool for splitting one kernel's loop across cores. parallelFor blocks until
// every chunk ran; the calling thread works too, so a pool of 1 thread runs inline.
class ThreadPool
{
public:
    explicit ThreadPool(int threads);
    ~ThreadPool();
    ThreadPool(const ThreadPool &) = delete;
    ThreadPool &operator=(const ThreadPool &) = delete;

    int threadCount() const { return static_cast<int>(m_workers.size()) + 1; }

    // Runs body(begin, end) over [0, count) in chunks of at least minChunk items.
    void parallelFor(int64_t count, int64_t minChunk, const std::function<void(int64_t, int64_t)> &body);

private:
    void workerLoop();

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    const std::function<void(int64_t, int64_t)> *m_body = nullptr;
    int64_t m_count = 0;
    int64_t m_chunk = 0;
    int64_t m_next = 0;
    int64_t m_finished = 0;
    uint64_t m_generation = 0;
    bool m_stopping = false;
};

} // namespace fleetdeck::validation
