#include "core/validation/engine/cpu/OpRegistry.h"

namespace fleetdeck::validation::cpu {

void registerPoolKernels(OpRegistry &)
{
}

} // namespace fleetdeck::validation::cpu
