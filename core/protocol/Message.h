#pragma once

#include "core/protocol/Frame.h"
#include "core/protocol/ProtocolError.h"

#include <QByteArray>
#include <QCborValue>
#include <QString>

#include <variant>

namespace fleetdeck::protocol {

// The payload of every frame is one CBOR map with text keys (docs/protocol.md, "Messages").
struct Request {
    quint32 id = 0; // chosen by the caller, non-zero, unique among its pending requests
    QString method;
    QCborValue params; // a map, or undefined when the method takes none
};

struct Response {
    quint32 id = 0;
    QCborValue result;
};

struct ErrorReply {
    quint32 id = 0; // 0 when the failing request's id could not be read
    ProtocolError error;
};

struct Notification {
    QString method;
    QCborValue params;
};

// Bulk bytes (model uploads) as a CBOR byte string: binary-safe, never base64.
struct Chunk {
    quint32 id = 0; // the request (transfer) the chunk belongs to
    quint64 offset = 0; // where data starts in the whole, so an interrupted transfer resumes
    QByteArray data;
    bool last = false;
};

using Message = std::variant<Request, Response, ErrorReply, Notification, Chunk>;

QByteArray encodeMessage(const Message &message);

// A message that could not be decoded, with the request id when it was readable, so the
// receiver can still answer the right request.
struct MessageDecodeError {
    quint32 id = 0;
    ProtocolError error;
};

using MessageDecode = std::variant<Message, MessageDecodeError>;

// Pure: turns a frame's payload into a message, checking every field's type.
MessageDecode decodeMessage(const Frame &frame);

} // namespace fleetdeck::protocol
