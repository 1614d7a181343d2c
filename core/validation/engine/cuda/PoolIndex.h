#pragma once

// The window arithmetic of the CUDA pooling kernels. The output size, auto_pad and ceil_mode are
// decided on the host by the CPU engine's slidingGeometry(), so both engines agree on them; this
// header walks one output element's window. poolWindowValue() is the whole body of the pooling
// kernel, so the host tests (tst_poolindex) run exactly what the GPU runs.

#include "core/validation/engine/cpu/SaturatingCast.h"
#include "core/validation/engine/cuda/DeviceIndex.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace fleetdeck::validation::cuda {

// Pools slide over one to three spatial axes; fewer are padded in front with axes of size 1.
inline constexpr int kMaxPoolAxes = 3;

struct PoolGeometry
{
    int64_t input[kMaxPoolAxes] = {1, 1, 1};
    int64_t output[kMaxPoolAxes] = {1, 1, 1};
    int64_t kernel[kMaxPoolAxes] = {1, 1, 1};
    int64_t stride[kMaxPoolAxes] = {1, 1, 1};
    int64_t dilation[kMaxPoolAxes] = {1, 1, 1};
    int64_t padBegin[kMaxPoolAxes] = {};
    int64_t padEnd[kMaxPoolAxes] = {};

    FD_HD int64_t inputSize() const { return input[0] * input[1] * input[2]; }
    FD_HD int64_t outputSize() const { return output[0] * output[1] * output[2]; }
};

// From the CPU engine's cpu::ConvGeometry (host only; duck-typed so this header needs no CPU
// engine header): its axes go last, the axes in front keep size 1. geometry.rank() <= 3.
template <typename Geometry>
PoolGeometry toPoolGeometry(const Geometry &geometry)
{
    PoolGeometry g;
    const std::size_t shift = std::size_t(kMaxPoolAxes) - geometry.rank();
    for (std::size_t d = 0; d < geometry.rank(); ++d) {
        g.input[shift + d] = geometry.input[d];
        g.output[shift + d] = geometry.output[d];
        g.kernel[shift + d] = geometry.kernel[d];
        g.stride[shift + d] = geometry.strides[d];
        g.dilation[shift + d] = geometry.dilations[d];
        g.padBegin[shift + d] = geometry.padBegin[d];
        g.padEnd[shift + d] = geometry.padEnd[d];
    }
    return g;
}

// ceil(a / b) for b > 0 and a of either sign (integer division truncates towards zero). b is
// mostly 1 (no dilation), where the 64-bit division, slow on a GPU, is skipped.
FD_HD int64_t ceilDiv(int64_t a, int64_t b)
{
    if (b == 1)
        return a;
    return a >= 0 ? (a + b - 1) / b : -((-a) / b);
}

// The taps k in [first, last) of a kernel axis with `taps` taps whose coordinate
// origin + k * dilation lies in [low, high); first == last when none does.
struct TapRange
{
    int64_t first = 0;
    int64_t last = 0;

    FD_HD int64_t count() const { return last - first; }
};

FD_HD TapRange tapRange(int64_t origin, int64_t dilation, int64_t taps, int64_t low, int64_t high)
{
    TapRange range;
    const int64_t first = ceilDiv(low - origin, dilation);
    const int64_t last = ceilDiv(high - origin, dilation);
    range.first = first < 0 ? 0 : (first > taps ? taps : first);
    range.last = last > taps ? taps : (last < range.first ? range.first : last);
    return range;
}

// One output element's window: per axis the input coordinate of tap 0 and the taps inside the
// input; how many taps lie inside the input and how many inside input plus pads (the divisor of
// AveragePool with count_include_pad; taps past the end pad that ceil_mode adds count in neither).
struct PoolWindow
{
    int64_t origin[kMaxPoolAxes] = {};
    TapRange valid[kMaxPoolAxes];
    int64_t validCount = 1;
    int64_t paddedCount = 1;
};

// countPadded: also count the padded window (only AveragePool with count_include_pad reads it;
// without, paddedCount stays 1).
FD_HD PoolWindow poolWindow(const PoolGeometry &g, int64_t outputIndex, bool countPadded = true)
{
    PoolWindow w;
    for (int d = kMaxPoolAxes - 1; d >= 0; --d) {
        const int64_t o = outputIndex % g.output[d];
        outputIndex /= g.output[d];
        w.origin[d] = o * g.stride[d] - g.padBegin[d];
        w.valid[d] = tapRange(w.origin[d], g.dilation[d], g.kernel[d], 0, g.input[d]);
        w.validCount *= w.valid[d].count();
        if (countPadded)
            w.paddedCount *= tapRange(w.origin[d], g.dilation[d], g.kernel[d], -g.padBegin[d], g.input[d] + g.padEnd[d]).count();
    }
    return w;
}

// The value of output element outputIndex of one (batch, channel) plane, in double as the CPU
// engine computes it: the maximum (a NaN in the window wins; a window of padding only gives
// -inf) or the mean over the valid taps, or over the padded window with count_include_pad.
// Taps are visited in the CPU's order (first spatial axis outermost), so sums agree exactly.
template <typename T>
FD_HD double poolWindowValue(const PoolGeometry &g, const T *plane, int64_t outputIndex, bool max, bool includePad)
{
    const PoolWindow w = poolWindow(g, outputIndex, !max && includePad);
    double best = -__builtin_huge_val();
    double sum = 0;
    for (int64_t k0 = w.valid[0].first; k0 < w.valid[0].last; ++k0) {
        const int64_t row0 = w.origin[0] + k0 * g.dilation[0];
        for (int64_t k1 = w.valid[1].first; k1 < w.valid[1].last; ++k1) {
            const int64_t row1 = row0 * g.input[1] + w.origin[1] + k1 * g.dilation[1];
            for (int64_t k2 = w.valid[2].first; k2 < w.valid[2].last; ++k2) {
                const double v = static_cast<double>(plane[row1 * g.input[2] + w.origin[2] + k2 * g.dilation[2]]);
                best = v != v ? v : (best < v ? v : best); // std::max keeps a NaN best
                sum += v;
            }
        }
    }
    if (max)
        return best;
    const int64_t divisor = includePad ? w.paddedCount : (w.validCount > 0 ? w.validCount : 1);
    return sum / static_cast<double>(divisor);
}

// LRN: element i divided by (bias + alpha / size * the sum of squares over a window of channels
// around its own), the window reaching (size - 1) / 2 channels back and size / 2 forward.
struct LrnParams
{
    int64_t channels = 0;
    int64_t plane = 0; // elements per (batch, channel); > 0 whenever there are elements
    int64_t size = 1;
    double alpha = 0, beta = 0, bias = 0;
};

// The channels [first, last) of the window around channel c.
FD_HD TapRange lrnWindow(const LrnParams &p, int64_t c)
{
    TapRange range;
    const int64_t first = c - (p.size - 1) / 2;
    const int64_t last = c + p.size / 2 + 1;
    range.first = first > 0 ? first : 0;
    range.last = last < p.channels ? last : p.channels;
    return range;
}

template <typename T>
FD_HD double lrnValue(const T *x, int64_t i, const LrnParams &p)
{
    const int64_t c = (i / p.plane) % p.channels;
    const int64_t channel0 = i - c * p.plane; // the same batch and position in channel 0
    const TapRange window = lrnWindow(p, c);
    double sum = 0;
    for (int64_t k = window.first; k < window.last; ++k) {
        const double v = static_cast<double>(x[channel0 + k * p.plane]);
        sum += v * v;
    }
    return static_cast<double>(x[i]) / ::pow(p.bias + p.alpha / static_cast<double>(p.size) * sum, p.beta);
}

} // namespace fleetdeck::validation::cuda
