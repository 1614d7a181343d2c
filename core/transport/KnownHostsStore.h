#pragma once

#include "core/common/Result.h"
#include "core/transport/HostKey.h"
#include "core/transport/KnownHostsFile.h"

#include <QString>

namespace fleetdeck::transport {

// A known_hosts file on disk: read it whole, or append one line in OpenSSH format. Lines are
// only ever appended, never rewritten, so the operator's own edits and comments survive.
class KnownHostsStore
{
public:
    explicit KnownHostsStore(QString path);

    // ~/.ssh/known_hosts, with ~ as QDir::homePath().
    static QString defaultPath();
    // Expands a leading "~/" the way OpenSSH does, with QDir::homePath().
    static QString expandHome(const QString &path);

    const QString &path() const { return m_path; }

    // A missing file is an empty one; an unreadable file is an error.
    Result<KnownHostsFile> load() const;
    // Creates the file (0600, folder 0700) if needed.
    Result<void> append(const QString &host, int port, const HostKey &key, bool hashed) const;

private:
    QString m_path;
};

} // namespace fleetdeck::transport
