// Unary elementwise ops (activations, math functions), Clip, Cast, Identity, Dropout, PRelu.
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/OpRegistry.h"
#include "core/validation/engine/cpu/SaturatingCast.h"
#include "core/validation/engine/cpu/SimdClones.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace fleetdeck::validation::cpu {

namespace {

using UnaryFunction = std::function<double(double)>;
// Reads the op's attributes once, returns the per-element function.
using UnaryFactory = std::function<UnaryFunction(const AttributeReader &)>;

Status runUnary(KernelContext &ctx, const UnaryFunction &f)
{
    const Tensor &x = ctx.input(0);
    auto out = ctx.allocate(0, x.dataType(), x.shape());
    if (!out)
        return out.error();
    visitNumericType(x.dataType(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *src = x.data<T>();
        T *dst = out.value()->template data<T>();
        ctx.pool().parallelFor(x.elementCount(), 1 << 16, [&](int64_t begin, int64_t end) {
            for (int64_t i = begin; i < end; ++i)
                dst[i] = static_cast<T>(f(static_cast<double>(src[i])));
        });
    });
    return {};
}

// The float path of a cheap activation that sits after every Conv of a CNN: a plain loop over a
// range, compiled per instruction set, instead of a std::function call per element through
// double. It computes exactly what the double path would (Relu and clamping are exact in float).
using FloatRange = void (*)(const float *src, float *dst, int64_t count, float low, float high);

FLEETDECK_SIMD_CLONES void clipRange(const float *src, float *dst, int64_t count, float low, float high)
{
    // max/min written as selections that let a NaN through, as the double path does.
    for (int64_t i = 0; i < count; ++i)
        dst[i] = std::min(std::max(src[i], low), high);
}

FLEETDECK_SIMD_CLONES void reluRange(const float *src, float *dst, int64_t count, float, float)
{
    for (int64_t i = 0; i < count; ++i)
        dst[i] = src[i] > 0 ? src[i] : (src[i] == 0 ? 0.0f : 0.0f * src[i]);
}

Status runFloatUnary(KernelContext &ctx, FloatRange range, float low, float high, const UnaryFunction &fallback)
{
    const Tensor &x = ctx.input(0);
    if (x.dataType() != DataType::Float)
        return runUnary(ctx, fallback);
    auto out = ctx.allocate(0, x.dataType(), x.shape());
    if (!out)
        return out.error();
    const float *src = x.data<float>();
    float *dst = out.value()->template data<float>();
    ctx.pool().parallelFor(x.elementCount(), 1 << 16, [&](int64_t begin, int64_t end) {
        range(src + begin, dst + begin, end - begin, low, high);
    });
    return {};
}

double sigmoid(double x)
{
    return x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
}

std::vector<std::pair<const char *, UnaryFactory>> floatFunctions()
{
    auto plain = [](double (*f)(double)) { return UnaryFactory([f](const AttributeReader &) { return UnaryFunction(f); }); };
    return {
        {"Sqrt", plain([](double x) { return std::sqrt(x); })},
        {"Exp", plain([](double x) { return std::exp(x); })},
        {"Log", plain([](double x) { return std::log(x); })},
        {"Reciprocal", plain([](double x) { return 1.0 / x; })},
        {"Erf", plain([](double x) { return std::erf(x); })},
        {"Sigmoid", plain(sigmoid)},
        {"Tanh", plain([](double x) { return std::tanh(x); })},
        {"Softplus", plain([](double x) { return x > 30 ? x : std::log1p(std::exp(x)); })},
        {"Softsign", plain([](double x) { return x / (1.0 + std::abs(x)); })},
        {"Floor", plain([](double x) { return std::floor(x); })},
        {"Ceil", plain([](double x) { return std::ceil(x); })},
        {"Round", plain([](double x) { return std::nearbyint(x); })},
        {"Sin", plain([](double x) { return std::sin(x); })},
        {"Cos", plain([](double x) { return std::cos(x); })},
        {"Tan", plain([](double x) { return std::tan(x); })},
        {"Asin", plain([](double x) { return std::asin(x); })},
        {"Acos", plain([](double x) { return std::acos(x); })},
        {"Atan", plain([](double x) { return std::atan(x); })},
        {"Sinh", plain([](double x) { return std::sinh(x); })},
        {"Cosh", plain([](double x) { return std::cosh(x); })},
        {"Asinh", plain([](double x) { return std::asinh(x); })},
        {"Acosh", plain([](double x) { return std::acosh(x); })},
        {"Atanh", plain([](double x) { return std::atanh(x); })},
        {"HardSwish", plain([](double x) { return x * std::clamp(x / 6.0 + 0.5, 0.0, 1.0); })},
        {"LeakyRelu", [](const AttributeReader &a) {
             const double alpha = a.getFloat("alpha", 0.01f);
             return UnaryFunction([alpha](double x) { return x >= 0 ? x : alpha * x; });
         }},
        {"Elu", [](const AttributeReader &a) {
             const double alpha = a.getFloat("alpha", 1.0f);
             return UnaryFunction([alpha](double x) { return x >= 0 ? x : alpha * (std::exp(x) - 1.0); });
         }},
        {"Celu", [](const AttributeReader &a) {
             const double alpha = a.getFloat("alpha", 1.0f);
             return UnaryFunction([alpha](double x) { return std::max(0.0, x) + std::min(0.0, alpha * (std::exp(x / alpha) - 1.0)); });
         }},
        {"Selu", [](const AttributeReader &a) {
             const double alpha = a.getFloat("alpha", 1.67326319217681884765625f);
             const double gamma = a.getFloat("gamma", 1.05070102214813232421875f);
             return UnaryFunction([alpha, gamma](double x) { return x > 0 ? gamma * x : gamma * alpha * (std::exp(x) - 1.0); });
         }},
        {"HardSigmoid", [](const AttributeReader &a) {
             const double alpha = a.getFloat("alpha", 0.2f);
             const double beta = a.getFloat("beta", 0.5f);
             return UnaryFunction([alpha, beta](double x) { return std::clamp(alpha * x + beta, 0.0, 1.0); });
         }},
        {"ThresholdedRelu", [](const AttributeReader &a) {
             const double alpha = a.getFloat("alpha", 1.0f);
             return UnaryFunction([alpha](double x) { return x > alpha ? x : 0.0; });
         }},
        {"Shrink", [](const AttributeReader &a) {
             const double bias = a.getFloat("bias", 0.0f);
             const double lambd = a.getFloat("lambd", 0.5f);
             return UnaryFunction([bias, lambd](double x) { return x < -lambd ? x + bias : (x > lambd ? x - bias : 0.0); });
         }},
    };
}

double relu(double x)
{
    return x > 0 ? x : (x == 0 ? 0.0 : 0.0 * x);
}

// Ops defined for signed integers too.
std::vector<std::pair<const char *, UnaryFunction>> signedFunctions()
{
    return {
        {"Abs", [](double x) { return std::abs(x); }},
        {"Neg", [](double x) { return -x; }},
        {"Relu", relu},
        {"Sign", [](double x) { return double((x > 0) - (x < 0)); }},
    };
}

// bfloat16 converts too, but is not claimed: libonnx 1.12's test data store bfloat16 tensors
// as uint16, so no reference exists to prove it against.
bool isHalfType(DataType type)
{
    return type == DataType::Float16;
}

// Casts from or to 16-bit floats go through float, as the ONNX reference does.
Status castHalf(KernelContext &ctx, DataType to)
{
    const Tensor &x = ctx.input(0);
    auto out = ctx.allocate(0, to, x.shape());
    if (!out)
        return out.error();
    if (to == DataType::Float16 || to == DataType::BFloat16) {
        uint16_t *dst = out.value()->data<uint16_t>();
        for (int64_t i = 0; i < x.elementCount(); ++i) {
            const auto f = static_cast<float>(x.valueAsDouble(i));
            dst[i] = to == DataType::Float16 ? floatToHalf(f) : floatToBfloat16(f);
        }
        return {};
    }
    visitNumericType(to, [&](auto tag) {
        using T = typename decltype(tag)::type;
        T *dst = out.value()->template data<T>();
        for (int64_t i = 0; i < x.elementCount(); ++i)
            dst[i] = saturatingCast<T>(x.valueAsDouble(i));
    });
    return {};
}

Status castTo(KernelContext &ctx, DataType to)
{
    const Tensor &x = ctx.input(0);
    if (isHalfType(to) || isHalfType(x.dataType()) || to == DataType::BFloat16 || x.dataType() == DataType::BFloat16)
        return castHalf(ctx, to);
    auto out = ctx.allocate(0, to, x.shape());
    if (!out)
        return out.error();
    const bool known = visitNumericType(to, [&](auto tag) {
        using T = typename decltype(tag)::type;
        T *dst = out.value()->template data<T>();
        visitNumericType(x.dataType(), [&](auto srcTag) {
            using S = typename decltype(srcTag)::type;
            const S *src = x.data<S>();
            for (int64_t i = 0; i < x.elementCount(); ++i) {
                if constexpr (std::is_integral_v<S> && std::is_integral_v<T> && !std::is_same_v<T, bool>)
                    dst[i] = static_cast<T>(src[i]); // integer to integer wraps, as numpy does
                else
                    dst[i] = saturatingCast<T>(static_cast<double>(src[i]));
            }
        });
    });
    if (!known)
        return ctx.fail("cast to " + std::string(dataTypeName(to)));
    return {};
}

Status runCast(KernelContext &ctx)
{
    return castTo(ctx, static_cast<DataType>(ctx.attributes().getInt("to", 0)));
}

Status runClip(KernelContext &ctx)
{
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    if (ctx.opset() < 11) {
        low = ctx.attributes().getFloat("min", -std::numeric_limits<float>::max());
        high = ctx.attributes().getFloat("max", std::numeric_limits<float>::max());
    } else {
        if (ctx.hasInput(1) && ctx.input(1).elementCount() > 0)
            low = ctx.input(1).valueAsDouble(0);
        if (ctx.hasInput(2) && ctx.input(2).elementCount() > 0)
            high = ctx.input(2).valueAsDouble(0);
    }
    const UnaryFunction clip = [low, high](double x) { return std::isnan(x) ? x : std::min(std::max(x, low), high); };
    // Bounds past float's range clamp nothing a float holds, so the float path can use them too.
    const auto lowF = static_cast<float>(std::max(low, double(-std::numeric_limits<float>::infinity())));
    const auto highF = static_cast<float>(std::min(high, double(std::numeric_limits<float>::infinity())));
    if (double(lowF) != low && !std::isinf(low))
        return runUnary(ctx, clip);
    if (double(highF) != high && !std::isinf(high))
        return runUnary(ctx, clip);
    return runFloatUnary(ctx, clipRange, lowF, highF, clip);
}

Status runIdentity(KernelContext &ctx)
{
    ctx.setOutput(0, ctx.input(0));
    return {};
}

Status runDropout(KernelContext &ctx)
{
    ctx.setOutput(0, ctx.input(0));
    if (ctx.wantsOutput(1)) {
        // Inference: nothing dropped. The mask is bool from opset 10, the input's type before.
        const DataType maskType = ctx.opset() >= 10 ? DataType::Bool : ctx.input(0).dataType();
        auto mask = ctx.allocate(1, maskType, ctx.input(0).shape());
        if (!mask)
            return mask.error();
        visitNumericType(maskType, [&](auto tag) {
            using T = typename decltype(tag)::type;
            std::fill_n(mask.value()->template data<T>(), mask.value()->elementCount(), T(1));
        });
    }
    return {};
}

Status runPRelu(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const Tensor &slope = ctx.input(1);
    Shape slopeShape = slope.shape();
    // Opset 6 PRelu broadcast a 1-D slope over the channel axis.
    if (ctx.opset() < 7 && slopeShape.size() == 1 && x.rank() > 2 && slopeShape[0] == x.dim(1)) {
        slopeShape.assign(static_cast<std::size_t>(x.rank() - 1), 1);
        slopeShape[0] = x.dim(1);
    }
    auto plan = planBroadcast({x.shape(), slopeShape});
    if (!plan || plan->output != x.shape())
        return ctx.fail("slope " + shapeToString(slope.shape()) + " does not broadcast to " + shapeToString(x.shape()));
    auto out = ctx.allocate(0, x.dataType(), x.shape());
    if (!out)
        return out.error();
    visitArithmeticType(x.dataType(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *a = x.data<T>();
        const T *s = slope.data<T>();
        T *dst = out.value()->template data<T>();
        forEachBroadcast(*plan, [&](int64_t i, const int64_t *o) {
            dst[i] = a[o[0]] < 0 ? static_cast<T>(a[o[0]] * s[o[1]]) : a[o[0]];
        });
    });
    return {};
}

Status runPredicate(KernelContext &ctx, const std::function<bool(double)> &f)
{
    const Tensor &x = ctx.input(0);
    auto out = ctx.allocate(0, DataType::Bool, x.shape());
    if (!out)
        return out.error();
    bool *dst = out.value()->data<bool>();
    for (int64_t i = 0; i < x.elementCount(); ++i)
        dst[i] = f(x.valueAsDouble(i));
    return {};
}

std::optional<UnsupportedReason> allIn(const SupportQuery &q, std::initializer_list<DataType> types)
{
    return requireAllTypes(q, types);
}

constexpr std::initializer_list<DataType> castTypes = {
    DataType::Float, DataType::Double, DataType::Int32, DataType::Int64, DataType::Int8,
    DataType::Uint8, DataType::Bool, DataType::Float16};

} // namespace

void registerActivationKernels(OpRegistry &registry)
{
    for (auto &[name, factory] : floatFunctions()) {
        UnaryFactory make = factory;
        registry.add(name, [](const SupportQuery &q) { return allIn(q, floatTypes); },
                     [make](KernelContext &ctx) { return runUnary(ctx, make(ctx.attributes())); });
    }
    for (auto &[name, function] : signedFunctions()) {
        UnaryFunction f = function;
        registry.add(name, [](const SupportQuery &q) {
            return allIn(q, {DataType::Float, DataType::Double, DataType::Int32, DataType::Int64, DataType::Int8});
        }, [f](KernelContext &ctx) { return runUnary(ctx, f); });
    }
    registry.add("Relu", [](const SupportQuery &q) {
        return allIn(q, {DataType::Float, DataType::Double, DataType::Int32, DataType::Int64, DataType::Int8});
    }, [](KernelContext &ctx) {
        return runFloatUnary(ctx, reluRange, 0.0f, 0.0f, relu);
    });
    registry.add("Not", [](const SupportQuery &q) { return allIn(q, {DataType::Bool}); },
                 [](KernelContext &ctx) { return runUnary(ctx, [](double x) { return x == 0 ? 1.0 : 0.0; }); });
    registry.add("IsNaN", [](const SupportQuery &q) { return requireTypes(q, 0, floatTypes); },
                 [](KernelContext &ctx) { return runPredicate(ctx, [](double x) { return std::isnan(x); }); });
    registry.add("IsInf", [](const SupportQuery &q) { return requireTypes(q, 0, floatTypes); },
                 [](KernelContext &ctx) {
                     const bool negative = ctx.attributes().getInt("detect_negative", 1) != 0;
                     const bool positive = ctx.attributes().getInt("detect_positive", 1) != 0;
                     return runPredicate(ctx, [=](double x) { return std::isinf(x) && (x > 0 ? positive : negative); });
                 });
    registry.add("Clip", [](const SupportQuery &q) { return allIn(q, numericTypes); }, runClip);
    registry.add("Cast", [](const SupportQuery &q) -> std::optional<UnsupportedReason> {
        const auto to = static_cast<DataType>(q.attributes.getInt("to", 0));
        if (!visitNumericType(to, [](auto) {}) && !isHalfType(to))
            return UnsupportedReason{UnsupportedKind::DataType, "cast to " + std::string(dataTypeName(to))};
        return allIn(q, castTypes);
    }, runCast);
    registry.add("CastLike", [](const SupportQuery &q) -> std::optional<UnsupportedReason> {
        if (!visitNumericType(q.inputType(1), [](auto) {}) && !isHalfType(q.inputType(1)))
            return UnsupportedReason{UnsupportedKind::DataType, "cast to " + std::string(dataTypeName(q.inputType(1)))};
        return requireTypes(q, 0, castTypes);
    }, [](KernelContext &ctx) { return castTo(ctx, ctx.input(1).dataType()); });
    registry.add("Identity", [](const SupportQuery &q) { return allIn(q, allTypes); }, runIdentity);
    registry.add("Dropout", [](const SupportQuery &q) -> std::optional<UnsupportedReason> {
        if (q.hasInput(2))
            return UnsupportedReason{UnsupportedKind::InputForm, "training_mode input"};
        return requireTypes(q, 0, floatTypes);
    }, runDropout);
    registry.add("PRelu", [](const SupportQuery &q) { return allIn(q, floatTypes); }, runPRelu);
}

} // namespace fleetdeck::validation::cpu
