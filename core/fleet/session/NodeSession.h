#pragma once

#include "core/common/Result.h"
#include "core/fleet/session/NodeStatus.h"
#include "core/fleet/session/ReconnectBackoff.h"
#include "core/fleet/session/SessionOptions.h"
#include "core/inventory/Node.h"
#include "core/protocol/AgentClient.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QTimer;

namespace fleetdeck::protocol {
class ByteChannel;
} // namespace fleetdeck::protocol

namespace fleetdeck::transport {
class SshChannel;
}

namespace fleetdeck::fleet {

class AgentEndpoint;

// One persistent session to one node's agent: a transport (SshChannel, or LocalProcessTransport
// for a `local` agent command, see AgentEndpoint) carrying a protocol::AgentClient. open() runs
// connect -> host key -> hello (version negotiation) -> node.facts, then the session stays open
// for requests until close() or until it drops. Everything is signal-driven on the thread that
// owns the session: the blocking libssh work runs on SshThreadPool's shared threads, so a
// thousand sessions cost a thousand of these objects, not a thousand threads.
class NodeSession : public QObject
{
    Q_OBJECT
public:
    NodeSession(inventory::Node node, SessionOptions options, QObject *parent = nullptr);
    ~NodeSession() override;

    const inventory::Node &node() const { return m_node; }
    const NodeStatus &status() const { return m_status; }
    NodeState state() const { return m_status.state; }

    // Connects unless connecting or up already; ends in settled().
    void open();
    // Closes the session and stops reconnecting; the state stays what it was.
    void close();

    // Round trip of a ping on the open session. A timeout marks the node degraded; an answer
    // brings a degraded node back online. done is skipped if context is gone.
    using PingHandler = std::function<void(const Result<std::chrono::nanoseconds> &)>;
    void ping(QObject *context, PingHandler done);

    // The protocol client while the session is up (null otherwise), for further requests.
    protocol::AgentClient *client() const;

Q_SIGNALS:
    void statusChanged(const fleetdeck::fleet::NodeStatus &status);
    // The attempt open() began has ended: online, degraded, or failed with the reason.
    void settled(const fleetdeck::fleet::NodeStatus &status);

private:
    void connectTransport(const AgentEndpoint &endpoint);
    void onChannelOpened(quint64 generation);
    void onHello(quint64 generation,
                 const protocol::AgentClient::TypedReply<protocol::HelloResult> &hello);
    void requestFacts(quint64 generation);
    void onChannelClosed(quint64 generation, const QString &reason);
    void onOpenTimeout();
    void becomeUp(NodeState state, const QString &reason);
    void fail(NodeState state, const QString &reason);
    void setState(NodeState state, const QString &reason);
    void settle();
    void teardown();
    void scheduleReconnect();
    QString degradedReason(const QString &what) const;

    inventory::Node m_node;
    SessionOptions m_options;
    NodeStatus m_status;
    std::unique_ptr<protocol::ByteChannel> m_channel;
    std::unique_ptr<protocol::AgentClient> m_client;
    transport::SshChannel *m_ssh = nullptr; // m_channel, when it is an SSH channel
    QTimer *m_openTimer;
    QTimer *m_reconnectTimer;
    ReconnectBackoff m_backoff;
    bool m_opening = false;
    bool m_up = false;
    bool m_wanted = false; // open() was called and close() was not: reconnects are welcome
    quint64 m_generation = 0; // answers from an earlier connection are ignored
};

} // namespace fleetdeck::fleet
