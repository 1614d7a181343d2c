#pragma once

#include "core/validation/engine/cpu/Sgemm.h"

#include <cstdint>

namespace fleetdeck::validation::cpu {

// One register tile of C: C[MR x NR] (+)= A[MR x kc] * B[kc x NR]. A is read in place (row
// stride lda, unit column stride); B is packed: row p of the tile's sliver at b + p * NR.
// accumulate false stores the sums, true adds them to C.
using MicroKernelFunction = void (*)(int64_t kc, const float *a, int64_t lda, const float *b, float *c,
                                     int64_t ldc, bool accumulate);

struct MicroKernel
{
    int64_t mr = 0;
    int64_t nr = 0;
    MicroKernelFunction run = nullptr;
};

// The kernel for one instruction set; only call it where gemmKernelAvailable() says so.
MicroKernel microKernel(GemmKernel kernel);

} // namespace fleetdeck::validation::cpu
