#pragma once

// The host half of the data-movement ops: output shapes and strided views, computed in plan()
// from shapes and host inputs with the CPU engine's rules (cpu/ShapeKernels.cpp,
// SliceKernels.cpp, IndexKernels.cpp, ResizeKernels.cpp), so both engines accept and refuse the
// same nodes. Header-only plain C++, tested on the host by tst_movementindex.

#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/Tensor.h"
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/ShapeRules.h"
#include "core/validation/engine/cpu/KernelContext.h"
#include "core/validation/engine/cuda/MovementIndex.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fleetdeck::validation::cuda {

// Output element i copies input element base + stridedOffset(i, shape, strides).
struct StridedView
{
    Shape shape;
    std::vector<int64_t> strides;
    int64_t base = 0;
};

using cpu::ruleError;

// Reshape's and Split's shape rules are the CPU engine's own (cpu/ShapeRules.h).
using cpu::reshapeShape;
using cpu::splitSizes;

// Flatten: axis in [-rank, rank]; the output is 2-D.
inline Expected<Shape> flattenShape(const Shape &in, int64_t axis)
{
    const auto rank = static_cast<int64_t>(in.size());
    if (axis < -rank || axis > rank)
        return ruleError("axis out of range");
    if (axis < 0)
        axis += rank;
    int64_t outer = 1;
    for (int64_t i = 0; i < axis; ++i)
        outer *= in[static_cast<std::size_t>(i)];
    const int64_t count = checkedElementCount(in).value_or(0);
    return Shape{outer, outer == 0 ? 0 : count / outer};
}

// Squeeze: the listed axes (each of size 1), or every axis of size 1 when none are listed.
inline Expected<Shape> squeezeShape(const Shape &in, const std::optional<std::vector<int64_t>> &axes)
{
    const auto rank = static_cast<int64_t>(in.size());
    std::vector<bool> drop(in.size(), false);
    if (axes) {
        for (int64_t axis : *axes) {
            const auto a = cpu::normaliseAxis(axis, rank);
            if (!a || in[static_cast<std::size_t>(*a)] != 1)
                return ruleError("cannot squeeze axis " + std::to_string(axis) + " of " + shapeToString(in));
            drop[static_cast<std::size_t>(*a)] = true;
        }
    } else {
        for (std::size_t i = 0; i < drop.size(); ++i)
            drop[i] = in[i] == 1;
    }
    Shape shape;
    for (std::size_t i = 0; i < drop.size(); ++i) {
        if (!drop[i])
            shape.push_back(in[i]);
    }
    return shape;
}

// Unsqueeze: axes index the output, which has rank + axes.size() axes.
inline Expected<Shape> unsqueezeShape(const Shape &in, const std::vector<int64_t> &axes)
{
    const int64_t rank = static_cast<int64_t>(in.size() + axes.size());
    std::vector<bool> inserted(static_cast<std::size_t>(rank), false);
    for (int64_t axis : axes) {
        const auto a = cpu::normaliseAxis(axis, rank);
        if (!a || inserted[static_cast<std::size_t>(*a)])
            return ruleError("bad or repeated axis " + std::to_string(axis));
        inserted[static_cast<std::size_t>(*a)] = true;
    }
    Shape shape;
    std::size_t next = 0;
    for (int64_t i = 0; i < rank; ++i)
        shape.push_back(inserted[static_cast<std::size_t>(i)] ? 1 : in[next++]);
    return shape;
}

// Transpose: an empty perm reverses the axes.
inline Expected<StridedView> transposeView(const Shape &in, std::vector<int64_t> perm)
{
    const auto rank = static_cast<int64_t>(in.size());
    if (perm.empty()) {
        for (int64_t i = rank - 1; i >= 0; --i)
            perm.push_back(i);
    }
    std::vector<bool> seen(in.size(), false);
    if (perm.size() != in.size())
        return ruleError("perm is not a permutation of the input's axes");
    for (int64_t p : perm) {
        if (p < 0 || p >= rank || seen[static_cast<std::size_t>(p)])
            return ruleError("perm is not a permutation of the input's axes");
        seen[static_cast<std::size_t>(p)] = true;
    }
    const std::vector<int64_t> strides = cpu::stridesOf(in);
    StridedView view;
    for (int64_t p : perm) {
        view.shape.push_back(in[static_cast<std::size_t>(p)]);
        view.strides.push_back(strides[static_cast<std::size_t>(p)]);
    }
    return view;
}

// Slice: missing axes are 0..n-1, missing steps 1; sliceRange() clamps each axis.
inline Expected<StridedView> sliceView(const Shape &in, const std::vector<int64_t> &starts,
                                       const std::vector<int64_t> &ends, std::vector<int64_t> axes,
                                       std::vector<int64_t> steps)
{
    if (axes.empty()) {
        for (std::size_t i = 0; i < starts.size(); ++i)
            axes.push_back(static_cast<int64_t>(i));
    }
    if (steps.empty())
        steps.assign(starts.size(), 1);
    if (ends.size() != starts.size() || axes.size() != starts.size() || steps.size() != starts.size())
        return ruleError("starts, ends, axes and steps differ in length");
    const auto rank = static_cast<int64_t>(in.size());
    StridedView view;
    view.shape = in;
    std::vector<int64_t> begin(in.size(), 0);
    std::vector<int64_t> step(in.size(), 1);
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const auto axis = cpu::normaliseAxis(axes[i], rank);
        if (!axis || steps[i] == 0)
            return ruleError("bad axis or zero step");
        const auto a = static_cast<std::size_t>(*axis);
        const SliceRange range = sliceRange(starts[i], ends[i], steps[i], in[a]);
        view.shape[a] = range.count;
        begin[a] = range.start;
        step[a] = steps[i];
    }
    const std::vector<int64_t> strides = cpu::stridesOf(in);
    for (std::size_t d = 0; d < in.size(); ++d) {
        view.strides.push_back(strides[d] * step[d]);
        if (view.shape[d] > 0)
            view.base += begin[d] * strides[d];
    }
    return view;
}

// Expand: numpy broadcasting of the input against the requested shape; stride 0 repeats.
inline Expected<StridedView> expandView(const Shape &in, const std::vector<int64_t> &requested)
{
    auto plan = cpu::planBroadcast({in, requested});
    if (!plan)
        return ruleError("shape does not broadcast with " + shapeToString(in));
    StridedView view;
    view.shape = plan->output;
    view.strides = plan->strides[0];
    return view;
}

inline Expected<Shape> tileShape(const Shape &in, const std::vector<int64_t> &repeats)
{
    if (repeats.size() != in.size())
        return ruleError("repeats must have one value per axis");
    Shape shape;
    for (std::size_t d = 0; d < repeats.size(); ++d) {
        if (repeats[d] < 0)
            return ruleError("negative repeat");
        shape.push_back(in[d] * repeats[d]);
    }
    return shape;
}

// Pad: pads are all the leading pads then all the trailing ones; negative pads crop.
inline Expected<Shape> padShape(const Shape &in, const std::vector<int64_t> &pads, bool readsBorder)
{
    const std::size_t rank = in.size();
    if (pads.size() != 2 * rank)
        return ruleError("pads has " + std::to_string(pads.size()) + " values for rank " + std::to_string(rank));
    Shape shape(rank);
    for (std::size_t d = 0; d < rank; ++d) {
        shape[d] = in[d] + pads[d] + pads[d + rank];
        if (shape[d] < 0 || (readsBorder && in[d] == 0 && shape[d] > 0))
            return ruleError("pads do not fit the input");
    }
    return shape;
}

// Resize: the output size and the scale per axis, from sizes when given, else from scales.
struct ResizeGeometry
{
    Shape shape;
    std::vector<double> scales;
};

inline Expected<ResizeGeometry> resizeGeometry(const Shape &in, std::vector<double> scales, const std::vector<int64_t> &sizes)
{
    const std::size_t rank = in.size();
    ResizeGeometry geometry;
    if (!sizes.empty()) {
        if (sizes.size() != rank)
            return ruleError("sizes has " + std::to_string(sizes.size()) + " values for rank " + std::to_string(rank));
        for (std::size_t d = 0; d < rank; ++d)
            geometry.scales.push_back(in[d] == 0 ? 1.0 : double(sizes[d]) / double(in[d]));
        geometry.shape = sizes;
        return geometry;
    }
    if (scales.size() != rank)
        return ruleError("scales has " + std::to_string(scales.size()) + " values for rank " + std::to_string(rank));
    for (std::size_t d = 0; d < rank; ++d) {
        if (!(scales[d] > 0) || !std::isfinite(scales[d]) || scales[d] > 1e6)
            return ruleError("scales must be positive and finite");
        geometry.shape.push_back(static_cast<int64_t>(std::floor(double(in[d]) * scales[d])));
    }
    geometry.scales = std::move(scales);
    return geometry;
}

// The enum value an attribute names; names the CPU engine does not know take its default.
template <typename E, std::size_t N>
E namedValue(const std::string &name, const std::pair<const char *, E> (&table)[N], E fallback)
{
    for (const auto &[key, value] : table) {
        if (name == key)
            return value;
    }
    return fallback;
}

// Resize's and Upsample's settings as the CPU engine reads them: Resize-10 and Upsample use
// asymmetric coordinates and floor for nearest; only Upsample also calls linear "bilinear".
inline ResizeParams resizeParamsFor(const std::string &opType, int64_t opset, const cpu::AttributeReader &attributes)
{
    static constexpr std::pair<const char *, ResizeTransform> transforms[] = {
        {"asymmetric", ResizeTransform::Asymmetric},
        {"align_corners", ResizeTransform::AlignCorners},
        {"pytorch_half_pixel", ResizeTransform::PytorchHalfPixel},
        {"tf_half_pixel_for_nn", ResizeTransform::TfHalfPixelForNn},
    };
    static constexpr std::pair<const char *, NearestMode> nearestModes[] = {
        {"floor", NearestMode::Floor},
        {"ceil", NearestMode::Ceil},
        {"round_prefer_ceil", NearestMode::RoundPreferCeil},
    };
    ResizeParams params;
    const std::string mode = attributes.getString("mode", "nearest");
    params.linear = mode == "linear" || (opType == "Upsample" && mode == "bilinear");
    if (opType == "Upsample" || opset < 11) {
        params.transform = ResizeTransform::Asymmetric;
        params.nearest = NearestMode::Floor;
        return params;
    }
    params.transform = namedValue(attributes.getString("coordinate_transformation_mode", "half_pixel"), transforms,
                                  ResizeTransform::HalfPixel);
    params.nearest = namedValue(attributes.getString("nearest_mode", "round_prefer_floor"), nearestModes,
                                NearestMode::RoundPreferFloor);
    return params;
}

} // namespace fleetdeck::validation::cuda
