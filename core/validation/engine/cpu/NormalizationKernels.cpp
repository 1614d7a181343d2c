// BatchNormalization (inference), InstanceNormalization, LayerNormalization, LRN.
// Means and variances accumulate in double.
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/OpRegistry.h"

#include <cmath>

namespace fleetdeck::validation::cpu {

namespace {

template <typename T>
Status batchNorm(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    if (x.rank() < 2)
        return ctx.fail("input needs a channel axis");
    const int64_t channels = x.dim(1);
    for (std::size_t i = 1; i < 5; ++i) {
        if (ctx.input(i).elementCount() != channels)
            return ctx.fail("scale, bias, mean and var need one value per channel (" + std::to_string(channels) + ")");
    }
    const double epsilon = ctx.attributes().getFloat("epsilon", 1e-5f);
    auto out = ctx.allocate(0, x.dataType(), x.shape());
    if (!out)
        return out.error();
    const int64_t planes = x.dim(0) * channels;
    const int64_t size = planes == 0 ? 0 : x.elementCount() / planes;
    const T *px = x.data<T>();
    T *py = out.value()->template data<T>();
    for (int64_t p = 0; p < planes; ++p) {
        const int64_t c = p % channels;
        const double scale = ctx.input(1).valueAsDouble(c) / std::sqrt(ctx.input(4).valueAsDouble(c) + epsilon);
        const double shift = ctx.input(2).valueAsDouble(c) - ctx.input(3).valueAsDouble(c) * scale;
        for (int64_t i = 0; i < size; ++i)
            py[p * size + i] = static_cast<T>(static_cast<double>(px[p * size + i]) * scale + shift);
    }
    return {};
}

template <typename T>
Status instanceNorm(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    if (x.rank() < 3 || ctx.input(1).elementCount() != x.dim(1) || ctx.input(2).elementCount() != x.dim(1))
        return ctx.fail("input needs spatial axes and one scale/bias per channel");
    const double epsilon = ctx.attributes().getFloat("epsilon", 1e-5f);
    auto out = ctx.allocate(0, x.dataType(), x.shape());
    if (!out)
        return out.error();
    const int64_t channels = x.dim(1), planes = x.dim(0) * channels;
    const int64_t size = planes == 0 ? 0 : x.elementCount() / planes;
    const T *px = x.data<T>();
    T *py = out.value()->template data<T>();
    for (int64_t p = 0; p < planes; ++p) {
        double mean = 0, var = 0;
        for (int64_t i = 0; i < size; ++i)
            mean += static_cast<double>(px[p * size + i]);
        mean /= double(std::max<int64_t>(size, 1));
        for (int64_t i = 0; i < size; ++i) {
            const double d = static_cast<double>(px[p * size + i]) - mean;
            var += d * d;
        }
        var /= double(std::max<int64_t>(size, 1));
        const double scale = ctx.input(1).valueAsDouble(p % channels) / std::sqrt(var + epsilon);
        const double bias = ctx.input(2).valueAsDouble(p % channels);
        for (int64_t i = 0; i < size; ++i)
            py[p * size + i] = static_cast<T>((static_cast<double>(px[p * size + i]) - mean) * scale + bias);
    }
    return {};
}

template <typename T>
Status layerNorm(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const auto axis = normaliseAxis(ctx.attributes().getInt("axis", -1), x.rank());
    if (!axis)
        return ctx.fail("axis out of range");
    const double epsilon = ctx.attributes().getFloat("epsilon", 1e-5f);
    int64_t outer = 1;
    for (int64_t d = 0; d < *axis; ++d)
        outer *= x.dim(d);
    const int64_t size = outer == 0 ? 0 : x.elementCount() / outer;
    const Shape normalized(x.shape().begin() + *axis, x.shape().end());
    auto planScale = planBroadcast({normalized, ctx.input(1).shape()});
    auto planBias = planBroadcast({normalized, ctx.hasInput(2) ? ctx.input(2).shape() : Shape{}});
    if (!planScale || planScale->output != normalized || !planBias || planBias->output != normalized)
        return ctx.fail("scale or bias does not broadcast to " + shapeToString(normalized));
    std::vector<int64_t> scaleAt, biasAt;
    forEachBroadcast(*planScale, [&](int64_t, const int64_t *o) { scaleAt.push_back(o[1]); });
    forEachBroadcast(*planBias, [&](int64_t, const int64_t *o) { biasAt.push_back(o[1]); });
    auto out = ctx.allocate(0, x.dataType(), x.shape());
    if (!out)
        return out.error();
    Shape statShape = x.shape();
    for (int64_t d = *axis; d < x.rank(); ++d)
        statShape[std::size_t(d)] = 1;
    Tensor *meanOut = nullptr;
    Tensor *invOut = nullptr;
    if (ctx.wantsOutput(1)) {
        auto t = ctx.allocate(1, x.dataType(), statShape);
        if (!t)
            return t.error();
        meanOut = t.value();
    }
    if (ctx.wantsOutput(2)) {
        auto t = ctx.allocate(2, x.dataType(), statShape);
        if (!t)
            return t.error();
        invOut = t.value();
    }
    const T *px = x.data<T>();
    T *py = out.value()->template data<T>();
    for (int64_t r = 0; r < outer; ++r) {
        double mean = 0, var = 0;
        for (int64_t i = 0; i < size; ++i)
            mean += static_cast<double>(px[r * size + i]);
        mean /= double(std::max<int64_t>(size, 1));
        for (int64_t i = 0; i < size; ++i)
            var += (static_cast<double>(px[r * size + i]) - mean) * (static_cast<double>(px[r * size + i]) - mean);
        var /= double(std::max<int64_t>(size, 1));
        const double inv = 1.0 / std::sqrt(var + epsilon);
        for (int64_t i = 0; i < size; ++i) {
            const double bias = ctx.hasInput(2) ? ctx.input(2).valueAsDouble(biasAt[std::size_t(i)]) : 0.0;
            py[r * size + i] = static_cast<T>((static_cast<double>(px[r * size + i]) - mean) * inv
                                              * ctx.input(1).valueAsDouble(scaleAt[std::size_t(i)]) + bias);
        }
        if (meanOut)
            meanOut->template data<T>()[r] = static_cast<T>(mean);
        if (invOut)
            invOut->template data<T>()[r] = static_cast<T>(inv);
    }
    return {};
}

template <typename T>
Status lrn(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    if (x.rank() < 3)
        return ctx.fail("input needs spatial axes");
    const double alpha = ctx.attributes().getFloat("alpha", 1e-4f);
    const double beta = ctx.attributes().getFloat("beta", 0.75f);
    const double bias = ctx.attributes().getFloat("bias", 1.0f);
    const int64_t size = ctx.attributes().getInt("size", 1);
    auto out = ctx.allocate(0, x.dataType(), x.shape());
    if (!out)
        return out.error();
    const int64_t channels = x.dim(1);
    const int64_t plane = x.elementCount() / std::max<int64_t>(1, x.dim(0) * channels);
    const T *px = x.data<T>();
    T *py = out.value()->template data<T>();
    for (int64_t n = 0; n < x.dim(0); ++n) {
        for (int64_t c = 0; c < channels; ++c) {
            const int64_t from = std::max<int64_t>(0, c - (size - 1) / 2);
            const int64_t to = std::min<int64_t>(channels - 1, c + size / 2);
            for (int64_t i = 0; i < plane; ++i) {
                double sum = 0;
                for (int64_t k = from; k <= to; ++k) {
                    const double v = static_cast<double>(px[(n * channels + k) * plane + i]);
                    sum += v * v;
                }
                const int64_t at = (n * channels + c) * plane + i;
                py[at] = static_cast<T>(static_cast<double>(px[at]) / std::pow(bias + alpha / double(size) * sum, beta));
            }
        }
    }
    return {};
}

template <template <typename> class Op>
Status byFloatType(KernelContext &ctx)
{
    return ctx.input(0).dataType() == DataType::Double ? Op<double>::run(ctx) : Op<float>::run(ctx);
}

template <typename T> struct BatchNormOp { static Status run(KernelContext &c) { return batchNorm<T>(c); } };
template <typename T> struct InstanceNormOp { static Status run(KernelContext &c) { return instanceNorm<T>(c); } };
template <typename T> struct LayerNormOp { static Status run(KernelContext &c) { return layerNorm<T>(c); } };
template <typename T> struct LrnOp { static Status run(KernelContext &c) { return lrn<T>(c); } };

} // namespace

void registerNormalizationKernels(OpRegistry &registry)
{
    registry.add("BatchNormalization", [](const SupportQuery &q) -> std::optional<UnsupportedReason> {
        if (q.attributes.getInt("training_mode", 0) != 0)
            return UnsupportedReason{UnsupportedKind::AttributeValue, "training_mode=1"};
        if (q.opset < 7 && q.attributes.getInt("spatial", 1) == 0)
            return UnsupportedReason{UnsupportedKind::AttributeValue, "spatial=0"};
        if (q.hasOutput(1) || q.hasOutput(2))
            return UnsupportedReason{UnsupportedKind::InputForm, "running statistics outputs"};
        return requireAllTypes(q, floatTypes);
    }, byFloatType<BatchNormOp>);
    const auto floats = [](const SupportQuery &q) { return requireAllTypes(q, floatTypes); };
    registry.add("InstanceNormalization", floats, byFloatType<InstanceNormOp>);
    registry.add("LayerNormalization", floats, byFloatType<LayerNormOp>);
    registry.add("LRN", floats, byFloatType<LrnOp>);
}

} // namespace fleetdeck::validation::cpu
