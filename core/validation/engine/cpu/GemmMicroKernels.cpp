// The register-tiled inner loops of sgemm: a portable one, and AVX2+FMA / AVX-512 ones compiled
// with per-function target attributes, so the rest of the binary keeps the baseline instruction
// set and the CPU is asked at run time which one may run.
#include "core/validation/engine/cpu/GemmMicroKernels.h"

#include <algorithm>

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define FLEETDECK_GEMM_X86 1
#include <immintrin.h>
#endif

namespace fleetdeck::validation::cpu {

namespace {

// Plain C++ the compiler vectorises for whatever the baseline is (SSE2, NEON...).
constexpr int64_t portableRows = 4;
constexpr int64_t portableColumns = 16;

void portableKernel(int64_t kc, const float *a, int64_t lda, const float *b, float *c, int64_t ldc,
                    bool accumulate, const TileEpilogue *tail)
{
    float acc[portableRows][portableColumns] = {};
    for (int64_t p = 0; p < kc; ++p) {
        const float *bRow = b + p * portableColumns;
        for (int64_t i = 0; i < portableRows; ++i) {
            const float av = a[i * lda + p];
            for (int64_t j = 0; j < portableColumns; ++j)
                acc[i][j] += av * bRow[j];
        }
    }
    for (int64_t i = 0; i < portableRows; ++i) {
        float *cRow = c + i * ldc;
        for (int64_t j = 0; j < portableColumns; ++j) {
            float v = accumulate ? cRow[j] + acc[i][j] : acc[i][j];
            if (tail) {
                if (tail->rowBias)
                    v += tail->rowBias[i];
                if (tail->residual)
                    v += tail->residual[i * tail->residualStride + j];
                v = std::min(std::max(v, tail->minValue), tail->maxValue);
            }
            cRow[j] = v;
        }
    }
}

#ifdef FLEETDECK_GEMM_X86

// One instruction set's vector operations, each compiled for that set only.
struct Avx2
{
    using Vec = __m256;
    static constexpr int64_t lanes = 8;
    [[gnu::target("avx2,fma")]] static Vec zero() { return _mm256_setzero_ps(); }
    [[gnu::target("avx2,fma")]] static Vec load(const float *p) { return _mm256_loadu_ps(p); }
    [[gnu::target("avx2,fma")]] static Vec splat(const float *p) { return _mm256_broadcast_ss(p); }
    [[gnu::target("avx2,fma")]] static Vec fma(Vec a, Vec b, Vec c) { return _mm256_fmadd_ps(a, b, c); }
    [[gnu::target("avx2,fma")]] static Vec add(Vec a, Vec b) { return _mm256_add_ps(a, b); }
    [[gnu::target("avx2,fma")]] static void store(float *p, Vec v) { _mm256_storeu_ps(p, v); }
    // max(lo, v) and min(hi, v) return v when it is NaN, as std::max(v, lo) and std::min(v, hi) do.
    [[gnu::target("avx2,fma")]] static Vec atLeast(Vec v, float lo) { return _mm256_max_ps(_mm256_set1_ps(lo), v); }
    [[gnu::target("avx2,fma")]] static Vec atMost(Vec v, float hi) { return _mm256_min_ps(_mm256_set1_ps(hi), v); }
};

struct Avx512
{
    using Vec = __m512;
    static constexpr int64_t lanes = 16;
    [[gnu::target("avx512f")]] static Vec zero() { return _mm512_setzero_ps(); }
    [[gnu::target("avx512f")]] static Vec load(const float *p) { return _mm512_loadu_ps(p); }
    [[gnu::target("avx512f")]] static Vec splat(const float *p) { return _mm512_set1_ps(*p); }
    [[gnu::target("avx512f")]] static Vec fma(Vec a, Vec b, Vec c) { return _mm512_fmadd_ps(a, b, c); }
    [[gnu::target("avx512f")]] static Vec add(Vec a, Vec b) { return _mm512_add_ps(a, b); }
    [[gnu::target("avx512f")]] static void store(float *p, Vec v) { _mm512_storeu_ps(p, v); }
    // max(lo, v) and min(hi, v) return v when it is NaN, as std::max(v, lo) and std::min(v, hi) do.
    // The masked forms with every lane set: the plain ones start from _mm512_undefined_ps(), which
    // GCC 12 reports as maybe uninitialised.
    [[gnu::target("avx512f")]] static Vec atLeast(Vec v, float lo)
    {
        const Vec bound = _mm512_set1_ps(lo);
        return _mm512_mask_max_ps(bound, 0xFFFF, bound, v);
    }
    [[gnu::target("avx512f")]] static Vec atMost(Vec v, float hi)
    {
        const Vec bound = _mm512_set1_ps(hi);
        return _mm512_mask_min_ps(bound, 0xFFFF, bound, v);
    }
};

// Rows x (2 vectors) of accumulators; per step of k two B vectors and one broadcast of A per row.
// The body is a macro, not a template, because each expansion must sit inside a function compiled
// for its instruction set: clang refuses vector values in any function without the target, even
// an always-inline one, and a template cannot take a target attribute per instantiation.
#define FLEETDECK_GEMM_TILE(Isa, Rows)                                                             \
    {                                                                                              \
        using Vec = Isa::Vec;                                                                      \
        constexpr int64_t width = 2 * Isa::lanes;                                                  \
        Vec acc[Rows][2];                                                                          \
        _Pragma("GCC unroll 8") for (int64_t i = 0; i < Rows; ++i) acc[i][0] = acc[i][1] = Isa::zero(); \
        for (int64_t p = 0; p < kc; ++p) {                                                         \
            const Vec b0 = Isa::load(b + p * width);                                               \
            const Vec b1 = Isa::load(b + p * width + Isa::lanes);                                  \
            _Pragma("GCC unroll 8") for (int64_t i = 0; i < Rows; ++i)                             \
            {                                                                                      \
                const Vec av = Isa::splat(a + i * lda + p);                                        \
                acc[i][0] = Isa::fma(av, b0, acc[i][0]);                                           \
                acc[i][1] = Isa::fma(av, b1, acc[i][1]);                                           \
            }                                                                                      \
        }                                                                                          \
        _Pragma("GCC unroll 8") for (int64_t i = 0; i < Rows; ++i)                                 \
        {                                                                                          \
            float *cRow = c + i * ldc;                                                             \
            if (accumulate) {                                                                      \
                acc[i][0] = Isa::add(acc[i][0], Isa::load(cRow));                                  \
                acc[i][1] = Isa::add(acc[i][1], Isa::load(cRow + Isa::lanes));                     \
            }                                                                                      \
            if (tail) {                                                                            \
                if (tail->rowBias) {                                                               \
                    const Vec bias = Isa::splat(tail->rowBias + i);                                \
                    acc[i][0] = Isa::add(acc[i][0], bias);                                         \
                    acc[i][1] = Isa::add(acc[i][1], bias);                                         \
                }                                                                                  \
                if (tail->residual) {                                                              \
                    const float *r = tail->residual + i * tail->residualStride;                    \
                    acc[i][0] = Isa::add(acc[i][0], Isa::load(r));                                 \
                    acc[i][1] = Isa::add(acc[i][1], Isa::load(r + Isa::lanes));                    \
                }                                                                                  \
                for (int h = 0; h < 2; ++h)                                                        \
                    acc[i][h] = Isa::atMost(Isa::atLeast(acc[i][h], tail->minValue), tail->maxValue); \
            }                                                                                      \
            Isa::store(cRow, acc[i][0]);                                                           \
            Isa::store(cRow + Isa::lanes, acc[i][1]);                                              \
        }                                                                                          \
    }

// 6 x 16: twelve ymm accumulators of the sixteen registers.
constexpr int64_t avx2Rows = 6;

[[gnu::target("avx2,fma"), gnu::flatten]] void avx2Kernel(int64_t kc, const float *a, int64_t lda, const float *b,
                                                         float *c, int64_t ldc, bool accumulate,
                                                         const TileEpilogue *tail)
FLEETDECK_GEMM_TILE(Avx2, avx2Rows)

// 8 x 32: sixteen zmm accumulators, enough to cover the FMA latency on two units; 8 rows divide
// the channel counts of real CNNs (64, 96, 144...), so few tiles run at the edge.
constexpr int64_t avx512Rows = 8;

[[gnu::target("avx512f"), gnu::flatten]] void avx512Kernel(int64_t kc, const float *a, int64_t lda, const float *b,
                                                          float *c, int64_t ldc, bool accumulate,
                                                          const TileEpilogue *tail)
FLEETDECK_GEMM_TILE(Avx512, avx512Rows)

#undef FLEETDECK_GEMM_TILE

#endif

} // namespace

bool gemmKernelAvailable(GemmKernel kernel)
{
    switch (kernel) {
    case GemmKernel::Portable:
        return true;
#ifdef FLEETDECK_GEMM_X86
    case GemmKernel::Avx2:
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case GemmKernel::Avx512:
        return __builtin_cpu_supports("avx512f");
#else
    case GemmKernel::Avx2:
    case GemmKernel::Avx512:
        return false;
#endif
    }
    return false;
}

GemmKernel bestGemmKernel()
{
    // Asked once: the answer cannot change while the process runs.
    static const GemmKernel best = gemmKernelAvailable(GemmKernel::Avx512) ? GemmKernel::Avx512
                                   : gemmKernelAvailable(GemmKernel::Avx2) ? GemmKernel::Avx2
                                                                            : GemmKernel::Portable;
    return best;
}

const char *gemmKernelName(GemmKernel kernel)
{
    switch (kernel) {
    case GemmKernel::Portable:
        return "portable";
    case GemmKernel::Avx2:
        return "avx2+fma 6x16";
    case GemmKernel::Avx512:
        return "avx512 8x32";
    }
    return "?";
}

MicroKernel microKernel(GemmKernel kernel)
{
#ifdef FLEETDECK_GEMM_X86
    if (kernel == GemmKernel::Avx512)
        return {avx512Rows, 32, avx512Kernel};
    if (kernel == GemmKernel::Avx2)
        return {avx2Rows, 16, avx2Kernel};
#endif
    (void)kernel;
    return {portableRows, portableColumns, portableKernel};
}

} // namespace fleetdeck::validation::cpu
