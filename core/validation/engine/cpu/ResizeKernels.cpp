#include "core/validation/engine/cpu/OpRegistry.h"

namespace fleetdeck::validation::cpu {

void registerResizeKernels(OpRegistry &)
{
}

} // namespace fleetdeck::validation::cpu
