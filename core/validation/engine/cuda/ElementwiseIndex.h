#pragma once

// Index arithmetic of the CUDA engine's broadcasting ops, shared by the kernels and the host:
// the offsets a kernel reads (FD_HD, so tst_elementwiseindex checks exactly what the kernels
// compute against the CPU engine's forEachBroadcast) and the host-side planning of broadcasts.
// The per-element functions are in ElementwiseMath.h.

#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/KernelContext.h"
#include "core/validation/engine/cuda/DeviceIndex.h"

#include <cstdint>
#include <optional>
#include <type_traits>
#include <vector>

namespace fleetdeck::validation::cuda {

// ---- broadcasting ------------------------------------------------------------------------------

// An output's dims and, per operand, the stride of each output dim in that operand (0 where
// it repeats). Operands are read at stridedOffset-style offsets; see broadcastOffsets().
template <int N>
struct BroadcastLayout
{
    Dims out;
    Dims strides[N];
};

// The offsets of output element `linear` in each operand, with one division per dim for all
// operands together. The outermost dim needs none: linear is already below its extent there.
// 64-bit division is a long instruction sequence on GPUs; below 2^32 a 32-bit one does.
template <int N>
FD_HD void broadcastOffsets(int64_t linear, const BroadcastLayout<N> &layout, int64_t (&offsets)[N])
{
    for (int k = 0; k < N; ++k)
        offsets[k] = 0;
    for (int i = layout.out.rank - 1; i >= 0; --i) {
        int64_t index = linear;
        if (i > 0) {
            const int64_t extent = layout.out.d[i];
            if (linear <= int64_t(UINT32_MAX) && extent <= int64_t(UINT32_MAX)) {
                const auto narrow = static_cast<uint32_t>(linear);
                const auto divisor = static_cast<uint32_t>(extent);
                index = narrow % divisor;
                linear = narrow / divisor;
            } else {
                index = linear % extent;
                linear /= extent;
            }
        }
        for (int k = 0; k < N; ++k)
            offsets[k] += index * layout.strides[k].d[i];
    }
}

// Host: the layout of a broadcast of the output shape `out` over operands read with `strides`
// (each of out's rank, as cpu::planBroadcast gives them). Axes of extent 1 are dropped and
// neighbouring axes that every operand reads as one run (contiguous, or repeated) are merged,
// so a residual add is one flat loop and a per-channel bias two or three axes. nullopt when
// more than kMaxRank axes remain.
template <int N>
std::optional<BroadcastLayout<N>> collapseBroadcast(const Shape &out, const std::vector<std::vector<int64_t>> &strides)
{
    if (strides.size() != static_cast<std::size_t>(N))
        return std::nullopt;
    std::vector<int64_t> extents;                // innermost first
    std::vector<std::vector<int64_t>> merged(N); // innermost first
    for (std::size_t d = out.size(); d-- > 0;) {
        if (out[d] == 1)
            continue;
        bool joins = !extents.empty();
        for (int k = 0; joins && k < N; ++k)
            joins = strides[static_cast<std::size_t>(k)][d] == merged[static_cast<std::size_t>(k)].back() * extents.back();
        if (joins) {
            extents.back() *= out[d];
            continue;
        }
        extents.push_back(out[d]);
        for (int k = 0; k < N; ++k)
            merged[static_cast<std::size_t>(k)].push_back(strides[static_cast<std::size_t>(k)][d]);
    }
    if (extents.size() > static_cast<std::size_t>(kMaxRank))
        return std::nullopt;
    BroadcastLayout<N> layout;
    const int rank = static_cast<int>(extents.size());
    layout.out.rank = rank;
    for (int k = 0; k < N; ++k)
        layout.strides[k].rank = rank;
    for (int i = 0; i < rank; ++i) {
        const auto from = static_cast<std::size_t>(rank - 1 - i);
        layout.out.d[i] = extents[from];
        for (int k = 0; k < N; ++k)
            layout.strides[k].d[i] = merged[static_cast<std::size_t>(k)][from];
    }
    return layout;
}

// Host: the passes of a variadic op (Sum, Max, Min, Mean) or a binary one over the plan's
// output: the first reads inputs 0 and 1, each later one the output so far (contiguous) and the
// next input. That is the CPU's left fold, in its order. Empty for one input (a copy);
// nullopt when a pass has more than kMaxRank axes after merging.
inline std::optional<std::vector<BroadcastLayout<2>>> foldPasses(const cpu::BroadcastPlan &plan)
{
    const std::vector<int64_t> outStrides = cpu::stridesOf(plan.output);
    std::vector<BroadcastLayout<2>> passes;
    for (std::size_t k = 1; k < plan.strides.size(); ++k) {
        auto layout = collapseBroadcast<2>(plan.output, {k == 1 ? plan.strides[0] : outStrides, plan.strides[k]});
        if (!layout)
            return std::nullopt;
        passes.push_back(*layout);
    }
    return passes;
}

// Host: the shape PRelu's slope is broadcast as. Opset 6 PRelu broadcast a 1-D slope over the
// channel axis (axis 1), as the CPU engine's PRelu does.
inline Shape preluSlopeShape(int64_t opset, const Shape &x, Shape slope)
{
    if (opset < 7 && slope.size() == 1 && x.size() > 2 && slope[0] == x[1]) {
        slope.assign(x.size() - 1, 1);
        slope[0] = x[1];
    }
    return slope;
}

// ---- host dispatch -----------------------------------------------------------------------------

template <typename T>
constexpr DataType dataTypeOf()
{
    if constexpr (std::is_same_v<T, float>)
        return DataType::Float;
    else if constexpr (std::is_same_v<T, double>)
        return DataType::Double;
    else if constexpr (std::is_same_v<T, int32_t>)
        return DataType::Int32;
    else if constexpr (std::is_same_v<T, int64_t>)
        return DataType::Int64;
    else if constexpr (std::is_same_v<T, int8_t>)
        return DataType::Int8;
    else if constexpr (std::is_same_v<T, uint8_t>)
        return DataType::Uint8;
    else if constexpr (std::is_same_v<T, bool>)
        return DataType::Bool;
    else
        return DataType::Undefined;
}

// Calls f(TypeTag<T>{}) for the one of Ts that `type` names; false when none does. Unlike
// visitNumericType, only the listed types are instantiated.
template <typename... Ts, typename F>
bool visitTypes(DataType type, F &&f)
{
    return ((type == dataTypeOf<Ts>() && (f(TypeTag<Ts>{}), true)) || ...);
}

} // namespace fleetdeck::validation::cuda
