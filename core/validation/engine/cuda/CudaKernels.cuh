#pragma once

// Launch helpers for the CUDA engine's kernels (nvcc only).

#include "core/validation/engine/cuda/CudaOp.h"
#include "core/validation/engine/cuda/DeviceIndex.h"

#include <cuda_runtime.h>

#include <algorithm>
#include <cstdint>

namespace fleetdeck::validation::cuda {

inline constexpr int kThreadsPerBlock = 256;

// Blocks for a grid-stride loop over n elements: enough to fill the device a few times over,
// never more than the elements need.
inline unsigned gridFor(int64_t n, const LaunchSettings &settings)
{
    const int64_t needed = (n + kThreadsPerBlock - 1) / kThreadsPerBlock;
    const int64_t cap = int64_t(settings.multiProcessors) * 32;
    return static_cast<unsigned>(std::max<int64_t>(1, std::min(needed, cap)));
}

// for (i = thread; i < n; i += all threads)
#define FD_GRID_LOOP(i, n)                                                                          \
    for (int64_t i = int64_t(blockIdx.x) * blockDim.x + threadIdx.x; i < (n);                       \
         i += int64_t(blockDim.x) * gridDim.x)

// Marks the run as failed by this node's data (see LaunchContext::faultFlag); the first fault
// of a run wins.
__device__ __forceinline__ void reportFault(int *flag, int code)
{
    atomicCAS(flag, 0, code);
}

// Builds Dims from a shape (rank <= kMaxRank; plan() refuses larger ranks).
inline Dims toDims(const Shape &shape)
{
    Dims dims;
    dims.rank = static_cast<int>(shape.size());
    for (int i = 0; i < dims.rank && i < kMaxRank; ++i)
        dims.d[i] = shape[static_cast<std::size_t>(i)];
    return dims;
}

} // namespace fleetdeck::validation::cuda
