#pragma once

// Index arithmetic of the data-movement kernels (MovementOps.cu, ResizeOps.cu). Plain C++ that
// nvcc also compiles for the device, so tst_movementindex checks on the host exactly what the
// kernels compute. No <cmath>: the few roundings needed are written out so host and device agree.

#include "core/validation/engine/cuda/DeviceIndex.h"

#include <cstdint>

namespace fleetdeck::validation::cuda {

// Row-major strides of a shape.
FD_HD Dims rowMajorStrides(const Dims &shape)
{
    Dims strides;
    strides.rank = shape.rank;
    int64_t stride = 1;
    for (int i = shape.rank - 1; i >= 0; --i) {
        strides.d[i] = stride;
        stride *= shape.d[i];
    }
    return strides;
}

// Output `out` viewing an input of shape `in` with its axes permuted: out[i] = in[perm[i]].
// `strides` receives the input stride of each output axis, for stridedOffset().
FD_HD void permutedView(const Dims &in, const Dims &perm, Dims *out, Dims *strides)
{
    const Dims inStrides = rowMajorStrides(in);
    out->rank = perm.rank;
    strides->rank = perm.rank;
    for (int i = 0; i < perm.rank; ++i) {
        out->d[i] = in.d[perm.d[i]];
        strides->d[i] = inStrides.d[perm.d[i]];
    }
}

// Tile: output coordinate c along an axis reads input coordinate c % in.
FD_HD int64_t tileOffset(int64_t linear, const Dims &out, const Dims &in, const Dims &inStrides)
{
    int64_t offset = 0;
    for (int i = out.rank - 1; i >= 0; --i) {
        const int64_t c = linear % out.d[i];
        linear /= out.d[i];
        offset += c % in.d[i] * inStrides.d[i];
    }
    return offset;
}

// One axis of a Slice after ONNX's clamping: the first input coordinate and how many are read.
struct SliceRange
{
    int64_t start = 0;
    int64_t count = 0;
};

// Negative starts/ends count from the end; positive steps clamp to [0, dim], negative steps to
// [-1, dim - 1] (so a reversed slice can run down to and including coordinate 0).
FD_HD SliceRange sliceRange(int64_t start, int64_t end, int64_t step, int64_t dim)
{
    // A value below -dim stays below every clamp bound without overflowing later arithmetic.
    const int64_t farBelow = -(int64_t(1) << 62);
    auto wrap = [dim, farBelow](int64_t v) { return v < 0 ? (v < -dim ? farBelow : v + dim) : v; };
    auto clamp = [](int64_t v, int64_t lo, int64_t hi) { return v < lo ? lo : (v > hi ? hi : v); };
    int64_t s = wrap(start);
    int64_t e = wrap(end);
    SliceRange range;
    if (step > 0) {
        s = clamp(s, 0, dim);
        e = clamp(e, 0, dim);
        range.count = e > s ? (e - s + step - 1) / step : 0;
    } else {
        s = clamp(s, -1, dim - 1);
        e = clamp(e, -1, dim - 1);
        range.count = s > e ? (s - e + (-step) - 1) / (-step) : 0;
    }
    range.start = s;
    return range;
}

enum class PadMode { Constant, Reflect, Edge };

// Reflection without repeating the border: for n = 3, ... 2 1 [0 1 2] 1 0 1 2 ...
FD_HD int64_t reflectIndex(int64_t i, int64_t n)
{
    if (n == 1)
        return 0;
    const int64_t period = 2 * (n - 1);
    i = ((i % period) + period) % period;
    return i < n ? i : period - i;
}

// The input coordinate an output coordinate c (already shifted by the leading pad) reads along
// an axis of length n, or -1 where a constant pad writes the pad value.
FD_HD int64_t padSource(int64_t c, int64_t n, PadMode mode)
{
    if (c >= 0 && c < n)
        return c;
    if (mode == PadMode::Edge)
        return c < 0 ? 0 : n - 1;
    if (mode == PadMode::Reflect)
        return reflectIndex(c, n);
    return -1;
}

// Resize's coordinate_transformation_mode. Anything the CPU engine does not name explicitly is
// half_pixel there too.
enum class ResizeTransform { HalfPixel, Asymmetric, AlignCorners, PytorchHalfPixel, TfHalfPixelForNn };
// nearest_mode; unknown names round half down, as on the CPU.
enum class NearestMode { RoundPreferFloor, RoundPreferCeil, Floor, Ceil };

// Exact floor and ceil of a double whose magnitude fits int64 (resize coordinates do).
FD_HD double floorExact(double x)
{
    const auto t = static_cast<double>(static_cast<int64_t>(x)); // truncates toward zero
    return t > x ? t - 1.0 : t;
}

FD_HD double ceilExact(double x)
{
    const auto t = static_cast<double>(static_cast<int64_t>(x));
    return t < x ? t + 1.0 : t;
}

// The input coordinate of output coordinate x along an axis; `resized` is in * scale before
// flooring, as the spec's formulas use it.
FD_HD double resizeCoordinate(ResizeTransform transform, double x, double scale, int64_t in, double resized)
{
    switch (transform) {
    case ResizeTransform::Asymmetric:
        return x / scale;
    case ResizeTransform::AlignCorners:
        return resized == 1 ? 0.0 : x * double(in - 1) / (resized - 1);
    case ResizeTransform::PytorchHalfPixel:
        return resized > 1 ? (x + 0.5) / scale - 0.5 : 0.0;
    case ResizeTransform::TfHalfPixelForNn:
        return (x + 0.5) / scale;
    case ResizeTransform::HalfPixel:
        break;
    }
    return (x + 0.5) / scale - 0.5;
}

// The input index nearest to coordinate x, clamped to [0, in - 1].
FD_HD int64_t nearestIndex(NearestMode mode, double x, int64_t in)
{
    const double low = floorExact(x);
    double index = low;
    if (mode == NearestMode::Floor) {
        index = low;
    } else if (mode == NearestMode::Ceil) {
        index = ceilExact(x);
    } else {
        const double fraction = x - low; // exact for coordinates of any realistic size
        if (fraction == 0.5)
            index = mode == NearestMode::RoundPreferCeil ? low + 1.0 : low;
        else
            index = fraction > 0.5 ? low + 1.0 : low;
    }
    const auto i = static_cast<int64_t>(index);
    return i < 0 ? 0 : (i > in - 1 ? in - 1 : i);
}

// Linear interpolation along one axis: the two input indices and the weight of the second.
struct LinearTap
{
    int64_t low = 0;
    int64_t high = 0;
    double weight = 0;
};

FD_HD LinearTap linearTap(double x, int64_t in)
{
    const double last = double(in - 1);
    const double clamped = x < 0.0 ? 0.0 : (x > last ? last : x);
    LinearTap tap;
    tap.low = static_cast<int64_t>(floorExact(clamped));
    tap.high = tap.low + 1 < in - 1 ? tap.low + 1 : in - 1;
    tap.weight = clamped - double(tap.low);
    return tap;
}

// Gather's and GatherElements' index: negative counts from the end; false outside [-n, n).
FD_HD bool resolveIndex(int64_t &index, int64_t n)
{
    if (index < 0)
        index += n;
    return index >= 0 && index < n;
}

// Gather along an axis of length axisLength with `count` indices and `inner` elements after the
// axis: which index output element i uses, and the data offset it reads once resolved.
FD_HD int64_t gatherIndexPosition(int64_t i, int64_t count, int64_t inner)
{
    return i / inner % count;
}

FD_HD int64_t gatherSourceOffset(int64_t i, int64_t count, int64_t inner, int64_t axisLength, int64_t index)
{
    return (i / inner / count * axisLength + index) * inner + i % inner;
}

// GatherElements: element i of the indices (shape `indices`) reads data at its own coordinates,
// with the coordinate along `axis` replaced by the resolved index.
FD_HD int64_t gatherElementsOffset(int64_t i, const Dims &indices, const Dims &dataStrides, int axis, int64_t index)
{
    int64_t offset = 0;
    for (int d = indices.rank - 1; d >= 0; --d) {
        const int64_t c = i % indices.d[d];
        i /= indices.d[d];
        offset += (d == axis ? index : c) * dataStrides.d[d];
    }
    return offset;
}

// Concat: element i of an input with rows of `row` elements lands in the output, whose rows
// hold outRow elements, at column `column`.
FD_HD int64_t concatDestination(int64_t i, int64_t row, int64_t outRow, int64_t column)
{
    return i / row * outRow + column + i % row;
}

// Pad: the input offset output element i reads, or -1 where it gets the pad value. `lead`
// holds the leading pad of each axis.
FD_HD int64_t padSourceOffset(int64_t i, const Dims &out, const Dims &in, const Dims &inStrides, const Dims &lead,
                              PadMode mode)
{
    int64_t offset = 0;
    bool inside = true;
    for (int d = out.rank - 1; d >= 0; --d) {
        const int64_t c = i % out.d[d];
        i /= out.d[d];
        const int64_t source = padSource(c - lead.d[d], in.d[d], mode);
        if (source < 0)
            inside = false;
        else
            offset += source * inStrides.d[d];
    }
    return inside ? offset : -1;
}

// Trilu keeps element (r, c) of each matrix when c - r >= k (upper) or c - r <= k (lower).
FD_HD bool triluKeeps(int64_t i, int64_t rows, int64_t cols, int64_t k, bool upper)
{
    const int64_t c = i % cols;
    const int64_t r = i / cols % rows;
    return upper ? c - r >= k : c - r <= k;
}

// Resize's per-node settings, by value into the kernel.
struct ResizeParams
{
    ResizeTransform transform = ResizeTransform::HalfPixel;
    NearestMode nearest = NearestMode::RoundPreferFloor;
    bool linear = false;
    double scale[kMaxRank] = {};
    double resized[kMaxRank] = {}; // input length * scale, before flooring
};

// acc + a * b rounded twice, never fused: an integer output truncates the sum, and a fused
// multiply-add could land it on the other side of an integer than the CPU engine does.
FD_HD double addProduct(double acc, double a, double b)
{
#if defined(__CUDA_ARCH__)
    return __dadd_rn(acc, __dmul_rn(a, b));
#else
    return acc + a * b;
#endif
}

// Resize: output element `linear` as a double, as the CPU engine computes it. Linear mode sums
// the 2^k corners of the k axes with a fractional weight, in the CPU's corner order (axis d is
// bit d), so the sums agree; corners along other axes have weight 0 and add nothing there.
template <typename T>
FD_HD double resizeAt(const T *src, int64_t linear, const Dims &out, const Dims &in, const Dims &inStrides,
                      const ResizeParams &p)
{
    int64_t low[kMaxRank] = {};
    int64_t high[kMaxRank] = {};
    double weight[kMaxRank] = {};
    for (int d = out.rank - 1; d >= 0; --d) {
        const int64_t o = linear % out.d[d];
        linear /= out.d[d];
        const double x = resizeCoordinate(p.transform, double(o), p.scale[d], in.d[d], p.resized[d]);
        if (p.linear) {
            const LinearTap tap = linearTap(x, in.d[d]);
            low[d] = tap.low;
            high[d] = tap.high;
            weight[d] = tap.weight;
        } else {
            low[d] = nearestIndex(p.nearest, x, in.d[d]);
        }
    }
    int active[kMaxRank] = {};
    int activeCount = 0;
    for (int d = 0; d < out.rank; ++d) {
        if (weight[d] != 0)
            active[activeCount++] = d;
    }
    double value = 0;
    for (int corner = 0; corner < (1 << activeCount); ++corner) {
        double w = 1;
        int64_t offset = 0;
        int next = 0;
        for (int d = 0; d < out.rank; ++d) {
            bool useHigh = false;
            if (next < activeCount && active[next] == d)
                useHigh = ((corner >> next++) & 1) != 0;
            w *= useHigh ? weight[d] : 1.0 - weight[d];
            offset += (useHigh ? high[d] : low[d]) * inStrides.d[d];
        }
        value = addProduct(value, w, static_cast<double>(src[offset]));
    }
    return value;
}

// DepthToSpace as one strided read: output viewed as (n, oc, h, b1, w, b2), oc = c / b^2. DCR
// takes the channel as (b1, b2, oc), CRD as (oc, b1, b2).
FD_HD void depthToSpaceView(const Dims &in, int64_t b, bool crd, Dims *out, Dims *strides)
{
    const int64_t n = in.d[0], c = in.d[1], h = in.d[2], w = in.d[3];
    const int64_t oc = c / (b * b);
    const int64_t plane = h * w;
    const int64_t o[6] = {n, oc, h, b, w, b};
    const int64_t s[6] = {c * plane, crd ? b * b * plane : plane, w, crd ? b * plane : b * oc * plane, 1,
                          crd ? plane : oc * plane};
    out->rank = 6;
    strides->rank = 6;
    for (int i = 0; i < 6; ++i) {
        out->d[i] = o[i];
        strides->d[i] = s[i];
    }
}

// SpaceToDepth: output viewed as (n, b1, b2, c, oh, ow), its channel being (b1, b2, c).
FD_HD void spaceToDepthView(const Dims &in, int64_t b, Dims *out, Dims *strides)
{
    const int64_t n = in.d[0], c = in.d[1], h = in.d[2], w = in.d[3];
    const int64_t o[6] = {n, b, b, c, h / b, w / b};
    const int64_t s[6] = {c * h * w, w, 1, h * w, b * w, b};
    out->rank = 6;
    strides->rank = 6;
    for (int i = 0; i < 6; ++i) {
        out->d[i] = o[i];
        strides->d[i] = s[i];
    }
}

} // namespace fleetdeck::validation::cuda
