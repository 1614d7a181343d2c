// Ops that move data without arithmetic: Constant, Shape, Reshape, Flatten, Squeeze, Unsqueeze,
// Transpose, Concat, Split, Expand, Tile, ConstantOfShape, Range, Size.
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/OpRegistry.h"
#include "core/validation/engine/cpu/ShapeOps.h"
#include "core/validation/engine/cpu/ShapeRules.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace fleetdeck::validation::cpu {

namespace {

Status runConstant(KernelContext &ctx)
{
    const AttributeReader &a = ctx.attributes();
    if (const Tensor *value = a.getTensor("value")) {
        ctx.setOutput(0, *value);
    } else if (a.has("value_float")) {
        ctx.setOutput(0, Tensor::fromVector<float>(DataType::Float, {}, {a.getFloat("value_float", 0)}));
    } else if (a.has("value_floats")) {
        const auto values = a.getFloats("value_floats");
        ctx.setOutput(0, Tensor::fromVector<float>(DataType::Float, {int64_t(values.size())}, values));
    } else if (a.has("value_int")) {
        ctx.setOutput(0, Tensor::fromVector<int64_t>(DataType::Int64, {}, {a.getInt("value_int", 0)}));
    } else if (a.has("value_ints")) {
        const auto values = a.getInts("value_ints");
        ctx.setOutput(0, Tensor::fromVector<int64_t>(DataType::Int64, {int64_t(values.size())}, values));
    } else {
        return ctx.fail("Constant without a value");
    }
    return {};
}

Status runShape(KernelContext &ctx)
{
    const Shape &shape = ctx.input(0).shape();
    const auto rank = static_cast<int64_t>(shape.size());
    auto clampAxis = [rank](int64_t axis) { return std::clamp(axis < 0 ? axis + rank : axis, int64_t(0), rank); };
    const int64_t start = ctx.opset() >= 15 ? clampAxis(ctx.attributes().getInt("start", 0)) : 0;
    const int64_t end = ctx.opset() >= 15 ? clampAxis(ctx.attributes().getInt("end", rank)) : rank;
    std::vector<int64_t> dims;
    for (int64_t i = start; i < end; ++i)
        dims.push_back(shape[static_cast<std::size_t>(i)]);
    ctx.setOutput(0, Tensor::fromVector<int64_t>(DataType::Int64, {int64_t(dims.size())}, dims));
    return {};
}

Status runSize(KernelContext &ctx)
{
    ctx.setOutput(0, Tensor::fromVector<int64_t>(DataType::Int64, {}, {ctx.input(0).elementCount()}));
    return {};
}

Status runReshape(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    auto shape = reshapeShape(x.shape(), ctx.input(1).toInt64Vector(), ctx.attributes().getInt("allowzero", 0) != 0);
    if (!shape)
        return ctx.fail(shape.error().detail);
    return reshapeTo(ctx, std::move(shape.value()));
}

Status runFlatten(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    // Flatten's axis may equal the rank, so [-rank, rank] is valid and -1 means rank - 1.
    int64_t requested = ctx.attributes().getInt("axis", 1);
    if (requested < -x.rank() || requested > x.rank())
        return ctx.fail("axis out of range");
    const std::optional<int64_t> axis = requested < 0 ? requested + x.rank() : requested;
    int64_t outer = 1;
    for (int64_t i = 0; i < *axis; ++i)
        outer *= x.dim(i);
    return reshapeTo(ctx, {outer, outer == 0 ? 0 : x.elementCount() / outer});
}

std::optional<std::vector<int64_t>> axesFrom(KernelContext &ctx, std::size_t input, int64_t attributeBefore)
{
    if (ctx.opset() < attributeBefore) {
        if (!ctx.attributes().has("axes"))
            return std::nullopt;
        return ctx.attributes().getInts("axes");
    }
    if (!ctx.hasInput(input))
        return std::nullopt;
    return ctx.input(input).toInt64Vector();
}

Status runSqueeze(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const auto axes = axesFrom(ctx, 1, 13);
    std::vector<bool> drop(x.shape().size(), false);
    if (axes) {
        for (int64_t axis : *axes) {
            const auto a = normaliseAxis(axis, x.rank());
            if (!a || x.dim(*a) != 1)
                return ctx.fail("cannot squeeze axis " + std::to_string(axis) + " of " + shapeToString(x.shape()));
            drop[static_cast<std::size_t>(*a)] = true;
        }
    } else {
        for (std::size_t i = 0; i < drop.size(); ++i)
            drop[i] = x.shape()[i] == 1;
    }
    Shape shape;
    for (std::size_t i = 0; i < drop.size(); ++i) {
        if (!drop[i])
            shape.push_back(x.shape()[i]);
    }
    return reshapeTo(ctx, std::move(shape));
}

Status runUnsqueeze(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const auto axes = axesFrom(ctx, 1, 13);
    if (!axes)
        return ctx.fail("Unsqueeze without axes");
    const int64_t rank = x.rank() + static_cast<int64_t>(axes->size());
    std::vector<bool> inserted(static_cast<std::size_t>(rank), false);
    for (int64_t axis : *axes) {
        const auto a = normaliseAxis(axis, rank);
        if (!a || inserted[static_cast<std::size_t>(*a)])
            return ctx.fail("bad or repeated axis " + std::to_string(axis));
        inserted[static_cast<std::size_t>(*a)] = true;
    }
    Shape shape;
    std::size_t next = 0;
    for (int64_t i = 0; i < rank; ++i)
        shape.push_back(inserted[static_cast<std::size_t>(i)] ? 1 : x.shape()[next++]);
    return reshapeTo(ctx, std::move(shape));
}

Status runTranspose(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    std::vector<int64_t> perm = ctx.attributes().getInts("perm");
    if (perm.empty()) {
        for (int64_t i = x.rank() - 1; i >= 0; --i)
            perm.push_back(i);
    }
    std::vector<int64_t> sorted = perm;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (sorted[i] != static_cast<int64_t>(i) || sorted.size() != x.shape().size())
            return ctx.fail("perm is not a permutation of the input's axes");
    }
    Shape shape;
    std::vector<int64_t> inStrides = stridesOf(x.shape());
    BroadcastPlan plan;
    for (int64_t p : perm) {
        shape.push_back(x.dim(p));
        plan.strides.emplace_back();
    }
    plan.output = shape;
    plan.strides.assign(1, {});
    for (int64_t p : perm)
        plan.strides[0].push_back(inStrides[static_cast<std::size_t>(p)]);
    return copyByPlan(ctx, x, plan);
}

Status runConcat(KernelContext &ctx)
{
    const Tensor &first = ctx.input(0);
    const auto axis = normaliseAxis(ctx.attributes().getInt("axis", 0), first.rank());
    if (!axis)
        return ctx.fail("axis out of range");
    Shape shape = first.shape();
    shape[static_cast<std::size_t>(*axis)] = 0;
    for (std::size_t i = 0; i < ctx.inputCount(); ++i) {
        const Tensor &t = ctx.input(i);
        for (int64_t d = 0; d < first.rank(); ++d) {
            if (t.rank() != first.rank() || (d != *axis && t.dim(d) != first.dim(d)))
                return ctx.fail("input " + std::to_string(i) + " " + shapeToString(t.shape()) + " does not fit " + shapeToString(first.shape()));
        }
        shape[static_cast<std::size_t>(*axis)] += t.dim(*axis);
    }
    auto out = ctx.allocate(0, first.dataType(), shape);
    if (!out)
        return out.error();
    int64_t outer = 1;
    for (int64_t d = 0; d < *axis; ++d)
        outer *= shape[static_cast<std::size_t>(d)];
    const auto size = static_cast<int64_t>(elementSize(first.dataType()));
    const int64_t outRow = outer == 0 ? 0 : out.value()->elementCount() / outer * size;
    int64_t column = 0;
    for (std::size_t i = 0; i < ctx.inputCount(); ++i) {
        const Tensor &t = ctx.input(i);
        const int64_t row = outer == 0 ? 0 : t.elementCount() / outer * size;
        for (int64_t o = 0; o < outer && row > 0; ++o)
            std::memcpy(out.value()->bytes() + o * outRow + column, t.bytes() + o * row, static_cast<std::size_t>(row));
        column += row;
    }
    return {};
}

} // namespace

void registerShapeKernels(OpRegistry &registry)
{
    registry.add("Constant", [](const SupportQuery &q) -> std::optional<UnsupportedReason> {
        if (q.attributes.has("value_string") || q.attributes.has("value_strings"))
            return UnsupportedReason{UnsupportedKind::DataType, "string constant"};
        if (const Tensor *value = q.attributes.getTensor("value"); value && !visitNumericType(value->dataType(), [](auto) {}))
            return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(value->dataType())) + " constant"};
        return std::nullopt;
    }, runConstant);
    const auto any = [](const SupportQuery &q) { return requireTypes(q, 0, allTypes); };
    registry.add("Shape", {}, runShape);
    registry.add("Size", {}, runSize);
    registry.add("Reshape", any, runReshape);
    registry.add("Flatten", any, runFlatten);
    registry.add("Squeeze", any, runSqueeze);
    registry.add("Unsqueeze", any, runUnsqueeze);
    registry.add("Transpose", any, runTranspose);
    registry.add("Concat", any, runConcat);
    
}

} // namespace fleetdeck::validation::cpu
