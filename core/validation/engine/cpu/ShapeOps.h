#pragma once

// Helpers shared by the data-movement kernels (ShapeKernels*.cpp, IndexKernels.cpp).

#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/OpRegistry.h"

namespace fleetdeck::validation::cpu {

// Output 0 = input 0 with a new shape of the same element count.
Status reshapeTo(KernelContext &ctx, Shape shape);

// Output 0 of shape plan.output, element i copied from input at plan.strides[0] offsets.
Status copyByPlan(KernelContext &ctx, const Tensor &input, const BroadcastPlan &plan, int64_t inputBase = 0);



} // namespace fleetdeck::validation::cpu
