#pragma once

#include "core/transport/HostKey.h"
#include "core/transport/KnownHostsFile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdeck::transport {

// What known_hosts says about the key a host offered.
enum class HostKeyStatus {
    Known,   // a line for this host holds exactly this key
    Unknown, // no line names this host: the caller decides (CLI flag, GUI dialog)
    Changed, // lines name this host, none with this key: always refused
    Revoked, // the key is listed under @revoked: always refused
};

struct HostKeyVerdict
{
    HostKeyStatus status = HostKeyStatus::Unknown;
    QString host;
    int port = 22;
    QString knownHostsPath;
    HostKey offered;
    // The keys known_hosts pins for this host (plain host-key lines only), and the files that
    // hold those lines (where a changed key must be removed from).
    QList<HostKey> pinned;
    QStringList pinnedFiles;

    // What an operator reads: the host, the fingerprints and, when refused, what to do.
    QString message() const;
};

// The decision, kept apart from I/O so every outcome is tested without a server. It never trusts
// silently: Unknown is returned for the caller to ask about, Changed and Revoked are final.
class HostKeyPolicy
{
public:
    // knownHostsPath: the file new keys are written to (named in messages).
    static HostKeyVerdict check(const KnownHostsFile &file, const QString &knownHostsPath,
                                const QString &host, int port, const HostKey &offered);

    // Host key algorithms to offer the server, the types pinned for this host first. Without
    // this a server holding several keys could present another type and look changed.
    static QStringList hostKeyAlgorithms(const KnownHostsFile &file, const QString &host, int port);

    // The algorithms the SSH layer may negotiate for a key type ("ssh-rsa" -> rsa-sha2-*).
    static QStringList algorithmsForKeyType(const QString &keyType);
};

} // namespace fleetdeck::transport
