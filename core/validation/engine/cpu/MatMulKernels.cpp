#include "core/validation/engine/cpu/OpRegistry.h"

namespace fleetdeck::validation::cpu {

void registerMatMulKernels(OpRegistry &)
{
}

} // namespace fleetdeck::validation::cpu
