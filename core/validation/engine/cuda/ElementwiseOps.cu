// Elementwise ops on the GPU: unary math and activations, broadcasting binary ops, comparisons,
// Where, Cast.

#include "core/validation/engine/cuda/CudaKernels.cuh"

namespace fleetdeck::validation::cuda {

namespace {

__global__ void reluKernel(const float *x, float *y, int64_t n)
{
    FD_GRID_LOOP(i, n)
    {
        const float v = x[i];
        y[i] = v > 0.0f ? v : (v == v ? 0.0f : v); // NaN stays NaN, as on the CPU
    }
}

Expected<Launch> planRelu(PlanContext &ctx)
{
    FD_TRY_STATUS(ctx.setOutput(0, ctx.input(0).type, ctx.input(0).shape));
    return Launch([](LaunchContext &launch) -> Status {
        const int64_t n = launch.output(0).elementCount();
        if (n == 0)
            return {};
        reluKernel<<<gridFor(n, launch.settings()), kThreadsPerBlock, 0, launch.stream()>>>(
            launch.input(0).as<float>(), launch.output(0).as<float>(), n);
        return checkLaunch("Relu");
    });
}

std::optional<UnsupportedReason> floatOnly(const SupportQuery &query)
{
    if (query.inputType(0) != DataType::Float && query.inputType(0) != DataType::Undefined)
        return UnsupportedReason{UnsupportedKind::DataType, std::string(dataTypeName(query.inputType(0))) + " inputs"};
    return std::nullopt;
}

} // namespace

void registerElementwiseOps(CudaOpRegistry &registry)
{
    registry.add("Relu", {floatOnly, planRelu, {}, false});
}

} // namespace fleetdeck::validation::cuda
