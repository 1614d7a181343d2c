#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace fleetdeck::transport {

// A public SSH host key: its type name ("ssh-ed25519") and its wire-format blob, as known_hosts
// stores it in base64. Keys are compared by blob, never by fingerprint alone.
class HostKey
{
public:
    HostKey() = default;
    HostKey(QString type, QByteArray blob);

    // Decodes the base64 field of a known_hosts or .pub line; refuses a blob whose embedded type
    // differs from type, as OpenSSH does.
    static Result<HostKey> fromBase64(const QString &type, QByteArrayView base64);

    bool isNull() const { return m_blob.isEmpty(); }
    const QString &type() const { return m_type; }
    const QByteArray &blob() const { return m_blob; }
    QByteArray base64() const;

    // "SHA256:" + unpadded base64 of the blob's SHA-256, exactly as `ssh-keygen -l` prints it.
    QString fingerprint() const;

    friend bool operator==(const HostKey &a, const HostKey &b)
    {
        return a.m_type == b.m_type && a.m_blob == b.m_blob;
    }

private:
    QString m_type;
    QByteArray m_blob;
};

} // namespace fleetdeck::transport
