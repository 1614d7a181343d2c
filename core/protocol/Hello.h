#pragma once

#include "core/common/Result.h"

#include <QCborValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace fleetdeck::protocol {

// Protocol versions (the message set), negotiated by hello; distinct from the frame format
// version in each header.
inline constexpr int kProtocolVersion = 1;
QList<int> supportedProtocolVersions();

// Method names (docs/protocol.md).
namespace method {
inline constexpr QStringView Hello = u"hello";
inline constexpr QStringView Ping = u"ping";
inline constexpr QStringView NodeFacts = u"node.facts";
inline constexpr QStringView SessionShutdown = u"session.shutdown";
} // namespace method

struct HelloParams {
    QList<int> versions; // every protocol version the client speaks
    QString client; // e.g. "fleetdeck/0.1.0", for the agent's log

    QCborValue toCbor() const;
    static Result<HelloParams> fromCbor(const QCborValue &value);
};

struct HelloResult {
    int version = 0; // the version both sides now speak
    QString agentVersion;
    QStringList capabilities; // method names and features the agent offers

    QCborValue toCbor() const;
    static Result<HelloResult> fromCbor(const QCborValue &value);
};

// Pure: the highest version both lists share, or nullopt.
std::optional<int> chooseProtocolVersion(const QList<int> &offered, const QList<int> &supported);

} // namespace fleetdeck::protocol
