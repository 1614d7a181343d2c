#pragma once

#include "core/common/Result.h"

#include <QCborValue>
#include <QString>

namespace fleetdeck::protocol {

// Error codes of the agent protocol. Codes below 100 travel on the wire (docs/protocol.md lists
// them); codes from 100 are raised by the client itself and never sent.
enum class ErrorCode : int {
    BadFrame = 1, // bad magic, unknown frame version, type or flags; ends the session
    FrameTooLarge = 2, // declared payload above the limit; ends the session
    MalformedMessage = 3, // payload is not one complete CBOR map
    InvalidMessage = 4, // a required field is missing or has the wrong type
    HelloRequired = 5, // a method was called before hello
    UnsupportedVersion = 6, // no protocol version in common
    MethodNotFound = 7,
    InvalidParams = 8,
    Internal = 9,
    Timeout = 100, // no reply within the request's timeout
    ConnectionClosed = 101, // the channel closed (or never opened) before the reply
    ProtocolViolation = 102, // the peer sent bytes that are not our protocol
};

// A short stable name for logs and JSON output ("method-not-found").
QString errorCodeName(ErrorCode code);
// True for codes a peer may send; anything else received is mapped to Internal.
bool isWireCode(int code);

struct ProtocolError {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QCborValue data;

    // For callers that speak fleetdeck::Result: the code name becomes the location-free prefix.
    fleetdeck::Error toError() const;
};

} // namespace fleetdeck::protocol
