#pragma once

#include "core/transport/HostKeyPolicy.h"
#include "core/transport/SshConnectOptions.h"
#include "core/transport/SshError.h"

#include <QString>

#include <memory>
#include <variant>
#include <vector>

// libssh's handle types, declared here so that only the .cpp files include libssh.
struct ssh_session_struct;
struct ssh_channel_struct;

namespace fleetdeck::transport {

class SshJumpRelay;

// One SSH session with one exec channel, set up by blocking libssh calls: connect, verify the
// host key against known_hosts ourselves, authenticate, start the command. Run open() on a
// worker thread; afterwards one thread at a time may drive the session. With jump hosts
// (options.jumpHosts) the session runs over a chain of SshJumpRelays, each with its own thread;
// destroying the connection tears the whole chain down.
class SshConnection
{
public:
    static std::variant<std::unique_ptr<SshConnection>, SshError> open(const SshConnectOptions &options,
                                                                       const QString &command);
    ~SshConnection();
    SshConnection(const SshConnection &) = delete;
    SshConnection &operator=(const SshConnection &) = delete;

    ssh_session_struct *session() const { return m_session; }
    ssh_channel_struct *channel() const { return m_channel; }
    const HostKeyVerdict &hostKey() const { return m_hostKey; }
    // Why a jump host ended the chain (it died, went silent); empty when none did. Thread-safe.
    QString jumpFailure() const;

private:
    SshConnection() = default;

    ssh_session_struct *m_session = nullptr;
    ssh_channel_struct *m_channel = nullptr;
    HostKeyVerdict m_hostKey;
    int m_socket = -1; // the last relay's socket the session runs over; -1: TCP
    std::vector<std::unique_ptr<SshJumpRelay>> m_relays; // first hop first
};

} // namespace fleetdeck::transport
