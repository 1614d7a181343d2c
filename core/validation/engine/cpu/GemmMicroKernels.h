#pragma once

#include "core/validation/engine/cpu/Sgemm.h"

#include <cstdint>

namespace fleetdeck::validation::cpu {

// The epilogue of one register tile (GemmEpilogue without column biases), applied in registers by
// the last block of k before it stores: C is written once, in the same rounding steps as
// applyEpilogue's separate pass (the sum, then + row bias, then + residual, then the clamp).
struct TileEpilogue
{
    const float *rowBias = nullptr;  // the tile's first row's, or null
    const float *residual = nullptr; // the tile's first element's, or null
    int64_t residualStride = 0;
    float minValue = 0;
    float maxValue = 0;
};

// One register tile of C: C[MR x NR] (+)= A[MR x kc] * B[kc x NR]. A is read in place (row
// stride lda, unit column stride); B is packed: row p of the tile's sliver at b + p * NR.
// accumulate false stores the sums, true adds them to C; then tail, if any.
using MicroKernelFunction = void (*)(int64_t kc, const float *a, int64_t lda, const float *b, float *c,
                                     int64_t ldc, bool accumulate, const TileEpilogue *tail);

struct MicroKernel
{
    int64_t mr = 0;
    int64_t nr = 0;
    MicroKernelFunction run = nullptr;
};

// The kernel for one instruction set; only call it where gemmKernelAvailable() says so.
MicroKernel microKernel(GemmKernel kernel);

} // namespace fleetdeck::validation::cpu
