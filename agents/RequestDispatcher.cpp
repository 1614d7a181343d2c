#include "agents/RequestDispatcher.h"

#include "agents/Tr.h"
#include "core/common/Log.h"
#include "core/protocol/Hello.h"

#include <QCborArray>
#include <QCborMap>

using namespace Qt::StringLiterals;

namespace fleetdeck::agent {

using protocol::ErrorCode;
using protocol::ProtocolError;
namespace method = protocol::method;

namespace {

RequestDispatcher::Outcome failure(ErrorCode code, const QString &message, QCborValue data = {})
{
    return { {}, ProtocolError { code, message, std::move(data) }, false, {} };
}

QString versionList(const QList<int> &versions)
{
    QStringList parts;
    for (int v : versions)
        parts.append(QString::number(v));
    return parts.join(u", "_s);
}

} // namespace

RequestDispatcher::RequestDispatcher(FactsSource facts)
    : m_facts(std::move(facts))
{
}

QStringList RequestDispatcher::capabilities()
{
    return { method::Hello.toString(), method::Ping.toString(), method::NodeFacts.toString(),
        method::SessionShutdown.toString() };
}

RequestDispatcher::Outcome RequestDispatcher::dispatch(const protocol::Request &request)
{
    if (request.method == method::Hello)
        return hello(request.params);
    if (!m_version) {
        return failure(ErrorCode::HelloRequired,
            Tr::tr("Call hello before \"%1\": the protocol version is not agreed yet.")
                .arg(request.method));
    }
    if (request.method == method::Ping)
        return { request.params.isMap() ? request.params : QCborValue(QCborMap()), {}, false, {} };
    if (request.method == method::NodeFacts)
        return { {}, {}, false, [facts = m_facts] { return facts().toCbor(); } };
    if (request.method == method::SessionShutdown)
        return { QCborMap(), {}, true, {} };
    return failure(ErrorCode::MethodNotFound,
        Tr::tr("The agent has no method \"%1\". It offers: %2.")
            .arg(request.method, capabilities().join(u", "_s)));
}

RequestDispatcher::Outcome RequestDispatcher::hello(const QCborValue &params)
{
    const Result<protocol::HelloParams> parsed = protocol::HelloParams::fromCbor(params);
    if (!parsed)
        return failure(ErrorCode::InvalidParams, parsed.error().message);
    const QList<int> supported = protocol::supportedProtocolVersions();
    const std::optional<int> chosen = protocol::chooseProtocolVersion(parsed->versions, supported);
    if (!chosen) {
        QCborArray list;
        for (int v : supported)
            list.append(v);
        return failure(ErrorCode::UnsupportedVersion,
            Tr::tr("This agent speaks protocol version(s) %1; the client offered %2. "
                   "Install matching versions of Fleetdeck and fleetdeck-agent.")
                .arg(versionList(supported), versionList(parsed->versions)),
            QCborMap { { u"supported"_s, list } });
    }
    m_version = *chosen;
    qCInfo(lcAgent) << "hello from" << parsed->client << "- protocol version" << *chosen;
    protocol::HelloResult result { *chosen, QStringLiteral(FLEETDECK_VERSION), capabilities() };
    return { result.toCbor(), {}, false, {} };
}

} // namespace fleetdeck::agent
