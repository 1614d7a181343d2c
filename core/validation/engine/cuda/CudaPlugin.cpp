// The plugin's C entry points (see Engine.h). Everything else in this library is hidden.

#include "core/validation/engine/cuda/CudaEngine.h"

#include <cstring>

using fleetdeck::validation::Engine;
using fleetdeck::validation::EngineOptions;

extern "C" __attribute__((visibility("default"))) int fleetdeck_engine_abi()
{
    return fleetdeck::validation::engineAbiVersion;
}

extern "C" __attribute__((visibility("default"))) Engine *fleetdeck_create_engine(
    const EngineOptions *options, char *reason, std::size_t reasonSize)
{
    std::string why;
    auto engine = fleetdeck::validation::cuda::CudaEngine::create(options ? *options : EngineOptions{}, &why);
    if (!engine && reason && reasonSize > 0) {
        const std::size_t n = std::min(why.size(), reasonSize - 1);
        std::memcpy(reason, why.data(), n);
        reason[n] = '\0';
    }
    return engine.release();
}
