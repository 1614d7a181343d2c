#pragma once

#include "core/fleet/session/NodeStatus.h"

#include <QString>

#include <optional>

namespace fleetdeck::transport {
struct SshError;
struct HostKeyVerdict;
} // namespace fleetdeck::transport

namespace fleetdeck::fleet {

// Why a node's channel ended, sorted into a node state with a reason an operator can act on.
// Pure: the transports' facts go in, so every case is tested without a server.
struct ChannelFailure
{
    NodeState state = NodeState::Unreachable;
    QString reason;
    std::optional<HostKeyFacts> hostKey;

    // An SSH connection that failed or dropped.
    static ChannelFailure fromSshError(const QString &nodeName, const transport::SshError &error);
    // The agent command itself ended (before or after hello): the node is reachable, the agent
    // is not usable. exitStatus -1: unknown; stderrText: what the command said.
    static ChannelFailure fromCommandExit(const QString &nodeName, const QString &command,
                                          int exitStatus, const QString &stderrText, bool wasUp);
    // A local agent process that could not start or ended; reason already names the command.
    static ChannelFailure fromLocalProcess(const QString &nodeName, const QString &reason);

    static HostKeyFacts hostKeyFacts(const transport::HostKeyVerdict &verdict, const QString &status);
};

} // namespace fleetdeck::fleet
