// Pooling and normalisation on the GPU: MaxPool, AveragePool, GlobalAveragePool, GlobalMaxPool,
// BatchNormalization (inference), InstanceNormalization, LayerNormalization, LRN. The
// reductions, ArgMax/ArgMin and the softmaxes are in ReduceOps.cu. Every kernel computes in
// double, as the CPU reference does, and stores in the tensor's type.

#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/ConvGeometry.h"
#include "core/validation/engine/cuda/PoolNormKernels.cuh"
#include "core/validation/engine/cuda/PoolIndex.h"

namespace fleetdeck::validation::cuda {

void registerReduceOps(CudaOpRegistry &registry); // ReduceOps.cu

namespace {

// ---- checks -----------------------------------------------------------------------------------

// float32 or float64, every given input of input 0's type (the CPU also mixes them; we do not).
std::optional<UnsupportedReason> oneFloatType(const SupportQuery &query)
{
    if (auto reason = inputTypeIn(query, {DataType::Float, DataType::Double}))
        return reason;
    for (std::size_t i = 1; i < query.node.inputs.size(); ++i) {
        if (query.hasInput(i) && query.inputType(i) != DataType::Undefined && query.inputType(i) != query.inputType(0))
            return UnsupportedReason{UnsupportedKind::DataType,
                "input " + std::to_string(i) + " of type " + std::string(dataTypeName(query.inputType(i))) + " with "
                    + std::string(dataTypeName(query.inputType(0))) + " data"};
    }
    return std::nullopt;
}

std::optional<UnsupportedReason> poolCheck(const SupportQuery &query, std::initializer_list<DataType> allowed)
{
    if (auto reason = inputTypeIn(query, allowed))
        return reason;
    const std::size_t axes = query.attributes.getInts("kernel_shape").size();
    if (axes < 1 || axes > std::size_t(kMaxPoolAxes))
        return UnsupportedReason{UnsupportedKind::AttributeValue,
            "pooling over " + std::to_string(axes) + " spatial axes (1 to 3 run on the GPU)"};
    return std::nullopt;
}

// oneFloatType passes inputs whose type the graph does not record; their real types are known
// at plan time, and the kernels read every input as input 0's type.
Status requireSameTypes(const PlanContext &ctx)
{
    const DataType type = ctx.input(0).type;
    for (std::size_t i = 1; i < ctx.inputCount(); ++i) {
        if (ctx.hasInput(i) && ctx.input(i).type != type)
            return ctx.fail("input " + std::to_string(i) + " is " + std::string(dataTypeName(ctx.input(i).type)) + " with "
                            + std::string(dataTypeName(type)) + " data; the GPU kernels need one type");
    }
    return {};
}

// Calls make(T{}) for the tensor's element type: float32 or float64, and with Bytes also int8
// and uint8 (MaxPool's integer types).
template <bool Bytes = false, typename Make>
Expected<Launch> byType(const PlanContext &ctx, DataType type, Make &&make)
{
    if (type == DataType::Float)
        return make(float{});
    if (type == DataType::Double)
        return make(double{});
    if constexpr (Bytes) {
        if (type == DataType::Int8)
            return make(int8_t{});
        if (type == DataType::Uint8)
            return make(uint8_t{});
    }
    return ctx.fail("no GPU kernel for " + std::string(dataTypeName(type)) + " data");
}

// ---- MaxPool, AveragePool ---------------------------------------------------------------------

template <typename T>
__global__ void poolKernel(const T *x, T *y, PoolGeometry g, int64_t n, bool max, bool includePad)
{
    const int64_t outSize = g.outputSize(), inSize = g.inputSize();
    FD_GRID_LOOP(i, n)
    {
        const int64_t plane = i / outSize;
        y[i] = cpu::saturatingCast<T>(poolWindowValue(g, x + plane * inSize, i % outSize, max, includePad));
    }
}

Expected<Launch> planPool(PlanContext &ctx, bool max)
{
    const TensorDesc &x = ctx.input(0);
    FD_TRY_STATUS(requireRank(ctx, x));
    // The CPU engine's geometry (auto_pad, ceil_mode, checks), so both engines agree on sizes.
    ThreadPool inlinePool(1);
    const cpu::KernelContext cpuContext(ctx.node(), ctx.opset(), {}, inlinePool, 0);
    const std::vector<int64_t> kernel = ctx.attributes().getInts("kernel_shape");
    auto geometry = cpu::slidingGeometry(cpuContext, x.shape, kernel, ctx.attributes().getInt("ceil_mode", 0) != 0);
    if (!geometry)
        return ctx.fail(geometry.error().detail);
    const cpu::ConvGeometry &cg = *geometry;
    if (cg.rank() > std::size_t(kMaxPoolAxes))
        return ctx.fail(std::to_string(cg.rank()) + " spatial axes; the GPU pools over 1 to 3");
    const PoolGeometry g = toPoolGeometry(cg);
    Shape outShape{x.shape[0], x.shape[1]};
    outShape.insert(outShape.end(), cg.output.begin(), cg.output.end());
    FD_TRY_STATUS(ctx.setOutput(0, x.type, outShape));
    const bool includePad = ctx.attributes().getInt("count_include_pad", 0) != 0;
    return byType<true>(ctx, x.type, [&](auto tag) {
        using T = decltype(tag);
        return Launch([g, max, includePad](LaunchContext &launch) -> Status {
            const int64_t n = launch.output(0).elementCount();
            if (n == 0)
                return {};
            poolKernel<T><<<gridFor(n, launch.settings()), kThreadsPerBlock, 0, launch.stream()>>>(
                launch.input(0).as<T>(), launch.output(0).as<T>(), g, n, max, includePad);
            return checkLaunch(max ? "MaxPool" : "AveragePool");
        });
    });
}

// ---- GlobalAveragePool, GlobalMaxPool: one block per (batch, channel) plane -------------------

template <typename T, bool Max>
__global__ void globalPoolKernel(const T *x, T *y, int64_t planes, int64_t size)
{
    __shared__ double scratch[kWarp];
    for (int64_t p = blockIdx.x; p < planes; p += gridDim.x) {
        double acc = Max ? -__builtin_huge_val() : 0.0;
        for (int64_t i = threadIdx.x; i < size; i += blockDim.x) {
            const double v = static_cast<double>(x[p * size + i]);
            acc = Max ? peakStep(acc, v) : acc + v;
        }
        acc = Max ? blockReduce(acc, PeakOf{}, scratch) : blockReduce(acc, AddDouble{}, scratch);
        if (threadIdx.x == 0)
            y[p] = static_cast<T>(Max ? acc : acc / static_cast<double>(size > 1 ? size : 1));
    }
}

Expected<Launch> planGlobalPool(PlanContext &ctx, bool max)
{
    const TensorDesc &x = ctx.input(0);
    FD_TRY_STATUS(requireRank(ctx, x));
    if (x.shape.size() < 3)
        return ctx.fail("input " + shapeToString(x.shape) + " has no spatial axes");
    Shape outShape(x.shape.size(), 1);
    outShape[0] = x.shape[0];
    outShape[1] = x.shape[1];
    FD_TRY_STATUS(ctx.setOutput(0, x.type, outShape));
    const int64_t planes = x.shape[0] * x.shape[1];
    const int64_t size = planes == 0 ? 0 : x.elementCount() / planes;
    return byType(ctx, x.type, [&](auto tag) {
        using T = decltype(tag);
        return Launch([planes, size, max](LaunchContext &launch) -> Status {
            if (planes == 0)
                return {};
            const unsigned blocks = blocksFor(planes, launch.settings());
            const unsigned threads = groupThreads(size);
            if (max)
                globalPoolKernel<T, true><<<blocks, threads, 0, launch.stream()>>>(
                    launch.input(0).as<T>(), launch.output(0).as<T>(), planes, size);
            else
                globalPoolKernel<T, false><<<blocks, threads, 0, launch.stream()>>>(
                    launch.input(0).as<T>(), launch.output(0).as<T>(), planes, size);
            return checkLaunch(max ? "GlobalMaxPool" : "GlobalAveragePool");
        });
    });
}

// ---- BatchNormalization (inference) -----------------------------------------------------------

// Per channel: scale / sqrt(var + epsilon) and bias - mean * that, as the CPU computes them.
template <typename T>
__global__ void batchNormParams(const T *scale, const T *bias, const T *mean, const T *var, double epsilon,
                                double *factors, int64_t channels)
{
    FD_GRID_LOOP(c, channels)
    {
        const double s = static_cast<double>(scale[c]) / ::sqrt(static_cast<double>(var[c]) + epsilon);
        factors[2 * c] = s;
        factors[2 * c + 1] = static_cast<double>(bias[c]) - static_cast<double>(mean[c]) * s;
    }
}

template <typename T>
__global__ void batchNormApply(const T *x, T *y, const double *factors, int64_t n, int64_t channels, int64_t size)
{
    FD_GRID_LOOP(i, n)
    {
        const int64_t c = (i / size) % channels;
        y[i] = static_cast<T>(static_cast<double>(x[i]) * factors[2 * c] + factors[2 * c + 1]);
    }
}

Expected<Launch> planBatchNorm(PlanContext &ctx)
{
    const TensorDesc &x = ctx.input(0);
    FD_TRY_STATUS(requireSameTypes(ctx));
    if (x.shape.size() < 2)
        return ctx.fail("input needs a channel axis");
    const int64_t channels = x.shape[1];
    for (std::size_t i = 1; i < 5; ++i) {
        if (!ctx.hasInput(i) || ctx.input(i).elementCount() != channels)
            return ctx.fail("scale, bias, mean and var need one value per channel (" + std::to_string(channels) + ")");
    }
    const double epsilon = ctx.attributes().getFloat("epsilon", 1e-5f);
    FD_TRY_STATUS(ctx.setOutput(0, x.type, x.shape));
    ctx.requestWorkspace(2 * channels * int64_t(sizeof(double)));
    const int64_t planes = x.shape[0] * channels;
    const int64_t size = planes == 0 ? 0 : x.elementCount() / planes;
    return byType(ctx, x.type, [&](auto tag) {
        using T = decltype(tag);
        return Launch([epsilon, channels, size](LaunchContext &launch) -> Status {
            const int64_t n = launch.output(0).elementCount();
            if (n == 0)
                return {};
            auto *factors = static_cast<double *>(launch.workspace());
            batchNormParams<T><<<gridFor(channels, launch.settings()), kThreadsPerBlock, 0, launch.stream()>>>(
                launch.input(1).as<T>(), launch.input(2).as<T>(), launch.input(3).as<T>(), launch.input(4).as<T>(),
                epsilon, factors, channels);
            FD_TRY_STATUS(checkLaunch("BatchNormalization"));
            batchNormApply<T><<<gridFor(n, launch.settings()), kThreadsPerBlock, 0, launch.stream()>>>(
                launch.input(0).as<T>(), launch.output(0).as<T>(), factors, n, channels, size);
            return checkLaunch("BatchNormalization");
        });
    });
}

// ---- InstanceNormalization, LayerNormalization: one block per normalised group ----------------

// A group's mean and variance in double, as the CPU computes them (mean first, then the mean
// square deviation); every thread of the block gets both.
template <typename T>
__device__ void groupMoments(const T *x, int64_t size, double *scratch, double &mean, double &var)
{
    double sum = 0;
    for (int64_t i = threadIdx.x; i < size; i += blockDim.x)
        sum += static_cast<double>(x[i]);
    mean = blockReduce(sum, AddDouble{}, scratch) / static_cast<double>(size > 1 ? size : 1);
    double squares = 0;
    for (int64_t i = threadIdx.x; i < size; i += blockDim.x) {
        const double d = static_cast<double>(x[i]) - mean;
        squares += d * d;
    }
    var = blockReduce(squares, AddDouble{}, scratch) / static_cast<double>(size > 1 ? size : 1);
}

template <typename T>
__global__ void instanceNormKernel(const T *x, const T *scale, const T *bias, T *y, int64_t planes,
                                   int64_t channels, int64_t size, double epsilon)
{
    __shared__ double scratch[kWarp];
    for (int64_t p = blockIdx.x; p < planes; p += gridDim.x) {
        double mean = 0, var = 0;
        groupMoments(x + p * size, size, scratch, mean, var);
        const double s = static_cast<double>(scale[p % channels]) / ::sqrt(var + epsilon);
        const double b = static_cast<double>(bias[p % channels]);
        for (int64_t i = threadIdx.x; i < size; i += blockDim.x)
            y[p * size + i] = static_cast<T>((static_cast<double>(x[p * size + i]) - mean) * s + b);
    }
}

Expected<Launch> planInstanceNorm(PlanContext &ctx)
{
    const TensorDesc &x = ctx.input(0);
    FD_TRY_STATUS(requireSameTypes(ctx));
    if (x.shape.size() < 3 || ctx.input(1).elementCount() != x.shape[1] || ctx.input(2).elementCount() != x.shape[1])
        return ctx.fail("input needs spatial axes and one scale/bias per channel");
    const double epsilon = ctx.attributes().getFloat("epsilon", 1e-5f);
    FD_TRY_STATUS(ctx.setOutput(0, x.type, x.shape));
    const int64_t channels = x.shape[1], planes = x.shape[0] * channels;
    const int64_t size = planes == 0 ? 0 : x.elementCount() / planes;
    return byType(ctx, x.type, [&](auto tag) {
        using T = decltype(tag);
        return Launch([epsilon, channels, planes, size](LaunchContext &launch) -> Status {
            if (launch.output(0).elementCount() == 0)
                return {};
            instanceNormKernel<T><<<blocksFor(planes, launch.settings()), groupThreads(size), 0, launch.stream()>>>(
                launch.input(0).as<T>(), launch.input(1).as<T>(), launch.input(2).as<T>(), launch.output(0).as<T>(),
                planes, channels, size, epsilon);
            return checkLaunch("InstanceNormalization");
        });
    });
}

// Scale and bias broadcast over the normalised axes: their offsets for normalised element i.
struct LayerNormParams
{
    Dims normalized;
    Dims scaleStrides;
    Dims biasStrides;
    int64_t rows = 0;
    int64_t size = 0;
    double epsilon = 0;
};

template <typename T>
__global__ void layerNormKernel(const T *x, const T *scale, const T *bias, T *y, T *meanOut, T *invOut,
                                LayerNormParams p)
{
    __shared__ double scratch[kWarp];
    for (int64_t r = blockIdx.x; r < p.rows; r += gridDim.x) {
        double mean = 0, var = 0;
        groupMoments(x + r * p.size, p.size, scratch, mean, var);
        const double inv = 1.0 / ::sqrt(var + p.epsilon);
        for (int64_t i = threadIdx.x; i < p.size; i += blockDim.x) {
            const double s = static_cast<double>(scale[stridedOffset(i, p.normalized, p.scaleStrides)]);
            const double b = bias ? static_cast<double>(bias[stridedOffset(i, p.normalized, p.biasStrides)]) : 0.0;
            y[r * p.size + i] = static_cast<T>((static_cast<double>(x[r * p.size + i]) - mean) * inv * s + b);
        }
        if (threadIdx.x == 0 && meanOut)
            meanOut[r] = static_cast<T>(mean);
        if (threadIdx.x == 0 && invOut)
            invOut[r] = static_cast<T>(inv);
    }
}

Expected<Launch> planLayerNorm(PlanContext &ctx)
{
    const TensorDesc &x = ctx.input(0);
    FD_TRY_STATUS(requireSameTypes(ctx));
    FD_TRY_STATUS(requireRank(ctx, x));
    const auto rank = static_cast<int64_t>(x.shape.size());
    const auto axis = cpu::normaliseAxis(ctx.attributes().getInt("axis", -1), rank);
    if (!axis)
        return ctx.fail("axis out of range");
    LayerNormParams p;
    p.epsilon = ctx.attributes().getFloat("epsilon", 1e-5f);
    const AxisSplit split = splitAtAxis(x.shape.data(), static_cast<int>(rank), *axis, true);
    p.rows = split.outer;
    p.size = split.n;
    const Shape normalized(x.shape.begin() + *axis, x.shape.end());
    const bool hasBias = ctx.hasInput(2);
    auto planScale = cpu::planBroadcast({normalized, ctx.input(1).shape});
    auto planBias = cpu::planBroadcast({normalized, hasBias ? ctx.input(2).shape : Shape{}});
    if (!planScale || planScale->output != normalized || !planBias || planBias->output != normalized)
        return ctx.fail("scale or bias does not broadcast to " + shapeToString(normalized));
    p.normalized = toDims(normalized);
    p.scaleStrides = toDims(planScale->strides[1]);
    p.biasStrides = toDims(planBias->strides[1]);
    FD_TRY_STATUS(ctx.setOutput(0, x.type, x.shape));
    Shape statShape = x.shape;
    for (std::size_t d = std::size_t(*axis); d < statShape.size(); ++d)
        statShape[d] = 1;
    for (std::size_t o = 1; o < 3; ++o) {
        if (ctx.wantsOutput(o))
            FD_TRY_STATUS(ctx.setOutput(o, x.type, statShape));
    }
    return byType(ctx, x.type, [&](auto tag) {
        using T = decltype(tag);
        return Launch([p, hasBias](LaunchContext &launch) -> Status {
            // Rows of an empty normalised group still get their mean (0) and inverse deviation.
            if (p.rows == 0)
                return {};
            T *meanOut = launch.hasOutput(1) ? launch.output(1).as<T>() : nullptr;
            T *invOut = launch.hasOutput(2) ? launch.output(2).as<T>() : nullptr;
            layerNormKernel<T><<<blocksFor(p.rows, launch.settings()), groupThreads(p.size), 0, launch.stream()>>>(
                launch.input(0).as<T>(), launch.input(1).as<T>(), hasBias ? launch.input(2).as<T>() : nullptr,
                launch.output(0).as<T>(), meanOut, invOut, p);
            return checkLaunch("LayerNormalization");
        });
    });
}

// ---- LRN --------------------------------------------------------------------------------------

template <typename T>
__global__ void lrnKernel(const T *x, T *y, int64_t n, LrnParams p)
{
    FD_GRID_LOOP(i, n)
    {
        y[i] = static_cast<T>(lrnValue(x, i, p));
    }
}

Expected<Launch> planLrn(PlanContext &ctx)
{
    const TensorDesc &x = ctx.input(0);
    if (x.shape.size() < 3)
        return ctx.fail("input needs spatial axes");
    LrnParams p;
    p.alpha = ctx.attributes().getFloat("alpha", 1e-4f);
    p.beta = ctx.attributes().getFloat("beta", 0.75f);
    p.bias = ctx.attributes().getFloat("bias", 1.0f);
    p.size = ctx.attributes().getInt("size", 1);
    p.channels = x.shape[1];
    p.plane = x.elementCount() / std::max<int64_t>(1, x.shape[0] * p.channels);
    FD_TRY_STATUS(ctx.setOutput(0, x.type, x.shape));
    return byType(ctx, x.type, [&](auto tag) {
        using T = decltype(tag);
        return Launch([p](LaunchContext &launch) -> Status {
            const int64_t n = launch.output(0).elementCount();
            if (n == 0)
                return {};
            lrnKernel<T><<<gridFor(n, launch.settings()), kThreadsPerBlock, 0, launch.stream()>>>(
                launch.input(0).as<T>(), launch.output(0).as<T>(), n, p);
            return checkLaunch("LRN");
        });
    });
}

} // namespace

void registerPoolNormOps(CudaOpRegistry &registry)
{
    registry.add("MaxPool", {[](const SupportQuery &q) {
        return poolCheck(q, {DataType::Float, DataType::Double, DataType::Int8, DataType::Uint8});
    }, [](PlanContext &ctx) { return planPool(ctx, true); }, {}, false});
    registry.add("AveragePool", {[](const SupportQuery &q) { return poolCheck(q, {DataType::Float, DataType::Double}); },
        [](PlanContext &ctx) { return planPool(ctx, false); }, {}, false});
    const auto floats = [](const SupportQuery &q) { return inputTypeIn(q, {DataType::Float, DataType::Double}); };
    registry.add("GlobalAveragePool", {floats, [](PlanContext &ctx) { return planGlobalPool(ctx, false); }, {}, false});
    registry.add("GlobalMaxPool", {floats, [](PlanContext &ctx) { return planGlobalPool(ctx, true); }, {}, false});
    registry.add("BatchNormalization", {oneFloatType, planBatchNorm, {}, false});
    registry.add("InstanceNormalization", {oneFloatType, planInstanceNorm, {}, false});
    registry.add("LayerNormalization", {oneFloatType, planLayerNorm, {}, false});
    registry.add("LRN", {floats, planLrn, {}, false});
    registerReduceOps(registry);
}

} // namespace fleetdeck::validation::cuda
