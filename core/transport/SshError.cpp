#include "core/transport/SshError.h"

#include "core/transport/Tr.h"

namespace fleetdeck::transport {

SshError SshError::fromConnectFailure(const QString &detail, const QString &host, int port,
                                      std::chrono::milliseconds timeout)
{
    const QString where = host + u':' + QString::number(port);
    auto has = [&detail](const char *text) {
        return detail.contains(QLatin1StringView(text), Qt::CaseInsensitive);
    };
    if (has("resolve hostname") || has("not known") || has("nodename") || has("name resolution")) {
        return {Kind::NameNotResolved,
                Tr::tr("Cannot resolve the host name \"%1\" (%2). Check the node's host name and "
                       "your DNS.").arg(host, detail), {}};
    }
    if (has("refused")) {
        return {Kind::ConnectionRefused,
                Tr::tr("Connection to %1 refused: no SSH server listens there. Check the port and "
                       "that sshd runs on the node.").arg(where), {}};
    }
    if (has("unreachable") || has("no route")) {
        return {Kind::HostUnreachable,
                Tr::tr("Host %1 is unreachable (%2). Check the network path to the node.")
                    .arg(where, detail), {}};
    }
    if (has("timeout") || has("timed out")) {
        const int seconds = int((timeout.count() + 999) / 1000);
        return {Kind::Timeout,
                Tr::tr("No answer from %1 within %n second(s). Check that the node is up and reachable.",
                       nullptr, seconds).arg(where), {}};
    }
    return {Kind::Disconnected, Tr::tr("Cannot connect to %1: %2").arg(where, detail), {}};
}

} // namespace fleetdeck::transport
