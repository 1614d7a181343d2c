#pragma once

#include "core/protocol/NodeFacts.h"

namespace fleetdeck::agent {

// Gathers this machine's facts from the system (os-release, /proc, mounts, NVML). The parsing
// lives in FactsParser and NvmlReadings; this class only reads.
class FactsCollector {
public:
    static protocol::NodeFacts collect();
};

} // namespace fleetdeck::agent
