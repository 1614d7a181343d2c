#pragma once

// What PoolNormOps.cu and ReduceOps.cu share (nvcc only): block-wide reductions in double (the
// CPU reference accumulates these in double; so do we), launch sizes, and capability checks.

#include "core/validation/engine/cuda/CudaKernels.cuh"
#include "core/validation/engine/cuda/ReduceIndex.h"

#include <algorithm>
#include <initializer_list>
#include <string>

namespace fleetdeck::validation::cuda {

// Threads per block of the reduce-per-block kernels: a multiple of 32 (whole warps take part in
// every shuffle) and at most 32 warps (one shared slot per warp).
inline constexpr int kReduceThreads = 256;
inline constexpr int kWarp = 32;

// Combines v over the block; every thread gets the result. Every thread of the block must call
// it (it synchronises), blockDim.x a multiple of 32. scratch: kWarp doubles of shared memory,
// which the call may reuse right after the previous one returned.
template <typename Combine>
__device__ double blockReduce(double v, Combine combine, double *scratch)
{
    for (int offset = kWarp / 2; offset > 0; offset /= 2)
        v = combine(v, __shfl_xor_sync(0xffffffffu, v, offset));
    if (blockDim.x <= kWarp)
        return v;
    __syncthreads(); // every thread has read the previous call's slots
    if (threadIdx.x % kWarp == 0)
        scratch[threadIdx.x / kWarp] = v;
    __syncthreads();
    v = scratch[0];
    for (unsigned w = 1; w < blockDim.x / kWarp; ++w)
        v = combine(v, scratch[w]);
    return v;
}

struct AddDouble
{
    __device__ double operator()(double a, double b) const { return a + b; }
};

// std::max(a, b) as the CPU's maximum-so-far: a NaN never becomes the maximum.
struct PeakOf
{
    __device__ double operator()(double a, double b) const { return peakStep(a, b); }
};

// Blocks for a block-per-group kernel (the kernel loops when groups exceed them).
inline unsigned blocksFor(int64_t groups, const LaunchSettings &settings)
{
    return static_cast<unsigned>(std::max<int64_t>(1, std::min<int64_t>(groups, int64_t(settings.multiProcessors) * 64)));
}

// Threads per group: a warp, or a whole block for groups of thousands.
inline unsigned groupThreads(int64_t size)
{
    return size >= 4 * kReduceThreads ? kReduceThreads : kWarp;
}

// Refuses input 0 of a type outside `allowed` (unknown types are judged at plan time).
inline std::optional<UnsupportedReason> inputTypeIn(const SupportQuery &query, std::initializer_list<DataType> allowed)
{
    const DataType type = query.inputType(0);
    if (type == DataType::Undefined || std::find(allowed.begin(), allowed.end(), type) != allowed.end())
        return std::nullopt;
    return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(type)) + " inputs"};
}

// Dims and the index helpers hold at most kMaxRank axes.
inline Status requireRank(const PlanContext &ctx, const TensorDesc &desc)
{
    if (desc.shape.size() > std::size_t(kMaxRank))
        return ctx.fail("rank " + std::to_string(desc.shape.size()) + " is above the GPU kernels' " + std::to_string(kMaxRank));
    return {};
}

} // namespace fleetdeck::validation::cuda
