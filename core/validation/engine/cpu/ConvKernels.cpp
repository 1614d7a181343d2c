#include "core/validation/engine/cpu/OpRegistry.h"

namespace fleetdeck::validation::cpu {

void registerConvKernels(OpRegistry &)
{
}

} // namespace fleetdeck::validation::cpu
