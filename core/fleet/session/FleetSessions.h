#pragma once

#include "core/fleet/session/NodeStatus.h"
#include "core/fleet/session/ReconnectBackoff.h"
#include "core/fleet/session/SessionOptions.h"
#include "core/inventory/Node.h"
#include "core/transport/HostKey.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <chrono>
#include <map>
#include <memory>
#include <optional>

class QTimer;

namespace fleetdeck::fleet {

class FanOutScheduler;
class NodeSession;

// What happened to a node's connection, in the words of the Events page and the inventory.
enum class ConnectionEventKind { Connected, Reconnected, Degraded, Lost, HostKeyRefused, Disconnected };
// Stable names for the inventory ("connected", "host-key-refused"); not translated.
QString connectionEventKindName(ConnectionEventKind kind);

struct SessionEvent
{
    qint64 nodeId = 0;
    QString nodeName;
    QDateTime at; // UTC
    ConnectionEventKind kind = ConnectionEventKind::Connected;
    NodeState state = NodeState::Unknown;
    QString reason;
};

struct SessionUpdate
{
    qint64 nodeId = 0;
    NodeStatus status;
    bool open = false; // a session exists for the node (opening, up, or waiting to reconnect)
};

// The fleet's persistent sessions: one NodeSession per connected node, all owned by this object
// and living on its thread (ui::FleetConnections gives it one of its own; tests may use theirs).
// Every connection attempt, first or reconnect, goes through one FanOutScheduler, so connecting
// 1,000 nodes (or 1,000 dropping at once) never runs more than maxConcurrent handshakes at once;
// a lost session waits the backoff and jitter of ReconnectBackoff before it queues again; a ping
// every pingInterval finds agents that stopped answering. Status changes
// and connection events are gathered and published together every coalesceInterval, so a
// thousand nodes changing at once cost one signal, not thousands.
class FleetSessions : public QObject
{
    Q_OBJECT
public:
    struct Tuning
    {
        int maxConcurrent = 32;
        std::chrono::milliseconds coalesceInterval{150};
        // 0 switches pings off.
        std::chrono::milliseconds pingInterval{15000};
        // Consecutive failed pings after which a session is dropped and reconnected.
        int pingFailuresBeforeReconnect = 2;
    };

    explicit FleetSessions(QObject *parent = nullptr);
    FleetSessions(SessionOptions options, Tuning tuning, QObject *parent = nullptr);
    ~FleetSessions() override; // closes every session

    // For sessions opened from now on. Sessions persist: this object reconnects them itself
    // (options.autoReconnect is ignored), never after a refused host key.
    void setOptions(const SessionOptions &options);
    const SessionOptions &options() const { return m_options; }
    void setTuning(const Tuning &tuning);

    // Opens a session per node not connected yet (nodes with an open session are left alone).
    void connectNodes(const QList<inventory::Node> &nodes);
    // Closes and forgets these nodes' sessions: a "disconnected" event each.
    void disconnectNodes(const QList<qint64> &nodeIds);
    void disconnectAll();
    // Reconnects node pinning exactly key, which the operator confirmed after an unknown-key refusal.
    void acceptHostKey(const inventory::Node &node, const transport::HostKey &key);

    int sessionCount() const { return int(m_sessions.size()); }
    const NodeSession *session(qint64 nodeId) const;
    int peakConcurrentOpens() const;
    // Publishes what is pending now instead of at the next tick.
    void flush();

Q_SIGNALS:
    // Coalesced: every node whose status changed since the last batch, and what happened.
    void batchReady(const QList<fleetdeck::fleet::SessionUpdate> &updates,
                    const QList<fleetdeck::fleet::SessionEvent> &events);

private:
    struct Entry
    {
        NodeSession *session = nullptr;
        bool everUp = false;     // up at least once since connectNodes
        bool lostSinceUp = false; // went down after being up: the next up is a reconnect
        int failedPings = 0;
        std::optional<SessionEvent> lastEvent;
        std::shared_ptr<ReconnectBackoff> backoff;
        bool retryable = true;   // false: the node's agent command itself is wrong
        bool reconnectPending = false;
    };

    void openSession(const inventory::Node &node, const SessionOptions &options);
    void enqueueOpen(NodeSession *session);
    void scheduleReconnect(qint64 nodeId, Entry &entry);
    void onStatusChanged(qint64 nodeId, const NodeStatus &status);
    void recordEvent(qint64 nodeId, Entry &entry, const NodeStatus &status);
    void closeEntry(qint64 nodeId, bool announce);
    void pingAll();
    void markPending(qint64 nodeId);
    void scheduleFlush();

    SessionOptions m_options;
    Tuning m_tuning;
    std::map<qint64, Entry> m_sessions;
    FanOutScheduler *m_scheduler;
    QTimer *m_flushTimer;
    QTimer *m_pingTimer;
    QHash<qint64, bool> m_pending; // node id -> still open
    QHash<qint64, NodeStatus> m_pendingStatus;
    QList<SessionEvent> m_pendingEvents;
};

} // namespace fleetdeck::fleet

Q_DECLARE_METATYPE(fleetdeck::fleet::SessionUpdate)
Q_DECLARE_METATYPE(fleetdeck::fleet::SessionEvent)
