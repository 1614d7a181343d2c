#pragma once

#include "core/common/Result.h"
#include "core/transport/HostKey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdeck::transport {

// One usable line of an OpenSSH known_hosts file.
struct KnownHostsEntry
{
    enum class Marker { None, Revoked, CertAuthority };

    Marker marker = Marker::None;
    // Either comma-separated patterns ("host,10.0.0.1,[h]:2222,*.lan,!bad.lan") or, for hashed
    // entries, empty with salt and hash set.
    QStringList patterns;
    QByteArray salt;
    QByteArray hash;
    HostKey key;
    // The file and line it came from, for messages ("remove it from FILE").
    QString file;
    int line = 0;

    bool isHashed() const { return !hash.isEmpty(); }
    // Whether this line names the host as `ssh` would look it up (see KnownHostsFile::lookupName).
    bool matchesName(const QString &lookupName) const;
};

// The parsed content of a known_hosts file, in the format of OpenSSH's sshd(8) manual page.
// Pure: no file access. Lines it cannot use are skipped and reported, as `ssh` does, so one bad
// line never hides the others.
class KnownHostsFile
{
public:
    static KnownHostsFile parse(const QByteArray &content, const QString &fileName);
    // Adds another file's entries after this one's, as `ssh` reads several UserKnownHostsFiles.
    void merge(const KnownHostsFile &other);

    const QList<KnownHostsEntry> &entries() const { return m_entries; }
    const QList<Error> &warnings() const { return m_warnings; }

    // Entries whose host part names host:port, markers included.
    QList<KnownHostsEntry> entriesFor(const QString &host, int port) const;

    // The name known_hosts uses for a host: "host" on port 22, "[host]:port" otherwise; lower case.
    static QString lookupName(const QString &host, int port);
    // "|1|salt|hash" with HMAC-SHA1 keyed by salt over the lookup name (OpenSSH HashKnownHosts).
    static QByteArray hashedName(const QString &lookupName, const QByteArray &salt);
    // One line in OpenSSH format, ending in '\n'. A hashed line gets a fresh random salt.
    static QByteArray formatLine(const QString &host, int port, const HostKey &key, bool hashed);

private:
    QList<KnownHostsEntry> m_entries;
    QList<Error> m_warnings;
};

} // namespace fleetdeck::transport
