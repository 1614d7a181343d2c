#include "core/fleet/session/AgentEndpoint.h"

#include "core/fleet/Tr.h"
#include "core/transport/LocalProcessTransport.h"
#include "core/transport/SshChannel.h"
#include "core/transport/SshHostResolver.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace fleetdeck::fleet {

namespace {
const QString localWord = u"local"_s;
} // namespace

QString AgentEndpoint::defaultAgentCommand()
{
    return u"fleetdeck-agent rpc"_s;
}

bool AgentEndpoint::isLocalHost(const QString &host)
{
    const QString h = host.toLower();
    return h == u"localhost" || h == u"127.0.0.1" || h == u"::1" || h == u"[::1]";
}

Result<AgentEndpoint> AgentEndpoint::forNode(const inventory::Node &node, const SessionOptions &options)
{
    AgentEndpoint endpoint;
    const QString command = node.agentCommand.trimmed();
    const QStringList words = QProcess::splitCommand(command);
    if (!words.isEmpty() && words.first() == localWord) {
        if (!isLocalHost(node.host)) {
            return Error{Tr::tr("Node %1: its agent command starts with 'local', which runs the agent "
                                "on this computer, but its host %2 is another one. Remove 'local' "
                                "to reach the agent over SSH, or set the host to localhost.")
                             .arg(node.name, node.host), {}};
        }
        endpoint.kind = Kind::Local;
        const QString rest = command.mid(command.indexOf(localWord) + localWord.size()).trimmed();
        if (rest.isEmpty()) {
            endpoint.program = transport::LocalProcessTransport::defaultAgentProgram();
            endpoint.arguments = {u"rpc"_s};
        } else {
            auto parsed = transport::LocalProcessTransport::parseCommand(rest);
            if (!parsed)
                return Error{Tr::tr("Node %1: %2").arg(node.name, parsed.error().message), {}};
            endpoint.program = parsed->takeFirst();
            endpoint.arguments = *parsed;
        }
        endpoint.command = (QStringList{endpoint.program} + endpoint.arguments).join(u' ');
        return endpoint;
    }
    endpoint.kind = Kind::Ssh;
    endpoint.command = command.isEmpty() ? defaultAgentCommand() : command;
    if (options.sshConfigError) {
        return Error{Tr::tr("Node %1: the ssh config cannot be used: %2")
                         .arg(node.name, options.sshConfigError->toString()), {}};
    }
    transport::SshConnectOptions base;
    base.knownHostsPath = options.knownHostsPath;
    base.acceptNewHostKey = options.acceptNewHostKeys;
    base.confirmedHostKey = options.confirmedHostKey;
    base.passphraseProvider = options.passphraseProvider;
    base.passphraseAccepted = options.passphraseAccepted;
    base.connectTimeout = options.connectTimeout;
    base.keepaliveInterval = options.keepaliveInterval;
    const transport::SshHostResolver resolver(options.sshConfig, std::move(base), options.openTimeout);
    auto resolved = resolver.resolve({node.host, node.port, node.user, node.identityFile});
    if (!resolved)
        return Error{Tr::tr("Node %1: %2").arg(node.name, resolved.error().toString()), {}};
    endpoint.ssh = std::move(*resolved);
    return endpoint;
}

std::unique_ptr<protocol::ByteChannel> AgentEndpoint::createChannel() const
{
    if (kind == Kind::Local)
        return std::make_unique<transport::LocalProcessTransport>(program, arguments);
    return std::make_unique<transport::SshChannel>(ssh, command);
}

} // namespace fleetdeck::fleet
