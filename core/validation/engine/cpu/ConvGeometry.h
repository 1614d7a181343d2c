#pragma once

#include "core/validation/engine/cpu/KernelContext.h"

#include <vector>

namespace fleetdeck::validation::cpu {

// Spatial geometry shared by Conv, ConvTranspose and the pools: kernel, strides, dilations,
// pads (begin per axis, then end per axis) and the output size, after auto_pad.
struct ConvGeometry
{
    std::vector<int64_t> input;    // spatial input dims
    std::vector<int64_t> kernel;
    std::vector<int64_t> strides;
    std::vector<int64_t> dilations;
    std::vector<int64_t> padBegin;
    std::vector<int64_t> padEnd;
    std::vector<int64_t> output;

    std::size_t rank() const { return input.size(); }
    int64_t outputSize() const;
    int64_t kernelSize() const;
};

// Conv's sizes, checked once, shared by its paths (im2col + GEMM, depthwise, float64 reference).
struct ConvProblem
{
    ConvGeometry g;
    int64_t batch = 0, channels = 0, maps = 0, group = 1;
    int64_t inSize = 1, outSize = 1, kernelSize = 1; // spatial element counts
    int64_t groupChannels() const { return channels / group; }
    int64_t groupMaps() const { return maps / group; }
};

// For a 2-D window, per kernel column: the output columns [first, last) whose input column
// (output column * stride + offset) lies inside the input, so inner loops need no bounds checks.
struct ColumnRange
{
    int64_t offset;
    int64_t first;
    int64_t last;
};
std::vector<ColumnRange> columnRanges(const ConvGeometry &g);

// For Conv and the pools (a window slides over the input). kernel: the spatial kernel dims.
Expected<ConvGeometry> slidingGeometry(const KernelContext &ctx, const Shape &inputShape,
                                       std::vector<int64_t> kernel, bool ceilMode);

} // namespace fleetdeck::validation::cpu
