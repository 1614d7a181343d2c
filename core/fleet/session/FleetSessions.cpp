#include "core/fleet/session/FleetSessions.h"

#include "core/common/Log.h"
#include "core/fleet/Tr.h"
#include "core/fleet/session/AgentEndpoint.h"
#include "core/fleet/session/FanOutScheduler.h"
#include "core/fleet/session/NodeSession.h"

#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace fleetdeck::fleet {

QString connectionEventKindName(ConnectionEventKind kind)
{
    switch (kind) {
    case ConnectionEventKind::Connected:
        return u"connected"_s;
    case ConnectionEventKind::Reconnected:
        return u"reconnected"_s;
    case ConnectionEventKind::Degraded:
        return u"degraded"_s;
    case ConnectionEventKind::Lost:
        return u"lost"_s;
    case ConnectionEventKind::HostKeyRefused:
        return u"host-key-refused"_s;
    case ConnectionEventKind::Disconnected:
        return u"disconnected"_s;
    }
    return {};
}

FleetSessions::FleetSessions(QObject *parent) : FleetSessions(SessionOptions{}, Tuning{}, parent)
{
}

FleetSessions::FleetSessions(SessionOptions options, Tuning tuning, QObject *parent)
    : QObject(parent), m_tuning(tuning), m_scheduler(new FanOutScheduler(tuning.maxConcurrent, this)),
      m_flushTimer(new QTimer(this)), m_pingTimer(new QTimer(this))
{
    qRegisterMetaType<SessionUpdate>();
    qRegisterMetaType<SessionEvent>();
    qRegisterMetaType<QList<SessionUpdate>>();
    qRegisterMetaType<QList<SessionEvent>>();
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &FleetSessions::flush);
    connect(m_pingTimer, &QTimer::timeout, this, &FleetSessions::pingAll);
    setOptions(options);
    setTuning(tuning);
}

FleetSessions::~FleetSessions()
{
    m_scheduler->cancelQueued();
    // The sessions are our children; each closes its channel as it goes.
    for (auto &[id, entry] : m_sessions) {
        entry.session->disconnect(this);
        entry.session->close();
    }
}

void FleetSessions::setOptions(const SessionOptions &options)
{
    m_options = options;
    // Reconnects are ours, so they queue for a fan-out slot like first connections.
    m_options.autoReconnect = false;
}

void FleetSessions::setTuning(const Tuning &tuning)
{
    m_tuning = tuning;
    m_scheduler->setMaxConcurrent(tuning.maxConcurrent);
    if (tuning.pingInterval.count() > 0)
        m_pingTimer->start(tuning.pingInterval);
    else
        m_pingTimer->stop();
}

const NodeSession *FleetSessions::session(qint64 nodeId) const
{
    const auto it = m_sessions.find(nodeId);
    return it == m_sessions.end() ? nullptr : it->second.session;
}

int FleetSessions::peakConcurrentOpens() const
{
    return m_scheduler->peakRunning();
}

void FleetSessions::connectNodes(const QList<inventory::Node> &nodes)
{
    for (const inventory::Node &node : nodes) {
        if (m_sessions.count(node.id) != 0)
            continue;
        openSession(node, m_options);
    }
}

void FleetSessions::openSession(const inventory::Node &node, const SessionOptions &options)
{
    auto *session = new NodeSession(node, options, this);
    const qint64 nodeId = node.id;
    Entry entry;
    entry.session = session;
    entry.backoff = std::make_shared<ReconnectBackoff>(options.reconnectInitialDelay,
                                                       options.reconnectMaxDelay);
    // A node whose agent command cannot even be parsed fails the same way every time.
    entry.retryable = AgentEndpoint::forNode(node, options).ok();
    m_sessions[nodeId] = entry;
    connect(session, &NodeSession::statusChanged, this,
            [this, nodeId](const NodeStatus &status) { onStatusChanged(nodeId, status); });
    enqueueOpen(session);
    markPending(nodeId);
}

// A fan-out slot is held from open() until the attempt settles (or the session goes).
void FleetSessions::enqueueOpen(NodeSession *session)
{
    QPointer<NodeSession> guarded(session);
    m_scheduler->enqueue([this, guarded](FanOutScheduler::Done done) {
        if (!guarded) {
            done();
            return;
        }
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(guarded, &NodeSession::settled, this, [done, once] {
            QObject::disconnect(*once);
            done();
        });
        connect(guarded, &QObject::destroyed, this, [done] { done(); });
        guarded->open();
        // Up already, or settled at once (a bad agent command): no attempt holds the slot.
        if (guarded && guarded->state() != NodeState::Connecting)
            done();
    });
}

void FleetSessions::scheduleReconnect(qint64 nodeId, Entry &entry)
{
    if (!entry.retryable || entry.reconnectPending)
        return;
    entry.reconnectPending = true;
    const auto delay = entry.backoff->next();
    qCDebug(lcFleet) << "node" << entry.session->node().name << "reconnects in" << delay.count() << "ms";
    QTimer::singleShot(delay, entry.session, [this, nodeId] {
        const auto it = m_sessions.find(nodeId);
        if (it == m_sessions.end())
            return;
        it->second.reconnectPending = false;
        enqueueOpen(it->second.session);
    });
}

void FleetSessions::disconnectNodes(const QList<qint64> &nodeIds)
{
    for (qint64 nodeId : nodeIds)
        closeEntry(nodeId, true);
}

void FleetSessions::disconnectAll()
{
    QList<qint64> ids;
    for (const auto &[id, entry] : m_sessions)
        ids.append(id);
    disconnectNodes(ids);
}

void FleetSessions::acceptHostKey(const inventory::Node &node, const transport::HostKey &key)
{
    closeEntry(node.id, false);
    SessionOptions options = m_options;
    options.confirmedHostKey = key;
    qCInfo(lcFleet) << "node" << node.name << "host key confirmed by the operator:" << key.fingerprint();
    openSession(node, options);
}

void FleetSessions::closeEntry(qint64 nodeId, bool announce)
{
    const auto it = m_sessions.find(nodeId);
    if (it == m_sessions.end())
        return;
    NodeSession *session = it->second.session;
    m_sessions.erase(it);
    session->disconnect(this);
    session->close();
    NodeStatus status = session->status();
    session->deleteLater();
    if (!announce)
        return;
    status.state = NodeState::Unknown;
    status.reason = Tr::tr("Disconnected by the operator.");
    status.at = QDateTime::currentDateTimeUtc();
    m_pendingStatus.insert(nodeId, status);
    m_pendingEvents.append(SessionEvent{nodeId, session->node().name, status.at,
                                        ConnectionEventKind::Disconnected, status.state, status.reason});
    markPending(nodeId);
}

void FleetSessions::onStatusChanged(qint64 nodeId, const NodeStatus &status)
{
    const auto it = m_sessions.find(nodeId);
    if (it == m_sessions.end())
        return;
    Entry &entry = it->second;
    m_pendingStatus.insert(nodeId, status);
    recordEvent(nodeId, entry, status);
    markPending(nodeId);
    if (status.state == NodeState::Online)
        entry.backoff->reset();
    // Down with no channel left: try again later. Never after a refused host key, which waits
    // for the operator, nor while the channel is open (a slow agent is only degraded).
    const bool down = status.state == NodeState::Unreachable
        || (status.state == NodeState::Degraded && !entry.session->client());
    if (down)
        scheduleReconnect(nodeId, entry);
}

// One event per change worth telling an operator; a node that keeps failing while it waits to
// reconnect is told once, not on every attempt (its status keeps the latest reason).
void FleetSessions::recordEvent(qint64 nodeId, Entry &entry, const NodeStatus &status)
{
    std::optional<ConnectionEventKind> kind;
    switch (status.state) {
    case NodeState::Online:
        kind = entry.lostSinceUp ? ConnectionEventKind::Reconnected : ConnectionEventKind::Connected;
        entry.everUp = true;
        entry.lostSinceUp = false;
        entry.failedPings = 0;
        break;
    case NodeState::Degraded:
        // Degraded with the channel gone (the agent died, its command ended) is a lost session
        // that will be reconnected; with the channel open, an agent that answers slowly.
        if (entry.everUp && !entry.session->client()) {
            kind = ConnectionEventKind::Lost;
            entry.lostSinceUp = true;
        } else {
            kind = ConnectionEventKind::Degraded;
        }
        break;
    case NodeState::Unreachable:
        kind = ConnectionEventKind::Lost;
        entry.lostSinceUp = entry.everUp;
        break;
    case NodeState::HostKeyRefused:
        kind = ConnectionEventKind::HostKeyRefused;
        break;
    case NodeState::Unknown:
    case NodeState::Connecting:
        return;
    }
    const SessionEvent event{nodeId, entry.session->node().name, status.at, *kind, status.state,
                             status.reason};
    if (entry.lastEvent && entry.lastEvent->kind == event.kind)
        return;
    entry.lastEvent = event;
    m_pendingEvents.append(event);
}

void FleetSessions::pingAll()
{
    for (auto &[id, entry] : m_sessions) {
        if (!entry.session->status().isUp() || !entry.session->client())
            continue;
        const qint64 nodeId = id;
        entry.session->ping(this, [this, nodeId](const Result<std::chrono::nanoseconds> &rtt) {
            const auto it = m_sessions.find(nodeId);
            if (it == m_sessions.end())
                return;
            Entry &pinged = it->second;
            if (rtt.ok()) {
                pinged.failedPings = 0;
                return;
            }
            if (++pinged.failedPings < m_tuning.pingFailuresBeforeReconnect)
                return;
            // The channel looks open but the agent no longer answers: start over.
            qCInfo(lcFleet) << "node" << pinged.session->node().name << "missed" << pinged.failedPings
                            << "pings; reconnecting";
            pinged.failedPings = 0;
            pinged.lostSinceUp = pinged.everUp;
            pinged.session->close();
            enqueueOpen(pinged.session);
        });
    }
}

void FleetSessions::markPending(qint64 nodeId)
{
    m_pending.insert(nodeId, m_sessions.count(nodeId) != 0);
    scheduleFlush();
}

void FleetSessions::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start(m_tuning.coalesceInterval);
}

void FleetSessions::flush()
{
    m_flushTimer->stop();
    if (m_pending.isEmpty() && m_pendingEvents.isEmpty())
        return;
    QList<SessionUpdate> updates;
    updates.reserve(m_pending.size());
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        SessionUpdate update;
        update.nodeId = it.key();
        update.open = it.value();
        if (const auto status = m_pendingStatus.constFind(it.key()); status != m_pendingStatus.cend())
            update.status = *status;
        else if (const NodeSession *open = session(it.key()))
            update.status = open->status();
        updates.append(update);
    }
    QList<SessionEvent> events = std::move(m_pendingEvents);
    m_pending.clear();
    m_pendingStatus.clear();
    m_pendingEvents.clear();
    Q_EMIT batchReady(updates, events);
}

} // namespace fleetdeck::fleet
