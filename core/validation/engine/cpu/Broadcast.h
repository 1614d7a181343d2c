#pragma once

#include "core/validation/engine/Tensor.h"

#include <optional>
#include <vector>

namespace fleetdeck::validation::cpu {

class AttributeReader;

// Numpy broadcasting of several shapes: the output shape and, per input, the stride of each
// output dimension in that input (0 where the input repeats along it).
struct BroadcastPlan
{
    Shape output;
    std::vector<std::vector<int64_t>> strides;
};

std::optional<BroadcastPlan> planBroadcast(const std::vector<Shape> &shapes);

// Before opset 7, binary ops broadcast only with broadcast=1, aligning B at `axis` of A: the
// shape B is broadcast as (B itself otherwise). Both engines' binary ops use it.
Shape legacyOperandShape(int64_t opset, const AttributeReader &attributes, const Shape &a, const Shape &b);

// Row-major strides of a shape.
std::vector<int64_t> stridesOf(const Shape &shape);

// Calls f(outputIndex, offsets) for every output element; offsets[k] indexes input k.
template <typename F>
void forEachBroadcast(const BroadcastPlan &plan, F &&f)
{
    const std::size_t k = plan.strides.size();
    const std::size_t rank = plan.output.size();
    const int64_t total = checkedElementCount(plan.output).value_or(0);
    std::vector<int64_t> offsets(k, 0);
    if (total == 0)
        return;
    if (rank == 0) {
        f(int64_t(0), offsets.data());
        return;
    }
    std::vector<int64_t> index(rank, 0);
    std::vector<int64_t> current(k, 0);
    const int64_t inner = plan.output[rank - 1];
    int64_t outIndex = 0;
    while (outIndex < total) {
        current = offsets;
        for (int64_t j = 0; j < inner; ++j) {
            f(outIndex++, current.data());
            for (std::size_t i = 0; i < k; ++i)
                current[i] += plan.strides[i][rank - 1];
        }
        for (std::size_t d = rank - 1; d-- > 0;) {
            ++index[d];
            for (std::size_t i = 0; i < k; ++i)
                offsets[i] += plan.strides[i][d];
            if (index[d] < plan.output[d])
                break;
            for (std::size_t i = 0; i < k; ++i)
                offsets[i] -= plan.strides[i][d] * plan.output[d];
            index[d] = 0;
        }
    }
}

// Normalises a possibly negative axis against rank; nullopt when out of range.
std::optional<int64_t> normaliseAxis(int64_t axis, int64_t rank);

// Negative indices count from the end; anything outside [-n, n) is refused, never read.
inline bool resolveIndex(int64_t &index, int64_t n)
{
    if (index < 0)
        index += n;
    return index >= 0 && index < n;
}

} // namespace fleetdeck::validation::cpu
