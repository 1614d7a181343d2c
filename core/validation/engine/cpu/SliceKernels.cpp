// Data movement with index arithmetic: Slice, Split, Pad, Expand, Tile, ConstantOfShape, Range.
#include "core/validation/engine/cpu/ShapeOps.h"
#include "core/validation/engine/cpu/ShapeRules.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace fleetdeck::validation::cpu {

Status reshapeTo(KernelContext &ctx, Shape shape)
{
    const auto count = checkedElementCount(shape);
    if (!count || *count != ctx.input(0).elementCount())
        return ctx.fail("cannot reshape " + shapeToString(ctx.input(0).shape()) + " to " + shapeToString(shape));
    Tensor out = ctx.input(0);
    out.reshape(std::move(shape));
    ctx.setOutput(0, std::move(out));
    return {};
}

Status copyByPlan(KernelContext &ctx, const Tensor &input, const BroadcastPlan &plan, int64_t inputBase)
{
    auto out = ctx.allocate(0, input.dataType(), plan.output);
    if (!out)
        return out.error();
    const auto size = static_cast<int64_t>(elementSize(input.dataType()));
    const std::byte *src = input.bytes();
    std::byte *dst = out.value()->bytes();
    forEachBroadcast(plan, [&](int64_t i, const int64_t *o) {
        std::memcpy(dst + i * size, src + (inputBase + o[0]) * size, static_cast<std::size_t>(size));
    });
    return {};
}

namespace {

Status runSlice(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    std::vector<int64_t> starts, ends, axes, steps;
    if (ctx.opset() < 10) {
        starts = ctx.attributes().getInts("starts");
        ends = ctx.attributes().getInts("ends");
        axes = ctx.attributes().getInts("axes");
    } else {
        starts = ctx.input(1).toInt64Vector();
        ends = ctx.input(2).toInt64Vector();
        if (ctx.hasInput(3))
            axes = ctx.input(3).toInt64Vector();
        if (ctx.hasInput(4))
            steps = ctx.input(4).toInt64Vector();
    }
    if (axes.empty()) {
        for (std::size_t i = 0; i < starts.size(); ++i)
            axes.push_back(static_cast<int64_t>(i));
    }
    if (steps.empty())
        steps.assign(starts.size(), 1);
    if (ends.size() != starts.size() || axes.size() != starts.size() || steps.size() != starts.size())
        return ctx.fail("starts, ends, axes and steps differ in length");
    Shape shape = x.shape();
    std::vector<int64_t> begin(shape.size(), 0);
    std::vector<int64_t> step(shape.size(), 1);
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const auto axis = normaliseAxis(axes[i], x.rank());
        if (!axis || steps[i] == 0)
            return ctx.fail("bad axis or zero step");
        const int64_t dim = x.dim(*axis);
        auto wrap = [dim](int64_t v) { return v < 0 ? (v < -dim ? std::numeric_limits<int64_t>::min() / 2 : v + dim) : v; };
        int64_t s = wrap(starts[i]);
        int64_t e = wrap(ends[i]);
        int64_t count = 0;
        if (steps[i] > 0) {
            s = std::clamp(s, int64_t(0), dim);
            e = std::clamp(e, int64_t(0), dim);
            count = e > s ? (e - s + steps[i] - 1) / steps[i] : 0;
        } else {
            s = std::clamp(s, int64_t(-1), dim - 1);
            e = std::clamp(e, int64_t(-1), dim - 1);
            count = s > e ? (s - e + (-steps[i]) - 1) / (-steps[i]) : 0;
        }
        shape[static_cast<std::size_t>(*axis)] = count;
        begin[static_cast<std::size_t>(*axis)] = s;
        step[static_cast<std::size_t>(*axis)] = steps[i];
    }
    const std::vector<int64_t> strides = stridesOf(x.shape());
    BroadcastPlan plan{shape, {{}}};
    int64_t base = 0;
    for (std::size_t d = 0; d < shape.size(); ++d) {
        plan.strides[0].push_back(strides[d] * step[d]);
        if (shape[d] > 0)
            base += begin[d] * strides[d];
    }
    return copyByPlan(ctx, x, plan, base);
}

Status runSplit(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const auto axis = normaliseAxis(ctx.attributes().getInt("axis", 0), x.rank());
    if (!axis)
        return ctx.fail("axis out of range");
    const int64_t dim = x.dim(*axis);
    const auto outputs = static_cast<int64_t>(ctx.outputCount());
    std::vector<int64_t> sizes = ctx.opset() < 13 ? ctx.attributes().getInts("split")
                                                  : (ctx.hasInput(1) ? ctx.input(1).toInt64Vector() : std::vector<int64_t>{});
    auto planned = splitSizes(dim, outputs, std::move(sizes));
    if (!planned)
        return ctx.fail(planned.error().detail);
    sizes = std::move(planned.value());
    const std::vector<int64_t> strides = stridesOf(x.shape());
    int64_t offset = 0;
    for (std::size_t o = 0; o < sizes.size(); ++o) {
        Shape shape = x.shape();
        shape[static_cast<std::size_t>(*axis)] = sizes[o];
        KernelContext part(ctx.node(), ctx.opset(), {&x}, ctx.pool(), std::numeric_limits<int64_t>::max());
        FD_TRY_STATUS(copyByPlan(part, x, BroadcastPlan{shape, {strides}}, offset * strides[static_cast<std::size_t>(*axis)]));
        ctx.setOutput(o, std::move(part.takeOutputs()[0]));
        offset += sizes[o];
    }
    return {};
}

int64_t reflectIndex(int64_t i, int64_t n)
{
    if (n == 1)
        return 0;
    const int64_t period = 2 * (n - 1);
    i = ((i % period) + period) % period;
    return i < n ? i : period - i;
}

Status runPad(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const std::string mode = ctx.attributes().getString("mode", "constant");
    std::vector<int64_t> pads = ctx.opset() < 11 ? ctx.attributes().getInts("pads") : ctx.input(1).toInt64Vector();
    double value = ctx.opset() < 11 ? ctx.attributes().getFloat("value", 0.0f)
                                    : (ctx.hasInput(2) && ctx.input(2).elementCount() ? ctx.input(2).valueAsDouble(0) : 0.0);
    const auto rank = static_cast<std::size_t>(x.rank());
    if (pads.size() != 2 * rank)
        return ctx.fail("pads has " + std::to_string(pads.size()) + " values for rank " + std::to_string(rank));
    Shape shape(rank);
    for (std::size_t d = 0; d < rank; ++d) {
        shape[d] = x.shape()[d] + pads[d] + pads[d + rank];
        if (shape[d] < 0 || ((mode == "reflect" || mode == "edge") && x.shape()[d] == 0 && shape[d] > 0))
            return ctx.fail("pads do not fit the input");
    }
    auto out = ctx.allocate(0, x.dataType(), shape);
    if (!out)
        return out.error();
    const std::vector<int64_t> inStrides = stridesOf(x.shape());
    const std::vector<int64_t> outStrides = stridesOf(shape);
    visitNumericType(x.dataType(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *src = x.data<T>();
        T *dst = out.value()->template data<T>();
        for (int64_t i = 0; i < out.value()->elementCount(); ++i) {
            int64_t offset = 0;
            bool inside = true;
            for (std::size_t d = 0; d < rank; ++d) {
                int64_t c = (i / outStrides[d]) % shape[d] - pads[d];
                const int64_t n = x.shape()[d];
                if (c < 0 || c >= n) {
                    if (mode == "edge")
                        c = std::clamp(c, int64_t(0), n - 1);
                    else if (mode == "reflect")
                        c = reflectIndex(c, n);
                    else
                        inside = false;
                }
                offset += c * inStrides[d];
            }
            dst[i] = inside ? src[offset] : static_cast<T>(value);
        }
    });
    return {};
}

Status runExpand(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    auto plan = planBroadcast({x.shape(), ctx.input(1).toInt64Vector()});
    if (!plan)
        return ctx.fail("shape does not broadcast with " + shapeToString(x.shape()));
    plan->strides.resize(1);
    return copyByPlan(ctx, x, *plan);
}

Status runTile(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const std::vector<int64_t> repeats = ctx.input(1).toInt64Vector();
    if (static_cast<int64_t>(repeats.size()) != x.rank())
        return ctx.fail("repeats must have one value per axis");
    Shape shape;
    for (std::size_t d = 0; d < repeats.size(); ++d) {
        if (repeats[d] < 0)
            return ctx.fail("negative repeat");
        shape.push_back(x.shape()[d] * repeats[d]);
    }
    auto out = ctx.allocate(0, x.dataType(), shape);
    if (!out)
        return out.error();
    const auto size = static_cast<int64_t>(elementSize(x.dataType()));
    const std::vector<int64_t> inStrides = stridesOf(x.shape());
    const std::vector<int64_t> outStrides = stridesOf(shape);
    for (int64_t i = 0; i < out.value()->elementCount(); ++i) {
        int64_t offset = 0;
        for (std::size_t d = 0; d < shape.size(); ++d)
            offset += ((i / outStrides[d]) % shape[d]) % x.shape()[d] * inStrides[d];
        std::memcpy(out.value()->bytes() + i * size, x.bytes() + offset * size, static_cast<std::size_t>(size));
    }
    return {};
}

Status runConstantOfShape(KernelContext &ctx)
{
    const Tensor *value = ctx.attributes().getTensor("value");
    const DataType type = value ? value->dataType() : DataType::Float;
    auto out = ctx.allocate(0, type, ctx.input(0).toInt64Vector());
    if (!out)
        return out.error();
    if (value && value->elementCount() > 0) {
        const std::size_t size = elementSize(type);
        for (int64_t i = 0; i < out.value()->elementCount(); ++i)
            std::memcpy(out.value()->bytes() + static_cast<std::size_t>(i) * size, value->bytes(), size);
    }
    return {};
}

Status runRange(KernelContext &ctx)
{
    const double start = ctx.input(0).valueAsDouble(0);
    const double limit = ctx.input(1).valueAsDouble(0);
    const double delta = ctx.input(2).valueAsDouble(0);
    if (delta == 0 || !std::isfinite(start) || !std::isfinite(limit) || !std::isfinite(delta))
        return ctx.fail("Range needs a finite start, limit and a non-zero delta");
    const double steps = std::ceil((limit - start) / delta);
    const auto count = static_cast<int64_t>(std::max(0.0, std::min(steps, 9.0e18)));
    const DataType type = ctx.input(0).dataType();
    auto out = ctx.allocate(0, type, {count});
    if (!out)
        return out.error();
    visitArithmeticType(type, [&](auto tag) {
        using T = typename decltype(tag)::type;
        T *dst = out.value()->template data<T>();
        // Repeated addition, as the spec defines it, so float outputs match bit for bit.
        T value = ctx.input(0).data<T>()[0];
        const T step = ctx.input(2).data<T>()[0];
        for (int64_t i = 0; i < count; ++i) {
            dst[i] = value;
            value = static_cast<T>(value + step);
        }
    });
    return {};
}

} // namespace

void registerSliceKernels(OpRegistry &registry)
{
    const auto any = [](const SupportQuery &q) { return requireTypes(q, 0, allTypes); };
    registry.add("Slice", any, runSlice);
    registry.add("Split", any, runSplit);
    registry.add("Pad", [](const SupportQuery &q) -> std::optional<UnsupportedReason> {
        const std::string mode = q.attributes.getString("mode", "constant");
        if (mode != "constant" && mode != "reflect" && mode != "edge")
            return UnsupportedReason{UnsupportedKind::AttributeValue, "mode=" + mode};
        if (q.hasInput(3))
            return UnsupportedReason{UnsupportedKind::InputForm, "axes input"};
        return requireTypes(q, 0, allTypes);
    }, runPad);
    registry.add("Expand", any, runExpand);
    registry.add("Tile", any, runTile);
    registry.add("ConstantOfShape", [](const SupportQuery &q) -> std::optional<UnsupportedReason> {
        const Tensor *value = q.attributes.getTensor("value");
        if (value && !visitNumericType(value->dataType(), [](auto) {}))
            return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(value->dataType())) + " value"};
        return std::nullopt;
    }, runConstantOfShape);
    registry.add("Range", [](const SupportQuery &q) {
        return requireAllTypes(q, {DataType::Float, DataType::Double, DataType::Int32, DataType::Int64});
    }, runRange);
}

} // namespace fleetdeck::validation::cpu
