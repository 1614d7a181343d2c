// TopK, GatherND, ScatterElements/Scatter, ScatterND, OneHot, EyeLike, NonZero, Compress.
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/ShapeOps.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace fleetdeck::validation::cpu {

namespace {

Status runTopK(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const auto axis = normaliseAxis(ctx.attributes().getInt("axis", -1), x.rank());
    const int64_t k = ctx.opset() < 10 ? ctx.attributes().getInt("k", 0) : ctx.input(1).valueAsInt(0);
    if (!axis || k < 0 || k > x.dim(*axis))
        return ctx.fail("axis out of range or k larger than the axis");
    const bool largest = ctx.attributes().getInt("largest", 1) != 0;
    Shape shape = x.shape();
    shape[std::size_t(*axis)] = k;
    auto values = ctx.allocate(0, x.dataType(), shape);
    if (!values)
        return values.error();
    auto indices = ctx.allocate(1, DataType::Int64, shape);
    if (!indices)
        return indices.error();
    const int64_t n = x.dim(*axis);
    int64_t inner = 1;
    for (int64_t d = *axis + 1; d < x.rank(); ++d)
        inner *= x.dim(d);
    const int64_t outer = n * inner == 0 ? 0 : x.elementCount() / (n * inner);
    const auto size = elementSize(x.dataType());
    std::vector<int64_t> order(static_cast<std::size_t>(n));
    for (int64_t o = 0; o < outer; ++o) {
        for (int64_t i = 0; i < inner; ++i) {
            std::iota(order.begin(), order.end(), 0);
            auto at = [&](int64_t j) { return x.valueAsDouble((o * n + j) * inner + i); };
            // Ties keep the lower index first, as the spec asks.
            std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) {
                return largest ? at(a) > at(b) : at(a) < at(b);
            });
            for (int64_t j = 0; j < k; ++j) {
                const int64_t dst = (o * k + j) * inner + i;
                std::memcpy(values.value()->bytes() + std::size_t(dst) * size,
                            x.bytes() + std::size_t((o * n + order[std::size_t(j)]) * inner + i) * size, size);
                indices.value()->data<int64_t>()[dst] = order[std::size_t(j)];
            }
        }
    }
    return {};
}

Status runGatherND(KernelContext &ctx)
{
    const Tensor &data = ctx.input(0);
    const Tensor &indices = ctx.input(1);
    const int64_t batchDims = ctx.attributes().getInt("batch_dims", 0);
    if (indices.rank() < 1 || batchDims < 0 || batchDims >= indices.rank() || batchDims >= data.rank())
        return ctx.fail("indices rank or batch_dims out of range");
    const int64_t depth = indices.dim(indices.rank() - 1);
    if (batchDims + depth > data.rank())
        return ctx.fail("indices address more axes than data has");
    Shape shape(indices.shape().begin(), indices.shape().end() - 1);
    shape.insert(shape.end(), data.shape().begin() + batchDims + depth, data.shape().end());
    auto out = ctx.allocate(0, data.dataType(), shape);
    if (!out)
        return out.error();
    int64_t sliceSize = 1, batch = 1;
    for (int64_t d = batchDims + depth; d < data.rank(); ++d)
        sliceSize *= data.dim(d);
    for (int64_t d = 0; d < batchDims; ++d)
        batch *= data.dim(d);
    const std::vector<int64_t> strides = stridesOf(data.shape());
    const int64_t tuples = depth == 0 ? indices.elementCount() : indices.elementCount() / depth;
    const int64_t perBatch = batch == 0 ? 0 : tuples / batch;
    const auto bytes = elementSize(data.dataType()) * std::size_t(sliceSize);
    for (int64_t t = 0; t < tuples; ++t) {
        int64_t offset = (t / std::max<int64_t>(perBatch, 1)) * (batchDims > 0 ? strides[std::size_t(batchDims - 1)] : 0);
        for (int64_t j = 0; j < depth; ++j) {
            int64_t index = indices.valueAsInt(t * depth + j);
            if (!resolveIndex(index, data.dim(batchDims + j)))
                return ctx.fail("index out of range");
            offset += index * strides[std::size_t(batchDims + j)];
        }
        std::memcpy(out.value()->bytes() + std::size_t(t) * bytes, data.bytes() + std::size_t(offset) * elementSize(data.dataType()), bytes);
    }
    return {};
}

// Writes `value` into dst per reduction (none, add, mul).
template <typename T>
void combine(T &dst, T value, const std::string &reduction)
{
    if (reduction == "add")
        dst = static_cast<T>(dst + value);
    else if (reduction == "mul")
        dst = static_cast<T>(dst * value);
    else
        dst = value;
}

Status runScatterElements(KernelContext &ctx)
{
    const Tensor &data = ctx.input(0);
    const Tensor &indices = ctx.input(1);
    const Tensor &updates = ctx.input(2);
    const auto axis = normaliseAxis(ctx.attributes().getInt("axis", 0), data.rank());
    if (!axis || indices.shape() != updates.shape() || indices.rank() != data.rank())
        return ctx.fail("indices and updates must match and have data's rank");
    const std::string reduction = ctx.attributes().getString("reduction", "none");
    Tensor out = data;
    const std::vector<int64_t> dataStrides = stridesOf(data.shape());
    const std::vector<int64_t> indexStrides = stridesOf(indices.shape());
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
        visitNumericType(data.dataType(), [&](auto tag) {
            using T = typename decltype(tag)::type;
            combine<T>(out.data<T>()[offset], updates.data<T>()[i], reduction);
        });
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

Status runScatterND(KernelContext &ctx)
{
    const Tensor &data = ctx.input(0);
    const Tensor &indices = ctx.input(1);
    const Tensor &updates = ctx.input(2);
    if (indices.rank() < 1)
        return ctx.fail("indices need at least one axis");
    const int64_t depth = indices.dim(indices.rank() - 1);
    if (depth > data.rank())
        return ctx.fail("indices address more axes than data has");
    int64_t sliceSize = 1;
    for (int64_t d = depth; d < data.rank(); ++d)
        sliceSize *= data.dim(d);
    const int64_t tuples = depth == 0 ? 1 : indices.elementCount() / depth;
    if (updates.elementCount() != tuples * sliceSize)
        return ctx.fail("updates do not fit the indexed slices");
    const std::string reduction = ctx.attributes().getString("reduction", "none");
    const std::vector<int64_t> strides = stridesOf(data.shape());
    Tensor out = data;
    for (int64_t t = 0; t < tuples; ++t) {
        int64_t offset = 0;
        for (int64_t j = 0; j < depth; ++j) {
            int64_t index = indices.valueAsInt(t * depth + j);
            if (!resolveIndex(index, data.dim(j)))
                return ctx.fail("index out of range");
            offset += index * strides[std::size_t(j)];
        }
        visitNumericType(data.dataType(), [&](auto tag) {
            using T = typename decltype(tag)::type;
            for (int64_t s = 0; s < sliceSize; ++s)
                combine<T>(out.data<T>()[offset + s], updates.data<T>()[t * sliceSize + s], reduction);
        });
    }
    ctx.setOutput(0, std::move(out));
    return {};
}

Status runOneHot(KernelContext &ctx)
{
    const Tensor &indices = ctx.input(0);
    const auto depth = static_cast<int64_t>(ctx.input(1).valueAsDouble(0));
    const Tensor &values = ctx.input(2);
    if (depth < 1 || values.elementCount() != 2)
        return ctx.fail("depth must be positive and values hold [off, on]");
    const auto axis = normaliseAxis(ctx.attributes().getInt("axis", -1), indices.rank() + 1);
    if (!axis)
        return ctx.fail("axis out of range");
    Shape shape = indices.shape();
    shape.insert(shape.begin() + *axis, depth);
    auto out = ctx.allocate(0, values.dataType(), shape);
    if (!out)
        return out.error();
    int64_t inner = 1;
    for (int64_t d = *axis; d < indices.rank(); ++d)
        inner *= indices.dim(d);
    const auto size = elementSize(values.dataType());
    for (int64_t i = 0; i < out.value()->elementCount(); ++i) {
        const int64_t outerIndex = i / (depth * inner), d = (i / inner) % depth, in = i % inner;
        int64_t index = static_cast<int64_t>(indices.valueAsDouble(outerIndex * inner + in));
        const bool on = resolveIndex(index, depth) && index == d;
        std::memcpy(out.value()->bytes() + std::size_t(i) * size, values.bytes() + (on ? size : 0), size);
    }
    return {};
}

Status runEyeLike(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    if (x.rank() != 2)
        return ctx.fail("EyeLike needs a 2-D input");
    const auto type = ctx.attributes().has("dtype") ? static_cast<DataType>(ctx.attributes().getInt("dtype", 1)) : x.dataType();
    const int64_t k = ctx.attributes().getInt("k", 0);
    auto out = ctx.allocate(0, type, x.shape());
    if (!out)
        return out.error();
    visitNumericType(type, [&](auto tag) {
        using T = typename decltype(tag)::type;
        for (int64_t r = 0; r < x.dim(0); ++r) {
            if (r + k >= 0 && r + k < x.dim(1))
                out.value()->template data<T>()[r * x.dim(1) + r + k] = T(1);
        }
    });
    return {};
}

Status runNonZero(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    std::vector<int64_t> hits;
    for (int64_t i = 0; i < x.elementCount(); ++i) {
        if (x.valueAsDouble(i) != 0)
            hits.push_back(i);
    }
    const auto count = static_cast<int64_t>(hits.size());
    auto out = ctx.allocate(0, DataType::Int64, {x.rank(), count});
    if (!out)
        return out.error();
    const std::vector<int64_t> strides = stridesOf(x.shape());
    for (int64_t d = 0; d < x.rank(); ++d) {
        for (int64_t j = 0; j < count; ++j)
            out.value()->data<int64_t>()[d * count + j] = (hits[std::size_t(j)] / strides[std::size_t(d)]) % x.dim(d);
    }
    return {};
}

Status runCompress(KernelContext &ctx)
{
    Tensor x = ctx.input(0);
    const Tensor &condition = ctx.input(1);
    std::optional<int64_t> axis;
    if (ctx.attributes().has("axis")) {
        axis = normaliseAxis(ctx.attributes().getInt("axis", 0), x.rank());
        if (!axis)
            return ctx.fail("axis out of range");
    } else {
        x.reshape({x.elementCount()});
        axis = 0;
    }
    std::vector<int64_t> kept;
    for (int64_t i = 0; i < condition.elementCount() && i < x.dim(*axis); ++i) {
        if (condition.valueAsDouble(i) != 0)
            kept.push_back(i);
    }
    Shape shape = x.shape();
    shape[std::size_t(*axis)] = int64_t(kept.size());
    auto out = ctx.allocate(0, x.dataType(), shape);
    if (!out)
        return out.error();
    int64_t inner = 1;
    for (int64_t d = *axis + 1; d < x.rank(); ++d)
        inner *= x.dim(d);
    const int64_t n = x.dim(*axis);
    const int64_t outer = n * inner == 0 ? 0 : x.elementCount() / (n * inner);
    const auto bytes = elementSize(x.dataType()) * std::size_t(inner);
    for (int64_t o = 0; o < outer; ++o) {
        for (std::size_t j = 0; j < kept.size(); ++j)
            std::memcpy(out.value()->bytes() + (std::size_t(o) * kept.size() + j) * bytes,
                        x.bytes() + std::size_t(o * n + kept[j]) * bytes, bytes);
    }
    return {};
}

std::optional<UnsupportedReason> checkReduction(const SupportQuery &q)
{
    const std::string reduction = q.attributes.getString("reduction", "none");
    if (reduction != "none" && reduction != "add" && reduction != "mul")
        return UnsupportedReason{UnsupportedKind::AttributeValue, "reduction=" + reduction};
    return requireTypes(q, 0, allTypes);
}

} // namespace

void registerGatherScatterKernels(OpRegistry &registry)
{
    registry.add("TopK", [](const SupportQuery &q) { return requireTypes(q, 0, numericTypes); }, runTopK);
    registry.add("GatherND", [](const SupportQuery &q) { return requireTypes(q, 0, allTypes); }, runGatherND);
    registry.add("ScatterElements", checkReduction, runScatterElements);
    registry.add("Scatter", checkReduction, runScatterElements);
    registry.add("ScatterND", checkReduction, runScatterND);
    registry.add("OneHot", [](const SupportQuery &q) { return requireTypes(q, 2, allTypes); }, runOneHot);
    registry.add("EyeLike", [](const SupportQuery &q) -> std::optional<UnsupportedReason> {
        const auto type = q.attributes.has("dtype") ? static_cast<DataType>(q.attributes.getInt("dtype", 1)) : q.inputType(0);
        if (type != DataType::Undefined && !visitNumericType(type, [](auto) {}))
            return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(type)) + " output"};
        return std::nullopt;
    }, runEyeLike);
    registry.add("NonZero", [](const SupportQuery &q) { return requireTypes(q, 0, allTypes); }, runNonZero);
    registry.add("Compress", [](const SupportQuery &q) { return requireTypes(q, 0, allTypes); }, runCompress);
}

} // namespace fleetdeck::validation::cpu
