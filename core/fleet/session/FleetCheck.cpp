#include "core/fleet/session/FleetCheck.h"

#include "core/fleet/session/FanOutScheduler.h"
#include "core/fleet/session/NodeSession.h"

namespace fleetdeck::fleet {

FleetCheck::FleetCheck(QList<inventory::Node> nodes, SessionOptions options, int concurrency,
                       QObject *parent)
    : QObject(parent), m_nodes(std::move(nodes)), m_options(std::move(options)),
      m_scheduler(new FanOutScheduler(concurrency, this))
{
    // A check is one attempt per node; the persistent sessions of the GUI reconnect.
    m_options.autoReconnect = false;
}

FleetCheck::~FleetCheck() = default;

int FleetCheck::peakConcurrency() const
{
    return m_scheduler->peakRunning();
}

void FleetCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    m_results.clear();
    for (const inventory::Node &node : std::as_const(m_nodes))
        m_results.append(Outcome{node, {}});
    m_remaining = int(m_nodes.size());
    if (m_remaining == 0) {
        QMetaObject::invokeMethod(this, &FleetCheck::finished, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_nodes.size(); ++i)
        m_scheduler->enqueue([this, i](FanOutScheduler::Done done) { checkNode(i, std::move(done)); });
}

void FleetCheck::checkNode(int index, std::function<void()> done)
{
    auto *session = new NodeSession(m_nodes.at(index), m_options, this);
    connect(session, &NodeSession::settled, this,
            [this, session, index, done = std::move(done)](const NodeStatus &status) {
        m_results[index].status = status;
        session->close();
        session->deleteLater();
        Q_EMIT nodeChecked(m_results.at(index));
        done();
        if (--m_remaining == 0)
            Q_EMIT finished();
    });
    session->open();
}

} // namespace fleetdeck::fleet
