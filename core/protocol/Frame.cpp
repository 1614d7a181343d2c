#include "core/protocol/Frame.h"

#include "core/protocol/Tr.h"

#include <QtEndian>

#include <cstring>

namespace fleetdeck::protocol {

namespace {

bool knownType(quint8 type)
{
    return type >= quint8(FrameType::Request) && type <= quint8(FrameType::Chunk);
}

FrameDecode invalid(ErrorCode code, const QString &message)
{
    FrameDecode result;
    result.status = FrameDecode::Status::Invalid;
    result.error = ProtocolError { code, message, {} };
    return result;
}

} // namespace

QByteArray encodeFrame(FrameType type, const QByteArray &payload)
{
    QByteArray out(kHeaderSize, Qt::Uninitialized);
    char *header = out.data();
    std::memcpy(header, kMagic, sizeof kMagic);
    header[4] = char(kFrameVersion);
    header[5] = char(type);
    qToBigEndian<quint16>(0, header + 6);
    qToBigEndian<quint32>(quint32(payload.size()), header + 8);
    out.append(payload);
    return out;
}

FrameDecode decodeFrame(QByteArrayView bytes, quint32 maxPayload)
{
    if (bytes.isEmpty())
        return {};
    // Check the magic on whatever has arrived, so garbage is refused without waiting for more.
    const qsizetype magicBytes = qMin<qsizetype>(bytes.size(), sizeof kMagic);
    if (std::memcmp(bytes.data(), kMagic, size_t(magicBytes)) != 0) {
        return invalid(ErrorCode::BadFrame,
            Tr::tr("The peer sent data that is not a Fleetdeck agent frame (bad magic). "
                   "Check that the agent command prints nothing else on its output."));
    }
    if (bytes.size() < kHeaderSize)
        return {};
    const auto *header = reinterpret_cast<const uchar *>(bytes.data());
    if (header[4] != kFrameVersion) {
        return invalid(ErrorCode::BadFrame,
            Tr::tr("Unsupported frame format version %1 (this side speaks %2). "
                   "Install matching versions of Fleetdeck and fleetdeck-agent.")
                .arg(header[4])
                .arg(kFrameVersion));
    }
    if (!knownType(header[5]))
        return invalid(ErrorCode::BadFrame, Tr::tr("Unknown frame type %1.").arg(header[5]));
    const quint16 flags = qFromBigEndian<quint16>(header + 6);
    if (flags != 0)
        return invalid(ErrorCode::BadFrame, Tr::tr("Unknown frame flags 0x%1.").arg(flags, 0, 16));
    const quint32 length = qFromBigEndian<quint32>(header + 8);
    if (length > maxPayload) {
        return invalid(ErrorCode::FrameTooLarge,
            Tr::tr("A frame declares %1 bytes of payload; the limit is %2 bytes.")
                .arg(length)
                .arg(maxPayload));
    }
    if (bytes.size() - kHeaderSize < qsizetype(length))
        return {};

    FrameDecode result;
    result.status = FrameDecode::Status::Complete;
    result.frame.type = FrameType(header[5]);
    result.frame.flags = flags;
    result.frame.payload = bytes.sliced(kHeaderSize, length).toByteArray();
    result.consumed = kHeaderSize + qsizetype(length);
    return result;
}

FrameReader::FrameReader(quint32 maxPayload)
    : m_maxPayload(maxPayload)
{
}

void FrameReader::append(QByteArrayView bytes)
{
    if (m_failed)
        return;
    // Drop what was consumed before growing, so a long session does not keep old frames.
    if (m_offset > 0 && (m_offset == m_buffer.size() || m_offset > 64 * 1024)) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

std::optional<FrameDecode> FrameReader::next()
{
    if (m_failed) {
        FrameDecode result;
        result.status = FrameDecode::Status::Invalid;
        result.error = *m_failed;
        return result;
    }
    FrameDecode result = decodeFrame(QByteArrayView(m_buffer).sliced(m_offset), m_maxPayload);
    switch (result.status) {
    case FrameDecode::Status::NeedMore:
        return std::nullopt;
    case FrameDecode::Status::Invalid:
        m_failed = result.error;
        m_buffer.clear();
        m_offset = 0;
        return result;
    case FrameDecode::Status::Complete:
        m_offset += result.consumed;
        return result;
    }
    return std::nullopt;
}

} // namespace fleetdeck::protocol
