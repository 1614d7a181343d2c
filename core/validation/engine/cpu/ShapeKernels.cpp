#include "core/validation/engine/cpu/OpRegistry.h"

namespace fleetdeck::validation::cpu {

void registerShapeKernels(OpRegistry &)
{
}

} // namespace fleetdeck::validation::cpu
