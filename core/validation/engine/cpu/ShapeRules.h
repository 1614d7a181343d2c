#pragma once

// Shape rules of data-movement ops that both engines apply: the CPU kernels and the CUDA engine's
// plans (cuda/MovementShapes.h) call these, so the two can never disagree on a shape. Errors are
// KernelFailed with the detail alone; callers add the node.

#include "core/validation/engine/EngineError.h"
#include "core/validation/engine/Tensor.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace fleetdeck::validation::cpu {

inline EngineError ruleError(std::string detail)
{
    return makeError(ErrorCode::KernelFailed, std::move(detail));
}

// Reshape: 0 copies the input's dimension unless allowzero; one -1 is inferred.
inline Expected<Shape> reshapeShape(const Shape &in, const std::vector<int64_t> &requested, bool allowZero)
{
    Shape shape;
    int64_t inferred = -1;
    int64_t known = 1;
    for (std::size_t i = 0; i < requested.size(); ++i) {
        int64_t dim = requested[i];
        if (dim == 0 && !allowZero) {
            if (i >= in.size())
                return ruleError("shape copies dimension " + std::to_string(i) + " the input does not have");
            dim = in[i];
        }
        if (dim == -1) {
            if (inferred >= 0)
                return ruleError("shape has more than one -1");
            inferred = static_cast<int64_t>(i);
            dim = 1;
        } else if (dim < 0) {
            return ruleError("negative dimension in shape " + shapeToString(requested));
        }
        if (dim != 0 && known > std::numeric_limits<int64_t>::max() / dim)
            return ruleError("shape " + shapeToString(requested) + " is too large");
        known *= dim;
        shape.push_back(dim);
    }
    const int64_t count = checkedElementCount(in).value_or(0);
    if (inferred >= 0) {
        if (known == 0 || count % known != 0)
            return ruleError("cannot infer -1 in " + shapeToString(requested) + " for " + shapeToString(in));
        shape[static_cast<std::size_t>(inferred)] = count / known;
    }
    if (checkedElementCount(shape) != count)
        return ruleError("cannot reshape " + shapeToString(in) + " to " + shapeToString(shape));
    return shape;
}

// Split: explicit sizes must add up to the axis; without them the axis is cut into outputs
// chunks of ceil(dim / outputs), the last ones shorter (or empty).
inline Expected<std::vector<int64_t>> splitSizes(int64_t dim, int64_t outputs, std::vector<int64_t> sizes)
{
    if (sizes.empty() && outputs > 0) {
        const int64_t each = (dim + outputs - 1) / outputs;
        for (int64_t i = 0; i < outputs; ++i)
            sizes.push_back(std::max<int64_t>(0, std::min(each, dim - each * i)));
    }
    int64_t total = 0;
    for (int64_t s : sizes)
        total += s;
    if (static_cast<int64_t>(sizes.size()) != outputs || total != dim)
        return ruleError("split sizes do not add up to dimension " + std::to_string(dim));
    return sizes;
}

} // namespace fleetdeck::validation::cpu
