#pragma once

#include <cstdint>

namespace fleetdeck::validation {

// Bounds on what a model file may make us allocate, checked before any allocation.
struct LoadLimits
{
    int64_t maxFileBytes = (int64_t(2) << 30) - 1;   // protobuf cannot parse more anyway
    int64_t maxTensorBytes = int64_t(4) << 30;       // one initializer / data file
    int64_t maxExternalBytes = int64_t(16) << 30;    // all external data together
};

} // namespace fleetdeck::validation
