// QuantizeLinear, DequantizeLinear (per tensor or per axis) and DynamicQuantizeLinear.
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/OpRegistry.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fleetdeck::validation::cpu {

namespace {

// Index into a scale / zero-point tensor: 0 per tensor, the channel along `axis` per axis.
struct QuantParams
{
    int64_t inner = 1;
    int64_t channels = 1;
    bool perAxis = false;

    int64_t at(int64_t i) const { return perAxis ? (i / inner) % channels : 0; }
};

Expected<QuantParams> quantParams(KernelContext &ctx, const Tensor &x, const Tensor &scale)
{
    QuantParams p;
    if (scale.elementCount() == 1)
        return p;
    const auto axis = normaliseAxis(ctx.attributes().getInt("axis", 1), x.rank());
    if (!axis || scale.rank() != 1 || scale.elementCount() != x.dim(*axis))
        return ctx.fail("scale must be a scalar or one value per channel of the axis");
    p.perAxis = true;
    p.channels = x.dim(*axis);
    for (int64_t d = *axis + 1; d < x.rank(); ++d)
        p.inner *= x.dim(d);
    return p;
}

template <typename Q>
Q saturate(double value)
{
    value = std::nearbyint(value); // round half to even
    return static_cast<Q>(std::clamp(value, double(std::numeric_limits<Q>::lowest()), double(std::numeric_limits<Q>::max())));
}

Status runQuantize(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const Tensor &scale = ctx.input(1);
    const Tensor *zeroPoint = ctx.hasInput(2) ? &ctx.input(2) : nullptr;
    auto params = quantParams(ctx, x, scale);
    if (!params)
        return params.error();
    const DataType type = zeroPoint ? zeroPoint->dataType() : DataType::Uint8;
    auto out = ctx.allocate(0, type, x.shape());
    if (!out)
        return out.error();
    for (int64_t i = 0; i < x.elementCount(); ++i) {
        const int64_t c = params->at(i);
        // Divided in float32 as the spec's reference does: a tie like 25.5 must stay a tie.
        const double scaled = static_cast<float>(x.valueAsDouble(i)) / static_cast<float>(scale.valueAsDouble(c));
        // Rounded before the zero point is added: 25.5 + 153 rounds differently from 25.5.
        const double value = std::nearbyint(scaled) + (zeroPoint ? zeroPoint->valueAsDouble(c) : 0.0);
        if (type == DataType::Int8)
            out.value()->data<int8_t>()[i] = saturate<int8_t>(value);
        else
            out.value()->data<uint8_t>()[i] = saturate<uint8_t>(value);
    }
    return {};
}

Status runDequantize(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const Tensor &scale = ctx.input(1);
    const Tensor *zeroPoint = ctx.hasInput(2) ? &ctx.input(2) : nullptr;
    auto params = quantParams(ctx, x, scale);
    if (!params)
        return params.error();
    auto out = ctx.allocate(0, DataType::Float, x.shape());
    if (!out)
        return out.error();
    for (int64_t i = 0; i < x.elementCount(); ++i) {
        const int64_t c = params->at(i);
        const double zero = zeroPoint ? zeroPoint->valueAsDouble(c) : 0.0;
        out.value()->data<float>()[i] = static_cast<float>((x.valueAsDouble(i) - zero) * scale.valueAsDouble(c));
    }
    return {};
}

Status runDynamicQuantize(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    double low = 0, high = 0; // the range always includes 0
    for (int64_t i = 0; i < x.elementCount(); ++i) {
        low = std::min(low, x.valueAsDouble(i));
        high = std::max(high, x.valueAsDouble(i));
    }
    // float32 arithmetic throughout, as the op's function body computes it.
    const float scale = (static_cast<float>(high) - static_cast<float>(low)) / 255.0f;
    const double zero = scale == 0 ? 0.0 : std::clamp(std::nearbyint(double(0.0f - static_cast<float>(low) / scale)), 0.0, 255.0);
    auto y = ctx.allocate(0, DataType::Uint8, x.shape());
    if (!y)
        return y.error();
    for (int64_t i = 0; i < x.elementCount(); ++i)
        y.value()->data<uint8_t>()[i] = scale == 0 ? uint8_t(0)
            : saturate<uint8_t>(std::nearbyint(double(static_cast<float>(x.valueAsDouble(i)) / scale)) + zero);
    ctx.setOutput(1, Tensor::fromVector<float>(DataType::Float, {}, {scale}));
    ctx.setOutput(2, Tensor::fromVector<uint8_t>(DataType::Uint8, {}, {static_cast<uint8_t>(zero)}));
    return {};
}

} // namespace

void registerQuantizeKernels(OpRegistry &registry)
{
    registry.add("QuantizeLinear", [](const SupportQuery &q) -> std::optional<UnsupportedReason> {
        if (auto reason = requireTypes(q, 0, {DataType::Float, DataType::Int32}))
            return reason;
        return requireTypes(q, 2, {DataType::Uint8, DataType::Int8});
    }, runQuantize);
    registry.add("DequantizeLinear", [](const SupportQuery &q) {
        return requireTypes(q, 0, {DataType::Uint8, DataType::Int8, DataType::Int32});
    }, runDequantize);
    registry.add("DynamicQuantizeLinear", [](const SupportQuery &q) { return requireTypes(q, 0, {DataType::Float}); },
                 runDynamicQuantize);
}

} // namespace fleetdeck::validation::cpu
