#include "ui/FleetConnections.h"

#include "core/inventory/InventoryThread.h"

#include "core/common/Log.h"
#include "core/inventory/ConnectionEventRepository.h"
#include "core/inventory/Database.h"
#include "core/inventory/NodeStateRepository.h"

#include <QDeadlineTimer>
#include <QThread>

#include <chrono>

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

namespace {
// How long closing the window may wait for the sessions to close. Closing is asynchronous
// everywhere below (channels close on their own threads), so this is a safety net only.
constexpr std::chrono::milliseconds ShutdownWait{3000};
} // namespace

FleetConnections::FleetConnections(QObject *parent)
    : QObject(parent), m_thread(new QThread), m_sessions(new fleet::FleetSessions)
{
    qRegisterMetaType<ConnectionEvent>();
    m_thread->setObjectName(u"fleet-sessions"_s);
    m_sessions->moveToThread(m_thread);
    connect(m_sessions, &fleet::FleetSessions::batchReady, this, &FleetConnections::onBatch);
    m_thread->start();
}

FleetConnections::~FleetConnections()
{
    fleet::FleetSessions *sessions = m_sessions;
    QThread *thread = m_thread;
    sessions->disconnect(this);
    QMetaObject::invokeMethod(sessions, [sessions, thread] {
        sessions->disconnectAll();
        delete sessions;
        thread->quit();
    }, Qt::QueuedConnection);
    if (thread->wait(QDeadlineTimer(ShutdownWait))) {
        delete thread;
        return;
    }
    // Never block the GUI longer: the thread ends by itself and then deletes itself.
    qCWarning(lcUi) << "fleet sessions still closing after" << ShutdownWait.count()
                    << "ms; leaving them to finish in the background";
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

template <typename Fn>
void FleetConnections::post(Fn fn)
{
    QMetaObject::invokeMethod(m_sessions, [sessions = m_sessions, fn = std::move(fn)] { fn(*sessions); },
                              Qt::QueuedConnection);
}

void FleetConnections::setSessionOptions(const fleet::SessionOptions &options)
{
    post([options](fleet::FleetSessions &sessions) { sessions.setOptions(options); });
}

void FleetConnections::setTuning(const fleet::FleetSessions::Tuning &tuning)
{
    post([tuning](fleet::FleetSessions &sessions) { sessions.setTuning(tuning); });
}

void FleetConnections::setInventory(inventory::InventoryThread *inventory)
{
    m_inventory = inventory;
}

void FleetConnections::connectNodes(const QList<inventory::Node> &nodes)
{
    for (const inventory::Node &node : nodes) {
        m_nodes.insert(node.id, node);
        m_open.insert(node.id);
    }
    post([nodes](fleet::FleetSessions &sessions) { sessions.connectNodes(nodes); });
}

void FleetConnections::disconnectNodes(const QList<qint64> &nodeIds)
{
    post([nodeIds](fleet::FleetSessions &sessions) { sessions.disconnectNodes(nodeIds); });
}

void FleetConnections::disconnectAll()
{
    post([](fleet::FleetSessions &sessions) { sessions.disconnectAll(); });
}

void FleetConnections::acceptHostKey(const inventory::Node &node, const transport::HostKey &key)
{
    m_nodes.insert(node.id, node);
    m_open.insert(node.id);
    post([node, key](fleet::FleetSessions &sessions) { sessions.acceptHostKey(node, key); });
}

std::optional<fleet::NodeStatus> FleetConnections::status(qint64 nodeId) const
{
    const auto it = m_statuses.constFind(nodeId);
    if (it == m_statuses.cend())
        return std::nullopt;
    return *it;
}

bool FleetConnections::isConnected(qint64 nodeId) const
{
    return m_open.contains(nodeId);
}

int FleetConnections::count(fleet::NodeState state) const
{
    int n = 0;
    for (const fleet::NodeStatus &status : m_statuses)
        n += status.state == state ? 1 : 0;
    return n;
}

QList<qint64> FleetConnections::connectedNodeIds() const
{
    return QList<qint64>(m_open.cbegin(), m_open.cend());
}

void FleetConnections::onBatch(const QList<fleet::SessionUpdate> &updates,
                               const QList<fleet::SessionEvent> &events)
{
    QList<qint64> changed;
    changed.reserve(updates.size());
    for (const fleet::SessionUpdate &update : updates) {
        m_statuses.insert(update.nodeId, update.status);
        if (update.open)
            m_open.insert(update.nodeId);
        else
            m_open.remove(update.nodeId);
        changed.append(update.nodeId);
    }
    persist(updates, events);
    if (!changed.isEmpty())
        Q_EMIT statusesChanged(changed);
    for (const fleet::SessionEvent &event : events) {
        Q_EMIT connectionEvent(
            ConnectionEvent{event.nodeId, event.nodeName, event.at, event.state, event.reason, event.kind});
        if (event.kind != fleet::ConnectionEventKind::HostKeyRefused)
            continue;
        const fleet::NodeStatus &status = m_statuses.value(event.nodeId);
        const auto node = m_nodes.constFind(event.nodeId);
        if (node != m_nodes.cend() && status.state == fleet::NodeState::HostKeyRefused && status.hostKey
            && status.hostKey->status == u"unknown" && status.hostKey->offeredKey)
            Q_EMIT hostKeyConfirmationNeeded(*node, status, *status.hostKey->offeredKey);
    }
}

namespace {

struct StateRow
{
    qint64 nodeId;
    fleet::NodeStatus status;
};

// Runs on the inventory's writer thread: one transaction per batch. A node removed meanwhile
// only loses its rows; the rest of the batch is stored.
Result<void> writeBatch(inventory::Database &db, const QList<StateRow> &states,
                        const QList<inventory::ConnectionEventRecord> &events)
{
    return db.transaction([&]() -> Result<void> {
        inventory::NodeStateRepository repository(db);
        for (const StateRow &row : states) {
            const fleet::NodeStatus &status = row.status;
            auto saved = repository.saveState(row.nodeId, fleet::nodeStateName(status.state),
                                              status.reason, status.at);
            if (saved && status.isUp() && !status.facts.isEmpty())
                saved = repository.saveFacts(row.nodeId, status.facts, status.at);
            if (!saved)
                qCWarning(lcUi) << "node state not stored:" << saved.error().toString();
        }
        auto stored = inventory::ConnectionEventRepository(db).append(events);
        return stored ? Result<void>() : Result<void>(stored.error());
    });
}

} // namespace

void FleetConnections::persist(const QList<fleet::SessionUpdate> &updates,
                               const QList<fleet::SessionEvent> &events)
{
    if (!m_inventory)
        return;
    QList<StateRow> states;
    for (const fleet::SessionUpdate &update : updates) {
        // Passing states are not worth a write; the state they settle in is.
        if (update.status.state != fleet::NodeState::Connecting)
            states.append(StateRow{update.nodeId, update.status});
    }
    QList<inventory::ConnectionEventRecord> records;
    for (const fleet::SessionEvent &event : events) {
        inventory::ConnectionEventRecord record;
        record.nodeId = event.nodeId;
        record.at = event.at;
        record.kind = fleet::connectionEventKindName(event.kind);
        record.state = fleet::nodeStateName(event.state);
        record.reason = event.reason;
        records.append(record);
    }
    if (states.isEmpty() && records.isEmpty())
        return;
    m_inventory->submit<Result<void>>(
        this,
        [states, records](inventory::Database &db) { return writeBatch(db, states, records); },
        [](Result<void> written) {
            if (!written)
                qCWarning(lcUi) << "connection events not stored:" << written.error().toString();
        });
}

} // namespace fleetdeck::ui
