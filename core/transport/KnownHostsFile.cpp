#include "core/transport/KnownHostsFile.h"

#include "core/transport/SshConfigSyntax.h"
#include "core/transport/Tr.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <optional>

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

namespace {

const QByteArray hashMagic = QByteArrayLiteral("|1|");

std::optional<KnownHostsEntry::Marker> parseMarker(const QByteArray &word)
{
    if (word == "@revoked")
        return KnownHostsEntry::Marker::Revoked;
    if (word == "@cert-authority")
        return KnownHostsEntry::Marker::CertAuthority;
    return std::nullopt;
}

// Splits "|1|salt|hash"; false when the field is not a well-formed hashed name.
bool parseHashed(const QByteArray &field, KnownHostsEntry &entry)
{
    const QList<QByteArray> parts = field.mid(hashMagic.size()).split('|');
    if (parts.size() != 2)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts[0], QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts[1], QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.size() != 20 || hash.decoded.size() != 20)
        return false;
    entry.salt = salt.decoded;
    entry.hash = hash.decoded;
    return true;
}

std::optional<Error> parseLine(const QByteArray &raw, const QString &location, KnownHostsEntry &entry)
{
    QList<QByteArray> words = raw.simplified().split(' ');
    if (auto marker = words.isEmpty() ? std::nullopt : parseMarker(words.first())) {
        entry.marker = *marker;
        words.removeFirst();
    } else if (words.first().startsWith('@')) {
        return Error{Tr::tr("Unknown marker \"%1\"; only @revoked and @cert-authority exist. "
                            "The line is ignored.").arg(QString::fromUtf8(words.first())),
                     location};
    }
    if (words.size() < 3) {
        return Error{Tr::tr("Expected hosts, key type and key; the line is ignored."), location};
    }
    if (words[0].startsWith(hashMagic)) {
        if (!parseHashed(words[0], entry))
            return Error{Tr::tr("Malformed hashed host name; the line is ignored."), location};
    } else {
        entry.patterns = QString::fromUtf8(words[0]).toLower().split(u',', Qt::SkipEmptyParts);
    }
    auto key = HostKey::fromBase64(QString::fromLatin1(words[1]), words[2]);
    if (!key)
        return Error{key.error().message + u' ' + Tr::tr("The line is ignored."), location};
    entry.key = std::move(key).value();
    return std::nullopt;
}

} // namespace

bool KnownHostsEntry::matchesName(const QString &lookupName) const
{
    if (isHashed())
        return QMessageAuthenticationCode::hash(lookupName.toUtf8(), salt, QCryptographicHash::Sha1)
               == hash;
    bool matched = false;
    for (const QString &pattern : patterns) {
        if (pattern.startsWith(u'!')) {
            // A negated pattern that matches vetoes the whole line, as in OpenSSH.
            if (SshConfigSyntax::matchPattern(lookupName, QStringView(pattern).mid(1)))
                return false;
        } else if (SshConfigSyntax::matchPattern(lookupName, pattern)) {
            matched = true;
        }
    }
    return matched;
}

KnownHostsFile KnownHostsFile::parse(const QByteArray &content, const QString &fileName)
{
    KnownHostsFile file;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray trimmed = lines[i].trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        KnownHostsEntry entry;
        entry.file = fileName;
        entry.line = int(i + 1);
        const QString location = fileName + u':' + QString::number(entry.line);
        if (auto error = parseLine(trimmed, location, entry))
            file.m_warnings.append(*error);
        else
            file.m_entries.append(std::move(entry));
    }
    return file;
}

void KnownHostsFile::merge(const KnownHostsFile &other)
{
    m_entries.append(other.m_entries);
    m_warnings.append(other.m_warnings);
}

QList<KnownHostsEntry> KnownHostsFile::entriesFor(const QString &host, int port) const
{
    const QString name = lookupName(host, port);
    QList<KnownHostsEntry> found;
    for (const KnownHostsEntry &entry : m_entries) {
        if (entry.matchesName(name))
            found.append(entry);
    }
    return found;
}

QString KnownHostsFile::lookupName(const QString &host, int port)
{
    if (port == 22)
        return host.toLower();
    return u'[' + host.toLower() + u"]:" + QString::number(port);
}

QByteArray KnownHostsFile::hashedName(const QString &name, const QByteArray &salt)
{
    const QByteArray hash =
        QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1);
    return hashMagic + salt.toBase64() + '|' + hash.toBase64();
}

QByteArray KnownHostsFile::formatLine(const QString &host, int port, const HostKey &key, bool hashed)
{
    const QString name = lookupName(host, port);
    QByteArray hostField = name.toUtf8();
    if (hashed) {
        QByteArray salt(20, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 5);
        hostField = hashedName(name, salt);
    }
    return hostField + ' ' + key.type().toLatin1() + ' ' + key.base64() + '\n';
}

} // namespace fleetdeck::transport
