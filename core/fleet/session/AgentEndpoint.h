#pragma once

#include "core/common/Result.h"
#include "core/inventory/Node.h"
#include "core/fleet/session/SessionOptions.h"
#include "core/transport/SshConnectOptions.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace fleetdeck::protocol {
class ByteChannel;
}

namespace fleetdeck::fleet {

// How a node's agent is reached; a pure function of the node and the session options.
//   - The agent command's first word is `local` and the host is this computer (localhost,
//     127.0.0.1 or ::1): the rest of the command runs as a child process of ours
//     (LocalProcessTransport); `local` alone runs the fleetdeck-agent beside this program.
//   - Anything else: the agent command runs over SSH (SshChannel), through the remote user's
//     shell, as `ssh host CMD` would; an empty command means "fleetdeck-agent rpc". The host is
//     resolved through options.sshConfig (HostName, Port, User, IdentityFile, ProxyJump, ...),
//     with what the node sets winning: see transport::SshHostResolver.
// `local` is explicit on purpose: an SSH node on 127.0.0.1 (a container, a test sshd, another
// user) is common and must stay an SSH node.
struct AgentEndpoint
{
    enum class Kind { Ssh, Local };

    Kind kind = Kind::Ssh;
    QString command; // what runs, as the operator would type it (for messages)
    transport::SshConnectOptions ssh; // Kind::Ssh
    QString program; // Kind::Local
    QStringList arguments; // Kind::Local

    static QString defaultAgentCommand();
    static bool isLocalHost(const QString &host);
    static Result<AgentEndpoint> forNode(const inventory::Node &node, const SessionOptions &options);

    // A new, unopened channel: an SshChannel or a LocalProcessTransport.
    std::unique_ptr<protocol::ByteChannel> createChannel() const;
    QString kindName() const { return kind == Kind::Local ? QStringLiteral("local") : QStringLiteral("ssh"); }
};

} // namespace fleetdeck::fleet
