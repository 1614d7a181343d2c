// Broadcasting elementwise ops on the GPU: arithmetic (also variadic: Sum, Mean, Max, Min), Pow,
// PRelu, comparisons and logic, Where. The broadcast is planned on the host once (the CPU
// engine's planBroadcast, then merged axes: ElementwiseIndex.h); kernels loop over output elements.

#include "core/validation/engine/cuda/ElementwiseKernels.cuh"

#include <string_view>

namespace fleetdeck::validation::cuda {

namespace {

template <BinaryOp op>
struct ArithFn
{
    template <typename T>
    FD_HD T operator()(T a, T b) const { return applyBinary<op>(a, b); }
};

template <CompareOp op>
struct CompareFn
{
    template <typename T>
    FD_HD bool operator()(T a, T b) const { return applyCompare<op>(a, b); }
};

struct PowFn
{
    template <typename T, typename E>
    FD_HD T operator()(T a, E b) const { return applyPow(a, b); }
};

template <typename F, typename A, typename B, typename R>
__global__ void binaryKernel(const A *a, const B *b, R *y, int64_t n, BroadcastLayout<2> layout, F f)
{
    FD_GRID_LOOP(i, n)
    {
        int64_t o[2];
        broadcastOffsets(i, layout, o);
        y[i] = f(a[o[0]], b[o[1]]);
    }
}

template <typename T>
__global__ void divideKernel(T *y, int64_t n, T divisor)
{
    FD_GRID_LOOP(i, n)
    {
        y[i] = y[i] / divisor;
    }
}

template <typename F, typename A, typename B, typename R>
Status launchBinary(LaunchContext &l, const A *a, const B *b, R *y, int64_t n, const BroadcastLayout<2> &layout,
                    std::string_view name)
{
    binaryKernel<F, A, B, R><<<gridFor(n, l.settings()), kThreadsPerBlock, 0, l.stream()>>>(a, b, y, n, layout, F{});
    return checkLaunch(name);
}

std::string shapesText(const std::vector<Shape> &shapes)
{
    std::string text;
    for (const Shape &shape : shapes)
        text += (text.empty() ? "" : " and ") + shapeToString(shape);
    return text;
}

Expected<cpu::BroadcastPlan> broadcastOf(PlanContext &ctx, const std::vector<Shape> &shapes)
{
    auto plan = cpu::planBroadcast(shapes);
    if (!plan)
        return ctx.fail("shapes do not broadcast: " + shapesText(shapes));
    return *plan;
}

std::string tooManyAxes(const Shape &out)
{
    return "output " + shapeToString(out) + " has more than " + std::to_string(kMaxRank)
        + " axes that cannot be merged; the CUDA kernels index at most that many";
}

// The layout of a two-operand pass over the whole output.
Expected<BroadcastLayout<2>> pairLayout(PlanContext &ctx, const Shape &out, std::vector<int64_t> a, std::vector<int64_t> b)
{
    auto layout = collapseBroadcast<2>(out, {std::move(a), std::move(b)});
    if (!layout)
        return ctx.fail(tooManyAxes(out));
    return *layout;
}

// Inputs 0 and 1 as a binary op broadcasts them (with the pre-opset-7 axis rule).
std::vector<Shape> binaryShapes(const PlanContext &ctx)
{
    const Shape &a = ctx.input(0).shape;
    return {a, cpu::legacyOperandShape(ctx.opset(), ctx.attributes(), a, ctx.input(1).shape)};
}

Status requireInputs(const PlanContext &ctx, std::size_t first, std::size_t last)
{
    for (std::size_t i = first; i <= last; ++i) {
        if (!ctx.hasInput(i))
            return ctx.fail("input " + std::to_string(i) + " is missing");
        if (ctx.input(i).type != ctx.input(first).type)
            return ctx.fail("inputs " + std::to_string(first) + " and " + std::to_string(i) + " must have one element type, not "
                            + std::string(dataTypeName(ctx.input(first).type)) + " and "
                            + std::string(dataTypeName(ctx.input(i).type)));
    }
    return {};
}

// ---- arithmetic, also variadic -----------------------------------------------------------------

// Input 0 op input 1 into the output, then output op input k for every further input: the
// CPU's left fold, in the same order, so sums round alike. Mean divides at the end, as it does.
template <BinaryOp op, typename T>
Launch arithLaunch(std::vector<BroadcastLayout<2>> passes, int64_t divisor)
{
    return [passes = std::move(passes), divisor](LaunchContext &l) -> Status {
        const int64_t n = outputElements(l);
        if (n == 0)
            return {};
        T *y = l.output(0).as<T>();
        if (passes.empty()) {
            const cudaError_t copied = cudaMemcpyAsync(y, l.input(0).data, static_cast<std::size_t>(n) * sizeof(T),
                cudaMemcpyDeviceToDevice, l.stream());
            if (copied != cudaSuccess)
                return cudaFailure(copied, "copying the only input");
        }
        for (std::size_t k = 0; k < passes.size(); ++k) {
            const T *a = k == 0 ? l.input(0).as<T>() : y;
            FD_TRY_STATUS(launchBinary<ArithFn<op>>(l, a, l.input(k + 1).as<T>(), y, n, passes[k], "elementwise arithmetic"));
        }
        if constexpr (std::is_floating_point_v<T>) {
            if (divisor > 1) {
                divideKernel<T><<<gridFor(n, l.settings()), kThreadsPerBlock, 0, l.stream()>>>(y, n, static_cast<T>(divisor));
                FD_TRY_STATUS(checkLaunch("Mean"));
            }
        }
        return {};
    };
}

template <BinaryOp op>
Expected<Launch> planArith(PlanContext &ctx, bool mean)
{
    const std::size_t count = ctx.inputCount();
    if (count == 0)
        return ctx.fail("no inputs");
    FD_TRY_STATUS(requireInputs(ctx, 0, count - 1));
    std::vector<Shape> shapes;
    if (count == 2) {
        shapes = binaryShapes(ctx);
    } else {
        for (std::size_t i = 0; i < count; ++i)
            shapes.push_back(ctx.input(i).shape);
    }
    auto plan = broadcastOf(ctx, shapes);
    if (!plan)
        return plan.error();
    const DataType type = ctx.input(0).type;
    FD_TRY_STATUS(ctx.setOutput(0, type, plan->output));
    auto folded = foldPasses(*plan);
    if (!folded)
        return ctx.fail(tooManyAxes(plan->output));
    const std::vector<BroadcastLayout<2>> passes = std::move(*folded);
    const int64_t divisor = mean ? static_cast<int64_t>(count) : 1;
    const bool fmod = op == BinaryOp::Mod && ctx.attributes().getInt("fmod", 0) != 0;
    Launch launch;
    visitTypes<float, double, int32_t, int64_t, int8_t, uint8_t>(type, [&](auto tag) {
        using T = typename decltype(tag)::type;
        if (mean && !std::is_floating_point_v<T>)
            return;
        launch = fmod ? arithLaunch<BinaryOp::Fmod, T>(passes, divisor) : arithLaunch<op, T>(passes, divisor);
    });
    if (!launch)
        return ctx.fail("no CUDA kernel for " + std::string(dataTypeName(type)) + " inputs");
    return launch;
}

// ---- Pow, PRelu ----------------------------------------------------------------------------------

Expected<Launch> planPow(PlanContext &ctx)
{
    auto plan = broadcastOf(ctx, binaryShapes(ctx));
    if (!plan)
        return plan.error();
    const DataType type = ctx.input(0).type;
    FD_TRY_STATUS(ctx.setOutput(0, type, plan->output));
    auto layout = pairLayout(ctx, plan->output, plan->strides[0], plan->strides[1]);
    if (!layout)
        return layout.error();
    Launch launch;
    visitTypes<float, double, int32_t, int64_t>(type, [&](auto baseTag) {
        visitTypes<float, double, int32_t, int64_t>(ctx.input(1).type, [&](auto exponentTag) {
            using T = typename decltype(baseTag)::type;
            using E = typename decltype(exponentTag)::type;
            launch = [pair = *layout](LaunchContext &l) -> Status {
                const int64_t n = outputElements(l);
                if (n == 0)
                    return {};
                return launchBinary<PowFn>(l, l.input(0).as<T>(), l.input(1).as<E>(), l.output(0).as<T>(), n, pair, "Pow");
            };
        });
    });
    if (!launch)
        return ctx.fail("no CUDA kernel for " + std::string(dataTypeName(type)) + " to the power of "
                        + std::string(dataTypeName(ctx.input(1).type)));
    return launch;
}

Expected<Launch> planPRelu(PlanContext &ctx)
{
    FD_TRY_STATUS(requireInputs(ctx, 0, 1));
    const TensorDesc &x = ctx.input(0);
    auto plan = cpu::planBroadcast({x.shape, preluSlopeShape(ctx.opset(), x.shape, ctx.input(1).shape)});
    if (!plan || plan->output != x.shape)
        return ctx.fail("slope " + shapeToString(ctx.input(1).shape) + " does not broadcast to " + shapeToString(x.shape));
    FD_TRY_STATUS(ctx.setOutput(0, x.type, x.shape));
    auto layout = pairLayout(ctx, plan->output, plan->strides[0], plan->strides[1]);
    if (!layout)
        return layout.error();
    Launch launch;
    visitTypes<float, double>(x.type, [&](auto tag) {
        using T = typename decltype(tag)::type;
        launch = [pair = *layout](LaunchContext &l) -> Status {
            const int64_t n = outputElements(l);
            if (n == 0)
                return {};
            return launchBinary<ArithFn<BinaryOp::PRelu>>(l, l.input(0).as<T>(), l.input(1).as<T>(), l.output(0).as<T>(), n,
                pair, "PRelu");
        };
    });
    if (!launch)
        return ctx.fail("no CUDA kernel for " + std::string(dataTypeName(x.type)) + " inputs");
    return launch;
}

// ---- comparisons and logic ---------------------------------------------------------------------

template <CompareOp op>
Expected<Launch> planCompare(PlanContext &ctx)
{
    FD_TRY_STATUS(requireInputs(ctx, 0, 1));
    auto plan = broadcastOf(ctx, binaryShapes(ctx));
    if (!plan)
        return plan.error();
    FD_TRY_STATUS(ctx.setOutput(0, DataType::Bool, plan->output));
    auto layout = pairLayout(ctx, plan->output, plan->strides[0], plan->strides[1]);
    if (!layout)
        return layout.error();
    Launch launch;
    auto make = [&launch, pair = *layout](auto tag) {
        using T = typename decltype(tag)::type;
        launch = [pair](LaunchContext &l) -> Status {
            const int64_t n = outputElements(l);
            if (n == 0)
                return {};
            return launchBinary<CompareFn<op>>(l, l.input(0).as<T>(), l.input(1).as<T>(), l.output(0).as<bool>(), n,
                pair, "comparison");
        };
    };
    const DataType type = ctx.input(0).type;
    if constexpr (op == CompareOp::And || op == CompareOp::Or || op == CompareOp::Xor)
        visitTypes<bool>(type, make);
    else
        visitTypes<float, double, int32_t, int64_t, int8_t, uint8_t, bool>(type, make);
    if (!launch)
        return ctx.fail("no CUDA kernel for " + std::string(dataTypeName(type)) + " inputs");
    return launch;
}

// ---- Where -------------------------------------------------------------------------------------

// X and Y are moved as bytes, so every element size of 1, 2, 4 or 8 bytes works.
template <typename W>
__global__ void whereKernel(const bool *condition, const W *x, const W *y, W *out, int64_t n, BroadcastLayout<3> layout)
{
    FD_GRID_LOOP(i, n)
    {
        int64_t o[3];
        broadcastOffsets(i, layout, o);
        out[i] = condition[o[0]] ? x[o[1]] : y[o[2]];
    }
}

template <typename W>
Launch whereLaunch(const BroadcastLayout<3> &layout)
{
    return [layout](LaunchContext &l) -> Status {
        const int64_t n = outputElements(l);
        if (n == 0)
            return {};
        whereKernel<W><<<gridFor(n, l.settings()), kThreadsPerBlock, 0, l.stream()>>>(
            l.input(0).as<bool>(), l.input(1).as<W>(), l.input(2).as<W>(), l.output(0).as<W>(), n, layout);
        return checkLaunch("Where");
    };
}

Expected<Launch> planWhere(PlanContext &ctx)
{
    if (ctx.input(0).type != DataType::Bool)
        return ctx.fail("the condition must be bool, not " + std::string(dataTypeName(ctx.input(0).type)));
    FD_TRY_STATUS(requireInputs(ctx, 1, 2));
    auto plan = broadcastOf(ctx, {ctx.input(0).shape, ctx.input(1).shape, ctx.input(2).shape});
    if (!plan)
        return plan.error();
    const DataType type = ctx.input(1).type;
    FD_TRY_STATUS(ctx.setOutput(0, type, plan->output));
    auto layout = collapseBroadcast<3>(plan->output, plan->strides);
    if (!layout)
        return ctx.fail(tooManyAxes(plan->output));
    switch (elementSize(type)) {
    case 1: return whereLaunch<uint8_t>(*layout);
    case 2: return whereLaunch<uint16_t>(*layout);
    case 4: return whereLaunch<uint32_t>(*layout);
    case 8: return whereLaunch<uint64_t>(*layout);
    default: return ctx.fail("no CUDA kernel for " + std::string(dataTypeName(type)) + " values");
    }
}

std::optional<UnsupportedReason> whereCheck(const SupportQuery &query)
{
    if (query.inputType(0) != DataType::Bool && query.inputType(0) != DataType::Undefined)
        return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(query.inputType(0))) + " condition"};
    for (std::size_t i = 1; i < 3; ++i) {
        const std::size_t size = elementSize(query.inputType(i));
        if (query.inputType(i) != DataType::Undefined && size != 1 && size != 2 && size != 4 && size != 8)
            return UnsupportedReason{UnsupportedKind::DataType,
                std::string(dataTypeName(query.inputType(i))) + " inputs (no CUDA kernel for this type)"};
    }
    return std::nullopt;
}

} // namespace

void registerBroadcastOps(CudaOpRegistry &registry)
{
    const SupportCheck numeric = inputTypesIn({DataType::Float, DataType::Double, DataType::Int32, DataType::Int64,
        DataType::Int8, DataType::Uint8});
    const SupportCheck floats = inputTypesIn({DataType::Float, DataType::Double});
    const SupportCheck all = inputTypesIn({DataType::Float, DataType::Double, DataType::Int32, DataType::Int64,
        DataType::Int8, DataType::Uint8, DataType::Bool});
    const SupportCheck bools = inputTypesIn({DataType::Bool});

    registry.add("Add", {numeric, [](PlanContext &c) { return planArith<BinaryOp::Add>(c, false); }, {}, false});
    registry.add("Sum", {numeric, [](PlanContext &c) { return planArith<BinaryOp::Add>(c, false); }, {}, false});
    registry.add("Mean", {floats, [](PlanContext &c) { return planArith<BinaryOp::Add>(c, true); }, {}, false});
    registry.add("Sub", {numeric, [](PlanContext &c) { return planArith<BinaryOp::Sub>(c, false); }, {}, false});
    registry.add("Mul", {numeric, [](PlanContext &c) { return planArith<BinaryOp::Mul>(c, false); }, {}, false});
    registry.add("Div", {numeric, [](PlanContext &c) { return planArith<BinaryOp::Div>(c, false); }, {}, false});
    registry.add("Max", {numeric, [](PlanContext &c) { return planArith<BinaryOp::Max>(c, false); }, {}, false});
    registry.add("Min", {numeric, [](PlanContext &c) { return planArith<BinaryOp::Min>(c, false); }, {}, false});
    registry.add("Mod", {numeric, [](PlanContext &c) { return planArith<BinaryOp::Mod>(c, false); }, {}, false});
    registry.add("Pow", {inputTypesIn({DataType::Float, DataType::Double, DataType::Int32, DataType::Int64}), planPow, {}, false});
    registry.add("PRelu", {floats, planPRelu, {}, false});
    registry.add("Equal", {all, planCompare<CompareOp::Equal>, {}, false});
    registry.add("Less", {all, planCompare<CompareOp::Less>, {}, false});
    registry.add("Greater", {all, planCompare<CompareOp::Greater>, {}, false});
    registry.add("LessOrEqual", {all, planCompare<CompareOp::LessOrEqual>, {}, false});
    registry.add("GreaterOrEqual", {all, planCompare<CompareOp::GreaterOrEqual>, {}, false});
    registry.add("And", {bools, planCompare<CompareOp::And>, {}, false});
    registry.add("Or", {bools, planCompare<CompareOp::Or>, {}, false});
    registry.add("Xor", {bools, planCompare<CompareOp::Xor>, {}, false});
    registry.add("Where", {whereCheck, planWhere, {}, false});
}

} // namespace fleetdeck::validation::cuda
