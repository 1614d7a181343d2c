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

// For Conv and the pools (a window slides over the input). kernel: the spatial kernel dims.
Expected<ConvGeometry> slidingGeometry(const KernelContext &ctx, const Shape &inputShape,
                                       std::vector<int64_t> kernel, bool ceilMode);

} // namespace fleetdeck::validation::cpu
