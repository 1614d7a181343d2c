// NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss (inference of the loss value).
#include "core/validation/engine/cpu/OpRegistry.h"

#include <cmath>
#include <limits>

namespace fleetdeck::validation::cpu {

namespace {

// loss over log-probabilities `logProb` (N, C, d...) shaped like the input, in double.
Status nllLoss(KernelContext &ctx, const std::vector<double> &logProb, const Shape &shape, DataType type)
{
    const Tensor &target = ctx.input(1);
    const Tensor *weight = ctx.hasInput(2) ? &ctx.input(2) : nullptr;
    const std::string reduction = ctx.attributes().getString("reduction", "mean");
    const bool hasIgnore = ctx.attributes().has("ignore_index");
    const int64_t ignore = ctx.attributes().getInt("ignore_index", 0);
    if (shape.size() < 2)
        return ctx.fail("input needs (N, C, ...)");
    const int64_t n = shape[0], c = shape[1];
    const int64_t inner = n * c == 0 ? 0 : int64_t(logProb.size()) / (n * c);
    if (target.elementCount() != n * inner || (weight && weight->elementCount() != c))
        return ctx.fail("target or weight does not fit the input");
    std::vector<double> loss(static_cast<std::size_t>(n * inner));
    double weightSum = 0;
    for (int64_t b = 0; b < n; ++b) {
        for (int64_t i = 0; i < inner; ++i) {
            const int64_t t = target.valueAsInt(b * inner + i);
            if (hasIgnore && t == ignore)
                continue;
            if (t < 0 || t >= c)
                return ctx.fail("target class " + std::to_string(t) + " outside [0, " + std::to_string(c) + ")");
            const double w = weight ? weight->valueAsDouble(t) : 1.0;
            loss[std::size_t(b * inner + i)] = -logProb[std::size_t((b * c + t) * inner + i)] * w;
            weightSum += w;
        }
    }
    if (reduction == "none") {
        Shape outShape{n};
        outShape.insert(outShape.end(), shape.begin() + 2, shape.end());
        auto out = ctx.allocate(0, type, outShape);
        if (!out)
            return out.error();
        visitArithmeticType(type, [&](auto tag) {
            using T = typename decltype(tag)::type;
            for (std::size_t i = 0; i < loss.size(); ++i)
                out.value()->template data<T>()[i] = static_cast<T>(loss[i]);
        });
        return {};
    }
    double total = 0;
    for (double l : loss)
        total += l;
    if (reduction == "mean")
        total = weightSum == 0 ? 0.0 : total / weightSum;
    auto out = ctx.allocate(0, type, {});
    if (!out)
        return out.error();
    visitArithmeticType(type, [&](auto tag) {
        using T = typename decltype(tag)::type;
        out.value()->template data<T>()[0] = static_cast<T>(total);
    });
    return {};
}

Status runNll(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    std::vector<double> values(static_cast<std::size_t>(x.elementCount()));
    for (int64_t i = 0; i < x.elementCount(); ++i)
        values[std::size_t(i)] = x.valueAsDouble(i);
    return nllLoss(ctx, values, x.shape(), x.dataType());
}

Status runSoftmaxCrossEntropy(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    if (x.rank() < 2)
        return ctx.fail("input needs (N, C, ...)");
    const int64_t n = x.dim(0), c = x.dim(1);
    const int64_t inner = n * c == 0 ? 0 : x.elementCount() / (n * c);
    std::vector<double> logProb(static_cast<std::size_t>(x.elementCount()));
    for (int64_t b = 0; b < n; ++b) {
        for (int64_t i = 0; i < inner; ++i) {
            double peak = -std::numeric_limits<double>::infinity();
            for (int64_t k = 0; k < c; ++k)
                peak = std::max(peak, x.valueAsDouble((b * c + k) * inner + i));
            double sum = 0;
            for (int64_t k = 0; k < c; ++k)
                sum += std::exp(x.valueAsDouble((b * c + k) * inner + i) - peak);
            for (int64_t k = 0; k < c; ++k) {
                const int64_t at = (b * c + k) * inner + i;
                logProb[std::size_t(at)] = x.valueAsDouble(at) - peak - std::log(sum);
            }
        }
    }
    FD_TRY_STATUS(nllLoss(ctx, logProb, x.shape(), x.dataType()));
    if (ctx.wantsOutput(1)) {
        auto out = ctx.allocate(1, x.dataType(), x.shape());
        if (!out)
            return out.error();
        visitArithmeticType(x.dataType(), [&](auto tag) {
            using T = typename decltype(tag)::type;
            for (std::size_t i = 0; i < logProb.size(); ++i)
                out.value()->template data<T>()[i] = static_cast<T>(logProb[i]);
        });
    }
    return {};
}

std::optional<UnsupportedReason> checkLoss(const SupportQuery &q)
{
    const std::string reduction = q.attributes.getString("reduction", "mean");
    if (reduction != "mean" && reduction != "sum" && reduction != "none")
        return UnsupportedReason{UnsupportedKind::AttributeValue, "reduction=" + reduction};
    if (auto reason = requireTypes(q, 0, floatTypes))
        return reason;
    if (auto reason = requireTypes(q, 2, floatTypes))
        return reason;
    return requireTypes(q, 1, {DataType::Int32, DataType::Int64});
}

} // namespace

void registerLossKernels(OpRegistry &registry)
{
    registry.add("NegativeLogLikelihoodLoss", checkLoss, runNll);
    registry.add("SoftmaxCrossEntropyLoss", checkLoss, runSoftmaxCrossEntropy);
}

} // namespace fleetdeck::validation::cpu
