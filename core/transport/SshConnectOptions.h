#pragma once

#include "core/transport/HostKey.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace fleetdeck::transport {

struct SshHostSettings;

// Asked for the passphrase of an encrypted identity file; attempt counts from 1. Return nothing to
// skip the key. It is called on a connection worker thread, never the GUI thread, and may block
// (a GUI implementation waits on a dialog shown by the GUI thread).
using PassphraseProvider = std::function<std::optional<QByteArray>(const QString &identityFile, int attempt)>;
// Told that a passphrase from the provider decrypted the identity file (so a keychain may keep
// it); called on the same worker thread, before the passphrase is wiped.
using PassphraseAccepted = std::function<void(const QString &identityFile, const QByteArray &passphrase)>;

// Everything one SSH connection needs, stated explicitly: nothing is read from ssh_config or left
// to libssh defaults. The resolver of ~/.ssh/config fills this in for configured hosts.
struct SshConnectOptions
{
    // The name the operator wrote (a node's host or an ssh config alias), for messages; may be empty.
    QString alias;
    QString host;
    int port = 22;
    // Empty: the local user name.
    QString user;
    // Tried in order after ssh-agent. Empty: ~/.ssh/id_ed25519, id_ecdsa, id_rsa where present.
    QStringList identityFiles;
    bool useAgent = true;
    // Empty: ~/.ssh/known_hosts. New host keys are written here.
    QString knownHostsPath;
    // Read as well, never written: more UserKnownHostsFile entries, a team's shared file.
    QStringList extraKnownHostsPaths;
    // Record an unknown host's key, whatever it is, and go on (CLI --accept-new-host-keys).
    bool acceptNewHostKey = false;
    // Record an unknown host's key only if it is this one: the key the operator confirmed (GUI
    // dialog after a HostKeyUnknown error), so a different key offered on the retry is refused.
    std::optional<HostKey> confirmedHostKey;
    bool hashNewHostKeys = false;
    std::chrono::milliseconds connectTimeout{10000};
    // Keepalive requests while idle; the peer is declared gone after keepaliveCountMax unanswered.
    std::chrono::milliseconds keepaliveInterval{15000};
    int keepaliveCountMax = 3;
    PassphraseProvider passphraseProvider;
    PassphraseAccepted passphraseAccepted;
    // ProxyJump, first hop first: each jump host is connected through the one before it, its key
    // checked and the user authenticated like any host; the last one forwards the connection to
    // this host. The chain is flat: hops have no jumpHosts of their own.
    std::vector<SshConnectOptions> jumpHosts;

    // Host, port, user, identity files, known_hosts file, timeouts as ~/.ssh/config resolved them.
    // StrictHostKeyChecking is deliberately not taken: no config file turns verification off.
    static SshConnectOptions fromHostSettings(const SshHostSettings &settings);

    QString effectiveUser() const;
    QString effectiveKnownHostsPath() const;
    QStringList effectiveIdentityFiles() const;
    // "user@host:port" for messages and logs.
    QString displayName() const;
    // "alias (user@host:port)", or displayName() when the alias says nothing more.
    QString describe() const;
};

} // namespace fleetdeck::transport
