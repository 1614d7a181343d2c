#pragma once

#include <QObject>

#include <deque>
#include <functional>

namespace fleetdeck::fleet {

// Runs operations over many nodes with at most maxConcurrent in flight, on the caller's event
// loop. An operation starts its asynchronous work and calls its Done when that work has ended
// (from any later event; calling it twice counts once). Nothing here blocks or makes threads:
// the SSH layer's own bounded pools do the blocking work.
class FanOutScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultConcurrency = 32;

    using Done = std::function<void()>;
    using Operation = std::function<void(Done done)>;

    explicit FanOutScheduler(int maxConcurrent = kDefaultConcurrency, QObject *parent = nullptr);
    ~FanOutScheduler() override;

    void setMaxConcurrent(int maxConcurrent);
    int maxConcurrent() const { return m_maxConcurrent; }

    // Queues operation; it starts from the event loop once a slot is free.
    void enqueue(Operation operation);
    // Drops the operations not yet started; the running ones finish.
    void cancelQueued();

    int running() const { return m_running; }
    int queued() const { return int(m_queue.size()); }
    int finished() const { return m_finished; }
    int peakRunning() const { return m_peak; }

Q_SIGNALS:
    void progress(int finished, int total);
    // Nothing runs and nothing is queued.
    void idle();

private:
    void startMore();
    void scheduleStart();
    void onDone();

    int m_maxConcurrent;
    std::deque<Operation> m_queue;
    int m_running = 0;
    int m_finished = 0;
    int m_total = 0;
    int m_peak = 0;
    bool m_startPending = false;
};

} // namespace fleetdeck::fleet
