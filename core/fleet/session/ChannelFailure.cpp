#include "core/fleet/session/ChannelFailure.h"

#include "core/fleet/Tr.h"
#include "core/transport/SshError.h"

using namespace Qt::StringLiterals;

namespace fleetdeck::fleet {

namespace {

QString keyStatusName(transport::SshError::Kind kind)
{
    switch (kind) {
    case transport::SshError::Kind::HostKeyUnknown:
        return u"unknown"_s;
    case transport::SshError::Kind::HostKeyChanged:
        return u"changed"_s;
    case transport::SshError::Kind::HostKeyRevoked:
        return u"revoked"_s;
    default:
        return u"unusable"_s;
    }
}

} // namespace

HostKeyFacts ChannelFailure::hostKeyFacts(const transport::HostKeyVerdict &verdict, const QString &status)
{
    HostKeyFacts facts;
    facts.status = status;
    facts.host = verdict.host;
    facts.port = verdict.port;
    facts.knownHostsPath = verdict.knownHostsPath;
    facts.offeredType = verdict.offered.type();
    if (!verdict.offered.isNull()) {
        facts.offeredFingerprint = verdict.offered.fingerprint();
        facts.offeredKey = verdict.offered;
    }
    for (const transport::HostKey &key : verdict.pinned)
        facts.pinnedFingerprints.append(key.fingerprint());
    return facts;
}

ChannelFailure ChannelFailure::fromSshError(const QString &nodeName, const transport::SshError &error)
{
    using Kind = transport::SshError::Kind;
    ChannelFailure failure;
    if (error.isHostKeyRefusal() || error.kind == Kind::KnownHostsUnusable) {
        failure.state = NodeState::HostKeyRefused;
        failure.reason = error.message;
        if (error.kind == Kind::HostKeyUnknown) {
            failure.reason += u' '
                + Tr::tr("To trust it, run the check again with --accept-new-host-keys (the key is "
                         "then pinned in the known_hosts file).");
        }
        if (error.hostKey)
            failure.hostKey = hostKeyFacts(*error.hostKey, keyStatusName(error.kind));
        else
            failure.hostKey = HostKeyFacts{keyStatusName(error.kind), {}, 22, {}, {}, {}, {}, {}};
        return failure;
    }
    if (error.kind == Kind::ChannelFailed) {
        failure.state = NodeState::Degraded;
        failure.reason = Tr::tr("Node %1 accepted the SSH connection but not the agent command: %2")
                             .arg(nodeName, error.message);
        return failure;
    }
    // Unreachable covers authentication too, as for Ansible: no working session either way.
    failure.state = NodeState::Unreachable;
    failure.reason = error.message;
    return failure;
}

ChannelFailure ChannelFailure::fromCommandExit(const QString &nodeName, const QString &command,
                                               int exitStatus, const QString &stderrText, bool wasUp)
{
    ChannelFailure failure;
    failure.state = NodeState::Degraded;
    const QString said = stderrText.trimmed().right(500);
    if (exitStatus == 127) {
        failure.reason = Tr::tr("Node %1: the agent command \"%2\" was not found there (exit status "
                                "127). Install fleetdeck-agent on the node, or correct the node's "
                                "agent command with 'fleetdeck-cli nodes edit %1 --agent-command CMD'.")
                             .arg(nodeName, command);
    } else if (wasUp) {
        failure.reason = Tr::tr("Node %1: the agent command \"%2\" ended (exit status %3).")
                             .arg(nodeName, command).arg(exitStatus);
    } else {
        failure.reason = Tr::tr("Node %1: the agent command \"%2\" ended (exit status %3) before it "
                                "answered. Check that it starts fleetdeck-agent rpc, or correct it "
                                "with 'fleetdeck-cli nodes edit %1 --agent-command CMD'.")
                             .arg(nodeName, command).arg(exitStatus);
    }
    if (!said.isEmpty())
        failure.reason += u' ' + Tr::tr("It said: %1").arg(said);
    return failure;
}

ChannelFailure ChannelFailure::fromLocalProcess(const QString &nodeName, const QString &reason)
{
    ChannelFailure failure;
    failure.state = NodeState::Degraded;
    failure.reason = Tr::tr("Node %1: %2").arg(nodeName, reason);
    return failure;
}

} // namespace fleetdeck::fleet
