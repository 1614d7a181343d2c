#include "core/fleet/session/NodeStatus.h"

#include "core/fleet/Tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fleetdeck::fleet {

namespace {
struct StateName
{
    NodeState state;
    QStringView name;
};
constexpr StateName stateNames[] = {
    {NodeState::Unknown, u"unknown"},
    {NodeState::Connecting, u"connecting"},
    {NodeState::Online, u"online"},
    {NodeState::Degraded, u"degraded"},
    {NodeState::Unreachable, u"unreachable"},
    {NodeState::HostKeyRefused, u"host-key-refused"},
};
} // namespace

QString nodeStateName(NodeState state)
{
    for (const StateName &entry : stateNames) {
        if (entry.state == state)
            return entry.name.toString();
    }
    return u"unknown"_s;
}

std::optional<NodeState> nodeStateFromName(QStringView name)
{
    for (const StateName &entry : stateNames) {
        if (entry.name == name)
            return entry.state;
    }
    return std::nullopt;
}

QString nodeStateLabel(NodeState state)
{
    switch (state) {
    case NodeState::Unknown:
        return Tr::tr("not checked");
    case NodeState::Connecting:
        return Tr::tr("connecting");
    case NodeState::Online:
        return Tr::tr("online");
    case NodeState::Degraded:
        return Tr::tr("degraded");
    case NodeState::Unreachable:
        return Tr::tr("unreachable");
    case NodeState::HostKeyRefused:
        return Tr::tr("host key refused");
    }
    return {};
}

QJsonObject HostKeyFacts::toJson() const
{
    return QJsonObject{
        {u"status"_s, status},
        {u"host"_s, host},
        {u"port"_s, port},
        {u"knownHosts"_s, knownHostsPath},
        {u"offeredType"_s, offeredType},
        {u"offeredFingerprint"_s, offeredFingerprint},
        {u"pinnedFingerprints"_s, QJsonArray::fromStringList(pinnedFingerprints)},
    };
}

} // namespace fleetdeck::fleet
