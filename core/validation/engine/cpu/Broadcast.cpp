#include "core/validation/engine/cpu/Broadcast.h"

#include "core/validation/engine/cpu/KernelContext.h"

#include <algorithm>

namespace fleetdeck::validation::cpu {

std::vector<int64_t> stridesOf(const Shape &shape)
{
    std::vector<int64_t> strides(shape.size(), 1);
    for (std::size_t d = shape.size(); d-- > 1;)
        strides[d - 1] = strides[d] * shape[d];
    return strides;
}

std::optional<BroadcastPlan> planBroadcast(const std::vector<Shape> &shapes)
{
    std::size_t rank = 0;
    for (const Shape &shape : shapes)
        rank = std::max(rank, shape.size());
    BroadcastPlan plan;
    plan.output.assign(rank, 1);
    for (const Shape &shape : shapes) {
        const std::size_t shift = rank - shape.size();
        for (std::size_t d = 0; d < shape.size(); ++d) {
            int64_t &out = plan.output[shift + d];
            if (shape[d] == out || shape[d] == 1)
                continue;
            if (out != 1)
                return std::nullopt;
            out = shape[d];
        }
    }
    for (const Shape &shape : shapes) {
        const std::size_t shift = rank - shape.size();
        const std::vector<int64_t> own = stridesOf(shape);
        std::vector<int64_t> strides(rank, 0);
        for (std::size_t d = 0; d < shape.size(); ++d)
            strides[shift + d] = shape[d] == 1 ? 0 : own[d];
        plan.strides.push_back(std::move(strides));
    }
    return plan;
}

std::optional<int64_t> normaliseAxis(int64_t axis, int64_t rank)
{
    if (axis < -rank || axis >= rank)
        return std::nullopt;
    return axis < 0 ? axis + rank : axis;
}

Shape legacyOperandShape(int64_t opset, const AttributeReader &attributes, const Shape &a, const Shape &b)
{
    if (opset >= 7 || attributes.getInt("broadcast", 0) == 0 || b.size() >= a.size())
        return b;
    const auto rankA = static_cast<int64_t>(a.size());
    const auto rankB = static_cast<int64_t>(b.size());
    int64_t axis = attributes.getInt("axis", rankA - rankB);
    if (axis < 0)
        axis += rankA;
    if (axis < 0 || axis + rankB > rankA)
        return b;
    Shape shape(a.size(), 1);
    for (int64_t i = 0; i < rankB; ++i)
        shape[static_cast<std::size_t>(axis + i)] = b[static_cast<std::size_t>(i)];
    return shape;
}

} // namespace fleetdeck::validation::cpu
