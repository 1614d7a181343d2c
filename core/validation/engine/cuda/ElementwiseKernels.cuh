#pragma once

// What ElementwiseOps.cu and BroadcastOps.cu share (nvcc only).

#include "core/validation/engine/cuda/CudaKernels.cuh"
#include "core/validation/engine/cuda/ElementwiseIndex.h"
#include "core/validation/engine/cuda/ElementwiseMath.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

namespace fleetdeck::validation::cuda {

// The broadcasting ops (BroadcastOps.cu); registerElementwiseOps() calls it.
void registerBroadcastOps(CudaOpRegistry &registry);

// Elements the launch writes: 0 when the output is unused or empty (then nothing runs).
inline int64_t outputElements(const LaunchContext &launch)
{
    return launch.hasOutput(0) ? launch.output(0).elementCount() : 0;
}

// A check refusing inputs whose type is not in `allowed`; the GPU kernels are instantiated
// for exactly these types.
inline SupportCheck inputTypesIn(std::initializer_list<DataType> allowed)
{
    std::vector<DataType> types(allowed);
    return [types](const SupportQuery &query) -> std::optional<UnsupportedReason> {
        for (DataType type : query.inputTypes) {
            if (type != DataType::Undefined && std::find(types.begin(), types.end(), type) == types.end())
                return UnsupportedReason{UnsupportedKind::DataType,
                    std::string(dataTypeName(type)) + " inputs (no CUDA kernel for this type)"};
        }
        return std::nullopt;
    };
}

} // namespace fleetdeck::validation::cuda
