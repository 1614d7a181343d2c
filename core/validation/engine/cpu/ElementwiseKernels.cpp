// Broadcasting binary and variadic ops: arithmetic, comparisons, logic, Where.
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/OpRegistry.h"
#include "core/validation/engine/cpu/SaturatingCast.h"

#include <cmath>
#include <limits>
#include <type_traits>

namespace fleetdeck::validation::cpu {

namespace {

Shape legacyShape(const KernelContext &ctx, const Shape &a, const Shape &b)
{
    return legacyOperandShape(ctx.opset(), ctx.attributes(), a, b);
}

Expected<BroadcastPlan> planFor(KernelContext &ctx, std::vector<Shape> shapes)
{
    auto plan = planBroadcast(shapes);
    if (!plan) {
        std::string text;
        for (const Shape &shape : shapes)
            text += shapeToString(shape) + " ";
        return ctx.fail("shapes do not broadcast: " + text);
    }
    return *plan;
}

template <typename T>
T divide(T a, T b)
{
    if constexpr (std::is_integral_v<T>) {
        if (b == 0)
            return 0; // integer division by zero has no defined result; never trap
        if constexpr (std::is_signed_v<T>) {
            if (a == std::numeric_limits<T>::min() && b == T(-1))
                return a;
        }
        return static_cast<T>(a / b);
    } else {
        return a / b;
    }
}

enum class Arith { Add, Sub, Mul, Div, Max, Min, Mod };

template <typename T>
T arith(Arith op, T a, T b)
{
    switch (op) {
    case Arith::Add: return static_cast<T>(a + b);
    case Arith::Sub: return static_cast<T>(a - b);
    case Arith::Mul: return static_cast<T>(a * b);
    case Arith::Div: return divide(a, b);
    case Arith::Max:
        if constexpr (std::is_floating_point_v<T>)
            if (std::isnan(a) || std::isnan(b))
                return std::numeric_limits<T>::quiet_NaN();
        return a > b ? a : b;
    case Arith::Min:
        if constexpr (std::is_floating_point_v<T>)
            if (std::isnan(a) || std::isnan(b))
                return std::numeric_limits<T>::quiet_NaN();
        return a < b ? a : b;
    case Arith::Mod:
        if constexpr (std::is_floating_point_v<T>) {
            return static_cast<T>(std::fmod(a, b));
        } else {
            if (b == 0)
                return 0;
            if constexpr (std::is_signed_v<T>) {
                if (b == T(-1))
                    return 0;
                T r = static_cast<T>(a % b); // numpy's mod: the sign of the divisor
                return static_cast<T>((r != 0 && ((r < 0) != (b < 0))) ? r + b : r);
            } else {
                return static_cast<T>(a % b);
            }
        }
    }
    return a;
}

// How often input k repeats across the output, when it is a trailing block of the output's
// dims (a bias over the last axes, a scalar, or the full shape): offset = i % period. 0 otherwise.
int64_t repeatPeriod(const BroadcastPlan &plan, std::size_t k)
{
    const std::vector<int64_t> &strides = plan.strides[k];
    int64_t period = 1;
    std::size_t d = plan.output.size();
    for (; d > 0 && strides[d - 1] == period; --d)
        period *= plan.output[d - 1];
    for (; d > 0; --d) {
        if (strides[d - 1] != 0 && plan.output[d - 1] != 1)
            return 0;
    }
    return period;
}

template <typename F>
void binaryLoop(ThreadPool &pool, const float *a, int64_t periodA, const float *b, int64_t periodB, float *dst,
                int64_t total, F f)
{
    if (periodA == total && periodB == total) {
        pool.parallelFor(total, 1 << 15, [&](int64_t begin, int64_t end) {
            for (int64_t i = begin; i < end; ++i)
                dst[i] = f(a[i], b[i]);
        });
        return;
    }
    // Rows of the shorter period; every row pairs a block of the full input with the whole short one.
    const int64_t row = std::min(periodA, periodB);
    pool.parallelFor(total / row, std::max<int64_t>(1, (1 << 15) / row), [&](int64_t begin, int64_t end) {
        for (int64_t r = begin; r < end; ++r) {
            const float *pa = a + (periodA == total ? r * row : 0);
            const float *pb = b + (periodB == total ? r * row : 0);
            float *out = dst + r * row;
            for (int64_t j = 0; j < row; ++j)
                out[j] = f(pa[j], pb[j]);
        }
    });
}

// float Add/Sub/Mul/Div of two inputs where each is the full output, a trailing block of it or
// a scalar (residual adds, biases, scales): contiguous loops, the same float arithmetic as the
// general path. Returns false when the general broadcast loop must run.
bool fastFloatBinary(KernelContext &ctx, const BroadcastPlan &plan, Arith op, Tensor &out)
{
    if (ctx.inputCount() != 2 || out.dataType() != DataType::Float || op > Arith::Div || out.elementCount() == 0)
        return false;
    const int64_t total = out.elementCount();
    int64_t pa = repeatPeriod(plan, 0), pb = repeatPeriod(plan, 1);
    if (pa == 0 || pb == 0 || (pa != total && pb != total))
        return false;
    if (pa == 1 && pb == 1)
        pa = pb = total; // two scalars: the full-shape loop reads one element each
    const float *a = ctx.input(0).data<float>(), *b = ctx.input(1).data<float>();
    float *dst = out.data<float>();
    if (pa == 1 || pb == 1) { // a scalar side: rows of the whole output
        const float scalar = pa == 1 ? a[0] : b[0];
        const float *full = pa == 1 ? b : a;
        const bool scalarFirst = pa == 1;
        const auto apply = [&](auto f) {
            binaryLoop(ctx.pool(), full, total, full, total, dst, total,
                       [&](float x, float) { return scalarFirst ? f(scalar, x) : f(x, scalar); });
        };
        switch (op) {
        case Arith::Add: apply([](float x, float y) { return x + y; }); break;
        case Arith::Sub: apply([](float x, float y) { return x - y; }); break;
        case Arith::Mul: apply([](float x, float y) { return x * y; }); break;
        default: apply([](float x, float y) { return x / y; }); break;
        }
        return true;
    }
    switch (op) {
    case Arith::Add: binaryLoop(ctx.pool(), a, pa, b, pb, dst, total, [](float x, float y) { return x + y; }); break;
    case Arith::Sub: binaryLoop(ctx.pool(), a, pa, b, pb, dst, total, [](float x, float y) { return x - y; }); break;
    case Arith::Mul: binaryLoop(ctx.pool(), a, pa, b, pb, dst, total, [](float x, float y) { return x * y; }); break;
    default: binaryLoop(ctx.pool(), a, pa, b, pb, dst, total, [](float x, float y) { return x / y; }); break;
    }
    return true;
}

// Folds every input (Add/Sub... have two, Max/Min/Sum/Mean any number) with broadcasting.
Status runArith(KernelContext &ctx, Arith op, bool mean)
{
    FD_TRY_STATUS(ctx.requireSameType(0, ctx.inputCount() - 1));
    std::vector<Shape> shapes;
    for (std::size_t i = 0; i < ctx.inputCount(); ++i)
        shapes.push_back(i == 1 && ctx.inputCount() == 2 ? legacyShape(ctx, ctx.input(0).shape(), ctx.input(1).shape())
                                                         : ctx.input(i).shape());
    auto plan = planFor(ctx, shapes);
    if (!plan)
        return plan.error();
    const DataType type = ctx.input(0).dataType();
    auto out = ctx.allocate(0, type, plan->output);
    if (!out)
        return out.error();
    if (!mean && fastFloatBinary(ctx, *plan, op, *out.value()))
        return {};
    const std::size_t count = ctx.inputCount();
    const bool fmod = op == Arith::Mod && ctx.attributes().getInt("fmod", 0) != 0;
    visitNumericType(type, [&](auto tag) {
        using T = typename decltype(tag)::type;
        if constexpr (!std::is_same_v<T, bool>) {
            T *dst = out.value()->template data<T>();
            forEachBroadcast(*plan, [&](int64_t i, const int64_t *offsets) {
                T acc = ctx.input(0).data<T>()[offsets[0]];
                for (std::size_t k = 1; k < count; ++k) {
                    const T b = ctx.input(k).data<T>()[offsets[k]];
                    acc = fmod ? saturatingCast<T>(std::fmod(double(acc), double(b))) : arith(op, acc, b);
                }
                dst[i] = mean ? static_cast<T>(acc / static_cast<T>(count)) : acc;
            });
        }
    });
    return {};
}

Status runPow(KernelContext &ctx)
{
    auto plan = planFor(ctx, {ctx.input(0).shape(), legacyShape(ctx, ctx.input(0).shape(), ctx.input(1).shape())});
    if (!plan)
        return plan.error();
    const DataType type = ctx.input(0).dataType();
    auto out = ctx.allocate(0, type, plan->output);
    if (!out)
        return out.error();
    const Tensor &exponent = ctx.input(1);
    visitNumericType(type, [&](auto tag) {
        using T = typename decltype(tag)::type;
        T *dst = out.value()->template data<T>();
        const T *base = ctx.input(0).data<T>();
        forEachBroadcast(*plan, [&](int64_t i, const int64_t *offsets) {
            dst[i] = saturatingCast<T>(std::pow(static_cast<double>(base[offsets[0]]),
                                            exponent.valueAsDouble(offsets[1])));
        });
    });
    return {};
}

enum class Compare { Equal, Less, Greater, LessOrEqual, GreaterOrEqual, And, Or, Xor };

Status runCompare(KernelContext &ctx, Compare op)
{
    FD_TRY_STATUS(ctx.requireSameType(0, 1));
    auto plan = planFor(ctx, {ctx.input(0).shape(), legacyShape(ctx, ctx.input(0).shape(), ctx.input(1).shape())});
    if (!plan)
        return plan.error();
    auto out = ctx.allocate(0, DataType::Bool, plan->output);
    if (!out)
        return out.error();
    bool *dst = out.value()->data<bool>();
    visitNumericType(ctx.input(0).dataType(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *a = ctx.input(0).data<T>();
        const T *b = ctx.input(1).data<T>();
        forEachBroadcast(*plan, [&](int64_t i, const int64_t *o) {
            const T x = a[o[0]];
            const T y = b[o[1]];
            switch (op) {
            case Compare::Equal: dst[i] = x == y; break;
            case Compare::Less: dst[i] = x < y; break;
            case Compare::Greater: dst[i] = x > y; break;
            case Compare::LessOrEqual: dst[i] = x <= y; break;
            case Compare::GreaterOrEqual: dst[i] = x >= y; break;
            case Compare::And: dst[i] = x && y; break;
            case Compare::Or: dst[i] = x || y; break;
            case Compare::Xor: dst[i] = bool(x) != bool(y); break;
            }
        });
    });
    return {};
}

Status runWhere(KernelContext &ctx)
{
    if (ctx.input(0).dataType() != DataType::Bool)
        return ctx.fail("the condition must be bool");
    FD_TRY_STATUS(ctx.requireSameType(1, 2));
    auto plan = planFor(ctx, {ctx.input(0).shape(), ctx.input(1).shape(), ctx.input(2).shape()});
    if (!plan)
        return plan.error();
    const DataType type = ctx.input(1).dataType();
    auto out = ctx.allocate(0, type, plan->output);
    if (!out)
        return out.error();
    const bool *condition = ctx.input(0).data<bool>();
    const std::size_t size = elementSize(type);
    const std::byte *x = ctx.input(1).bytes();
    const std::byte *y = ctx.input(2).bytes();
    std::byte *dst = out.value()->bytes();
    forEachBroadcast(*plan, [&](int64_t i, const int64_t *o) {
        const std::byte *src = condition[o[0]] ? x + o[1] * static_cast<int64_t>(size) : y + o[2] * static_cast<int64_t>(size);
        std::copy(src, src + size, dst + i * static_cast<int64_t>(size));
    });
    return {};
}

// Every input and output of the op has a type in `allowed`.
SupportCheck typesCheck(std::initializer_list<DataType> allowed)
{
    std::vector<DataType> copy(allowed);
    return [copy](const SupportQuery &query) -> std::optional<UnsupportedReason> {
        for (DataType type : query.inputTypes) {
            if (type != DataType::Undefined && std::find(copy.begin(), copy.end(), type) == copy.end())
                return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(type)) + " inputs"};
        }
        return std::nullopt;
    };
}

} // namespace

void registerElementwiseKernels(OpRegistry &registry)
{
    const auto arithTypes = typesCheck(numericTypes);
    const std::pair<const char *, Arith> ariths[] = {
        {"Add", Arith::Add}, {"Sub", Arith::Sub}, {"Mul", Arith::Mul}, {"Div", Arith::Div},
        {"Max", Arith::Max}, {"Min", Arith::Min}, {"Sum", Arith::Add}, {"Mod", Arith::Mod}};
    for (const auto &[name, op] : ariths) {
        const Arith arithOp = op;
        registry.add(name, arithTypes, [arithOp](KernelContext &ctx) { return runArith(ctx, arithOp, false); });
    }
    registry.add("Mean", typesCheck(floatTypes), [](KernelContext &ctx) { return runArith(ctx, Arith::Add, true); });
    registry.add("Pow", typesCheck({DataType::Float, DataType::Double, DataType::Int32, DataType::Int64}), runPow);
    const std::pair<const char *, Compare> compares[] = {
        {"Equal", Compare::Equal}, {"Less", Compare::Less}, {"Greater", Compare::Greater},
        {"LessOrEqual", Compare::LessOrEqual}, {"GreaterOrEqual", Compare::GreaterOrEqual},
        {"And", Compare::And}, {"Or", Compare::Or}, {"Xor", Compare::Xor}};
    for (const auto &[name, op] : compares) {
        const Compare compareOp = op;
        registry.add(name, typesCheck(allTypes), [compareOp](KernelContext &ctx) { return runCompare(ctx, compareOp); });
    }
    registry.add("Where", typesCheck(allTypes), runWhere);
}

} // namespace fleetdeck::validation::cpu
