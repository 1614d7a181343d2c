#include "core/protocol/Hello.h"

#include "core/protocol/Tr.h"

#include <QCborArray>
#include <QCborMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fleetdeck::protocol {

QList<int> supportedProtocolVersions()
{
    return { kProtocolVersion };
}

QCborValue HelloParams::toCbor() const
{
    QCborArray list;
    for (int v : versions)
        list.append(v);
    return QCborMap { { u"versions"_s, list }, { u"client"_s, client } };
}

Result<HelloParams> HelloParams::fromCbor(const QCborValue &value)
{
    const QCborMap map = value.toMap();
    const QCborValue versions = map.value(u"versions"_s);
    if (!versions.isArray() || versions.toArray().isEmpty())
        return Error { Tr::tr("hello needs \"versions\": a non-empty list of protocol versions."),
            {} };
    HelloParams params;
    for (const QCborValue &v : versions.toArray()) {
        if (!v.isInteger())
            return Error { Tr::tr("hello \"versions\" must hold integers only."), {} };
        params.versions.append(int(std::clamp<qint64>(v.toInteger(), 0, 0xffff)));
    }
    params.client = map.value(u"client"_s).toString();
    return params;
}

QCborValue HelloResult::toCbor() const
{
    return QCborMap { { u"version"_s, version }, { u"agentVersion"_s, agentVersion },
        { u"capabilities"_s, QCborArray::fromStringList(capabilities) } };
}

Result<HelloResult> HelloResult::fromCbor(const QCborValue &value)
{
    const QCborMap map = value.toMap();
    if (!map.value(u"version"_s).isInteger() || !map.value(u"agentVersion"_s).isString()
        || !map.value(u"capabilities"_s).isArray()) {
        return Error { Tr::tr("The agent's hello reply lacks version, agentVersion or "
                              "capabilities. Update fleetdeck-agent on the node."),
            {} };
    }
    HelloResult result;
    result.version = int(map.value(u"version"_s).toInteger());
    result.agentVersion = map.value(u"agentVersion"_s).toString();
    for (const QCborValue &c : map.value(u"capabilities"_s).toArray())
        result.capabilities.append(c.toString());
    return result;
}

std::optional<int> chooseProtocolVersion(const QList<int> &offered, const QList<int> &supported)
{
    std::optional<int> best;
    for (int v : offered) {
        if (supported.contains(v) && (!best || v > *best))
            best = v;
    }
    return best;
}

} // namespace fleetdeck::protocol
