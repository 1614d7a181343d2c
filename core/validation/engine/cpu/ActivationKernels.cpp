#include "core/validation/engine/cpu/OpRegistry.h"

namespace fleetdeck::validation::cpu {

void registerActivationKernels(OpRegistry &)
{
}

} // namespace fleetdeck::validation::cpu
