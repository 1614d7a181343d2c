#include "core/validation/engine/cuda/CudaKernels.cuh"

namespace fleetdeck::validation::cuda {

void registerPoolNormOps(CudaOpRegistry &)
{
}

} // namespace fleetdeck::validation::cuda
