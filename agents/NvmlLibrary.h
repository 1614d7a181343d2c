#pragma once

#include "agents/NvmlReadings.h"

namespace fleetdeck::agent {

// Reads GPU facts through NVML, loaded at run time with dlopen (libnvidia-ml.so.1), so the agent
// installs and runs on nodes with no NVIDIA driver. No GPU is a normal answer.
class NvmlLibrary {
public:
    // Loads, initialises, reads and shuts NVML down again; never throws or crashes when absent.
    static NvmlReadings read();
};

} // namespace fleetdeck::agent
