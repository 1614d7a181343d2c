#include "core/validation/engine/cuda/CudaKernels.cuh"

namespace fleetdeck::validation::cuda {

void registerLinearOps(CudaOpRegistry &)
{
}

} // namespace fleetdeck::validation::cuda
