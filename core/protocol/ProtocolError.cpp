#include "core/protocol/ProtocolError.h"

using namespace Qt::StringLiterals;

namespace fleetdeck::protocol {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadFrame:
        return u"bad-frame"_s;
    case ErrorCode::FrameTooLarge:
        return u"frame-too-large"_s;
    case ErrorCode::MalformedMessage:
        return u"malformed-message"_s;
    case ErrorCode::InvalidMessage:
        return u"invalid-message"_s;
    case ErrorCode::HelloRequired:
        return u"hello-required"_s;
    case ErrorCode::UnsupportedVersion:
        return u"unsupported-version"_s;
    case ErrorCode::MethodNotFound:
        return u"method-not-found"_s;
    case ErrorCode::InvalidParams:
        return u"invalid-params"_s;
    case ErrorCode::Internal:
        return u"internal"_s;
    case ErrorCode::Timeout:
        return u"timeout"_s;
    case ErrorCode::ConnectionClosed:
        return u"connection-closed"_s;
    case ErrorCode::ProtocolViolation:
        return u"protocol-violation"_s;
    }
    return u"unknown"_s;
}

bool isWireCode(int code)
{
    return code >= int(ErrorCode::BadFrame) && code <= int(ErrorCode::Internal);
}

fleetdeck::Error ProtocolError::toError() const
{
    return fleetdeck::Error { message, {} };
}

} // namespace fleetdeck::protocol
