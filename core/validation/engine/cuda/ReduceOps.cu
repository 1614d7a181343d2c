// Reductions on the GPU: ReduceSum/Mean/Max/Min/Prod/L1/L2/LogSum/LogSumExp/SumSquare,
// ArgMax/ArgMin, Softmax/LogSoftmax/Hardmax. Accumulation in double, as the CPU reference.
// The index maps and per-element arithmetic live in ReduceIndex.h (tested on the host).

#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cuda/PoolNormKernels.cuh"

namespace fleetdeck::validation::cuda {

void registerReduceOps(CudaOpRegistry &registry);

namespace {

// ---- ReduceX ----------------------------------------------------------------------------------

struct CombineOf
{
    ReduceKind kind;
    __device__ double operator()(double a, double b) const { return reduceCombine(kind, a, b); }
};

// Outputs whose group is contiguous in memory, or too few to fill the device one per thread:
// a block per output, its threads splitting the group.
template <typename T>
__global__ void reduceBlockKernel(const T *x, T *y, ReduceMap map, ReduceKind kind)
{
    __shared__ double scratch[kWarp];
    const int64_t outputs = map.outputCount(), size = map.groupSize();
    for (int64_t o = blockIdx.x; o < outputs; o += gridDim.x) {
        double peak = -__builtin_huge_val();
        if (kind == ReduceKind::LogSumExp) {
            for (int64_t r = threadIdx.x; r < size; r += blockDim.x)
                peak = peakStep(peak, static_cast<double>(x[map.inputOffset(o, r)]));
            peak = blockReduce(peak, PeakOf{}, scratch);
        }
        double acc = reduceInitial(kind);
        for (int64_t r = threadIdx.x; r < size; r += blockDim.x)
            acc = reduceStep(kind, acc, static_cast<double>(x[map.inputOffset(o, r)]), peak);
        acc = blockReduce(acc, CombineOf{kind}, scratch);
        if (threadIdx.x == 0)
            y[o] = static_cast<T>(reduceFinish(kind, acc, peak, size));
    }
}

// Outputs side by side in memory along a kept inner axis: a thread per output, reads coalesced.
template <typename T>
__global__ void reduceThreadKernel(const T *x, T *y, ReduceMap map, ReduceKind kind)
{
    FD_GRID_LOOP(o, map.outputCount())
    {
        y[o] = static_cast<T>(reduceOutput(kind, map, x, o));
    }
}

// The axes of a ReduceX node: the `axes` attribute, or input 1 for ReduceSum from opset 13 (as
// the CPU engine reads them; every ReduceX from 18, the opset that moved theirs, which the linked
// libonnx does not know yet).
Status reducedAxes(PlanContext &ctx, bool sum, bool *reduced, bool &noop)
{
    const TensorDesc &x = ctx.input(0);
    const bool axesInput = ctx.opset() >= (sum ? 13 : 18);
    std::vector<int64_t> axes;
    if (axesInput && ctx.hasInput(1)) {
        const Tensor *value = ctx.hostValue(1);
        if (!value)
            return ctx.fail("axes computed from the model's inputs (a data-dependent shape)");
        axes = value->toInt64Vector();
    } else if (!axesInput) {
        axes = ctx.attributes().getInts("axes");
    }
    int64_t badAxis = 0;
    if (!resolveReducedAxes(axes.data(), static_cast<int>(axes.size()), static_cast<int>(x.shape.size()), axesInput,
            ctx.attributes().getInt("noop_with_empty_axes", 0) != 0, reduced, noop, badAxis))
        return ctx.fail("axis " + std::to_string(badAxis) + " out of range for " + shapeToString(x.shape));
    return {};
}

template <typename T>
Launch reduceLaunch(const ReduceMap &map, ReduceKind kind, const char *name)
{
    return [map, kind, name](LaunchContext &launch) -> Status {
        const int64_t outputs = map.outputCount(), size = map.groupSize();
        if (launch.output(0).elementCount() == 0)
            return {};
        const bool innerReduced = map.reduced.rank > 0 && map.reducedStrides.d[map.reduced.rank - 1] == 1;
        if (innerReduced || outputs < int64_t(launch.settings().multiProcessors) * kThreadsPerBlock) {
            const unsigned threads = groupThreads(size);
            reduceBlockKernel<T><<<blocksFor(outputs, launch.settings()), threads, 0, launch.stream()>>>(
                launch.input(0).as<T>(), launch.output(0).as<T>(), map, kind);
        } else {
            reduceThreadKernel<T><<<gridFor(outputs, launch.settings()), kThreadsPerBlock, 0, launch.stream()>>>(
                launch.input(0).as<T>(), launch.output(0).as<T>(), map, kind);
        }
        return checkLaunch(name);
    };
}

Expected<Launch> planReduce(PlanContext &ctx, ReduceKind kind, const char *name)
{
    const TensorDesc &x = ctx.input(0);
    FD_TRY_STATUS(requireRank(ctx, x));
    bool noop = false;
    bool reduced[kMaxRank] = {};
    FD_TRY_STATUS(reducedAxes(ctx, kind == ReduceKind::Sum, reduced, noop));
    if (noop) {
        FD_TRY_STATUS(ctx.setOutput(0, x.type, x.shape));
        const int64_t bytes = x.byteSize();
        return Launch([bytes](LaunchContext &launch) -> Status {
            if (bytes == 0)
                return {};
            const cudaError_t error = cudaMemcpyAsync(launch.output(0).data, launch.input(0).data, std::size_t(bytes),
                cudaMemcpyDeviceToDevice, launch.stream());
            return error == cudaSuccess ? Status{} : Status(cudaFailure(error, "copying a ReduceX identity"));
        });
    }
    const bool keep = ctx.attributes().getInt("keepdims", 1) != 0;
    Shape outShape;
    for (std::size_t d = 0; d < x.shape.size(); ++d) {
        if (!reduced[d])
            outShape.push_back(x.shape[d]);
        else if (keep)
            outShape.push_back(1);
    }
    FD_TRY_STATUS(ctx.setOutput(0, x.type, outShape));
    const ReduceMap map = makeReduceMap(x.shape.data(), static_cast<int>(x.shape.size()), reduced);
    if (x.type == DataType::Double)
        return reduceLaunch<double>(map, kind, name);
    if (x.type == DataType::Float)
        return reduceLaunch<float>(map, kind, name);
    return ctx.fail("no GPU kernel for " + std::string(dataTypeName(x.type)) + " data");
}

// ---- ArgMax, ArgMin: a thread per row ---------------------------------------------------------

template <typename T>
__global__ void argKernel(const T *x, int64_t *y, AxisSplit split, bool max, bool last)
{
    FD_GRID_LOOP(row, split.rows())
    {
        y[row] = argOfRow(x, split, row, max, last);
    }
}

template <typename T>
Launch argLaunch(const AxisSplit &split, bool max, bool last)
{
    return [split, max, last](LaunchContext &launch) -> Status {
        if (launch.output(0).elementCount() == 0)
            return {}; // another axis is empty
        argKernel<T><<<gridFor(split.rows(), launch.settings()), kThreadsPerBlock, 0, launch.stream()>>>(
            launch.input(0).as<T>(), launch.output(0).as<int64_t>(), split, max, last);
        return checkLaunch(max ? "ArgMax" : "ArgMin");
    };
}

Expected<Launch> planArg(PlanContext &ctx, bool max)
{
    const TensorDesc &x = ctx.input(0);
    FD_TRY_STATUS(requireRank(ctx, x));
    const auto rank = static_cast<int64_t>(x.shape.size());
    const auto axis = cpu::normaliseAxis(ctx.attributes().getInt("axis", 0), rank);
    if (!axis)
        return ctx.fail("axis out of range");
    const bool keep = ctx.attributes().getInt("keepdims", 1) != 0;
    const bool last = ctx.attributes().getInt("select_last_index", 0) != 0;
    if (x.shape[std::size_t(*axis)] == 0)
        return ctx.fail("ArgMax/ArgMin over an empty axis");
    Shape shape = x.shape;
    if (keep)
        shape[std::size_t(*axis)] = 1;
    else
        shape.erase(shape.begin() + *axis);
    FD_TRY_STATUS(ctx.setOutput(0, DataType::Int64, shape));
    const AxisSplit split = splitAtAxis(x.shape.data(), static_cast<int>(rank), *axis, false);
    switch (x.type) {
    case DataType::Float: return argLaunch<float>(split, max, last);
    case DataType::Double: return argLaunch<double>(split, max, last);
    case DataType::Int32: return argLaunch<int32_t>(split, max, last);
    case DataType::Int64: return argLaunch<int64_t>(split, max, last);
    case DataType::Int8: return argLaunch<int8_t>(split, max, last);
    case DataType::Uint8: return argLaunch<uint8_t>(split, max, last);
    default: return ctx.fail("no GPU kernel for " + std::string(dataTypeName(x.type)) + " data");
    }
}

// ---- Softmax, LogSoftmax, Hardmax: a warp per row ---------------------------------------------

inline constexpr int kSoftmaxWarps = kThreadsPerBlock / kWarp;

template <typename T>
__global__ void softmaxKernel(const T *x, T *y, AxisSplit split, SoftmaxKind kind)
{
    const int lane = static_cast<int>(threadIdx.x % kWarp);
    const int64_t warps = int64_t(gridDim.x) * kSoftmaxWarps;
    const int64_t rows = split.rows(), n = split.n, inner = split.inner;
    for (int64_t row = int64_t(blockIdx.x) * kSoftmaxWarps + threadIdx.x / kWarp; row < rows; row += warps) {
        const int64_t base = split.rowBase(row);
        ArgPeak peak;
        for (int64_t k = lane; k < n; k += kWarp)
            peak = foldPeak(peak, static_cast<double>(x[base + k * inner]), k);
        for (int offset = kWarp / 2; offset > 0; offset /= 2) {
            ArgPeak other;
            other.value = __shfl_xor_sync(0xffffffffu, peak.value, offset);
            other.index = __shfl_xor_sync(0xffffffffu, peak.index, offset);
            peak = joinPeaks(peak, other);
        }
        double sum = 0;
        for (int64_t k = lane; k < n; k += kWarp)
            sum += ::exp(static_cast<double>(x[base + k * inner]) - peak.value);
        for (int offset = kWarp / 2; offset > 0; offset /= 2)
            sum += __shfl_xor_sync(0xffffffffu, sum, offset);
        for (int64_t k = lane; k < n; k += kWarp) {
            const double v = static_cast<double>(x[base + k * inner]) - peak.value;
            y[base + k * inner] = static_cast<T>(softmaxValue(kind, v, sum, k, peak.index));
        }
    }
}

Expected<Launch> planSoftmax(PlanContext &ctx, SoftmaxKind kind, const char *name)
{
    const TensorDesc &x = ctx.input(0);
    FD_TRY_STATUS(requireRank(ctx, x));
    const bool legacy = ctx.opset() < 13; // before 13 the input was coerced to 2-D at axis
    const auto rank = static_cast<int64_t>(x.shape.size());
    const auto axis = rank == 0 ? std::optional<int64_t>(0)
                                : cpu::normaliseAxis(ctx.attributes().getInt("axis", legacy ? 1 : -1), rank);
    if (!axis)
        return ctx.fail("axis out of range");
    const AxisSplit split = splitAtAxis(x.shape.data(), static_cast<int>(rank), *axis, legacy);
    FD_TRY_STATUS(ctx.setOutput(0, x.type, x.shape));
    const auto make = [&](auto tag) {
        using T = decltype(tag);
        return Launch([split, kind, name](LaunchContext &launch) -> Status {
            if (launch.output(0).elementCount() == 0)
                return {};
            const int64_t blocks = (split.rows() + kSoftmaxWarps - 1) / kSoftmaxWarps;
            softmaxKernel<T><<<blocksFor(blocks, launch.settings()), kThreadsPerBlock, 0, launch.stream()>>>(
                launch.input(0).as<T>(), launch.output(0).as<T>(), split, kind);
            return checkLaunch(name);
        });
    };
    if (x.type == DataType::Double)
        return make(double{});
    if (x.type == DataType::Float)
        return make(float{});
    return ctx.fail("no GPU kernel for " + std::string(dataTypeName(x.type)) + " data");
}

} // namespace

void registerReduceOps(CudaOpRegistry &registry)
{
    static const std::pair<const char *, ReduceKind> reductions[] = {
        {"ReduceSum", ReduceKind::Sum}, {"ReduceMean", ReduceKind::Mean}, {"ReduceMax", ReduceKind::Max},
        {"ReduceMin", ReduceKind::Min}, {"ReduceProd", ReduceKind::Prod}, {"ReduceL1", ReduceKind::L1},
        {"ReduceL2", ReduceKind::L2}, {"ReduceLogSum", ReduceKind::LogSum},
        {"ReduceLogSumExp", ReduceKind::LogSumExp}, {"ReduceSumSquare", ReduceKind::SumSquare}};
    const auto floats = [](const SupportQuery &q) { return inputTypeIn(q, {DataType::Float, DataType::Double}); };
    for (const auto &[name, kind] : reductions) {
        const char *opName = name;
        const ReduceKind reduce = kind;
        registry.add(name, {floats, [opName, reduce](PlanContext &ctx) { return planReduce(ctx, reduce, opName); },
                               {1}, false});
    }
    const auto numeric = [](const SupportQuery &q) {
        return inputTypeIn(q, {DataType::Float, DataType::Double, DataType::Int32, DataType::Int64, DataType::Int8,
                          DataType::Uint8});
    };
    registry.add("ArgMax", {numeric, [](PlanContext &ctx) { return planArg(ctx, true); }, {}, false});
    registry.add("ArgMin", {numeric, [](PlanContext &ctx) { return planArg(ctx, false); }, {}, false});
    static const std::pair<const char *, SoftmaxKind> softmaxes[] = {
        {"Softmax", SoftmaxKind::Softmax}, {"LogSoftmax", SoftmaxKind::LogSoftmax}, {"Hardmax", SoftmaxKind::Hardmax}};
    for (const auto &[name, kind] : softmaxes) {
        const char *opName = name;
        const SoftmaxKind softmax = kind;
        registry.add(name, {floats, [opName, softmax](PlanContext &ctx) { return planSoftmax(ctx, softmax, opName); },
                               {}, false});
    }
}

} // namespace fleetdeck::validation::cuda
