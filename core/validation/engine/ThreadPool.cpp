#include "core/validation/engine/ThreadPool.h"

#include <algorithm>

namespace fleetdeck::validation {

ThreadPool::ThreadPool(int threads)
{
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    for (int i = 1; i < threads; ++i)
        m_workers.emplace_back([this] { workerLoop(); });
}

ThreadPool::~ThreadPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &worker : m_workers)
        worker.join();
}

void ThreadPool::parallelFor(int64_t count, int64_t minChunk,
                             const std::function<void(int64_t, int64_t)> &body)
{
    if (count <= 0)
        return;
    const int64_t chunk = std::max<int64_t>(std::max<int64_t>(minChunk, 1),
                                            (count + threadCount() * 4 - 1) / (threadCount() * 4));
    if (m_workers.empty() || chunk >= count) {
        body(0, count);
        return;
    }
    std::unique_lock lock(m_mutex);
    m_body = &body;
    m_count = count;
    m_chunk = chunk;
    m_next = 0;
    m_finished = 0;
    ++m_generation;
    m_wake.notify_all();
    // The caller takes chunks too, then waits for the chunks still running elsewhere.
    while (m_next < m_count) {
        const int64_t begin = m_next;
        const int64_t end = std::min(m_count, begin + m_chunk);
        m_next = end;
        lock.unlock();
        body(begin, end);
        lock.lock();
        m_finished += end - begin;
    }
    m_done.wait(lock, [this] { return m_finished == m_count; });
    m_body = nullptr;
}

void ThreadPool::workerLoop()
{
    uint64_t seen = 0;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stopping || (m_generation != seen && m_body && m_next < m_count); });
        if (m_stopping)
            return;
        seen = m_generation;
        while (m_body && m_next < m_count) {
            const auto *body = m_body;
            const int64_t begin = m_next;
            const int64_t end = std::min(m_count, begin + m_chunk);
            m_next = end;
            lock.unlock();
            (*body)(begin, end);
            lock.lock();
            m_finished += end - begin;
            if (m_finished == m_count)
                m_done.notify_all();
        }
    }
}

} // namespace fleetdeck::validation
