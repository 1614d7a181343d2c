#pragma once

#include "core/common/Result.h"
#include "core/inventory/Node.h"

#include <QList>
#include <QString>

#include <functional>

namespace fleetdeck::inventory {

class NodeRepository;

// The agent command of a demo node, by its name (fleet::DemoAgents gives each a local agent).
using DemoAgentCommand = std::function<QString(const QString &nodeName)>;

// A small, deterministic fleet for `fleetdeck --demo`: about a dozen nodes across three sites and
// both tiers, all on this machine. With agentCommand, each node runs the agent it names.
QList<Node> demoFleetNodes(const DemoAgentCommand &agentCommand = {});

// Adds demoFleetNodes() to an (empty) inventory in one transaction, with one audit row.
Result<QList<Node>> populateDemoFleet(NodeRepository &nodes, const DemoAgentCommand &agentCommand = {});

} // namespace fleetdeck::inventory
