#pragma once

// What MovementOps.cu and ResizeOps.cu share (nvcc only): element types by size, the launch of
// a grid-stride kernel, and the plan-time checks every data-movement op makes.

#include "core/validation/engine/cuda/CudaKernels.cuh"
#include "core/validation/engine/cuda/MovementIndex.h"
#include "core/validation/engine/cuda/MovementShapes.h"

#include <cstdint>
#include <string>

namespace fleetdeck::validation::cuda {

// Data movement copies elements without reading them, so one kernel per element size serves
// every type of that size (bool and uint8, float and int32, double and int64).
template <typename F>
bool visitElementSize(std::size_t size, F &&f)
{
    switch (size) {
    case 1: f(TypeTag<uint8_t>{}); return true;
    case 2: f(TypeTag<uint16_t>{}); return true;
    case 4: f(TypeTag<uint32_t>{}); return true;
    case 8: f(TypeTag<uint64_t>{}); return true;
    default: return false;
    }
}

// The same for a launch: returns f's Status, or an error for a size no kernel is built for.
// (Returning rather than assigning a Status inside f: nvcc warns about the discarded result of
// a [[nodiscard]] type's assignment.)
template <typename F>
Status forElementSize(std::size_t size, F &&f)
{
    switch (size) {
    case 1: return f(TypeTag<uint8_t>{});
    case 2: return f(TypeTag<uint16_t>{});
    case 4: return f(TypeTag<uint32_t>{});
    case 8: return f(TypeTag<uint64_t>{});
    default: break;
    }
    return makeError(ErrorCode::KernelFailed, "no kernel moves elements of " + std::to_string(size) + " bytes");
}

// Capability check: any type held in 1, 2, 4 or 8 bytes (strings have no flat storage).
inline std::optional<UnsupportedReason> movableInput(const SupportQuery &query, std::size_t input)
{
    const DataType type = query.inputType(input);
    if (type == DataType::Undefined || visitElementSize(elementSize(type), [](auto) {}))
        return std::nullopt;
    return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(type)) + " inputs"};
}

// Enqueues kernel over n elements on the node's stream; nothing for n == 0.
template <typename... Params, typename... Args>
Status launchGrid(const char *name, const LaunchContext &launch, int64_t n, void (*kernel)(Params...), Args... args)
{
    if (n <= 0)
        return {};
    kernel<<<gridFor(n, launch.settings()), kThreadsPerBlock, 0, launch.stream()>>>(args...);
    return checkLaunch(name);
}

// Kernels that index with Dims take at most kMaxRank axes (rank 0: the kernel uses no Dims, any
// rank goes); the element type must be one a kernel is built for. Types are known only here (a
// model may not declare them).
inline Status requireKernelInput(const PlanContext &ctx, const TensorDesc &desc, std::size_t rank)
{
    if (rank > static_cast<std::size_t>(kMaxRank))
        return ctx.fail("rank " + std::to_string(rank) + " is above the CUDA engine's limit of "
                        + std::to_string(kMaxRank) + " axes");
    if (!visitElementSize(elementSize(desc.type), [](auto) {}))
        return ctx.fail(std::string(dataTypeName(desc.type)) + " elements cannot be moved on the GPU");
    return {};
}

// A host input (hostInputs of the op) as integers; an absent input gives an empty vector.
inline Expected<std::vector<int64_t>> hostInts(const PlanContext &ctx, std::size_t input)
{
    if (!ctx.hasInput(input))
        return std::vector<int64_t>{};
    const Tensor *value = ctx.hostValue(input);
    if (!value)
        return ctx.fail("input " + std::to_string(input) + " must be known before the run");
    return value->toInt64Vector();
}

} // namespace fleetdeck::validation::cuda
