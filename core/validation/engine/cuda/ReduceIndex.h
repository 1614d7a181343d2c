#pragma once

// The index maps and arithmetic of the CUDA reduction, ArgMax/ArgMin, softmax and
// normalisation kernels, host and device alike, so the host tests (tst_poolindex) check what the
// GPU runs against the CPU engine's results.

#include "core/validation/engine/cuda/DeviceIndex.h"

#include <cmath>
#include <cstdint>

namespace fleetdeck::validation::cuda {

// A tensor seen as [outer, n, inner] around one axis: row r (of outer * inner) holds the n
// elements rowBase(r) + k * inner.
struct AxisSplit
{
    int64_t outer = 1;
    int64_t n = 1;
    int64_t inner = 1;

    FD_HD int64_t rows() const { return outer * inner; }
    // Only for rows() > 0 (so inner > 0).
    FD_HD int64_t rowBase(int64_t row) const { return (row / inner) * n * inner + row % inner; }
};

// flattenTail: n covers every axis from `axis` on and inner is 1 (Softmax before opset 13
// coerced its input to 2-D; LayerNormalization normalises over all trailing axes).
// axis is already normalised to [0, rank] (rank only for a scalar).
inline AxisSplit splitAtAxis(const int64_t *shape, int rank, int64_t axis, bool flattenTail)
{
    AxisSplit split;
    for (int d = 0; d < rank; ++d) {
        if (d < axis)
            split.outer *= shape[d];
        else if (d == axis || flattenTail)
            split.n *= shape[d];
        else
            split.inner *= shape[d];
    }
    return split;
}

// Which axes a ReduceX node reduces, as the CPU engine decides: the given axes (negative ones
// count from the end), or all when none are given, unless the axes came from an input
// (ReduceSum from opset 13) and noop_with_empty_axes makes the node an identity (noop).
// reduced: rank flags. False for an axis outside [-rank, rank), which badAxis receives.
inline bool resolveReducedAxes(const int64_t *axes, int count, int rank, bool axesFromInput, bool noopWithEmptyAxes,
                               bool *reduced, bool &noop, int64_t &badAxis)
{
    noop = count == 0 && axesFromInput && noopWithEmptyAxes;
    for (int d = 0; d < rank; ++d)
        reduced[d] = count == 0;
    for (int i = 0; i < count; ++i) {
        const int64_t axis = axes[i] < 0 ? axes[i] + rank : axes[i];
        if (axis < 0 || axis >= rank) {
            badAxis = axes[i];
            return false;
        }
        reduced[axis] = true;
    }
    return true;
}

// Where a reduction reads: the kept axes (in order; the output's elements follow them
// row-major, with or without keepdims) and the reduced axes, each with its input strides.
struct ReduceMap
{
    Dims kept;
    Dims keptStrides;
    Dims reduced;
    Dims reducedStrides;

    FD_HD int64_t outputCount() const { return kept.count(); }
    FD_HD int64_t groupSize() const { return reduced.count(); }
    // Element r (row-major over the reduced axes, the CPU's order) of output element `out`.
    FD_HD int64_t inputOffset(int64_t out, int64_t r) const
    {
        return stridedOffset(out, kept, keptStrides) + stridedOffset(r, reduced, reducedStrides);
    }
};

// rank <= kMaxRank (the op's plan refuses more). Neighbouring axes that are both kept or both
// reduced merge into one (fewer divisions per element; the order of elements stays the same).
// Axes of size 1 are dropped: they change neither offsets nor order.
inline ReduceMap makeReduceMap(const int64_t *shape, int rank, const bool *reduced)
{
    ReduceMap map;
    int64_t stride = 1;
    int64_t strides[kMaxRank] = {};
    for (int d = rank - 1; d >= 0; --d) {
        strides[d] = stride;
        stride *= shape[d];
    }
    int previous = -1; // class of the last axis added: 0 kept, 1 reduced
    for (int d = 0; d < rank; ++d) {
        if (shape[d] == 1)
            continue;
        Dims &dims = reduced[d] ? map.reduced : map.kept;
        Dims &dimStrides = reduced[d] ? map.reducedStrides : map.keptStrides;
        if (previous == int(reduced[d])) {
            // Row-major: the merged axis steps by the inner axis's stride.
            dims.d[dims.rank - 1] *= shape[d];
            dimStrides.d[dimStrides.rank - 1] = strides[d];
        } else {
            dims.d[dims.rank] = shape[d];
            dimStrides.d[dimStrides.rank] = strides[d];
            ++dims.rank;
            ++dimStrides.rank;
        }
        previous = int(reduced[d]);
    }
    return map;
}

// The CPU engine's ReduceX semantics in double: NaN propagates through Max and Min;
// LogSumExp subtracts the group's peak (found first, NaN-blind like std::max) before exp.
enum class ReduceKind : int { Sum, Mean, Max, Min, Prod, L1, L2, LogSum, LogSumExp, SumSquare };

FD_HD double reduceInitial(ReduceKind kind)
{
    switch (kind) {
    case ReduceKind::Max: return -__builtin_huge_val();
    case ReduceKind::Min: return __builtin_huge_val();
    case ReduceKind::Prod: return 1.0;
    default: return 0.0;
    }
}

// Folds element v into acc (peak: the group's peak, read by LogSumExp only).
FD_HD double reduceStep(ReduceKind kind, double acc, double v, double peak)
{
    switch (kind) {
    case ReduceKind::Max:
        return (v != v || acc != acc) ? (v != v ? v : acc) : (acc < v ? v : acc);
    case ReduceKind::Min:
        return (v != v || acc != acc) ? (v != v ? v : acc) : (v < acc ? v : acc);
    case ReduceKind::Prod: return acc * v;
    case ReduceKind::L1: return acc + (v < 0 ? -v : v);
    case ReduceKind::L2:
    case ReduceKind::SumSquare: return acc + v * v;
    case ReduceKind::LogSumExp: return acc + ::exp(v - peak);
    default: return acc + v;
    }
}

// Joins two partial results of one group (threads of a block each folding a share).
FD_HD double reduceCombine(ReduceKind kind, double a, double b)
{
    switch (kind) {
    case ReduceKind::Max:
    case ReduceKind::Min: return reduceStep(kind, a, b, 0.0);
    case ReduceKind::Prod: return a * b;
    default: return a + b;
    }
}

// LogSumExp's first pass; a NaN does not become the peak (the sum then carries it).
FD_HD double peakStep(double peak, double v)
{
    return peak < v ? v : peak;
}

FD_HD double reduceFinish(ReduceKind kind, double acc, double peak, int64_t groupSize)
{
    switch (kind) {
    case ReduceKind::Mean: return groupSize ? acc / static_cast<double>(groupSize) : __builtin_nan("");
    case ReduceKind::L2: return ::sqrt(acc);
    case ReduceKind::LogSum: return ::log(acc);
    case ReduceKind::LogSumExp: return ::log(acc) + peak;
    default: return acc;
    }
}

// ArgMax/ArgMin's choice when scanning k upwards: a later equal value wins only with
// select_last_index; a NaN never wins (and a NaN at k = 0 stays the answer).
FD_HD bool argBetter(bool max, bool last, double v, double best)
{
    return max ? (v > best || (last && v == best)) : (v < best || (last && v == best));
}

// One output element of a reduction, folded in the CPU's order by one thread.
template <typename T>
FD_HD double reduceOutput(ReduceKind kind, const ReduceMap &map, const T *x, int64_t out)
{
    const int64_t size = map.groupSize();
    double peak = -__builtin_huge_val();
    if (kind == ReduceKind::LogSumExp) {
        for (int64_t r = 0; r < size; ++r)
            peak = peakStep(peak, static_cast<double>(x[map.inputOffset(out, r)]));
    }
    double acc = reduceInitial(kind);
    for (int64_t r = 0; r < size; ++r)
        acc = reduceStep(kind, acc, static_cast<double>(x[map.inputOffset(out, r)]), peak);
    return reduceFinish(kind, acc, peak, size);
}

// ArgMax/ArgMin of one row (split.n > 0), scanned upwards as the CPU does.
template <typename T>
FD_HD int64_t argOfRow(const T *x, const AxisSplit &split, int64_t row, bool max, bool last)
{
    const int64_t base = split.rowBase(row);
    int64_t best = 0;
    double bestValue = static_cast<double>(x[base]);
    for (int64_t k = 1; k < split.n; ++k) {
        const double v = static_cast<double>(x[base + k * split.inner]);
        if (argBetter(max, last, v, bestValue)) {
            best = k;
            bestValue = v;
        }
    }
    return best;
}

// A softmax row's peak and where it first occurs, gathered by several lanes: each folds its own
// elements in rising k, then lanes join. The CPU keeps the first k with v > peak, so NaN is
// skipped, ties go to the smaller k, and a row without a value above -inf has index -1 (the
// CPU's Hardmax then marks k = 0).
struct ArgPeak
{
    double value = -__builtin_huge_val();
    int64_t index = -1;
};

FD_HD ArgPeak foldPeak(ArgPeak p, double v, int64_t k)
{
    if (v > p.value) {
        p.value = v;
        p.index = k;
    }
    return p;
}

FD_HD ArgPeak joinPeaks(ArgPeak a, ArgPeak b)
{
    if (b.value > a.value || (b.value == a.value && b.index >= 0 && (a.index < 0 || b.index < a.index)))
        return b;
    return a;
}

enum class SoftmaxKind : int { Softmax, LogSoftmax, Hardmax };

// Element k of a row, from v = x - peak, the row's sum of exp(x - peak) and its peak index.
FD_HD double softmaxValue(SoftmaxKind kind, double v, double sum, int64_t k, int64_t arg)
{
    if (kind == SoftmaxKind::Softmax)
        return ::exp(v) / sum;
    if (kind == SoftmaxKind::LogSoftmax)
        return v - ::log(sum);
    return k == (arg < 0 ? 0 : arg) ? 1.0 : 0.0;
}

} // namespace fleetdeck::validation::cuda
