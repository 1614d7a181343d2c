#include "core/validation/engine/cuda/CudaKernels.cuh"

namespace fleetdeck::validation::cuda {

void registerMovementOps(CudaOpRegistry &)
{
}

} // namespace fleetdeck::validation::cuda
