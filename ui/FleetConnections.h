#pragma once

#include "core/fleet/session/FleetSessions.h"
#include "core/fleet/session/NodeStatus.h"
#include "core/fleet/session/SessionOptions.h"
#include "core/inventory/InventoryThread.h"
#include "core/inventory/Node.h"
#include "core/transport/HostKey.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class QThread;

namespace fleetdeck::ui {

struct ConnectionEvent
{
    qint64 nodeId = 0;
    QString nodeName;
    QDateTime at; // UTC
    fleet::NodeState state = fleet::NodeState::Unknown;
    QString reason;
    // connected, reconnected, degraded, lost, host key refused, disconnected by the operator
    fleet::ConnectionEventKind kind = fleet::ConnectionEventKind::Connected;
};

// The GUI's handle on the fleet's live sessions. The sessions (fleet::NodeSession, one per node)
// live in a fleet::FleetSessions object on its OWN thread (never the GUI thread); this façade
// forwards commands with queued calls and keeps a GUI-side copy of each node's last status, which
// it updates from COALESCED batches (every 150 ms by default), so 1,000 nodes changing at once
// cost a handful of signals, not thousands. With an inventory set, states and connection events
// are written in batches by the inventory's writer thread.
class FleetConnections : public QObject
{
    Q_OBJECT
public:
    explicit FleetConnections(QObject *parent = nullptr);
    ~FleetConnections() override; // closes every session, stops the thread (bounded wait)

    // known_hosts, timeouts, passphrases, ssh config: for sessions opened from now on.
    void setSessionOptions(const fleet::SessionOptions &options);
    // Fan-out, coalescing and ping intervals (tests shorten them).
    void setTuning(const fleet::FleetSessions::Tuning &tuning);
    // Where node states and connection events are stored; null: nowhere. Not owned; it must
    // outlive this object or be unset first.
    void setInventory(inventory::InventoryThread *inventory);

    void connectNodes(const QList<inventory::Node> &nodes); // bounded fan-out (default 32)
    void disconnectNodes(const QList<qint64> &nodeIds);
    void disconnectAll();
    // The operator confirmed the unknown key shown for this node: reconnect pinning exactly it.
    void acceptHostKey(const inventory::Node &node, const transport::HostKey &key);

    std::optional<fleet::NodeStatus> status(qint64 nodeId) const; // last known
    bool isConnected(qint64 nodeId) const; // a session is open or opening
    int count(fleet::NodeState state) const;
    QList<qint64> connectedNodeIds() const;

Q_SIGNALS:
    void statusesChanged(const QList<qint64> &nodeIds); // coalesced
    // A session settled as HostKeyRefused with an UNKNOWN key (not changed/revoked): ask the operator.
    void hostKeyConfirmationNeeded(const fleetdeck::inventory::Node &node,
                                   const fleetdeck::fleet::NodeStatus &status,
                                   const fleetdeck::transport::HostKey &offered);
    // connected, lost, refused, reconnected, disconnected
    void connectionEvent(const fleetdeck::ui::ConnectionEvent &event);

private:
    void onBatch(const QList<fleet::SessionUpdate> &updates, const QList<fleet::SessionEvent> &events);
    void persist(const QList<fleet::SessionUpdate> &updates, const QList<fleet::SessionEvent> &events);
    template <typename Fn> void post(Fn fn);

    QThread *m_thread;
    fleet::FleetSessions *m_sessions; // lives on m_thread
    QPointer<inventory::InventoryThread> m_inventory;
    QHash<qint64, inventory::Node> m_nodes;
    QHash<qint64, fleet::NodeStatus> m_statuses;
    QSet<qint64> m_open;
};

} // namespace fleetdeck::ui

Q_DECLARE_METATYPE(fleetdeck::ui::ConnectionEvent)
