#include "core/transport/HostKey.h"

#include "core/transport/Tr.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <utility>

namespace fleetdeck::transport {

namespace {

// The first field of an SSH public key blob is its type as a length-prefixed string.
QByteArray embeddedType(const QByteArray &blob)
{
    if (blob.size() < 4)
        return {};
    const quint32 length = qFromBigEndian<quint32>(blob.constData());
    if (length > quint32(blob.size() - 4))
        return {};
    return blob.mid(4, qsizetype(length));
}

} // namespace

HostKey::HostKey(QString type, QByteArray blob) : m_type(std::move(type)), m_blob(std::move(blob)) {}

Result<HostKey> HostKey::fromBase64(const QString &type, QByteArrayView base64)
{
    const auto decoded = QByteArray::fromBase64Encoding(base64.toByteArray(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return Error{Tr::tr("The key is not valid base64."), {}};
    const QByteArray inner = embeddedType(decoded.decoded);
    if (inner.isEmpty())
        return Error{Tr::tr("The key data is truncated."), {}};
    if (QString::fromLatin1(inner) != type) {
        return Error{Tr::tr("The key says it is of type \"%1\" but the line names \"%2\".")
                         .arg(QString::fromLatin1(inner), type),
                     {}};
    }
    return HostKey(type, decoded.decoded);
}

QByteArray HostKey::base64() const
{
    return m_blob.toBase64();
}

QString HostKey::fingerprint() const
{
    const QByteArray digest = QCryptographicHash::hash(m_blob, QCryptographicHash::Sha256);
    return u"SHA256:" + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace fleetdeck::transport
