#pragma once

#include "core/common/Result.h"
#include "core/transport/SshConfig.h"
#include "core/transport/SshConnectOptions.h"

#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace fleetdeck::transport {

// One hop of a ProxyJump list as written: [ssh://][user@]host[:port], an IPv6 address in brackets.
struct ProxyJumpHop
{
    QString user;             // empty: the jump host's config User, else the local user
    QString host;             // an ssh config alias or a host name
    std::optional<int> port;  // empty: the jump host's config Port, else 22

    bool operator==(const ProxyJumpHop &) const = default;
};

// "none" or nothing gives no hops. An error names the bad hop and the forms that are accepted.
Result<QList<ProxyJumpHop>> parseProxyJump(const QString &value);

// What the operator set on a node; resolved through the ssh config like `ssh host` would be.
struct SshNodeAddress
{
    QString host;          // an ssh config alias or a host name
    int port = 22;         // 22 is the inventory's default, so it counts as "not set"
    QString user;          // empty: not set
    QString identityFile;  // empty: not set
};

// Turns a node (or a jump host) into SshConnectOptions through the user's ssh config, with the
// precedence the user guide states: what the operator set on the node wins, then the config,
// then the defaults. The config's HostName, Port, User, IdentityFile, IdentitiesOnly, ProxyJump,
// UserKnownHostsFile, ConnectTimeout, ServerAliveInterval/CountMax and HashKnownHosts apply.
// StrictHostKeyChecking never does: no config file turns our host-key verification off.
// ProxyCommand is refused (we run no commands from a config). Pure: reads no file.
class SshHostResolver
{
public:
    // OpenSSH gives up on a ProxyJump chain this long; a longer one is a loop in the config.
    static constexpr int MaxJumpHosts = 8;

    // config may be null: nodes are taken as they are and have no jump hosts. base carries
    // what every host and jump host of a session shares: host-key flags and an explicit
    // known_hosts file (which wins over UserKnownHostsFile), passphrase hooks, default timeouts.
    // connectTimeoutLimit caps a config's ConnectTimeout (a check has its own overall limit).
    SshHostResolver(std::shared_ptr<const SshConfig> config, SshConnectOptions base,
                    std::chrono::milliseconds connectTimeoutLimit = std::chrono::minutes(2));

    Result<SshConnectOptions> resolve(const SshNodeAddress &node) const;

private:
    SshHostSettings settingsFor(const QString &host) const;
    Result<SshConnectOptions> optionsFor(const SshHostSettings &settings) const;
    Result<void> appendJumpHosts(const QString &proxyJump, const QString &forHost, int depth,
                                 std::vector<SshConnectOptions> &chain) const;

    std::shared_ptr<const SshConfig> m_config;
    SshConnectOptions m_base;
    std::chrono::milliseconds m_connectTimeoutLimit;
};

} // namespace fleetdeck::transport
