// ReduceX, ArgMax/ArgMin, Softmax/LogSoftmax/Hardmax. Sums accumulate in double.
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/OpRegistry.h"

#include <cmath>
#include <limits>

namespace fleetdeck::validation::cpu {

namespace {

enum class Reduce { Sum, Mean, Max, Min, Prod, L1, L2, LogSum, LogSumExp, SumSquare };

// Reduced axes (sorted flags) from the attribute or, for ReduceSum from 13, the input.
Expected<std::vector<bool>> reducedAxes(KernelContext &ctx, bool axesInput, bool &noop)
{
    const Tensor &x = ctx.input(0);
    std::vector<int64_t> axes;
    if (axesInput) {
        if (ctx.hasInput(1))
            axes = ctx.input(1).toInt64Vector();
    } else {
        axes = ctx.attributes().getInts("axes");
    }
    noop = axes.empty() && axesInput && ctx.attributes().getInt("noop_with_empty_axes", 0) != 0;
    std::vector<bool> reduced(x.shape().size(), axes.empty());
    for (int64_t axis : axes) {
        const auto a = normaliseAxis(axis, x.rank());
        if (!a)
            return ctx.fail("axis " + std::to_string(axis) + " out of range for " + shapeToString(x.shape()));
        reduced[static_cast<std::size_t>(*a)] = true;
    }
    return reduced;
}

double initial(Reduce op)
{
    switch (op) {
    case Reduce::Max: return -std::numeric_limits<double>::infinity();
    case Reduce::Min: return std::numeric_limits<double>::infinity();
    case Reduce::Prod: return 1.0;
    default: return 0.0;
    }
}

Status runReduce(KernelContext &ctx, Reduce op, bool axesInput)
{
    const Tensor &x = ctx.input(0);
    bool noop = false;
    auto reduced = reducedAxes(ctx, axesInput, noop);
    if (!reduced)
        return reduced.error();
    if (noop) {
        ctx.setOutput(0, x);
        return {};
    }
    const bool keep = ctx.attributes().getInt("keepdims", 1) != 0;
    Shape kept;
    Shape outShape;
    for (std::size_t d = 0; d < x.shape().size(); ++d) {
        kept.push_back((*reduced)[d] ? 1 : x.shape()[d]);
        if (!(*reduced)[d] || keep)
            outShape.push_back(kept.back());
    }
    auto out = ctx.allocate(0, x.dataType(), outShape);
    if (!out)
        return out.error();
    const int64_t outCount = out.value()->elementCount();
    const int64_t groupSize = outCount == 0 ? 0 : x.elementCount() / outCount;
    std::vector<double> acc(static_cast<std::size_t>(outCount), initial(op));
    std::vector<double> peak(op == Reduce::LogSumExp ? acc.size() : 0, -std::numeric_limits<double>::infinity());
    // Strides into the reduced output for every input position (0 along reduced axes).
    BroadcastPlan plan{x.shape(), {stridesOf(kept)}};
    for (std::size_t d = 0; d < kept.size(); ++d)
        plan.strides[0][d] = (*reduced)[d] ? 0 : plan.strides[0][d];
    if (op == Reduce::LogSumExp)
        forEachBroadcast(plan, [&](int64_t i, const int64_t *o) { peak[static_cast<std::size_t>(o[0])] = std::max(peak[static_cast<std::size_t>(o[0])], x.valueAsDouble(i)); });
    forEachBroadcast(plan, [&](int64_t i, const int64_t *o) {
        const double v = x.valueAsDouble(i);
        double &a = acc[static_cast<std::size_t>(o[0])];
        switch (op) {
        case Reduce::Sum: case Reduce::Mean: case Reduce::LogSum: a += v; break;
        case Reduce::Max: a = (std::isnan(v) || std::isnan(a)) ? NAN : std::max(a, v); break;
        case Reduce::Min: a = (std::isnan(v) || std::isnan(a)) ? NAN : std::min(a, v); break;
        case Reduce::Prod: a *= v; break;
        case Reduce::L1: a += std::abs(v); break;
        case Reduce::L2: case Reduce::SumSquare: a += v * v; break;
        case Reduce::LogSumExp: a += std::exp(v - peak[static_cast<std::size_t>(o[0])]); break;
        }
    });
    visitArithmeticType(x.dataType(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        T *dst = out.value()->template data<T>();
        for (int64_t i = 0; i < outCount; ++i) {
            double v = acc[static_cast<std::size_t>(i)];
            if (op == Reduce::Mean)
                v = groupSize ? v / double(groupSize) : NAN;
            else if (op == Reduce::L2)
                v = std::sqrt(v);
            else if (op == Reduce::LogSum)
                v = std::log(v);
            else if (op == Reduce::LogSumExp)
                v = std::log(v) + peak[static_cast<std::size_t>(i)];
            dst[i] = static_cast<T>(v);
        }
    });
    return {};
}

Status runArg(KernelContext &ctx, bool max)
{
    const Tensor &x = ctx.input(0);
    const auto axis = normaliseAxis(ctx.attributes().getInt("axis", 0), x.rank());
    if (!axis)
        return ctx.fail("axis out of range");
    const bool keep = ctx.attributes().getInt("keepdims", 1) != 0;
    const bool last = ctx.attributes().getInt("select_last_index", 0) != 0;
    const int64_t n = x.dim(*axis);
    if (n == 0)
        return ctx.fail("ArgMax/ArgMin over an empty axis");
    Shape shape = x.shape();
    if (keep)
        shape[static_cast<std::size_t>(*axis)] = 1;
    else
        shape.erase(shape.begin() + *axis);
    auto out = ctx.allocate(0, DataType::Int64, shape);
    if (!out)
        return out.error();
    int64_t inner = 1;
    for (int64_t d = *axis + 1; d < x.rank(); ++d)
        inner *= x.dim(d);
    if (inner == 0)
        return {}; // another axis is empty: so is the output
    const int64_t outer = x.elementCount() / (n * inner);
    int64_t *dst = out.value()->data<int64_t>();
    for (int64_t o = 0; o < outer; ++o) {
        for (int64_t i = 0; i < inner; ++i) {
            int64_t best = 0;
            double bestValue = x.valueAsDouble(o * n * inner + i);
            for (int64_t k = 1; k < n; ++k) {
                const double v = x.valueAsDouble((o * n + k) * inner + i);
                const bool better = max ? (v > bestValue || (last && v == bestValue)) : (v < bestValue || (last && v == bestValue));
                if (better) {
                    best = k;
                    bestValue = v;
                }
            }
            dst[o * inner + i] = best;
        }
    }
    return {};
}

enum class SoftmaxKind { Softmax, LogSoftmax, Hardmax };

Status runSoftmax(KernelContext &ctx, SoftmaxKind kind)
{
    const Tensor &x = ctx.input(0);
    const bool legacy = ctx.opset() < 13; // before 13 the input was coerced to 2-D at axis
    const auto axis = x.rank() == 0 ? std::optional<int64_t>(0)
                                    : normaliseAxis(ctx.attributes().getInt("axis", legacy ? 1 : -1), x.rank());
    if (!axis)
        return ctx.fail("axis out of range");
    int64_t outer = 1, n = 1, inner = 1;
    for (int64_t d = 0; d < x.rank(); ++d) {
        if (d < *axis)
            outer *= x.dim(d);
        else if (d == *axis || legacy)
            n *= x.dim(d);
        else
            inner *= x.dim(d);
    }
    auto out = ctx.allocate(0, x.dataType(), x.shape());
    if (!out)
        return out.error();
    visitArithmeticType(x.dataType(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *src = x.data<T>();
        T *dst = out.value()->template data<T>();
        ctx.pool().parallelFor(outer * inner, 64, [&](int64_t begin, int64_t end) {
            for (int64_t r = begin; r < end; ++r) {
                const int64_t base = (r / inner) * n * inner + r % inner;
                double peak = -std::numeric_limits<double>::infinity();
                int64_t arg = 0;
                for (int64_t k = 0; k < n; ++k) {
                    const double v = static_cast<double>(src[base + k * inner]);
                    if (v > peak) {
                        peak = v;
                        arg = k;
                    }
                }
                double sum = 0;
                for (int64_t k = 0; k < n; ++k)
                    sum += std::exp(static_cast<double>(src[base + k * inner]) - peak);
                for (int64_t k = 0; k < n; ++k) {
                    const double v = static_cast<double>(src[base + k * inner]) - peak;
                    double result = 0;
                    if (kind == SoftmaxKind::Softmax)
                        result = std::exp(v) / sum;
                    else if (kind == SoftmaxKind::LogSoftmax)
                        result = v - std::log(sum);
                    else
                        result = k == arg ? 1.0 : 0.0;
                    dst[base + k * inner] = static_cast<T>(result);
                }
            }
        });
    });
    return {};
}

} // namespace

void registerReduceKernels(OpRegistry &registry)
{
    const std::pair<const char *, Reduce> reductions[] = {
        {"ReduceSum", Reduce::Sum}, {"ReduceMean", Reduce::Mean}, {"ReduceMax", Reduce::Max},
        {"ReduceMin", Reduce::Min}, {"ReduceProd", Reduce::Prod}, {"ReduceL1", Reduce::L1},
        {"ReduceL2", Reduce::L2}, {"ReduceLogSum", Reduce::LogSum}, {"ReduceLogSumExp", Reduce::LogSumExp},
        {"ReduceSumSquare", Reduce::SumSquare}};
    for (const auto &[name, op] : reductions) {
        const Reduce reduce = op;
        const bool sum = reduce == Reduce::Sum;
        registry.add(name, [](const SupportQuery &q) {
            return requireTypes(q, 0, {DataType::Float, DataType::Double, DataType::Int32, DataType::Int64});
        }, [reduce, sum](KernelContext &ctx) { return runReduce(ctx, reduce, sum && ctx.opset() >= 13); });
    }
    const auto argCheck = [](const SupportQuery &q) { return requireTypes(q, 0, numericTypes); };
    registry.add("ArgMax", argCheck, [](KernelContext &ctx) { return runArg(ctx, true); });
    registry.add("ArgMin", argCheck, [](KernelContext &ctx) { return runArg(ctx, false); });
    const std::pair<const char *, SoftmaxKind> softmaxes[] = {
        {"Softmax", SoftmaxKind::Softmax}, {"LogSoftmax", SoftmaxKind::LogSoftmax}, {"Hardmax", SoftmaxKind::Hardmax}};
    for (const auto &[name, kind] : softmaxes) {
        const SoftmaxKind k = kind;
        registry.add(name, [](const SupportQuery &q) { return requireTypes(q, 0, floatTypes); },
                     [k](KernelContext &ctx) { return runSoftmax(ctx, k); });
    }
}

} // namespace fleetdeck::validation::cpu
