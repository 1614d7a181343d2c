#include "core/validation/engine/cpu/OpRegistry.h"

namespace fleetdeck::validation::cpu {

void registerReduceKernels(OpRegistry &)
{
}

} // namespace fleetdeck::validation::cpu
