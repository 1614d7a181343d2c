#pragma once

#include "core/validation/engine/HostDevice.h"

#include <limits>
#include <type_traits>

namespace fleetdeck::validation::cpu {

// double -> T without undefined behaviour: an out-of-range float to integer conversion is
// undefined in C++, so integers saturate and NaN gives 0; bool is "not zero". Kernels compute
// in double and store through this (a max-pool window of padding only is -inf, pow and fmod on
// integers leave the range). The CUDA engine's kernels store through it too (FD_HD).
template <typename T>
FD_HD T saturatingCast(double value)
{
    if constexpr (std::is_same_v<T, bool>) {
        return value != 0;
    } else if constexpr (std::is_floating_point_v<T>) {
        return static_cast<T>(value);
    } else {
        if (value != value) // NaN; std::isnan is not callable on the device
            return T(0);
        if (value <= static_cast<double>(std::numeric_limits<T>::lowest()))
            return std::numeric_limits<T>::lowest();
        if (value >= static_cast<double>(std::numeric_limits<T>::max()))
            return std::numeric_limits<T>::max();
        return static_cast<T>(value);
    }
}

} // namespace fleetdeck::validation::cpu
