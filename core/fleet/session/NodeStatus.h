#pragma once

#include "core/transport/HostKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleetdeck::fleet {

// What the control plane knows about a node's agent, from the last connection attempt.
//   online       connected, hello done, the agent answers
//   degraded     the node is reachable but its agent is not usable (missing binary, failed hello
//                or facts, a ping that timed out on an open channel)
//   unreachable  no working connection: name, refused, timeout, authentication, connection lost
//   hostKeyRefused  the host key is unknown (and not accepted) or changed: never retried by itself
enum class NodeState { Unknown, Connecting, Online, Degraded, Unreachable, HostKeyRefused };

// Stable names for JSON and the inventory ("online", "host-key-refused"); not translated.
QString nodeStateName(NodeState state);
std::optional<NodeState> nodeStateFromName(QStringView name);
// For people, translated.
QString nodeStateLabel(NodeState state);

// The host key part of a refusal, so a script or a dialog need not parse the message.
struct HostKeyFacts
{
    QString status; // "unknown" | "changed" | "revoked" | "unusable"
    QString host;
    int port = 22;
    QString knownHostsPath;
    QString offeredType;
    QString offeredFingerprint;
    QStringList pinnedFingerprints;
    // The key itself, so the GUI can pin exactly what the operator confirmed (never in JSON).
    std::optional<transport::HostKey> offeredKey;

    QJsonObject toJson() const;
};

struct NodeStatus
{
    NodeState state = NodeState::Unknown;
    QString reason;                 // empty when online; otherwise what is wrong and what to do
    QDateTime at;                   // when state was reached (UTC)
    QString transport;              // "ssh" | "local"
    QString command;                // the agent command that was run
    std::optional<int> protocolVersion;
    QString agentVersion;
    std::optional<HostKeyFacts> hostKey;
    QJsonObject facts;              // node.facts as JSON; empty until received

    bool isUp() const { return state == NodeState::Online || state == NodeState::Degraded; }
};

} // namespace fleetdeck::fleet
