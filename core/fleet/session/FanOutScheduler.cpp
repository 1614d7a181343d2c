#include "core/fleet/session/FanOutScheduler.h"

#include <QPointer>

#include <algorithm>
#include <memory>

namespace fleetdeck::fleet {

FanOutScheduler::FanOutScheduler(int maxConcurrent, QObject *parent)
    : QObject(parent), m_maxConcurrent(std::max(1, maxConcurrent))
{
}

FanOutScheduler::~FanOutScheduler() = default;

void FanOutScheduler::setMaxConcurrent(int maxConcurrent)
{
    m_maxConcurrent = std::max(1, maxConcurrent);
    scheduleStart();
}

void FanOutScheduler::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    ++m_total;
    scheduleStart();
}

void FanOutScheduler::cancelQueued()
{
    m_total -= int(m_queue.size());
    m_queue.clear();
    if (m_running == 0)
        Q_EMIT idle();
}

// Starting from the event loop means enqueue() never runs caller code re-entrantly.
void FanOutScheduler::scheduleStart()
{
    if (m_startPending)
        return;
    m_startPending = true;
    QMetaObject::invokeMethod(this, [this] {
        m_startPending = false;
        startMore();
    }, Qt::QueuedConnection);
}

void FanOutScheduler::startMore()
{
    QPointer<FanOutScheduler> self(this);
    while (self && m_running < m_maxConcurrent && !m_queue.empty()) {
        Operation operation = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_running;
        m_peak = std::max(m_peak, m_running);
        auto called = std::make_shared<bool>(false);
        operation([self, called] {
            if (*called || !self)
                return;
            *called = true;
            self->onDone();
        });
    }
}

void FanOutScheduler::onDone()
{
    --m_running;
    ++m_finished;
    Q_EMIT progress(m_finished, m_total);
    if (m_queue.empty() && m_running == 0) {
        Q_EMIT idle();
        return;
    }
    scheduleStart();
}

} // namespace fleetdeck::fleet
