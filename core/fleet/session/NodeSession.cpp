#include "core/fleet/session/NodeSession.h"

#include "core/common/Log.h"
#include "core/fleet/Tr.h"
#include "core/fleet/session/AgentEndpoint.h"
#include "core/fleet/session/ChannelFailure.h"
#include "core/protocol/AgentClient.h"
#include "core/protocol/ByteChannel.h"
#include "core/protocol/NodeFacts.h"
#include "core/transport/LocalProcessTransport.h"
#include "core/transport/SshChannel.h"

#include <QCborMap>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fleetdeck::fleet {

namespace {
QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 3);
}
} // namespace

NodeSession::NodeSession(inventory::Node node, SessionOptions options, QObject *parent)
    : QObject(parent), m_node(std::move(node)), m_options(std::move(options)),
      m_openTimer(new QTimer(this)), m_reconnectTimer(new QTimer(this)),
      m_backoff(m_options.reconnectInitialDelay, m_options.reconnectMaxDelay)
{
    m_openTimer->setSingleShot(true);
    m_reconnectTimer->setSingleShot(true);
    connect(m_openTimer, &QTimer::timeout, this, &NodeSession::onOpenTimeout);
    connect(m_reconnectTimer, &QTimer::timeout, this, &NodeSession::open);
}

NodeSession::~NodeSession()
{
    // The client goes before the channel it reads from.
    m_client.reset();
    if (m_channel) {
        m_channel->disconnect(this);
        m_channel->close();
    }
}

protocol::AgentClient *NodeSession::client() const
{
    return m_up ? m_client.get() : nullptr;
}

void NodeSession::open()
{
    m_wanted = true;
    if (m_opening || m_up)
        return;
    m_reconnectTimer->stop();
    ++m_generation;
    m_opening = true;
    m_status.hostKey.reset();
    m_status.protocolVersion.reset();
    auto endpoint = AgentEndpoint::forNode(m_node, m_options);
    if (!endpoint) {
        // A bad agent command is the node's configuration, not the network: retrying won't help.
        m_wanted = false;
        fail(NodeState::Degraded, endpoint.error().message);
        return;
    }
    m_status.transport = endpoint->kindName();
    m_status.command = endpoint->command;
    setState(NodeState::Connecting, {});
    m_openTimer->start(m_options.openTimeout);
    connectTransport(*endpoint);
}

void NodeSession::connectTransport(const AgentEndpoint &endpoint)
{
    m_channel = endpoint.createChannel();
    m_ssh = qobject_cast<transport::SshChannel *>(m_channel.get());
    const quint64 generation = m_generation;
    // Connected before the client's own handler, so the session sorts out why the channel
    // closed before the client fails its pending requests.
    connect(m_channel.get(), &protocol::ByteChannel::closed, this,
            [this, generation](const QString &reason) { onChannelClosed(generation, reason); });
    connect(m_channel.get(), &protocol::ByteChannel::opened, this,
            [this, generation] { onChannelOpened(generation); });
    m_client = std::make_unique<protocol::AgentClient>(m_channel.get());
    if (m_ssh)
        m_ssh->open();
    else if (auto *local = qobject_cast<transport::LocalProcessTransport *>(m_channel.get()))
        local->open();
}

void NodeSession::onChannelOpened(quint64 generation)
{
    if (generation != m_generation || !m_client)
        return;
    const QString client = m_options.clientName.isEmpty()
        ? u"fleetdeck/"_s + QStringLiteral(FLEETDECK_VERSION) : m_options.clientName;
    m_client->hello(client, this,
                    [this, generation](const protocol::AgentClient::TypedReply<protocol::HelloResult> &hello) {
        onHello(generation, hello);
    }, m_options.requestTimeout);
}

void NodeSession::onHello(quint64 generation,
                          const protocol::AgentClient::TypedReply<protocol::HelloResult> &hello)
{
    if (generation != m_generation || !m_opening)
        return;
    if (!hello.ok()) {
        fail(NodeState::Degraded, degradedReason(Tr::tr("hello failed: %1").arg(hello.error->message)));
        return;
    }
    m_status.protocolVersion = hello->version;
    m_status.agentVersion = hello->agentVersion;
    if (!m_options.fetchFacts) {
        becomeUp(NodeState::Online, {});
        return;
    }
    requestFacts(generation);
}

void NodeSession::requestFacts(quint64 generation)
{
    m_client->nodeFacts(this, [this, generation](const protocol::AgentClient::TypedReply<protocol::NodeFacts> &facts) {
        if (generation != m_generation || !m_opening)
            return;
        if (!facts.ok()) {
            becomeUp(NodeState::Degraded,
                     degradedReason(Tr::tr("node.facts failed: %1").arg(facts.error->message)));
            return;
        }
        m_status.facts = facts->toCbor().toJsonValue().toObject();
        becomeUp(NodeState::Online, {});
    }, m_options.requestTimeout);
}

QString NodeSession::degradedReason(const QString &what) const
{
    return Tr::tr("Node %1 is reachable but its agent (\"%2\") is not usable: %3")
        .arg(m_node.name, m_status.command, what);
}

void NodeSession::onChannelClosed(quint64 generation, const QString &reason)
{
    if (generation != m_generation)
        return;
    const bool wasUp = m_up;
    ChannelFailure failure;
    if (m_ssh && m_ssh->error()) {
        failure = ChannelFailure::fromSshError(m_node.name, *m_ssh->error());
    } else if (m_ssh) {
        failure = ChannelFailure::fromCommandExit(m_node.name, m_status.command, m_ssh->exitStatus(),
                                                  QString::fromUtf8(m_ssh->stderrOutput()), wasUp);
    } else {
        failure = ChannelFailure::fromLocalProcess(
            m_node.name, reason.isEmpty() ? Tr::tr("the agent process closed the session.") : reason);
    }
    m_status.hostKey = failure.hostKey;
    fail(failure.state, failure.reason);
}

void NodeSession::onOpenTimeout()
{
    if (!m_opening)
        return;
    fail(NodeState::Unreachable,
         Tr::tr("Node %1 (%2) did not finish connecting within %3 s (connect, host key, hello and "
                "facts). Check that the node is up and its agent answers.")
             .arg(m_node.name, m_node.host, seconds(m_options.openTimeout)));
}

void NodeSession::becomeUp(NodeState state, const QString &reason)
{
    m_openTimer->stop();
    m_up = true;
    m_backoff.reset();
    setState(state, reason);
    settle();
}

void NodeSession::fail(NodeState state, const QString &reason)
{
    m_openTimer->stop();
    const bool wasOpening = m_opening;
    teardown();
    setState(state, reason);
    qCInfo(lcFleet) << "node" << m_node.name << nodeStateName(state) << reason;
    if (wasOpening)
        Q_EMIT settled(m_status);
    // An operator must look at a refused host key before anything connects again.
    if (state != NodeState::HostKeyRefused)
        scheduleReconnect();
}

void NodeSession::settle()
{
    m_opening = false;
    Q_EMIT settled(m_status);
}

void NodeSession::close()
{
    m_wanted = false;
    m_reconnectTimer->stop();
    m_openTimer->stop();
    const bool wasOpening = m_opening;
    teardown();
    if (wasOpening) {
        setState(NodeState::Unknown, Tr::tr("The check of node %1 was cancelled.").arg(m_node.name));
        Q_EMIT settled(m_status);
    }
}

// Callers may be inside one of the channel's or the client's signals: both go later.
void NodeSession::teardown()
{
    ++m_generation;
    m_opening = false;
    m_up = false;
    m_ssh = nullptr;
    if (m_client)
        m_client.release()->deleteLater();
    if (m_channel) {
        protocol::ByteChannel *channel = m_channel.release();
        channel->disconnect(this);
        channel->close();
        channel->deleteLater();
    }
}

void NodeSession::scheduleReconnect()
{
    if (!m_options.autoReconnect || !m_wanted)
        return;
    const auto delay = m_backoff.next();
    qCDebug(lcFleet) << "node" << m_node.name << "reconnects in" << delay.count() << "ms";
    m_reconnectTimer->start(delay);
}

void NodeSession::setState(NodeState state, const QString &reason)
{
    m_status.state = state;
    m_status.reason = reason;
    m_status.at = QDateTime::currentDateTimeUtc();
    Q_EMIT statusChanged(m_status);
}

void NodeSession::ping(QObject *context, PingHandler done)
{
    if (!m_up || !m_client) {
        QMetaObject::invokeMethod(context ? context : this, [done, name = m_node.name] {
            done(Error{Tr::tr("Node %1 has no open session; connect first.").arg(name), {}});
        }, Qt::QueuedConnection);
        return;
    }
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const quint64 generation = m_generation;
    m_client->call(protocol::method::Ping.toString(), QCborMap{}, context ? context : this,
                   [this, generation, timer, done](const protocol::AgentClient::Reply &reply) {
        const auto elapsed = std::chrono::nanoseconds(timer->nsecsElapsed());
        if (generation == m_generation && m_up) {
            if (!reply.ok() && reply.error->code == protocol::ErrorCode::Timeout)
                setState(NodeState::Degraded, degradedReason(reply.error->message));
            else if (reply.ok() && m_status.state == NodeState::Degraded)
                setState(NodeState::Online, {});
        }
        if (!reply.ok()) {
            done(reply.error->toError());
            return;
        }
        done(elapsed);
    }, m_options.requestTimeout);
}

} // namespace fleetdeck::fleet
