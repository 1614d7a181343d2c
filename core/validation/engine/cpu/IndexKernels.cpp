// Index-driven ops: Gather, GatherElements, CumSum, Trilu, DepthToSpace, SpaceToDepth, CastLike.
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/ShapeOps.h"

#include <cstring>

namespace fleetdeck::validation::cpu {

namespace {

Status runGather(KernelContext &ctx)
{
    const Tensor &data = ctx.input(0);
    const Tensor &indices = ctx.input(1);
    const auto axis = normaliseAxis(ctx.attributes().getInt("axis", 0), data.rank());
    if (!axis)
        return ctx.fail("axis out of range");
    Shape shape(data.shape().begin(), data.shape().begin() + *axis);
    shape.insert(shape.end(), indices.shape().begin(), indices.shape().end());
    shape.insert(shape.end(), data.shape().begin() + *axis + 1, data.shape().end());
    auto out = ctx.allocate(0, data.dataType(), shape);
    if (!out)
        return out.error();
    int64_t outer = 1, inner = 1;
    for (int64_t d = 0; d < *axis; ++d)
        outer *= data.dim(d);
    for (int64_t d = *axis + 1; d < data.rank(); ++d)
        inner *= data.dim(d);
    const int64_t n = data.dim(*axis);
    const auto bytes = static_cast<int64_t>(elementSize(data.dataType())) * inner;
    const int64_t count = indices.elementCount();
    for (int64_t o = 0; o < outer; ++o) {
        for (int64_t i = 0; i < count; ++i) {
            int64_t index = indices.valueAsInt(i);
            if (!resolveIndex(index, n))
                return ctx.fail("index " + std::to_string(indices.valueAsInt(i)) + " out of range [" + std::to_string(-n) + ", " + std::to_string(n) + ")");
            std::memcpy(out.value()->bytes() + (o * count + i) * bytes, data.bytes() + (o * n + index) * bytes,
                        static_cast<std::size_t>(bytes));
        }
    }
    return {};
}

Status runGatherElements(KernelContext &ctx)
{
    const Tensor &data = ctx.input(0);
    const Tensor &indices = ctx.input(1);
    const auto axis = normaliseAxis(ctx.attributes().getInt("axis", 0), data.rank());
    if (!axis || indices.rank() != data.rank())
        return ctx.fail("axis out of range or ranks differ");
    auto out = ctx.allocate(0, data.dataType(), indices.shape());
    if (!out)
        return out.error();
    const std::vector<int64_t> dataStrides = stridesOf(data.shape());
    const std::vector<int64_t> indexStrides = stridesOf(indices.shape());
    const auto size = elementSize(data.dataType());
    for (int64_t i = 0; i < indices.elementCount(); ++i) {
        int64_t offset = 0;
        for (std::size_t d = 0; d < indexStrides.size(); ++d) {
            int64_t c = (i / indexStrides[d]) % indices.shape()[d];
            if (int64_t(d) == *axis) {
                c = indices.valueAsInt(i);
                if (!resolveIndex(c, data.shape()[d]))
                    return ctx.fail("index out of range");
            } else if (c >= data.shape()[d]) {
                return ctx.fail("indices larger than data");
            }
            offset += c * dataStrides[d];
        }
        std::memcpy(out.value()->bytes() + std::size_t(i) * size, data.bytes() + std::size_t(offset) * size, size);
    }
    return {};
}

Status runCumSum(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const auto axis = normaliseAxis(ctx.input(1).valueAsInt(0), x.rank());
    if (!axis)
        return ctx.fail("axis out of range");
    const bool exclusive = ctx.attributes().getInt("exclusive", 0) != 0;
    const bool reverse = ctx.attributes().getInt("reverse", 0) != 0;
    auto out = ctx.allocate(0, x.dataType(), x.shape());
    if (!out)
        return out.error();
    int64_t inner = 1;
    for (int64_t d = *axis + 1; d < x.rank(); ++d)
        inner *= x.dim(d);
    const int64_t n = x.dim(*axis);
    const int64_t outer = n * inner == 0 ? 0 : x.elementCount() / (n * inner);
    visitArithmeticType(x.dataType(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *src = x.data<T>();
        T *dst = out.value()->template data<T>();
        for (int64_t o = 0; o < outer; ++o) {
            for (int64_t i = 0; i < inner; ++i) {
                double sum = 0;
                for (int64_t s = 0; s < n; ++s) {
                    const int64_t k = reverse ? n - 1 - s : s;
                    const int64_t at = (o * n + k) * inner + i;
                    if (exclusive) {
                        dst[at] = static_cast<T>(sum);
                        sum += static_cast<double>(src[at]);
                    } else {
                        sum += static_cast<double>(src[at]);
                        dst[at] = static_cast<T>(sum);
                    }
                }
            }
        }
    });
    return {};
}

Status runTrilu(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    if (x.rank() < 2)
        return ctx.fail("Trilu needs a matrix");
    const int64_t k = ctx.hasInput(1) ? ctx.input(1).valueAsInt(0) : 0;
    const bool upper = ctx.attributes().getInt("upper", 1) != 0;
    Tensor out = x;
    const int64_t rows = x.dim(x.rank() - 2), cols = x.dim(x.rank() - 1);
    const auto size = elementSize(x.dataType());
    for (int64_t i = 0; i < x.elementCount(); ++i) {
        const int64_t c = i % cols, r = (i / cols) % rows;
        const bool keep = upper ? c - r >= k : c - r <= k;
        if (!keep)
            std::memset(out.bytes() + std::size_t(i) * size, 0, size);
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

// DepthToSpace / SpaceToDepth as a reshape-transpose-reshape, done with one strided copy.
Status runDepthSpace(KernelContext &ctx, bool toSpace)
{
    const Tensor &x = ctx.input(0);
    const int64_t b = ctx.attributes().getInt("blocksize", 0);
    if (x.rank() != 4 || b < 1)
        return ctx.fail("needs a 4-D input and a positive blocksize");
    const int64_t n = x.dim(0), c = x.dim(1), h = x.dim(2), w = x.dim(3);
    BroadcastPlan plan;
    if (toSpace) {
        if (c % (b * b) != 0)
            return ctx.fail("channels not divisible by blocksize squared");
        const int64_t oc = c / (b * b);
        const bool crd = ctx.attributes().getString("mode", "DCR") == "CRD";
        // Output index order (n, oc, h, b1, w, b2) read from the input's channel split.
        plan.output = {n, oc, h, b, w, b};
        const int64_t cs = h * w;
        plan.strides = {{c * cs, crd ? b * b * cs : cs, w, crd ? b * cs : b * oc * cs, 1, crd ? cs : oc * cs}};
        FD_TRY_STATUS(copyByPlan(ctx, x, plan));
        ctx.output(0).reshape({n, oc, h * b, w * b});
        return {};
    }
    if (h % b != 0 || w % b != 0)
        return ctx.fail("height and width not divisible by blocksize");
    const int64_t oh = h / b, ow = w / b;
    // Output order (n, b1, b2, c, oh, ow).
    plan.output = {n, b, b, c, oh, ow};
    plan.strides = {{c * h * w, w, 1, h * w, b * w, b}};
    FD_TRY_STATUS(copyByPlan(ctx, x, plan));
    ctx.output(0).reshape({n, c * b * b, oh, ow});
    return {};
}

} // namespace


void registerIndexKernels(OpRegistry &registry)
{
    const auto indexed = [](const SupportQuery &q) -> std::optional<UnsupportedReason> {
        if (auto reason = requireTypes(q, 0, allTypes))
            return reason;
        return requireTypes(q, 1, {DataType::Int32, DataType::Int64});
    };
    registry.add("Gather", indexed, runGather);
    registry.add("GatherElements", indexed, runGatherElements);
    registry.add("CumSum", [](const SupportQuery &q) { return requireTypes(q, 0, numericTypes); }, runCumSum);
    registry.add("Trilu", [](const SupportQuery &q) { return requireTypes(q, 0, allTypes); }, runTrilu);
    registry.add("DepthToSpace", [](const SupportQuery &q) { return requireTypes(q, 0, allTypes); },
                 [](KernelContext &ctx) { return runDepthSpace(ctx, true); });
    registry.add("SpaceToDepth", [](const SupportQuery &q) { return requireTypes(q, 0, allTypes); },
                 [](KernelContext &ctx) { return runDepthSpace(ctx, false); });
}

} // namespace fleetdeck::validation::cpu
