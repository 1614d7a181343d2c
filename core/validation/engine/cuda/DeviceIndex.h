#pragma once

// Index arithmetic shared by kernels and host code. Everything here is plain C++ that nvcc also
// compiles for the device, so the host unit tests (tst_cudaindex) check exactly the arithmetic
// the kernels run.

#include <cstdint>

#include "core/validation/engine/HostDevice.h"

namespace fleetdeck::validation::cuda {

inline constexpr int kMaxRank = 8;

// Up to kMaxRank dimensions by value (kernel arguments cannot hold std::vector).
struct Dims
{
    int rank = 0;
    int64_t d[kMaxRank] = {};

    FD_HD int64_t count() const
    {
        int64_t n = 1;
        for (int i = 0; i < rank; ++i)
            n *= d[i];
        return n;
    }
};

// For an output of shape `out` and an input read with `strides` (0 where it repeats, as numpy
// broadcasting does, or any permutation of its own strides), the input offset of output
// element `linear`.
FD_HD int64_t stridedOffset(int64_t linear, const Dims &out, const Dims &strides)
{
    int64_t offset = 0;
    for (int i = out.rank - 1; i >= 0; --i) {
        const int64_t extent = out.d[i];
        const int64_t index = linear % extent;
        linear /= extent;
        offset += index * strides.d[i];
    }
    return offset;
}

} // namespace fleetdeck::validation::cuda
