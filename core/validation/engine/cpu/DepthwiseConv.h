#pragma once

#include "core/validation/engine/ThreadPool.h"
#include "core/validation/engine/cpu/ConvGeometry.h"

#include <vector>

namespace fleetdeck::validation::cpu {

// 2-D Conv where every group has one input channel (MobileNet's depthwise layers, with any
// channel multiplier): a direct sliding window per map, no im2col. bias: empty or one per map.
void depthwiseConv2d(ThreadPool &pool, const ConvProblem &p, const float *x, const float *w,
                     const std::vector<float> &bias, float *y);

} // namespace fleetdeck::validation::cpu
