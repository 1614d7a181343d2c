#include "core/validation/engine/cpu/OpRegistry.h"

namespace fleetdeck::validation::cpu {

void registerNormalizationKernels(OpRegistry &)
{
}

} // namespace fleetdeck::validation::cpu
