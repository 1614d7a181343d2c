#pragma once

#include "core/protocol/ProtocolError.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace fleetdeck::protocol {

// Wire layout of one frame (docs/protocol.md): a fixed 12-byte header, big-endian,
//   0..3  magic 0xFD 'F' 'D' 'K'   (non-ASCII first byte: a shell banner fails at once)
//   4     frame format version (kFrameVersion)
//   5     type (FrameType)
//   6..7  flags (none defined; must be 0)
//   8..11 payload length in bytes
// followed by the payload (a CBOR map; see Message.h).
inline constexpr char kMagic[4] = { '\xFD', 'F', 'D', 'K' };
inline constexpr quint8 kFrameVersion = 1;
inline constexpr qsizetype kHeaderSize = 12;
// Big enough for an 8 MiB upload chunk plus its fields; small enough to hold in memory.
inline constexpr quint32 kDefaultMaxPayload = 16u * 1024u * 1024u;

enum class FrameType : quint8 {
    Request = 1,
    Response = 2,
    Error = 3,
    Notification = 4,
    Chunk = 5,
};

struct Frame {
    FrameType type = FrameType::Request;
    quint16 flags = 0;
    QByteArray payload;
};

QByteArray encodeFrame(FrameType type, const QByteArray &payload);

// Result of looking at the start of a byte buffer.
struct FrameDecode {
    enum class Status { NeedMore, Complete, Invalid };
    Status status = Status::NeedMore;
    Frame frame; // when Complete
    qsizetype consumed = 0; // bytes of the buffer the frame took, when Complete
    ProtocolError error; // when Invalid: BadFrame or FrameTooLarge
};

// Pure: decodes the frame at the start of bytes. The header is checked as soon as it is
// complete, so an oversized declared length is refused before any payload is buffered.
FrameDecode decodeFrame(QByteArrayView bytes, quint32 maxPayload = kDefaultMaxPayload);

// Accumulates a byte stream and cuts it into frames. After an Invalid frame the stream cannot
// be resynchronised (the length is untrustworthy), so the reader stays failed.
class FrameReader {
public:
    explicit FrameReader(quint32 maxPayload = kDefaultMaxPayload);

    void append(QByteArrayView bytes);
    // The next complete frame, the error that ended the stream, or nullopt when more bytes are
    // needed.
    std::optional<FrameDecode> next();

    bool failed() const { return m_failed.has_value(); }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_offset; }

private:
    quint32 m_maxPayload;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    std::optional<ProtocolError> m_failed;
};

} // namespace fleetdeck::protocol
