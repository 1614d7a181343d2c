#pragma once

#include "core/common/Result.h"
#include "core/inventory/Node.h"

#include <QList>

namespace fleetdeck::inventory {

class NodeRepository;

// A small, deterministic fleet for `fleetdeck --demo`: about a dozen nodes across three sites and
// both tiers, all on this machine (later issues start a local agent per demo node).
QList<Node> demoFleetNodes();

// Adds demoFleetNodes() to an (empty) inventory in one transaction, with one audit row.
Result<QList<Node>> populateDemoFleet(NodeRepository &nodes);

} // namespace fleetdeck::inventory
