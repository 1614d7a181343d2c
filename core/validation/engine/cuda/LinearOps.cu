// Matrix products and convolutions on the GPU: MatMul, Gemm, Conv, ConvTranspose, float32.
// Products go through cuBLAS on the engine's handle (its math mode already says whether TF32 is
// allowed); im2col, the depthwise window, the col2im gather and the bias are our kernels, one
// thread per element over the FD_HD functions of ConvIndex.h. Shapes, checks and the list of
// cuBLAS calls are planned on the host (LinearPlan.h), so a launch only enqueues.

#include "core/validation/engine/cuda/CudaKernels.cuh"
#include "core/validation/engine/cuda/LinearPlan.h"

namespace fleetdeck::validation::cuda {

namespace {

template <typename Index>
__global__ void im2colKernel(ConvAxes axes, const float *x, float *columns, int64_t n)
{
    FD_GRID_LOOP(i, n)
    {
        columns[i] = im2colValue(axes, x, Index(i));
    }
}

template <typename Index>
__global__ void depthwiseKernel(ConvAxes axes, int64_t channels, int64_t maps, int64_t mapsPerGroup, const float *x,
                                const float *w, const float *bias, float *y, int64_t n)
{
    FD_GRID_LOOP(i, n)
    {
        y[i] = depthwiseValue(axes, channels, maps, mapsPerGroup, x, w, bias, Index(i));
    }
}

template <typename Index>
__global__ void col2imKernel(ConvAxes axes, const float *columns, int64_t maps, const float *bias, float *y, int64_t n)
{
    FD_GRID_LOOP(i, n)
    {
        y[i] = col2imValue(axes, columns, maps, bias, Index(i));
    }
}

template <typename Index>
__global__ void mapBiasKernel(const float *bias, int64_t planeSize, int64_t maps, float *y, int64_t n)
{
    FD_GRID_LOOP(i, n)
    {
        y[i] = bias[mapOf(Index(i), planeSize, maps)];
    }
}

__global__ void broadcastKernel(const float *c, int64_t cols, int64_t rowStride, int64_t colStride, float scale,
                                float *y, int64_t n)
{
    FD_GRID_LOOP(i, n)
    {
        y[i] = scale * c[broadcastOffset(i, cols, rowStride, colStride)];
    }
}

// A grid-stride kernel over n elements (n last among its arguments); nothing for n == 0. Kernels
// with an Index parameter come as a narrow and a wide instance of one signature (see
// narrowIndices in ConvIndex.h); the launch picks one.
template <typename... Params, typename... Args>
Status launchGrid(const LaunchContext &launch, const char *what, int64_t n, void (*kernel)(Params...), Args... args)
{
    if (n == 0)
        return {};
    kernel<<<gridFor(n, launch.settings()), kThreadsPerBlock, 0, launch.stream()>>>(args..., n);
    return checkLaunch(what);
}

Status zero(const LaunchContext &launch, void *data, int64_t bytes, const char *what)
{
    if (bytes == 0)
        return {};
    const cudaError_t error = cudaMemsetAsync(data, 0, static_cast<std::size_t>(bytes), launch.stream());
    return error == cudaSuccess ? Status{} : Status(cudaFailure(error, what));
}

// One row-major product C = alpha op(A) op(B) + beta C of the sizes below, per GemmBatch.
struct Product
{
    bool transA = false;
    bool transB = false;
    int64_t m = 0, n = 0, k = 0;
    float alpha = 1.0f;
    float beta = 0.0f;
};

Status multiply(const LaunchContext &launch, const Product &p, const float *a, const float *b, float *c,
                const GemmBatch &batch, const char *what)
{
    const BlasCall g = blasCall(p.transA, p.transB, p.m, p.n, p.k, a, b, c, batch);
    const cublasOperation_t first = g.transFirst ? CUBLAS_OP_T : CUBLAS_OP_N;
    const cublasOperation_t second = g.transSecond ? CUBLAS_OP_T : CUBLAS_OP_N;
    cublasStatus_t status;
    if (g.count == 1) {
        status = cublasSgemm(launch.blas(), first, second, int(g.m), int(g.n), int(g.k), &p.alpha, g.first,
                             int(g.ldFirst), g.second, int(g.ldSecond), &p.beta, g.c, int(g.ldc));
    } else {
        status = cublasSgemmStridedBatched(launch.blas(), first, second, int(g.m), int(g.n), int(g.k), &p.alpha,
                                           g.first, int(g.ldFirst), g.strideFirst, g.second, int(g.ldSecond),
                                           g.strideSecond, &p.beta, g.c, int(g.ldc), g.strideC, int(g.count));
    }
    return status == CUBLAS_STATUS_SUCCESS ? Status{} : Status(blasFailure(status, what));
}

// The capability check passes inputs whose type the graph does not record (Undefined there);
// their real type is known here, and these kernels read float32 only.
Status requireFloat32(const PlanContext &ctx)
{
    for (std::size_t i = 0; i < ctx.inputCount(); ++i) {
        if (ctx.hasInput(i) && ctx.input(i).type != DataType::Float)
            return ctx.fail("input " + std::to_string(i) + " is " + std::string(dataTypeName(ctx.input(i).type))
                            + "; the CUDA engine multiplies float32 only");
    }
    return {};
}

EngineError tooLarge(const PlanContext &ctx, int64_t m, int64_t n, int64_t k)
{
    return ctx.fail("a " + std::to_string(m) + " x " + std::to_string(k) + " by " + std::to_string(k) + " x "
                    + std::to_string(n) + " product is too large for cuBLAS (sizes above 2^31 - 1)");
}

// ---- MatMul ----------------------------------------------------------------------------------

Expected<Launch> planMatMulOp(PlanContext &ctx)
{
    FD_TRY_STATUS(requireFloat32(ctx));
    const MatMulPlan plan = planMatMul(ctx.input(0).shape, ctx.input(1).shape);
    if (!plan.error.empty())
        return ctx.fail(plan.error);
    FD_TRY_STATUS(ctx.setOutput(0, DataType::Float, plan.output));
    bool fits = fitsBlasInt(plan.m) && fitsBlasInt(plan.n) && fitsBlasInt(plan.k);
    for (const GemmBatch &call : plan.calls)
        fits = fits && fitsBlasInt(call.count);
    if (!fits)
        return tooLarge(ctx, plan.m, plan.n, plan.k);
    return Launch([plan](LaunchContext &launch) -> Status {
        DeviceTensor &out = launch.output(0);
        if (out.elementCount() == 0)
            return {};
        float *c = out.as<float>();
        if (plan.k == 0) // an empty sum: zeros, which cuBLAS is not asked to write
            return zero(launch, c, out.elementCount() * int64_t(sizeof(float)), "MatMul");
        const Product product{false, false, plan.m, plan.n, plan.k, 1.0f, 0.0f};
        for (const GemmBatch &call : plan.calls)
            FD_TRY_STATUS(multiply(launch, product, launch.input(0).as<float>(), launch.input(1).as<float>(), c, call, "MatMul"));
        return {};
    });
}

// ---- Gemm ------------------------------------------------------------------------------------

Expected<Launch> planGemmOp(PlanContext &ctx)
{
    FD_TRY_STATUS(requireFloat32(ctx));
    const Shape &a = ctx.input(0).shape;
    const Shape &b = ctx.input(1).shape;
    if (a.size() != 2 || b.size() != 2)
        return ctx.fail("Gemm needs 2-D A and B, got " + shapeToString(a) + " and " + shapeToString(b));
    Product product;
    product.transA = ctx.attributes().getInt("transA", 0) != 0;
    product.transB = ctx.attributes().getInt("transB", 0) != 0;
    product.alpha = ctx.attributes().getFloat("alpha", 1.0f);
    const float beta = ctx.attributes().getFloat("beta", 1.0f);
    product.m = product.transA ? a[1] : a[0];
    product.k = product.transA ? a[0] : a[1];
    product.n = product.transB ? b[0] : b[1];
    if ((product.transB ? b[1] : b[0]) != product.k)
        return ctx.fail("inner dimensions differ: " + shapeToString(a) + " x " + shapeToString(b));
    const bool hasC = ctx.hasInput(2);
    int64_t rowStride = 0, colStride = 0;
    if (hasC) {
        const Shape y{product.m, product.n};
        const auto plan = cpu::planBroadcast({y, ctx.input(2).shape});
        if (!plan || plan->output != y)
            return ctx.fail("C " + shapeToString(ctx.input(2).shape) + " does not broadcast to " + shapeToString(y));
        rowStride = plan->strides[1][0];
        colStride = plan->strides[1][1];
        // Y = beta * C broadcast first (0 * Inf is NaN, as on the CPU), the product added to it.
        product.beta = 1.0f;
    }
    FD_TRY_STATUS(ctx.setOutput(0, DataType::Float, {product.m, product.n}));
    if (!fitsBlasInt(product.m) || !fitsBlasInt(product.n) || !fitsBlasInt(product.k))
        return tooLarge(ctx, product.m, product.n, product.k);
    return Launch([product, hasC, beta, rowStride, colStride](LaunchContext &launch) -> Status {
        DeviceTensor &out = launch.output(0);
        const int64_t total = out.elementCount();
        if (total == 0)
            return {};
        float *y = out.as<float>();
        if (hasC)
            FD_TRY_STATUS(launchGrid(launch, "Gemm (C)", total, broadcastKernel, launch.input(2).as<float>(), product.n,
                                     rowStride, colStride, beta, y));
        if (product.k == 0) // no product: beta * C alone, or zeros
            return hasC ? Status{} : zero(launch, y, total * int64_t(sizeof(float)), "Gemm");
        return multiply(launch, product, launch.input(0).as<float>(), launch.input(1).as<float>(), y, GemmBatch{}, "Gemm");
    });
}

// ---- Conv ------------------------------------------------------------------------------------

Status runConv(const LaunchContext &launch, const ConvPlan &p, bool hasBias)
{
    DeviceTensor &out = launch.output(0);
    const int64_t total = out.elementCount();
    if (total == 0)
        return {};
    const float *x = launch.input(0).as<float>();
    const float *w = launch.input(1).as<float>();
    const float *bias = hasBias ? launch.input(2).as<float>() : nullptr;
    float *y = out.as<float>();
    const bool narrow = narrowIndices(p.axes, total);
    if (p.path == ConvPath::Depthwise2d) {
        return launchGrid(launch, "Conv (depthwise)", total, narrow ? &depthwiseKernel<uint32_t> : &depthwiseKernel<int64_t>,
                          p.axes, p.channels, p.maps, p.groupMaps(), x, w, bias, y);
    }
    const int64_t outSize = p.axes.outSize();
    // The bias goes into Y first and the products add to it (beta 1), so Y is written once more
    // than the products need, never read back by a separate pass.
    if (bias)
        FD_TRY_STATUS(launchGrid(launch, "Conv (bias)", total, narrow ? &mapBiasKernel<uint32_t> : &mapBiasKernel<int64_t>,
                                 bias, outSize, p.maps, y));
    if (p.rows() == 0) // no input channels: the bias, or zeros
        return bias ? Status{} : zero(launch, y, total * int64_t(sizeof(float)), "Conv");
    const Product product{false, false, p.groupMaps(), outSize, p.rows(), 1.0f, bias ? 1.0f : 0.0f};
    float *workspace = static_cast<float *>(launch.workspace());
    for (const ImageChunk &chunk : p.chunks) {
        const float *images = x + chunk.first * p.channels * p.axes.inSize();
        const float *columns = images; // the pointwise path multiplies X itself
        if (p.path == ConvPath::Columns) {
            const int64_t n = chunk.count * p.columnsPerImage;
            FD_TRY_STATUS(launchGrid(launch, "Conv (im2col)", n,
                                     narrowIndices(p.axes, n) ? &im2colKernel<uint32_t> : &im2colKernel<int64_t>, p.axes,
                                     images, workspace));
            columns = workspace;
        }
        float *target = y + chunk.first * p.maps * outSize;
        for (const GemmBatch &batch : chunk.gemms)
            FD_TRY_STATUS(multiply(launch, product, w, columns, target, batch, "Conv"));
    }
    return {};
}

// ---- ConvTranspose ---------------------------------------------------------------------------

Status runConvTranspose(const LaunchContext &launch, const ConvTransposePlan &p, bool hasBias)
{
    DeviceTensor &out = launch.output(0);
    if (out.elementCount() == 0)
        return {};
    const float *x = launch.input(0).as<float>();
    const float *w = launch.input(1).as<float>();
    const float *bias = hasBias ? launch.input(2).as<float>() : nullptr;
    float *y = out.as<float>();
    float *columns = static_cast<float *>(launch.workspace());
    const int64_t inSize = p.axes.inSize(), outSize = p.axes.outSize();
    // Per (image, group): W_g stored [channels per group, rows], read transposed.
    const Product product{true, false, p.rows(), inSize, p.groupChannels(), 1.0f, 0.0f};
    for (const ImageChunk &chunk : p.chunks) {
        if (p.groupChannels() == 0) {
            FD_TRY_STATUS(zero(launch, columns, chunk.count * p.columnsPerImage * int64_t(sizeof(float)), "ConvTranspose"));
        } else if (p.rows() > 0 && inSize > 0) {
            const float *images = x + chunk.first * p.channels * inSize;
            for (const GemmBatch &batch : chunk.gemms)
                FD_TRY_STATUS(multiply(launch, product, w, images, columns, batch, "ConvTranspose"));
        }
        const int64_t n = chunk.count * p.maps * outSize;
        FD_TRY_STATUS(launchGrid(launch, "ConvTranspose (col2im)", n,
                                 narrowIndices(p.axes, n) ? &col2imKernel<uint32_t> : &col2imKernel<int64_t>, p.axes,
                                 columns, p.maps, bias, y + chunk.first * p.maps * outSize));
    }
    return {};
}

// Conv and ConvTranspose plan alike: the host plan (LinearPlan.h), the output, the columns'
// workspace, and a launch that owns a copy of the plan.
template <typename Plan>
Expected<Launch> planConvolution(PlanContext &ctx,
                                 Expected<Plan> (*planner)(const Node &, int64_t, const Shape &, const Shape &, int64_t, int64_t),
                                 Status (*run)(const LaunchContext &, const Plan &, bool))
{
    FD_TRY_STATUS(requireFloat32(ctx));
    const bool hasBias = ctx.hasInput(2);
    auto planned = planner(ctx.node(), ctx.opset(), ctx.input(0).shape, ctx.input(1).shape,
                           hasBias ? ctx.input(2).elementCount() : -1, kColumnBudgetBytes);
    if (!planned)
        return planned.error();
    FD_TRY_STATUS(ctx.setOutput(0, DataType::Float, planned->output));
    ctx.requestWorkspace(planned->workspaceBytes);
    return Launch([p = std::move(planned.value()), hasBias, run](LaunchContext &launch) { return run(launch, p, hasBias); });
}

// ---- capability --------------------------------------------------------------------------------

std::optional<UnsupportedReason> float32Inputs(const SupportQuery &query)
{
    for (std::size_t i = 0; i < query.node.inputs.size(); ++i) {
        const DataType type = query.inputType(i);
        if (query.hasInput(i) && type != DataType::Float && type != DataType::Undefined)
            return UnsupportedReason{UnsupportedKind::DataType,
                std::string(dataTypeName(type)) + " inputs (the CUDA engine multiplies float32 only)"};
    }
    return std::nullopt;
}

std::optional<UnsupportedReason> convInputs(const SupportQuery &query)
{
    if (auto reason = float32Inputs(query))
        return reason;
    const std::vector<int64_t> kernel = query.attributes.getInts("kernel_shape");
    if (kernel.size() > std::size_t(kMaxConvAxes))
        return UnsupportedReason{UnsupportedKind::AttributeValue,
            "kernel_shape of " + std::to_string(kernel.size()) + " axes (the CUDA engine handles 1 to 3)"};
    return std::nullopt;
}

} // namespace

void registerLinearOps(CudaOpRegistry &registry)
{
    registry.add("MatMul", {float32Inputs, planMatMulOp, {}, false});
    registry.add("Gemm", {float32Inputs, planGemmOp, {}, false});
    registry.add("Conv", {convInputs, [](PlanContext &ctx) { return planConvolution(ctx, planConv, runConv); }, {}, false});
    registry.add("ConvTranspose", {convInputs,
        [](PlanContext &ctx) { return planConvolution(ctx, planConvTranspose, runConvTranspose); }, {}, false});
}

} // namespace fleetdeck::validation::cuda
