#include "core/transport/HostKeyPolicy.h"

#include "core/transport/Tr.h"

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

namespace {

// Strongest first; what libssh 0.10 and OpenSSH 9 both speak. ssh-rsa (SHA-1) is left out.
const QStringList defaultAlgorithms = {
    u"ssh-ed25519"_s,  u"ecdsa-sha2-nistp521"_s, u"ecdsa-sha2-nistp384"_s,
    u"ecdsa-sha2-nistp256"_s, u"rsa-sha2-512"_s, u"rsa-sha2-256"_s,
};

QString describe(const HostKey &key)
{
    return key.type() + u' ' + key.fingerprint();
}

QString removeCommand(const HostKeyVerdict &verdict)
{
    QString name = KnownHostsFile::lookupName(verdict.host, verdict.port);
    if (verdict.port != 22)
        name = u'\'' + name + u'\'';
    const QStringList files = verdict.pinnedFiles.isEmpty() ? QStringList{verdict.knownHostsPath}
                                                            : verdict.pinnedFiles;
    QStringList commands;
    for (const QString &file : files)
        commands.append(u"ssh-keygen -R " + name + u" -f " + file);
    return commands.join(u"` and `"_s);
}

} // namespace

QString HostKeyVerdict::message() const
{
    const QString where = KnownHostsFile::lookupName(host, port);
    QStringList pinnedText;
    for (const HostKey &key : pinned)
        pinnedText.append(describe(key));
    switch (status) {
    case HostKeyStatus::Known:
        return Tr::tr("The host key of %1 matches %2 (%3).").arg(where, knownHostsPath, describe(offered));
    case HostKeyStatus::Unknown:
        return Tr::tr("The host %1 is not in %2. It offered the key %3. Confirm this fingerprint "
                      "with the node's owner before accepting it.")
            .arg(where, knownHostsPath, describe(offered));
    case HostKeyStatus::Changed:
        return Tr::tr("REFUSED: the host key of %1 has changed. %2 pins %3, but the host offered %4. "
                      "Someone may be intercepting the connection, or the node was reinstalled. "
                      "Check the new fingerprint with the node's owner; if it is right, remove the "
                      "old entry with `%5` and connect again.")
            .arg(where, (pinnedFiles.isEmpty() ? QStringList{knownHostsPath} : pinnedFiles).join(u", "_s),
                 pinnedText.join(u", "_s), describe(offered),
                 removeCommand(*this));
    case HostKeyStatus::Revoked:
        return Tr::tr("REFUSED: the host %1 offered the key %2, which %3 marks as @revoked. Do not "
                      "connect until the node's owner has replaced its host key.")
            .arg(where, describe(offered), knownHostsPath);
    }
    return {};
}

HostKeyVerdict HostKeyPolicy::check(const KnownHostsFile &file, const QString &knownHostsPath,
                                    const QString &host, int port, const HostKey &offered)
{
    HostKeyVerdict verdict;
    verdict.host = host;
    verdict.port = port;
    verdict.knownHostsPath = knownHostsPath;
    verdict.offered = offered;
    bool matched = false;
    for (const KnownHostsEntry &entry : file.entriesFor(host, port)) {
        switch (entry.marker) {
        case KnownHostsEntry::Marker::Revoked:
            if (entry.key == offered) {
                verdict.status = HostKeyStatus::Revoked;
                return verdict;
            }
            break;
        case KnownHostsEntry::Marker::CertAuthority:
            // A CA key signs host certificates; it is never a host's own key.
            break;
        case KnownHostsEntry::Marker::None:
            if (!verdict.pinned.contains(entry.key))
                verdict.pinned.append(entry.key);
            if (!entry.file.isEmpty() && !verdict.pinnedFiles.contains(entry.file))
                verdict.pinnedFiles.append(entry.file);
            matched = matched || entry.key == offered;
            break;
        }
    }
    if (matched)
        verdict.status = HostKeyStatus::Known;
    else
        verdict.status = verdict.pinned.isEmpty() ? HostKeyStatus::Unknown : HostKeyStatus::Changed;
    return verdict;
}

QStringList HostKeyPolicy::algorithmsForKeyType(const QString &keyType)
{
    if (keyType == u"ssh-rsa")
        return {u"rsa-sha2-512"_s, u"rsa-sha2-256"_s};
    if (defaultAlgorithms.contains(keyType))
        return {keyType};
    return {};
}

QStringList HostKeyPolicy::hostKeyAlgorithms(const KnownHostsFile &file, const QString &host, int port)
{
    QStringList ordered;
    for (const KnownHostsEntry &entry : file.entriesFor(host, port)) {
        if (entry.marker != KnownHostsEntry::Marker::None)
            continue;
        for (const QString &algorithm : algorithmsForKeyType(entry.key.type())) {
            if (!ordered.contains(algorithm))
                ordered.append(algorithm);
        }
    }
    for (const QString &algorithm : defaultAlgorithms) {
        if (!ordered.contains(algorithm))
            ordered.append(algorithm);
    }
    return ordered;
}

} // namespace fleetdeck::transport
