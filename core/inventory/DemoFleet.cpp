#include "core/inventory/DemoFleet.h"

#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/NodeRepository.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

namespace {

struct DemoSpec
{
    const char16_t *name;
    const char16_t *site;
    Tier tier;
    const char16_t *gpu;
    const char16_t *role;
    const char16_t *zone;
};

// Two edge sites (a factory floor and a retail store) and one cloud region; every node runs on
// this machine so the demo works offline.
constexpr DemoSpec DemoNodes[] = {
    {u"lyon-cam-01", u"lyon-factory", Tier::Edge, u"jetson-orin-nano", u"vision", u"line-1"},
    {u"lyon-cam-02", u"lyon-factory", Tier::Edge, u"jetson-orin-nano", u"vision", u"line-1"},
    {u"lyon-cam-03", u"lyon-factory", Tier::Edge, u"jetson-orin-nano", u"vision", u"line-2"},
    {u"lyon-gw-01", u"lyon-factory", Tier::Edge, u"none", u"gateway", u"line-2"},
    {u"osaka-kiosk-01", u"osaka-store", Tier::Edge, u"jetson-agx-orin", u"speech", u"floor-1"},
    {u"osaka-kiosk-02", u"osaka-store", Tier::Edge, u"jetson-agx-orin", u"speech", u"floor-1"},
    {u"osaka-shelf-01", u"osaka-store", Tier::Edge, u"rtx-a2000", u"vision", u"floor-2"},
    {u"osaka-gw-01", u"osaka-store", Tier::Edge, u"none", u"gateway", u"floor-2"},
    {u"euw-infer-01", u"eu-west", Tier::Cloud, u"a100", u"inference", u"eu-west-1a"},
    {u"euw-infer-02", u"eu-west", Tier::Cloud, u"a100", u"inference", u"eu-west-1b"},
    {u"euw-infer-03", u"eu-west", Tier::Cloud, u"l4", u"inference", u"eu-west-1c"},
    {u"euw-standby-01", u"eu-west", Tier::Cloud, u"l4", u"standby", u"eu-west-1a"},
};

} // namespace

QList<Node> demoFleetNodes(const DemoAgentCommand &agentCommand)
{
    QList<Node> nodes;
    for (const DemoSpec &spec : DemoNodes) {
        Node node;
        node.name = QString::fromUtf16(spec.name);
        node.host = u"127.0.0.1"_s;
        node.site = QString::fromUtf16(spec.site);
        node.tier = spec.tier;
        node.labels = {
            {u"gpu"_s, QString::fromUtf16(spec.gpu)},
            {u"role"_s, QString::fromUtf16(spec.role)},
            {u"zone"_s, QString::fromUtf16(spec.zone)},
            {u"demo"_s, u"true"_s},
        };
        if (agentCommand)
            node.agentCommand = agentCommand(node.name);
        nodes.append(node);
    }
    return nodes;
}

Result<QList<Node>> populateDemoFleet(NodeRepository &nodes, const DemoAgentCommand &agentCommand)
{
    QList<Node> stored;
    QJsonArray added;
    auto done = nodes.database().transaction([&]() -> Result<void> {
        for (const Node &node : demoFleetNodes(agentCommand)) {
            NodeRepository::UpsertOutcome outcome{};
            auto written = nodes.upsertInTransaction(node, &outcome);
            if (!written)
                return written.error();
            if (outcome != NodeRepository::UpsertOutcome::Unchanged)
                added.append(written->name);
            stored.append(*written);
        }
        if (added.isEmpty())
            return {};  // running --demo again changes nothing and says nothing
        auto audited = nodes.auditLog().append(u"node.demo"_s, u"demo fleet"_s,
                                               QJsonObject{{u"nodes"_s, added}});
        return audited ? Result<void>() : Result<void>(audited.error());
    });
    if (!done)
        return done.error();
    return stored;
}

} // namespace fleetdeck::inventory
