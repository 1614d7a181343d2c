#include "core/validation/engine/cpu/OpRegistry.h"

namespace fleetdeck::validation::cpu {

void registerIndexKernels(OpRegistry &)
{
}

} // namespace fleetdeck::validation::cpu
