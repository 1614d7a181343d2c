// Resize (opset 10+) and Upsample (7, 9) on the GPU: nearest with every nearest_mode and
// n-linear, with the coordinate transforms the CPU engine implements (cpu/ResizeKernels.cpp).
// One thread per output element computes its source coordinates (MovementIndex.h); nothing is
// tabulated, since a launch cannot copy tables to the device.

#include "core/validation/engine/cuda/MovementKernels.cuh"

namespace fleetdeck::validation::cuda {

namespace {

template <typename T>
__global__ void resizeKernel(const T *src, T *dst, int64_t n, Dims out, Dims in, Dims inStrides, ResizeParams params)
{
    FD_GRID_LOOP(i, n)
    {
        dst[i] = static_cast<T>(resizeAt(src, i, out, in, inStrides, params));
    }
}

// f(TypeTag<T>{})'s Status for the types the CPU engine resizes.
template <typename F>
Status forArithmeticType(DataType type, F &&f)
{
    switch (type) {
    case DataType::Float: return f(TypeTag<float>{});
    case DataType::Double: return f(TypeTag<double>{});
    case DataType::Int32: return f(TypeTag<int32_t>{});
    case DataType::Int64: return f(TypeTag<int64_t>{});
    case DataType::Int8: return f(TypeTag<int8_t>{});
    case DataType::Uint8: return f(TypeTag<uint8_t>{});
    default: break;
    }
    return makeError(ErrorCode::KernelFailed, "no Resize kernel for " + std::string(dataTypeName(type)));
}

// A host input as doubles; an absent input gives an empty vector.
Expected<std::vector<double>> hostDoubles(const PlanContext &ctx, std::size_t input)
{
    std::vector<double> values;
    if (!ctx.hasInput(input))
        return values;
    const Tensor *value = ctx.hostValue(input);
    if (!value)
        return ctx.fail("input " + std::to_string(input) + " must be known before the run");
    for (int64_t i = 0; i < value->elementCount(); ++i)
        values.push_back(value->valueAsDouble(i));
    return values;
}

Expected<Launch> resizePlan(PlanContext &ctx, ResizeParams params, std::vector<double> scales, std::vector<int64_t> sizes)
{
    const TensorDesc &x = ctx.input(0);
    auto geometry = resizeGeometry(x.shape, std::move(scales), sizes);
    if (!geometry)
        return ctx.fail(geometry.error().detail);
    FD_TRY_STATUS(requireKernelInput(ctx, x, x.shape.size()));
    if (!visitArithmeticType(x.type, [](auto) {}))
        return ctx.fail(std::string(dataTypeName(x.type)) + " inputs");
    FD_TRY_STATUS(ctx.setOutput(0, x.type, geometry->shape));
    for (std::size_t d = 0; d < x.shape.size(); ++d) {
        params.scale[d] = geometry->scales[d];
        params.resized[d] = double(x.shape[d]) * geometry->scales[d];
    }
    return Launch([params, out = toDims(geometry->shape), in = toDims(x.shape),
                   inStrides = toDims(cpu::stridesOf(x.shape))](LaunchContext &launch) -> Status {
        if (!launch.hasOutput(0))
            return {}; // output 0 left unnamed: the engine gives it no tensor
        DeviceTensor &y = launch.output(0);
        const int64_t n = y.elementCount();
        if (n == 0)
            return {};
        if (launch.input(0).elementCount() == 0) {
            // Sizes can ask for elements of an empty input; the CPU engine leaves them 0.
            const auto bytes = static_cast<std::size_t>(n) * elementSize(y.type);
            if (const cudaError_t error = cudaMemsetAsync(y.data, 0, bytes, launch.stream()); error != cudaSuccess)
                return cudaFailure(error, "clearing Resize's output");
            return {};
        }
        return forArithmeticType(y.type, [&](auto tag) {
            using T = typename decltype(tag)::type;
            return launchGrid("Resize", launch, n, resizeKernel<T>, launch.input(0).as<const T>(), y.as<T>(), n, out,
                              in, inStrides, params);
        });
    });
}

Expected<Launch> planResize(PlanContext &ctx)
{
    const ResizeParams params = resizeParamsFor("Resize", ctx.opset(), ctx.attributes());
    if (ctx.opset() < 11) {
        auto scales = hostDoubles(ctx, 1);
        if (!scales)
            return scales.error();
        return resizePlan(ctx, params, std::move(scales.value()), {});
    }
    auto scales = hostDoubles(ctx, 2);
    if (!scales)
        return scales.error();
    auto sizes = hostInts(ctx, 3);
    if (!sizes)
        return sizes.error();
    return resizePlan(ctx, params, std::move(scales.value()), std::move(sizes.value()));
}

Expected<Launch> planUpsample(PlanContext &ctx)
{
    const ResizeParams params = resizeParamsFor("Upsample", ctx.opset(), ctx.attributes());
    if (ctx.opset() < 9) {
        std::vector<double> scales;
        for (float f : ctx.attributes().getFloats("scales"))
            scales.push_back(f);
        return resizePlan(ctx, params, std::move(scales), {});
    }
    auto scales = hostDoubles(ctx, 1);
    if (!scales)
        return scales.error();
    return resizePlan(ctx, params, std::move(scales.value()), {});
}

// The CPU engine's check has refused cubic, tf_crop_and_resize, antialias and axes, and every
// type but float, double, int8, uint8, int32 and int64; the kernel covers the rest.
std::optional<UnsupportedReason> checkResize(const SupportQuery &query)
{
    const DataType type = query.inputType(0);
    if (type != DataType::Undefined && !visitArithmeticType(type, [](auto) {}))
        return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(type)) + " inputs"};
    return std::nullopt;
}

} // namespace

void registerResizeOps(CudaOpRegistry &registry)
{
    // Resize-10 reads scales at input 1; from opset 11 input 1 is roi, 2 scales and 3 sizes.
    registry.add("Resize", {checkResize, planResize, {1, 2, 3}, false});
    registry.add("Upsample", {checkResize, planUpsample, {1}, false});
}

} // namespace fleetdeck::validation::cuda
