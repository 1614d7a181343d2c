#pragma once

#include "core/transport/HostKeyPolicy.h"

#include <QString>

#include <chrono>
#include <optional>

namespace fleetdeck::transport {

// Why an SSH connection failed or ended; callers branch on kind (e.g. CLI exit code 4 for host
// keys, 3 for unreachable) and show message.
struct SshError
{
    enum class Kind {
        NameNotResolved,
        ConnectionRefused,
        HostUnreachable,
        Timeout,
        HostKeyUnknown,
        HostKeyChanged,
        HostKeyRevoked,
        KnownHostsUnusable,
        AuthRefused,
        ChannelFailed,
        Disconnected,
    };

    Kind kind = Kind::Disconnected;
    QString message;
    // Set for the HostKey* kinds: what the server offered and what known_hosts pins.
    std::optional<HostKeyVerdict> hostKey;

    // Sorts libssh's text for a failed connect (it gives no codes): "Failed to resolve hostname",
    // "Connection refused", "No route to host", "Timeout connecting to" and so on.
    static SshError fromConnectFailure(const QString &detail, const QString &host, int port,
                                       std::chrono::milliseconds timeout);

    bool isHostKeyRefusal() const
    {
        return kind == Kind::HostKeyUnknown || kind == Kind::HostKeyChanged
               || kind == Kind::HostKeyRevoked;
    }
    bool isUnreachable() const
    {
        return kind == Kind::NameNotResolved || kind == Kind::ConnectionRefused
               || kind == Kind::HostUnreachable || kind == Kind::Timeout || kind == Kind::Disconnected;
    }
};

} // namespace fleetdeck::transport
