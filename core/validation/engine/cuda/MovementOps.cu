// Data movement on the GPU: the aliases (Reshape, Flatten, Squeeze, Unsqueeze, Identity,
// Dropout), strided copies (Transpose, Slice, Split, Expand, DepthToSpace, SpaceToDepth), Tile,
// Concat, Pad, Gather, GatherElements and Trilu. Shapes follow the CPU engine's rules
// (MovementShapes.h); the index arithmetic is MovementIndex.h. Resize is in ResizeOps.cu.

#include "core/validation/engine/cuda/MovementKernels.cuh"

#include <cstring>
#include <type_traits>

namespace fleetdeck::validation::cuda {

void registerResizeOps(CudaOpRegistry &registry); // ResizeOps.cu

namespace {

// ---- kernels ----------------------------------------------------------------------------------

template <typename T>
__global__ void stridedCopyKernel(const T *src, T *dst, int64_t n, Dims out, Dims strides, int64_t base)
{
    FD_GRID_LOOP(i, n)
    {
        dst[i] = src[base + stridedOffset(i, out, strides)];
    }
}

template <typename T>
__global__ void tileKernel(const T *src, T *dst, int64_t n, Dims out, Dims in, Dims inStrides)
{
    FD_GRID_LOOP(i, n)
    {
        dst[i] = src[tileOffset(i, out, in, inStrides)];
    }
}

template <typename T>
__global__ void concatKernel(const T *src, T *dst, int64_t n, int64_t row, int64_t outRow, int64_t column)
{
    FD_GRID_LOOP(i, n)
    {
        dst[concatDestination(i, row, outRow, column)] = src[i];
    }
}

template <typename T>
__global__ void padKernel(const T *src, T *dst, int64_t n, Dims out, Dims in, Dims inStrides, Dims lead,
                          PadMode mode, T value)
{
    FD_GRID_LOOP(i, n)
    {
        const int64_t offset = padSourceOffset(i, out, in, inStrides, lead, mode);
        dst[i] = offset < 0 ? value : src[offset];
    }
}

template <typename T>
__global__ void fillKernel(T *dst, int64_t n, T value)
{
    FD_GRID_LOOP(i, n)
    {
        dst[i] = value;
    }
}

template <typename T, typename I>
__global__ void gatherKernel(const T *data, const I *indices, T *dst, int64_t n, int64_t count, int64_t inner,
                             int64_t axisLength, int *fault, int faultCode)
{
    FD_GRID_LOOP(i, n)
    {
        int64_t index = static_cast<int64_t>(indices[gatherIndexPosition(i, count, inner)]);
        if (resolveIndex(index, axisLength)) {
            dst[i] = data[gatherSourceOffset(i, count, inner, axisLength, index)];
        } else {
            dst[i] = T(0);
            reportFault(fault, faultCode);
        }
    }
}

template <typename T, typename I>
__global__ void gatherElementsKernel(const T *data, const I *indices, T *dst, int64_t n, Dims indexShape,
                                     Dims dataStrides, int axis, int64_t axisLength, int *fault, int faultCode)
{
    FD_GRID_LOOP(i, n)
    {
        int64_t index = static_cast<int64_t>(indices[i]);
        if (resolveIndex(index, axisLength)) {
            dst[i] = data[gatherElementsOffset(i, indexShape, dataStrides, axis, index)];
        } else {
            dst[i] = T(0);
            reportFault(fault, faultCode);
        }
    }
}

template <typename T>
__global__ void triluKernel(const T *src, T *dst, int64_t n, int64_t rows, int64_t cols, int64_t k, bool upper)
{
    FD_GRID_LOOP(i, n)
    {
        dst[i] = triluKeeps(i, rows, cols, k, upper) ? src[i] : T(0);
    }
}

// ---- launches ---------------------------------------------------------------------------------

// Copies a strided view of `in` into `out` (out's element count elements).
Status copyView(const char *name, const LaunchContext &launch, const DeviceTensor &in, DeviceTensor &out,
                const Dims &shape, const Dims &strides, int64_t base)
{
    const int64_t n = out.elementCount();
    return forElementSize(elementSize(in.type), [&](auto tag) {
        using T = typename decltype(tag)::type;
        return launchGrid(name, launch, n, stridedCopyKernel<T>, in.as<const T>(), out.as<T>(), n, shape, strides,
                          base);
    });
}

// Declares output 0 as the view and returns the launch that copies it.
Expected<Launch> viewPlan(PlanContext &ctx, const char *name, Expected<StridedView> view)
{
    if (!view)
        return ctx.fail(view.error().detail);
    FD_TRY_STATUS(requireKernelInput(ctx, ctx.input(0), std::max(view->shape.size(), ctx.input(0).shape.size())));
    FD_TRY_STATUS(ctx.setOutput(0, ctx.input(0).type, view->shape));
    return Launch([name, shape = toDims(view->shape), strides = toDims(view->strides),
                   base = view->base](LaunchContext &launch) -> Status {
        if (!launch.hasOutput(0))
            return {}; // output 0 left unnamed: the engine gives it no tensor
        return copyView(name, launch, launch.input(0), launch.output(0), shape, strides, base);
    });
}

// ---- aliases: a new shape over the input's bytes ----------------------------------------------

Expected<Launch> aliasPlan(PlanContext &ctx, Expected<Shape> shape)
{
    if (!shape)
        return ctx.fail(shape.error().detail);
    FD_TRY_STATUS(ctx.setOutput(0, ctx.input(0).type, std::move(shape.value())));
    return Launch{};
}

Expected<Launch> planReshape(PlanContext &ctx)
{
    auto requested = hostInts(ctx, 1);
    if (!requested)
        return requested.error();
    const bool allowZero = ctx.attributes().getInt("allowzero", 0) != 0;
    return aliasPlan(ctx, reshapeShape(ctx.input(0).shape, *requested, allowZero));
}

Expected<Launch> planFlatten(PlanContext &ctx)
{
    return aliasPlan(ctx, flattenShape(ctx.input(0).shape, ctx.attributes().getInt("axis", 1)));
}

// Squeeze and Unsqueeze take axes as an attribute before opset 13, as input 1 from it.
Expected<std::optional<std::vector<int64_t>>> axesOf(PlanContext &ctx)
{
    if (ctx.opset() < 13) {
        if (!ctx.attributes().has("axes"))
            return std::optional<std::vector<int64_t>>{};
        return std::optional<std::vector<int64_t>>(ctx.attributes().getInts("axes"));
    }
    if (!ctx.hasInput(1))
        return std::optional<std::vector<int64_t>>{};
    auto axes = hostInts(ctx, 1);
    if (!axes)
        return axes.error();
    return std::optional<std::vector<int64_t>>(std::move(axes.value()));
}

Expected<Launch> planSqueeze(PlanContext &ctx)
{
    auto axes = axesOf(ctx);
    if (!axes)
        return axes.error();
    return aliasPlan(ctx, squeezeShape(ctx.input(0).shape, *axes));
}

Expected<Launch> planUnsqueeze(PlanContext &ctx)
{
    auto axes = axesOf(ctx);
    if (!axes)
        return axes.error();
    if (!axes.value())
        return ctx.fail("Unsqueeze without axes");
    return aliasPlan(ctx, unsqueezeShape(ctx.input(0).shape, *axes.value()));
}

Expected<Launch> planIdentity(PlanContext &ctx)
{
    return aliasPlan(ctx, ctx.input(0).shape);
}

// Inference: nothing is dropped. The optional mask is all true: bool from opset 10, the input's
// type before.
Expected<Launch> planDropout(PlanContext &ctx)
{
    FD_TRY_STATUS(ctx.setOutput(0, ctx.input(0).type, ctx.input(0).shape));
    if (!ctx.wantsOutput(1))
        return Launch{};
    const DataType maskType = ctx.opset() >= 10 ? DataType::Bool : ctx.input(0).type;
    uint64_t one = 0;
    const bool known = visitNumericType(maskType, [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T value = T(1);
        std::memcpy(&one, &value, sizeof value);
    });
    if (!known || !visitElementSize(elementSize(maskType), [](auto) {}))
        return ctx.fail(std::string(dataTypeName(maskType)) + " mask");
    FD_TRY_STATUS(ctx.setOutput(1, maskType, ctx.input(0).shape));
    return Launch([one, size = elementSize(maskType)](LaunchContext &launch) -> Status {
        if (!launch.hasOutput(1))
            return {};
        DeviceTensor &mask = launch.output(1);
        const int64_t n = mask.elementCount();
        return forElementSize(size, [&](auto tag) {
            using T = typename decltype(tag)::type;
            T value;
            std::memcpy(&value, &one, sizeof value);
            return launchGrid("Dropout mask", launch, n, fillKernel<T>, mask.as<T>(), n, value);
        });
    });
}

// ---- strided copies ---------------------------------------------------------------------------

Expected<Launch> planTranspose(PlanContext &ctx)
{
    return viewPlan(ctx, "Transpose", transposeView(ctx.input(0).shape, ctx.attributes().getInts("perm")));
}

// Slice-1 takes starts/ends/axes as attributes; from opset 10 they are inputs 1-4, with steps.
Expected<Launch> planSlice(PlanContext &ctx)
{
    if (ctx.opset() < 10) {
        const AttributeReader &a = ctx.attributes();
        return viewPlan(ctx, "Slice",
                        sliceView(ctx.input(0).shape, a.getInts("starts"), a.getInts("ends"), a.getInts("axes"), {}));
    }
    std::vector<int64_t> parts[4];
    for (std::size_t i = 0; i < 4; ++i) {
        auto values = hostInts(ctx, i + 1);
        if (!values)
            return values.error();
        parts[i] = std::move(values.value());
    }
    return viewPlan(ctx, "Slice", sliceView(ctx.input(0).shape, parts[0], parts[1], parts[2], parts[3]));
}

Expected<Launch> planExpand(PlanContext &ctx)
{
    auto requested = hostInts(ctx, 1);
    if (!requested)
        return requested.error();
    return viewPlan(ctx, "Expand", expandView(ctx.input(0).shape, *requested));
}

// DepthToSpace / SpaceToDepth: a reshape-transpose-reshape, one strided copy of a 6-D view.
Expected<Launch> planDepthSpace(PlanContext &ctx, bool toSpace)
{
    const Shape &in = ctx.input(0).shape;
    const int64_t b = ctx.attributes().getInt("blocksize", 0);
    if (in.size() != 4 || b < 1)
        return ctx.fail("needs a 4-D input and a positive blocksize");
    FD_TRY_STATUS(requireKernelInput(ctx, ctx.input(0), 6));
    Dims view;
    Dims strides;
    Shape shape;
    if (toSpace) {
        if (in[1] % (b * b) != 0)
            return ctx.fail("channels not divisible by blocksize squared");
        const bool crd = ctx.attributes().getString("mode", "DCR") == "CRD";
        depthToSpaceView(toDims(in), b, crd, &view, &strides);
        shape = {in[0], in[1] / (b * b), in[2] * b, in[3] * b};
    } else {
        if (in[2] % b != 0 || in[3] % b != 0)
            return ctx.fail("height and width not divisible by blocksize");
        spaceToDepthView(toDims(in), b, &view, &strides);
        shape = {in[0], in[1] * b * b, in[2] / b, in[3] / b};
    }
    FD_TRY_STATUS(ctx.setOutput(0, ctx.input(0).type, shape));
    const char *name = toSpace ? "DepthToSpace" : "SpaceToDepth";
    return Launch([name, view, strides](LaunchContext &launch) -> Status {
        if (!launch.hasOutput(0))
            return {}; // output 0 left unnamed: the engine gives it no tensor
        return copyView(name, launch, launch.input(0), launch.output(0), view, strides, 0);
    });
}

// Split: each output is a strided copy starting at its offset along the axis.
Expected<Launch> planSplit(PlanContext &ctx)
{
    const TensorDesc &x = ctx.input(0);
    const auto axis = cpu::normaliseAxis(ctx.attributes().getInt("axis", 0), static_cast<int64_t>(x.shape.size()));
    if (!axis)
        return ctx.fail("axis out of range");
    FD_TRY_STATUS(requireKernelInput(ctx, x, x.shape.size()));
    const auto a = static_cast<std::size_t>(*axis);
    std::vector<int64_t> requested;
    if (ctx.opset() < 13) {
        requested = ctx.attributes().getInts("split");
    } else {
        auto values = hostInts(ctx, 1);
        if (!values)
            return values.error();
        requested = std::move(values.value());
    }
    auto sizes = splitSizes(x.shape[a], static_cast<int64_t>(ctx.outputCount()), std::move(requested));
    if (!sizes)
        return ctx.fail(sizes.error().detail);
    const std::vector<int64_t> strides = cpu::stridesOf(x.shape);
    std::vector<int64_t> bases;
    std::vector<Dims> shapes;
    int64_t offset = 0;
    for (std::size_t o = 0; o < sizes->size(); ++o) {
        Shape shape = x.shape;
        shape[a] = (*sizes)[o];
        FD_TRY_STATUS(ctx.setOutput(o, x.type, shape));
        shapes.push_back(toDims(shape));
        bases.push_back(offset * strides[a]);
        offset += (*sizes)[o];
    }
    return Launch([shapes, bases, strides = toDims(strides)](LaunchContext &launch) -> Status {
        for (std::size_t o = 0; o < shapes.size(); ++o) {
            if (launch.hasOutput(o))
                FD_TRY_STATUS(copyView("Split", launch, launch.input(0), launch.output(o), shapes[o], strides, bases[o]));
        }
        return {};
    });
}

// ---- Tile, Concat, Pad ------------------------------------------------------------------------

Expected<Launch> planTile(PlanContext &ctx)
{
    const TensorDesc &x = ctx.input(0);
    auto repeats = hostInts(ctx, 1);
    if (!repeats)
        return repeats.error();
    auto shape = tileShape(x.shape, *repeats);
    if (!shape)
        return ctx.fail(shape.error().detail);
    FD_TRY_STATUS(requireKernelInput(ctx, x, x.shape.size()));
    FD_TRY_STATUS(ctx.setOutput(0, x.type, *shape));
    return Launch([out = toDims(*shape), in = toDims(x.shape), inStrides = toDims(cpu::stridesOf(x.shape))](
                      LaunchContext &launch) -> Status {
        if (!launch.hasOutput(0))
            return {}; // output 0 left unnamed: the engine gives it no tensor
        const int64_t n = launch.output(0).elementCount();
        return forElementSize(elementSize(launch.input(0).type), [&](auto tag) {
            using T = typename decltype(tag)::type;
            return launchGrid("Tile", launch, n, tileKernel<T>, launch.input(0).as<const T>(),
                              launch.output(0).as<T>(), n, out, in, inStrides);
        });
    });
}

Expected<Launch> planConcat(PlanContext &ctx)
{
    const TensorDesc &first = ctx.input(0);
    const auto rank = static_cast<int64_t>(first.shape.size());
    const auto axis = cpu::normaliseAxis(ctx.attributes().getInt("axis", 0), rank);
    if (!axis)
        return ctx.fail("axis out of range");
    FD_TRY_STATUS(requireKernelInput(ctx, first, 0));
    const auto a = static_cast<std::size_t>(*axis);
    Shape shape = first.shape;
    shape[a] = 0;
    for (std::size_t i = 0; i < ctx.inputCount(); ++i) {
        if (!ctx.hasInput(i))
            return ctx.fail("input " + std::to_string(i) + " is missing");
        const TensorDesc &t = ctx.input(i);
        for (std::size_t d = 0; d < first.shape.size(); ++d) {
            if (t.shape.size() != first.shape.size() || (d != a && t.shape[d] != first.shape[d]))
                return ctx.fail("input " + std::to_string(i) + " " + shapeToString(t.shape) + " does not fit "
                                + shapeToString(first.shape));
        }
        if (t.type != first.type)
            return ctx.fail("input " + std::to_string(i) + " is " + std::string(dataTypeName(t.type)) + ", not "
                            + std::string(dataTypeName(first.type)));
        shape[a] += t.shape[a];
    }
    FD_TRY_STATUS(ctx.setOutput(0, first.type, shape));
    int64_t outer = 1;
    for (std::size_t d = 0; d < a; ++d)
        outer *= shape[d];
    const int64_t outCount = checkedElementCount(shape).value_or(0);
    const int64_t outRow = outer == 0 ? 0 : outCount / outer;
    std::vector<int64_t> rows;
    for (std::size_t i = 0; i < ctx.inputCount(); ++i)
        rows.push_back(outer == 0 ? 0 : ctx.input(i).elementCount() / outer);
    return Launch([rows, outer, outRow](LaunchContext &launch) -> Status {
        if (!launch.hasOutput(0))
            return {}; // output 0 left unnamed: the engine gives it no tensor
        int64_t column = 0;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const int64_t n = outer * rows[i];
            FD_TRY_STATUS(forElementSize(elementSize(launch.output(0).type), [&](auto tag) {
                using T = typename decltype(tag)::type;
                return launchGrid("Concat", launch, n, concatKernel<T>, launch.input(i).as<const T>(),
                                  launch.output(0).as<T>(), n, rows[i], outRow, column);
            }));
            column += rows[i];
        }
        return {};
    });
}

// Pad-2 takes pads and value as attributes; from opset 11 they are inputs 1 and 2.
Expected<Launch> planPad(PlanContext &ctx)
{
    const TensorDesc &x = ctx.input(0);
    const std::string modeName = ctx.attributes().getString("mode", "constant");
    const PadMode mode = modeName == "reflect" ? PadMode::Reflect : modeName == "edge" ? PadMode::Edge : PadMode::Constant;
    std::vector<int64_t> pads;
    double value = 0;
    if (ctx.opset() < 11) {
        pads = ctx.attributes().getInts("pads");
        value = ctx.attributes().getFloat("value", 0.0f);
    } else {
        auto values = hostInts(ctx, 1);
        if (!values)
            return values.error();
        pads = std::move(values.value());
        if (ctx.hasInput(2)) {
            const Tensor *constant = ctx.hostValue(2);
            if (!constant)
                return ctx.fail("input 2 must be known before the run");
            value = constant->elementCount() ? constant->valueAsDouble(0) : 0.0;
        }
    }
    auto shape = padShape(x.shape, pads, mode != PadMode::Constant);
    if (!shape)
        return ctx.fail(shape.error().detail);
    FD_TRY_STATUS(requireKernelInput(ctx, x, x.shape.size()));
    uint64_t bits = 0;
    if (!visitNumericType(x.type, [&](auto tag) {
            using T = typename decltype(tag)::type;
            const auto typed = static_cast<T>(value);
            std::memcpy(&bits, &typed, sizeof typed);
        }))
        return ctx.fail(std::string(dataTypeName(x.type)) + " inputs");
    FD_TRY_STATUS(ctx.setOutput(0, x.type, *shape));
    Dims lead = toDims(x.shape);
    for (std::size_t d = 0; d < x.shape.size(); ++d)
        lead.d[d] = pads[d];
    return Launch([out = toDims(*shape), in = toDims(x.shape), inStrides = toDims(cpu::stridesOf(x.shape)), lead,
                   mode, bits](LaunchContext &launch) -> Status {
        if (!launch.hasOutput(0))
            return {}; // output 0 left unnamed: the engine gives it no tensor
        const int64_t n = launch.output(0).elementCount();
        return forElementSize(elementSize(launch.input(0).type), [&](auto tag) {
            using T = typename decltype(tag)::type;
            T fill;
            std::memcpy(&fill, &bits, sizeof fill);
            return launchGrid("Pad", launch, n, padKernel<T>, launch.input(0).as<const T>(), launch.output(0).as<T>(),
                              n, out, in, inStrides, lead, mode, fill);
        });
    });
}

// ---- indexing ---------------------------------------------------------------------------------

// Gather's indices are usually device data (token ids): each is checked on the device, and one
// out of range fails the run naming the node (LaunchContext::faultFlag), as the CPU engine fails.
template <typename P>
using ElementOf = std::remove_const_t<std::remove_pointer_t<P>>;

// Calls body(data, indices, output, n) with pointers typed by the data's element size and the
// indices' type (int32 or int64).
template <typename Body>
Status withIndexedTensors(const LaunchContext &launch, DataType indexType, Body &&body)
{
    if (!launch.hasOutput(0))
        return {}; // output 0 left unnamed: the engine gives it no tensor
    const int64_t n = launch.output(0).elementCount();
    return forElementSize(elementSize(launch.input(0).type), [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *data = launch.input(0).as<const T>();
        T *out = launch.output(0).as<T>();
        if (indexType == DataType::Int32)
            return body(data, launch.input(1).as<const int32_t>(), out, n);
        return body(data, launch.input(1).as<const int64_t>(), out, n);
    });
}

Status requireIndexType(const PlanContext &ctx)
{
    const DataType type = ctx.input(1).type;
    if (type != DataType::Int32 && type != DataType::Int64)
        return ctx.fail(std::string(dataTypeName(type)) + " indices");
    return {};
}

Expected<Launch> planGather(PlanContext &ctx)
{
    const TensorDesc &data = ctx.input(0);
    const TensorDesc &indices = ctx.input(1);
    const auto axis = cpu::normaliseAxis(ctx.attributes().getInt("axis", 0), static_cast<int64_t>(data.shape.size()));
    if (!axis)
        return ctx.fail("axis out of range");
    FD_TRY_STATUS(requireIndexType(ctx));
    const auto a = static_cast<std::size_t>(*axis);
    Shape shape(data.shape.begin(), data.shape.begin() + static_cast<std::ptrdiff_t>(a));
    shape.insert(shape.end(), indices.shape.begin(), indices.shape.end());
    shape.insert(shape.end(), data.shape.begin() + static_cast<std::ptrdiff_t>(a) + 1, data.shape.end());
    FD_TRY_STATUS(requireKernelInput(ctx, data, 0));
    FD_TRY_STATUS(ctx.setOutput(0, data.type, shape));
    int64_t inner = 1;
    for (std::size_t d = a + 1; d < data.shape.size(); ++d)
        inner *= data.shape[d];
    return Launch([count = indices.elementCount(), inner, axisLength = data.shape[a],
                   indexType = indices.type](LaunchContext &launch) -> Status {
        return withIndexedTensors(launch, indexType, [&](auto data, auto indices, auto out, int64_t n) {
            auto *kernel = gatherKernel<ElementOf<decltype(out)>, ElementOf<decltype(indices)>>;
            return launchGrid("Gather", launch, n, kernel, data, indices, out, n, count, inner, axisLength,
                              launch.faultFlag(), launch.faultCode());
        });
    });
}

Expected<Launch> planGatherElements(PlanContext &ctx)
{
    const TensorDesc &data = ctx.input(0);
    const TensorDesc &indices = ctx.input(1);
    const auto rank = static_cast<int64_t>(data.shape.size());
    const auto axis = cpu::normaliseAxis(ctx.attributes().getInt("axis", 0), rank);
    if (!axis || indices.shape.size() != data.shape.size())
        return ctx.fail("axis out of range or ranks differ");
    FD_TRY_STATUS(requireIndexType(ctx));
    FD_TRY_STATUS(requireKernelInput(ctx, data, data.shape.size()));
    // The CPU engine refuses the first element whose coordinate off the axis lies outside the
    // data; that exists exactly when the indices are larger there and not empty.
    for (std::size_t d = 0; d < data.shape.size() && indices.elementCount() > 0; ++d) {
        if (static_cast<int64_t>(d) != *axis && indices.shape[d] > data.shape[d])
            return ctx.fail("indices larger than data");
    }
    FD_TRY_STATUS(ctx.setOutput(0, data.type, indices.shape));
    return Launch([indexShape = toDims(indices.shape), dataStrides = toDims(cpu::stridesOf(data.shape)),
                   axis = static_cast<int>(*axis), axisLength = data.shape[static_cast<std::size_t>(*axis)],
                   indexType = indices.type](LaunchContext &launch) -> Status {
        return withIndexedTensors(launch, indexType, [&](auto data, auto indices, auto out, int64_t n) {
            auto *kernel = gatherElementsKernel<ElementOf<decltype(out)>, ElementOf<decltype(indices)>>;
            return launchGrid("GatherElements", launch, n, kernel, data, indices, out, n, indexShape, dataStrides,
                              axis, axisLength, launch.faultFlag(), launch.faultCode());
        });
    });
}

// Trilu: k (input 1) is read on the host.
Expected<Launch> planTrilu(PlanContext &ctx)
{
    const TensorDesc &x = ctx.input(0);
    if (x.shape.size() < 2)
        return ctx.fail("Trilu needs a matrix");
    FD_TRY_STATUS(requireKernelInput(ctx, x, 0));
    auto k = hostInts(ctx, 1);
    if (!k)
        return k.error();
    FD_TRY_STATUS(ctx.setOutput(0, x.type, x.shape));
    const bool upper = ctx.attributes().getInt("upper", 1) != 0;
    return Launch([rows = x.shape[x.shape.size() - 2], cols = x.shape.back(), k = k->empty() ? 0 : k->front(),
                   upper](LaunchContext &launch) -> Status {
        if (!launch.hasOutput(0))
            return {}; // output 0 left unnamed: the engine gives it no tensor
        const int64_t n = launch.output(0).elementCount();
        return forElementSize(elementSize(launch.input(0).type), [&](auto tag) {
            using T = typename decltype(tag)::type;
            return launchGrid("Trilu", launch, n, triluKernel<T>, launch.input(0).as<const T>(),
                              launch.output(0).as<T>(), n, rows, cols, k, upper);
        });
    });
}

// ---- capability -------------------------------------------------------------------------------

std::optional<UnsupportedReason> movable(const SupportQuery &query)
{
    return movableInput(query, 0);
}

// Dropout at inference only: a training_mode input could ask for real dropping. Before opset 10
// the mask has the input's type, and plan() can write 1 only in a numeric one.
std::optional<UnsupportedReason> checkDropout(const SupportQuery &query)
{
    if (query.hasInput(2))
        return UnsupportedReason{UnsupportedKind::InputForm, "training_mode input"};
    const DataType type = query.inputType(0);
    if (query.opset < 10 && query.hasOutput(1) && type != DataType::Undefined && !visitNumericType(type, [](auto) {}))
        return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(type)) + " mask"};
    return movableInput(query, 0);
}

// Pad: plan() converts the pad value to the input's type, which must be a numeric one.
std::optional<UnsupportedReason> checkPad(const SupportQuery &query)
{
    const DataType type = query.inputType(0);
    if (type != DataType::Undefined && !visitNumericType(type, [](auto) {}))
        return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(type)) + " inputs"};
    return std::nullopt;
}

} // namespace

void registerMovementOps(CudaOpRegistry &registry)
{
    registry.add("Reshape", {movable, planReshape, {1}, true});
    registry.add("Flatten", {movable, planFlatten, {}, true});
    registry.add("Squeeze", {movable, planSqueeze, {1}, true});
    registry.add("Unsqueeze", {movable, planUnsqueeze, {1}, true});
    registry.add("Identity", {movable, planIdentity, {}, true});
    registry.add("Dropout", {checkDropout, planDropout, {}, true});
    registry.add("Transpose", {movable, planTranspose, {}, false});
    registry.add("Slice", {movable, planSlice, {1, 2, 3, 4}, false});
    registry.add("Split", {movable, planSplit, {1}, false});
    registry.add("Expand", {movable, planExpand, {1}, false});
    registry.add("Tile", {movable, planTile, {1}, false});
    registry.add("Concat", {movable, planConcat, {}, false});
    registry.add("Pad", {checkPad, planPad, {1, 2}, false});
    registry.add("Gather", {movable, planGather, {}, false});
    registry.add("GatherElements", {movable, planGatherElements, {}, false});
    registry.add("DepthToSpace", {movable, [](PlanContext &ctx) { return planDepthSpace(ctx, true); }, {}, false});
    registry.add("SpaceToDepth", {movable, [](PlanContext &ctx) { return planDepthSpace(ctx, false); }, {}, false});
    registry.add("Trilu", {movable, planTrilu, {1}, false});
    registerResizeOps(registry);
}

} // namespace fleetdeck::validation::cuda
