#pragma once

#include "core/validation/engine/ThreadPool.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace fleetdeck::validation::cpu {

// A float matrix operand: element (r, c) at data[r * rowStride + c * colStride], so a transposed
// operand is the same memory with the strides swapped.
struct MatrixView
{
    const float *data = nullptr;
    int64_t rowStride = 0;
    int64_t colStride = 1;
};

// Applied to C once its sums are complete, while the tile is still in cache.
struct GemmEpilogue
{
    const float *rowBias = nullptr;    // rowBias[r] added to row r (a Conv bias per output map)
    const float *columnBias = nullptr; // columnBias[c] added to column c (a dense layer's bias)
    // residual[r * residualStride + c] added after the bias, in its own rounding step, so a fused
    // residual Add gives the bits the separate Add would have.
    const float *residual = nullptr;
    int64_t residualStride = 0;
    float minValue = -std::numeric_limits<float>::infinity(); // clamp: Relu, Relu6
    float maxValue = std::numeric_limits<float>::infinity();
};

// The register-tiled inner kernel, chosen once at run time from the CPU's features, so one
// binary runs everywhere (no -march) and uses AVX2/AVX-512 where they exist.
enum class GemmKernel { Portable, Avx2, Avx512 };

GemmKernel bestGemmKernel();
bool gemmKernelAvailable(GemmKernel kernel);
const char *gemmKernelName(GemmKernel kernel);

// C (m x n, row stride ldc) = A (m x k) * B (k x n), then the epilogue. Cache-blocked over k, B
// packed into panels, tiles of C spread over the pool.
//
// Accuracy: float32 products with float32 FMA accumulation, summed in blocks of at most
// gemmBlockK terms that are then added into C. The rounding error of each element is therefore
// bounded by (gemmBlockK + ceil(k / gemmBlockK)) * 2^-24 * sum_p |a_ip * b_pj| (about 1.6e-5 of
// the absolute sum for k = 4608, ResNet's largest), and in practice it grows like the square
// root of that. The comparisons we serve use rtol 1e-3, so float32 blocks are well inside it;
// reductions, normalisation and softmax keep their float64 sums elsewhere.
void sgemm(ThreadPool &pool, int64_t m, int64_t n, int64_t k, MatrixView a, MatrixView b, float *c,
           int64_t ldc, const GemmEpilogue &epilogue = {}, GemmKernel kernel = bestGemmKernel());

inline constexpr int64_t gemmBlockK = 256;

// For producers that can write B straight into the layout sgemm packs it into (Conv's im2col),
// saving a pass over a matrix of megabytes. nr = gemmPanelWidth(kernel). Element (p, j) of the
// k x n matrix: blocks of gemmBlockK rows, each cut into slivers of nr columns (zero past n),
// each sliver row-major; packedBSize() floats in all.
int64_t gemmPanelWidth(GemmKernel kernel = bestGemmKernel());

inline int64_t packedBSize(int64_t n, int64_t k, int64_t nr)
{
    return (n + nr - 1) / nr * nr * k;
}

// Where row p, sliver s (columns s*nr...) starts in the packed layout.
inline int64_t packedBSliver(int64_t p, int64_t s, int64_t n, int64_t k, int64_t nr)
{
    const int64_t block = p / gemmBlockK, kc = std::min(gemmBlockK, k - block * gemmBlockK);
    return block * gemmBlockK * ((n + nr - 1) / nr * nr) + s * kc * nr + (p % gemmBlockK) * nr;
}

// sgemm with B given packed; a must have unit column stride. Same accuracy as sgemm.
void sgemmPackedB(ThreadPool &pool, int64_t m, int64_t n, int64_t k, MatrixView a, const float *packedB, float *c,
                  int64_t ldc, const GemmEpilogue &epilogue = {}, GemmKernel kernel = bestGemmKernel());

} // namespace fleetdeck::validation::cpu
