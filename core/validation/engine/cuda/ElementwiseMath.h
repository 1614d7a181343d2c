#pragma once

// The per-element arithmetic of the CUDA engine's elementwise ops, shared by the kernels and the
// host (FD_HD, so tst_elementwiseindex runs exactly what the kernels run and compares it with
// the CPU engine's kernels). Every function follows the CPU engine's semantics
// (cpu/ElementwiseKernels.cpp, cpu/ActivationKernels.cpp, cpu/SaturatingCast.h), not only the
// ONNX text: NaN handling, integer division by zero, saturating casts, Celu of NaN.

#include "core/validation/engine/cpu/KernelContext.h"
#include "core/validation/engine/cpu/SaturatingCast.h"
#include "core/validation/engine/cuda/DeviceIndex.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace fleetdeck::validation::cuda {

// ---- scalar helpers ----------------------------------------------------------------------------

// Float and double overloads of the C math functions, so templates pick the float version for
// float (expf on the device, not exp through double).
namespace emath {
#define FD_EMATH_UNARY(name)                                                                        \
    FD_HD float name(float x) { return ::name##f(x); }                                              \
    FD_HD double name(double x) { return ::name(x); }
FD_EMATH_UNARY(fabs)
FD_EMATH_UNARY(sqrt)
FD_EMATH_UNARY(exp)
FD_EMATH_UNARY(expm1)
FD_EMATH_UNARY(log)
FD_EMATH_UNARY(log1p)
FD_EMATH_UNARY(erf)
FD_EMATH_UNARY(tanh)
FD_EMATH_UNARY(floor)
FD_EMATH_UNARY(ceil)
FD_EMATH_UNARY(sin)
FD_EMATH_UNARY(cos)
FD_EMATH_UNARY(tan)
FD_EMATH_UNARY(asin)
FD_EMATH_UNARY(acos)
FD_EMATH_UNARY(atan)
FD_EMATH_UNARY(sinh)
FD_EMATH_UNARY(cosh)
FD_EMATH_UNARY(asinh)
FD_EMATH_UNARY(acosh)
FD_EMATH_UNARY(atanh)
#undef FD_EMATH_UNARY
FD_HD float fmod(float x, float y) { return ::fmodf(x, y); }
FD_HD double fmod(double x, double y) { return ::fmod(x, y); }
FD_HD float pow(float x, float y) { return ::powf(x, y); }
FD_HD double pow(double x, double y) { return ::pow(x, y); }
} // namespace emath

template <typename T>
FD_HD bool isNan(T x)
{
    return x != x;
}

// -x without signed overflow: integers wrap (-INT_MIN is INT_MIN), as the CPU's do in practice.
template <typename T>
FD_HD T negate(T x)
{
    if constexpr (std::is_integral_v<T>)
        return static_cast<T>(std::make_unsigned_t<T>(0) - static_cast<std::make_unsigned_t<T>>(x));
    else
        return -x;
}

// a + b, a - b, a * b; integers wrap instead of overflowing.
template <typename T>
FD_HD T wrapAdd(T a, T b)
{
    if constexpr (std::is_integral_v<T>)
        return static_cast<T>(static_cast<std::make_unsigned_t<T>>(a) + static_cast<std::make_unsigned_t<T>>(b));
    else
        return a + b;
}
template <typename T>
FD_HD T wrapSub(T a, T b)
{
    if constexpr (std::is_integral_v<T>)
        return static_cast<T>(static_cast<std::make_unsigned_t<T>>(a) - static_cast<std::make_unsigned_t<T>>(b));
    else
        return a - b;
}
template <typename T>
FD_HD T wrapMul(T a, T b)
{
    if constexpr (std::is_integral_v<T>) {
        // uint8 * uint8 would promote to int; multiply in at least 32 unsigned bits.
        using U = std::conditional_t<(sizeof(T) < 4), uint32_t, std::make_unsigned_t<T>>;
        return static_cast<T>(static_cast<U>(static_cast<std::make_unsigned_t<T>>(a))
                              * static_cast<U>(static_cast<std::make_unsigned_t<T>>(b)));
    } else {
        return a * b;
    }
}

// Cast's element conversion: integer to integer wraps (numpy), everything else goes through
// double and saturates, as the CPU engine's Cast does.
template <typename S, typename T>
FD_HD T castValue(S value)
{
    if constexpr (std::is_integral_v<S> && std::is_integral_v<T> && !std::is_same_v<T, bool>)
        return static_cast<T>(value);
    else
        return cpu::saturatingCast<T>(static_cast<double>(value));
}

// Round half to even (std::nearbyint in the default rounding mode), with no math library, so
// the host tests check the device's arithmetic itself. Keeps the sign of zero.
template <typename T>
FD_HD T roundHalfEven(T x)
{
    // From 2^(mantissa bits) up every value is an integer; NaN and infinities fail the test too.
    const T big = sizeof(T) == 4 ? T(8388608.0) : T(4503599627370496.0);
    if (!(x > -big && x < big))
        return x;
    const auto whole = static_cast<int64_t>(x); // toward zero
    const T truncated = static_cast<T>(whole);
    const T fraction = x - truncated; // exact below 2^mantissa
    const bool odd = whole % 2 != 0;
    T result = truncated;
    if (fraction > T(0.5) || (fraction == T(0.5) && odd))
        result = truncated + T(1);
    else if (fraction < T(-0.5) || (fraction == T(-0.5) && odd))
        result = truncated - T(1);
    return result == T(0) ? x * T(0) : result; // -0.3 rounds to -0
}

// ---- unary ops ---------------------------------------------------------------------------------

enum class UnaryOp : int {
    Abs, Neg, Sign, Relu, Not, // the first four also on signed integers, Not on bool
    Sqrt, Exp, Log, Reciprocal, Erf, Sigmoid, Tanh, Softplus, Softsign, Floor, Ceil, Round,
    Sin, Cos, Tan, Asin, Acos, Atan, Sinh, Cosh, Asinh, Acosh, Atanh,
    HardSwish, LeakyRelu, Elu, Celu, Selu, HardSigmoid, ThresholdedRelu, Shrink,
    Count
};

inline constexpr const char *kUnaryOpNames[] = {
    "Abs", "Neg", "Sign", "Relu", "Not",
    "Sqrt", "Exp", "Log", "Reciprocal", "Erf", "Sigmoid", "Tanh", "Softplus", "Softsign", "Floor", "Ceil", "Round",
    "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Asinh", "Acosh", "Atanh",
    "HardSwish", "LeakyRelu", "Elu", "Celu", "Selu", "HardSigmoid", "ThresholdedRelu", "Shrink"};
static_assert(sizeof(kUnaryOpNames) / sizeof(kUnaryOpNames[0]) == std::size_t(UnaryOp::Count));

// Ops the CPU engine defines on signed integers as well as on float and double.
constexpr bool isSignedUnary(UnaryOp op)
{
    return op == UnaryOp::Abs || op == UnaryOp::Neg || op == UnaryOp::Sign || op == UnaryOp::Relu;
}

// Attribute values, read once on the host (as the CPU reads them: float attributes, in double).
struct UnaryParams
{
    double alpha = 0;
    double beta = 0;
};

// Host: the attributes of `op` with the CPU engine's defaults. Shrink: alpha is lambd, beta bias;
// Selu: beta is gamma.
inline UnaryParams unaryParams(UnaryOp op, const cpu::AttributeReader &a)
{
    switch (op) {
    case UnaryOp::LeakyRelu: return {a.getFloat("alpha", 0.01f), 0};
    case UnaryOp::Elu:
    case UnaryOp::Celu:
    case UnaryOp::ThresholdedRelu: return {a.getFloat("alpha", 1.0f), 0};
    case UnaryOp::Selu:
        return {a.getFloat("alpha", 1.67326319217681884765625f), a.getFloat("gamma", 1.05070102214813232421875f)};
    case UnaryOp::HardSigmoid: return {a.getFloat("alpha", 0.2f), a.getFloat("beta", 0.5f)};
    case UnaryOp::Shrink: return {a.getFloat("lambd", 0.5f), a.getFloat("bias", 0.0f)};
    default: return {};
    }
}

// std::clamp's selections: a NaN passes through.
template <typename T>
FD_HD T clampLikeStd(T v, T low, T high)
{
    return v < low ? low : (high < v ? high : v);
}

template <UnaryOp op, typename T>
FD_HD T applyUnary(T x, const UnaryParams &p)
{
    [[maybe_unused]] const T alpha = static_cast<T>(p.alpha);
    [[maybe_unused]] const T beta = static_cast<T>(p.beta);
    [[maybe_unused]] const T zero = T(0);
    [[maybe_unused]] const T one = T(1);
    if constexpr (op == UnaryOp::Abs) {
        if constexpr (std::is_floating_point_v<T>)
            return emath::fabs(x);
        else
            return x < zero ? negate(x) : x;
    } else if constexpr (op == UnaryOp::Neg) {
        return negate(x);
    } else if constexpr (op == UnaryOp::Sign) {
        return static_cast<T>(int(x > zero) - int(x < zero));
    } else if constexpr (op == UnaryOp::Relu) {
        return x > zero ? x : (x == zero ? zero : static_cast<T>(zero * x)); // NaN stays NaN
    } else if constexpr (op == UnaryOp::Not) {
        return !x;
    } else if constexpr (op == UnaryOp::Sqrt) {
        return emath::sqrt(x);
    } else if constexpr (op == UnaryOp::Exp) {
        return emath::exp(x);
    } else if constexpr (op == UnaryOp::Log) {
        return emath::log(x);
    } else if constexpr (op == UnaryOp::Reciprocal) {
        return one / x;
    } else if constexpr (op == UnaryOp::Erf) {
        return emath::erf(x);
    } else if constexpr (op == UnaryOp::Sigmoid) {
        return x >= zero ? one / (one + emath::exp(-x)) : emath::exp(x) / (one + emath::exp(x));
    } else if constexpr (op == UnaryOp::Tanh) {
        return emath::tanh(x);
    } else if constexpr (op == UnaryOp::Softplus) {
        return x > T(30) ? x : emath::log1p(emath::exp(x));
    } else if constexpr (op == UnaryOp::Softsign) {
        return x / (one + emath::fabs(x));
    } else if constexpr (op == UnaryOp::Floor) {
        return emath::floor(x);
    } else if constexpr (op == UnaryOp::Ceil) {
        return emath::ceil(x);
    } else if constexpr (op == UnaryOp::Round) {
        return roundHalfEven(x);
    } else if constexpr (op == UnaryOp::Sin) {
        return emath::sin(x);
    } else if constexpr (op == UnaryOp::Cos) {
        return emath::cos(x);
    } else if constexpr (op == UnaryOp::Tan) {
        return emath::tan(x);
    } else if constexpr (op == UnaryOp::Asin) {
        return emath::asin(x);
    } else if constexpr (op == UnaryOp::Acos) {
        return emath::acos(x);
    } else if constexpr (op == UnaryOp::Atan) {
        return emath::atan(x);
    } else if constexpr (op == UnaryOp::Sinh) {
        return emath::sinh(x);
    } else if constexpr (op == UnaryOp::Cosh) {
        return emath::cosh(x);
    } else if constexpr (op == UnaryOp::Asinh) {
        return emath::asinh(x);
    } else if constexpr (op == UnaryOp::Acosh) {
        return emath::acosh(x);
    } else if constexpr (op == UnaryOp::Atanh) {
        return emath::atanh(x);
    } else if constexpr (op == UnaryOp::HardSwish) {
        return x * clampLikeStd(x / T(6) + T(0.5), zero, one);
    } else if constexpr (op == UnaryOp::LeakyRelu) {
        return x >= zero ? x : alpha * x;
    } else if constexpr (op == UnaryOp::Elu) {
        // expm1: the CPU computes exp(x) - 1 in double; in float that would lose the digits near 0.
        return x >= zero ? x : alpha * emath::expm1(x);
    } else if constexpr (op == UnaryOp::Celu) {
        // std::max(0, x) + std::min(0, ...) as the CPU writes it: a NaN gives 0.
        const T positive = zero < x ? x : zero;
        const T e = alpha * emath::expm1(x / alpha);
        const T negative = e < zero ? e : zero;
        return positive + negative;
    } else if constexpr (op == UnaryOp::Selu) {
        return x > zero ? beta * x : beta * alpha * emath::expm1(x);
    } else if constexpr (op == UnaryOp::HardSigmoid) {
        return clampLikeStd(alpha * x + beta, zero, one);
    } else if constexpr (op == UnaryOp::ThresholdedRelu) {
        return x > alpha ? x : zero;
    } else {
        static_assert(op == UnaryOp::Shrink);
        return x < -alpha ? x + beta : (x > alpha ? x - beta : zero);
    }
}

// Clip: the CPU's isnan(x) ? x : min(max(x, low), high), with std::max/min's selections.
template <typename T>
FD_HD T clipValue(T x, T low, T high)
{
    if (isNan(x))
        return x;
    const T raised = x < low ? low : x;
    return high < raised ? high : raised;
}

// ---- binary ops --------------------------------------------------------------------------------

enum class BinaryOp : int { Add, Sub, Mul, Div, Max, Min, Mod, Fmod, PRelu };
enum class CompareOp : int { Equal, Less, Greater, LessOrEqual, GreaterOrEqual, And, Or, Xor };

template <BinaryOp op, typename T>
FD_HD T applyBinary(T a, T b)
{
    if constexpr (op == BinaryOp::Add) {
        return wrapAdd(a, b);
    } else if constexpr (op == BinaryOp::Sub) {
        return wrapSub(a, b);
    } else if constexpr (op == BinaryOp::Mul) {
        return wrapMul(a, b);
    } else if constexpr (op == BinaryOp::Div) {
        if constexpr (std::is_integral_v<T>) {
            if (b == T(0))
                return T(0); // undefined in ONNX; the CPU gives 0 and never traps
            if constexpr (std::is_signed_v<T>) {
                if (a == std::numeric_limits<T>::lowest() && b == T(-1))
                    return a;
            }
            return static_cast<T>(a / b);
        } else {
            return a / b;
        }
    } else if constexpr (op == BinaryOp::Max || op == BinaryOp::Min) {
        if constexpr (std::is_floating_point_v<T>) {
            if (isNan(a) || isNan(b))
                return std::numeric_limits<T>::quiet_NaN();
        }
        if constexpr (op == BinaryOp::Max)
            return a > b ? a : b;
        else
            return a < b ? a : b;
    } else if constexpr (op == BinaryOp::Mod) {
        // fmod=0: numpy's mod, the sign of the divisor (floats always use fmod, as on the CPU).
        if constexpr (std::is_floating_point_v<T>) {
            return emath::fmod(a, b);
        } else {
            if (b == T(0))
                return T(0);
            if constexpr (std::is_signed_v<T>) {
                if (b == T(-1))
                    return T(0);
                const T r = static_cast<T>(a % b);
                return (r != T(0) && ((r < T(0)) != (b < T(0)))) ? static_cast<T>(r + b) : r;
            } else {
                return static_cast<T>(a % b);
            }
        }
    } else if constexpr (op == BinaryOp::Fmod) {
        // fmod=1: C's fmod (sign of the dividend). Integers go through double as on the CPU: a
        // zero divisor gives NaN, so 0, and int64 beyond 2^53 rounds the same way.
        if constexpr (std::is_floating_point_v<T>)
            return emath::fmod(a, b);
        else
            return cpu::saturatingCast<T>(emath::fmod(static_cast<double>(a), static_cast<double>(b)));
    } else {
        static_assert(op == BinaryOp::PRelu);
        return a < T(0) ? static_cast<T>(a * b) : a;
    }
}

template <CompareOp op, typename T>
FD_HD bool applyCompare(T x, T y)
{
    if constexpr (op == CompareOp::Equal)
        return x == y;
    else if constexpr (op == CompareOp::Less)
        return x < y;
    else if constexpr (op == CompareOp::Greater)
        return x > y;
    else if constexpr (op == CompareOp::LessOrEqual)
        return x <= y;
    else if constexpr (op == CompareOp::GreaterOrEqual)
        return x >= y;
    else if constexpr (op == CompareOp::And)
        return x && y;
    else if constexpr (op == CompareOp::Or)
        return x || y;
    else
        return bool(x) != bool(y);
}

// Pow: float ** float in float (CUDA's powf); every other pair as the CPU computes it, in
// double, stored through the saturating cast.
template <typename T, typename E>
FD_HD T applyPow(T base, E exponent)
{
    if constexpr (std::is_same_v<T, float> && std::is_same_v<E, float>)
        return emath::pow(base, exponent);
    else
        return cpu::saturatingCast<T>(emath::pow(static_cast<double>(base), static_cast<double>(exponent)));
}

} // namespace fleetdeck::validation::cuda
