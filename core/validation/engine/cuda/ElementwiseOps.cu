// Elementwise ops on the GPU that read one tensor element by element: unary math and
// activations, Clip, IsNaN, IsInf, Cast and CastLike. The broadcasting ones are in
// BroadcastOps.cu; the per-element arithmetic of both is in ElementwiseMath.h.

#include "core/validation/engine/cuda/ElementwiseKernels.cuh"

#include <limits>
#include <utility>

namespace fleetdeck::validation::cuda {

namespace {

// ---- unary ops ---------------------------------------------------------------------------------

template <UnaryOp op, typename T>
__global__ void unaryKernel(const T *x, T *y, int64_t n, UnaryParams params)
{
    FD_GRID_LOOP(i, n)
    {
        y[i] = applyUnary<op>(x[i], params);
    }
}

template <UnaryOp op>
Expected<Launch> planUnary(PlanContext &ctx)
{
    const TensorDesc &x = ctx.input(0);
    FD_TRY_STATUS(ctx.setOutput(0, x.type, x.shape));
    const UnaryParams params = unaryParams(op, ctx.attributes());
    Launch launch;
    auto make = [&launch, params](auto tag) {
        using T = typename decltype(tag)::type;
        launch = [params](LaunchContext &l) -> Status {
            const int64_t n = outputElements(l);
            if (n == 0)
                return {};
            unaryKernel<op, T><<<gridFor(n, l.settings()), kThreadsPerBlock, 0, l.stream()>>>(
                l.input(0).as<T>(), l.output(0).as<T>(), n, params);
            return checkLaunch(kUnaryOpNames[static_cast<int>(op)]);
        };
    };
    bool known = false;
    if constexpr (op == UnaryOp::Not)
        known = visitTypes<bool>(x.type, make);
    else if constexpr (isSignedUnary(op))
        known = visitTypes<float, double, int32_t, int64_t, int8_t>(x.type, make);
    else
        known = visitTypes<float, double>(x.type, make);
    if (!known)
        return ctx.fail("no CUDA kernel for " + std::string(dataTypeName(x.type)) + " inputs");
    return launch;
}

SupportCheck unaryCheck(UnaryOp op)
{
    if (op == UnaryOp::Not)
        return inputTypesIn({DataType::Bool});
    if (isSignedUnary(op))
        return inputTypesIn({DataType::Float, DataType::Double, DataType::Int32, DataType::Int64, DataType::Int8});
    return inputTypesIn({DataType::Float, DataType::Double});
}

template <std::size_t... I>
void registerUnaryOps(CudaOpRegistry &registry, std::index_sequence<I...>)
{
    (registry.add(kUnaryOpNames[I], {unaryCheck(static_cast<UnaryOp>(I)), planUnary<static_cast<UnaryOp>(I)>, {}, false}),
     ...);
}

// ---- Clip --------------------------------------------------------------------------------------

// Bounds come from the node's attributes (Clip < 11) or from inputs 1 and 2, read on the device
// so that bounds computed inside the model work too. An absent or empty bound clamps nothing.
template <typename T>
__global__ void clipKernel(const T *x, T *y, int64_t n, const T *lowAt, const T *highAt, T low, T high)
{
    const T lo = lowAt ? *lowAt : low;
    const T hi = highAt ? *highAt : high;
    FD_GRID_LOOP(i, n)
    {
        y[i] = clipValue(x[i], lo, hi);
    }
}

Expected<Launch> planClip(PlanContext &ctx)
{
    const TensorDesc &x = ctx.input(0);
    for (std::size_t i = 1; i < 3; ++i) {
        if (ctx.hasInput(i) && ctx.input(i).type != x.type)
            return ctx.fail("bound " + std::to_string(i) + " is " + std::string(dataTypeName(ctx.input(i).type))
                            + ", the input " + std::string(dataTypeName(x.type)));
    }
    FD_TRY_STATUS(ctx.setOutput(0, x.type, x.shape));
    const bool legacy = ctx.opset() < 11;
    const double attributeLow = ctx.attributes().getFloat("min", -std::numeric_limits<float>::max());
    const double attributeHigh = ctx.attributes().getFloat("max", std::numeric_limits<float>::max());
    const bool lowInput = !legacy && ctx.hasInput(1);
    const bool highInput = !legacy && ctx.hasInput(2);
    Launch launch;
    const bool known = visitTypes<float, double, int32_t, int64_t, int8_t, uint8_t>(x.type, [&](auto tag) {
        using T = typename decltype(tag)::type;
        // No bound: infinities for floats, the type's range for integers.
        T low = std::numeric_limits<T>::lowest();
        T high = std::numeric_limits<T>::max();
        if constexpr (std::numeric_limits<T>::has_infinity) {
            low = -std::numeric_limits<T>::infinity();
            high = std::numeric_limits<T>::infinity();
        }
        if (legacy) {
            low = cpu::saturatingCast<T>(attributeLow);
            high = cpu::saturatingCast<T>(attributeHigh);
        }
        launch = [low, high, lowInput, highInput](LaunchContext &l) -> Status {
            const int64_t n = outputElements(l);
            if (n == 0)
                return {};
            const T *lowAt = lowInput && l.hasInput(1) ? l.input(1).as<T>() : nullptr;
            const T *highAt = highInput && l.hasInput(2) ? l.input(2).as<T>() : nullptr;
            clipKernel<T><<<gridFor(n, l.settings()), kThreadsPerBlock, 0, l.stream()>>>(
                l.input(0).as<T>(), l.output(0).as<T>(), n, lowAt, highAt, low, high);
            return checkLaunch("Clip");
        };
    });
    if (!known)
        return ctx.fail("no CUDA kernel for " + std::string(dataTypeName(x.type)) + " inputs");
    return launch;
}

// ---- IsNaN, IsInf ------------------------------------------------------------------------------

template <typename T>
__global__ void classifyKernel(const T *x, bool *y, int64_t n, bool nan, bool negative, bool positive)
{
    const T inf = std::numeric_limits<T>::infinity();
    FD_GRID_LOOP(i, n)
    {
        const T v = x[i];
        y[i] = nan ? isNan(v) : ((v == inf && positive) || (v == -inf && negative));
    }
}

Expected<Launch> planClassify(PlanContext &ctx, bool nan)
{
    const TensorDesc &x = ctx.input(0);
    FD_TRY_STATUS(ctx.setOutput(0, DataType::Bool, x.shape));
    const bool negative = ctx.attributes().getInt("detect_negative", 1) != 0;
    const bool positive = ctx.attributes().getInt("detect_positive", 1) != 0;
    Launch launch;
    const bool known = visitTypes<float, double>(x.type, [&](auto tag) {
        using T = typename decltype(tag)::type;
        launch = [nan, negative, positive](LaunchContext &l) -> Status {
            const int64_t n = outputElements(l);
            if (n == 0)
                return {};
            classifyKernel<T><<<gridFor(n, l.settings()), kThreadsPerBlock, 0, l.stream()>>>(
                l.input(0).as<T>(), l.output(0).as<bool>(), n, nan, negative, positive);
            return checkLaunch(nan ? "IsNaN" : "IsInf");
        };
    });
    if (!known)
        return ctx.fail("no CUDA kernel for " + std::string(dataTypeName(x.type)) + " inputs");
    return launch;
}

// ---- Cast, CastLike ----------------------------------------------------------------------------

template <typename S, typename T>
__global__ void castKernel(const S *x, T *y, int64_t n)
{
    FD_GRID_LOOP(i, n)
    {
        y[i] = castValue<S, T>(x[i]);
    }
}

constexpr std::initializer_list<DataType> kCastTypes = {DataType::Float, DataType::Double, DataType::Int32,
    DataType::Int64, DataType::Int8, DataType::Uint8, DataType::Bool};

bool castable(DataType type)
{
    return std::find(kCastTypes.begin(), kCastTypes.end(), type) != kCastTypes.end();
}

template <typename F>
bool visitCastType(DataType type, F &&f)
{
    return visitTypes<float, double, int32_t, int64_t, int8_t, uint8_t, bool>(type, f);
}

Expected<Launch> planCastTo(PlanContext &ctx, DataType to)
{
    const TensorDesc &x = ctx.input(0);
    FD_TRY_STATUS(ctx.setOutput(0, to, x.shape));
    Launch launch;
    visitCastType(x.type, [&](auto from) {
        visitCastType(to, [&](auto target) {
            using S = typename decltype(from)::type;
            using T = typename decltype(target)::type;
            launch = [](LaunchContext &l) -> Status {
                const int64_t n = outputElements(l);
                if (n == 0)
                    return {};
                castKernel<S, T><<<gridFor(n, l.settings()), kThreadsPerBlock, 0, l.stream()>>>(
                    l.input(0).as<S>(), l.output(0).as<T>(), n);
                return checkLaunch("Cast");
            };
        });
    });
    if (!launch)
        return ctx.fail("no CUDA kernel for a cast from " + std::string(dataTypeName(x.type)) + " to "
                        + std::string(dataTypeName(to)));
    return launch;
}

std::optional<UnsupportedReason> castCheck(DataType from, DataType to)
{
    if (from != DataType::Undefined && !castable(from))
        return UnsupportedReason{UnsupportedKind::DataType,
            "cast from " + std::string(dataTypeName(from)) + " (no CUDA kernel for this type)"};
    if (!castable(to))
        return UnsupportedReason{UnsupportedKind::DataType,
            "cast to " + std::string(dataTypeName(to)) + " (no CUDA kernel for this type)"};
    return std::nullopt;
}

} // namespace

void registerElementwiseOps(CudaOpRegistry &registry)
{
    registerUnaryOps(registry, std::make_index_sequence<static_cast<std::size_t>(UnaryOp::Count)>());
    registry.add("Clip", {inputTypesIn({DataType::Float, DataType::Double, DataType::Int32, DataType::Int64,
                              DataType::Int8, DataType::Uint8}),
                             planClip, {}, false});
    registry.add("IsNaN", {inputTypesIn({DataType::Float, DataType::Double}),
                              [](PlanContext &ctx) { return planClassify(ctx, true); }, {}, false});
    registry.add("IsInf", {inputTypesIn({DataType::Float, DataType::Double}),
                              [](PlanContext &ctx) { return planClassify(ctx, false); }, {}, false});
    registry.add("Cast", {[](const SupportQuery &q) {
                              return castCheck(q.inputType(0), static_cast<DataType>(q.attributes.getInt("to", 0)));
                          },
                             [](PlanContext &ctx) {
                                 return planCastTo(ctx, static_cast<DataType>(ctx.attributes().getInt("to", 0)));
                             },
                             {}, false});
    // CastLike reads only input 1's type; its data goes up to the device unread.
    registry.add("CastLike", {[](const SupportQuery &q) { return castCheck(q.inputType(0), q.inputType(1)); },
                                 [](PlanContext &ctx) { return planCastTo(ctx, ctx.input(1).type); }, {}, false});
    registerBroadcastOps(registry);
}

} // namespace fleetdeck::validation::cuda
