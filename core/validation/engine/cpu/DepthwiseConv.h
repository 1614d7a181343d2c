#pragma once

#include "core/validation/engine/ThreadPool.h"
#include "core/validation/engine/cpu/ConvGeometry.h"
#include "core/validation/engine/cpu/Sgemm.h"

#include <vector>

namespace fleetdeck::validation::cpu {

// 2-D Conv where every group has one input channel (MobileNet's depthwise layers, with any
// channel multiplier): a direct sliding window per map, no im2col. tail: rowBias null or one per
// map; residual null or a tensor of y's shape (residualStride ignored); then the clamp.
void depthwiseConv2d(ThreadPool &pool, const ConvProblem &p, const float *x, const float *w,
                     const GemmEpilogue &tail, float *y);

} // namespace fleetdeck::validation::cpu
