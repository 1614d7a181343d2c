#include "core/protocol/Message.h"

#include "core/protocol/Tr.h"

#include <QCborMap>

#include <limits>

using namespace Qt::StringLiterals;

namespace fleetdeck::protocol {

namespace {

QCborMap toMap(const Request &m)
{
    QCborMap map { { u"id"_s, qint64(m.id) }, { u"method"_s, m.method } };
    if (!m.params.isUndefined())
        map.insert(u"params"_s, m.params);
    return map;
}

QCborMap toMap(const Response &m)
{
    return QCborMap { { u"id"_s, qint64(m.id) }, { u"result"_s, m.result } };
}

QCborMap toMap(const ErrorReply &m)
{
    QCborMap error { { u"code"_s, int(m.error.code) }, { u"message"_s, m.error.message } };
    if (!m.error.data.isUndefined())
        error.insert(u"data"_s, m.error.data);
    return QCborMap { { u"id"_s, qint64(m.id) }, { u"error"_s, error } };
}

QCborMap toMap(const Notification &m)
{
    QCborMap map { { u"method"_s, m.method } };
    if (!m.params.isUndefined())
        map.insert(u"params"_s, m.params);
    return map;
}

QCborMap toMap(const Chunk &m)
{
    return QCborMap { { u"id"_s, qint64(m.id) }, { u"offset"_s, qint64(m.offset) },
        { u"data"_s, m.data }, { u"last"_s, m.last } };
}

FrameType typeOf(const Message &message)
{
    struct Visitor {
        FrameType operator()(const Request &) const { return FrameType::Request; }
        FrameType operator()(const Response &) const { return FrameType::Response; }
        FrameType operator()(const ErrorReply &) const { return FrameType::Error; }
        FrameType operator()(const Notification &) const { return FrameType::Notification; }
        FrameType operator()(const Chunk &) const { return FrameType::Chunk; }
    };
    return std::visit(Visitor {}, message);
}

MessageDecodeError invalidField(quint32 id, const QString &field, const QString &expected)
{
    return { id,
        { ErrorCode::InvalidMessage,
            Tr::tr("Field \"%1\" is missing or is not %2.").arg(field, expected), {} } };
}

// Reads a field that must be an unsigned integer that fits in max.
std::optional<quint64> readUnsigned(const QCborMap &map, const QString &key, quint64 max)
{
    const QCborValue value = map.value(key);
    if (!value.isInteger() || value.toInteger() < 0 || quint64(value.toInteger()) > max)
        return std::nullopt;
    return quint64(value.toInteger());
}

MessageDecode decodeMap(FrameType type, const QCborMap &map);

} // namespace

QByteArray encodeMessage(const Message &message)
{
    const QCborMap map = std::visit([](const auto &m) { return toMap(m); }, message);
    return encodeFrame(typeOf(message), map.toCborValue().toCbor());
}

MessageDecode decodeMessage(const Frame &frame)
{
    QCborParserError parseError;
    const QCborValue root = QCborValue::fromCbor(frame.payload, &parseError);
    if (parseError.error != QCborError::NoError) {
        return MessageDecodeError { 0,
            { ErrorCode::MalformedMessage,
                Tr::tr("The message is not valid CBOR (%1 at byte %2).")
                    .arg(parseError.errorString())
                    .arg(parseError.offset),
                {} } };
    }
    // fromCbor stops after the first item and reports where; trailing bytes mean bad framing.
    if (parseError.offset != frame.payload.size()) {
        return MessageDecodeError { 0,
            { ErrorCode::MalformedMessage,
                Tr::tr("The message has %1 stray bytes after its CBOR map.")
                    .arg(frame.payload.size() - parseError.offset),
                {} } };
    }
    if (!root.isMap()) {
        return MessageDecodeError { 0,
            { ErrorCode::MalformedMessage, Tr::tr("The message is not a CBOR map."), {} } };
    }
    return decodeMap(frame.type, root.toMap());
}

namespace {

MessageDecode decodeError(quint32 id, const QCborMap &map)
{
    const QCborValue errorValue = map.value(u"error"_s);
    if (!errorValue.isMap())
        return invalidField(id, u"error"_s, Tr::tr("a map"));
    const QCborMap error = errorValue.toMap();
    const auto code = readUnsigned(error, u"code"_s, 0x7fffffff);
    if (!code)
        return invalidField(id, u"error.code"_s, Tr::tr("an error code"));
    if (!error.value(u"message"_s).isString())
        return invalidField(id, u"error.message"_s, Tr::tr("text"));
    // A code we do not know (newer peer) still fails the request; keep its text, not its number.
    const ErrorCode known = isWireCode(int(*code)) ? ErrorCode(*code) : ErrorCode::Internal;
    return Message { ErrorReply {
        id, { known, error.value(u"message"_s).toString(), error.value(u"data"_s) } } };
}

MessageDecode decodeChunk(quint32 id, const QCborMap &map)
{
    const auto offset = readUnsigned(map, u"offset"_s, std::numeric_limits<qint64>::max());
    if (!offset)
        return invalidField(id, u"offset"_s, Tr::tr("a byte offset"));
    if (!map.value(u"data"_s).isByteArray())
        return invalidField(id, u"data"_s, Tr::tr("a byte string"));
    if (!map.value(u"last"_s).isBool())
        return invalidField(id, u"last"_s, Tr::tr("true or false"));
    return Message { Chunk {
        id, *offset, map.value(u"data"_s).toByteArray(), map.value(u"last"_s).toBool() } };
}

MessageDecode decodeMap(FrameType type, const QCborMap &map)
{
    const QCborValue params = map.value(u"params"_s);
    if (type == FrameType::Notification) {
        if (!map.value(u"method"_s).isString())
            return invalidField(0, u"method"_s, Tr::tr("text"));
        return Message { Notification { map.value(u"method"_s).toString(), params } };
    }
    const auto id = readUnsigned(map, u"id"_s, 0xffffffffu);
    if (!id)
        return invalidField(0, u"id"_s, Tr::tr("a request id (0 to 4294967295)"));
    const auto rid = quint32(*id);
    switch (type) {
    case FrameType::Request:
        if (rid == 0)
            return invalidField(0, u"id"_s, Tr::tr("a non-zero request id"));
        if (!map.value(u"method"_s).isString())
            return invalidField(rid, u"method"_s, Tr::tr("text"));
        if (!params.isUndefined() && !params.isMap())
            return invalidField(rid, u"params"_s, Tr::tr("a map"));
        return Message { Request { rid, map.value(u"method"_s).toString(), params } };
    case FrameType::Response:
        if (!map.contains(u"result"_s))
            return invalidField(rid, u"result"_s, Tr::tr("present"));
        return Message { Response { rid, map.value(u"result"_s) } };
    case FrameType::Error:
        return decodeError(rid, map);
    case FrameType::Chunk:
        return decodeChunk(rid, map);
    case FrameType::Notification:
        break;
    }
    return invalidField(rid, u"type"_s, Tr::tr("a known frame type"));
}

} // namespace

} // namespace fleetdeck::protocol
