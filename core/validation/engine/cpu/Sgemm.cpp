// Cache-blocked float GEMM: C is cut into tiles that run in parallel; each tile walks k in blocks
// of gemmBlockK, packs its B panel once per block (zero-padded slivers of the micro-kernel's
// width) and reads A in place, one register tile of C at a time.
#include "core/validation/engine/cpu/Sgemm.h"

#include "core/validation/engine/cpu/GemmMicroKernels.h"
#include "core/validation/engine/cpu/SimdClones.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace fleetdeck::validation::cpu {

namespace {

// The B panel of a tile: kc x nc floats, about 512 KiB, so it stays in a core's L2 while every
// row block of A streams past it.
constexpr int64_t panelColumns = 512;
constexpr int64_t tileRowsPerKernel = 16; // a tile spans 16 register tiles of rows

int64_t roundUp(int64_t value, int64_t step)
{
    return (value + step - 1) / step * step;
}

// A 64-byte aligned scratch buffer per thread, grown on demand and kept between calls.
float *scratch(std::vector<float> &buffer, int64_t floats)
{
    const auto needed = static_cast<std::size_t>(floats + 16);
    if (buffer.size() < needed)
        buffer.resize(needed);
    const auto address = reinterpret_cast<std::uintptr_t>(buffer.data());
    return buffer.data() + ((64 - address % 64) % 64) / sizeof(float);
}

// Packs B[p0.., j0..] (kc x cols) into slivers of nr columns: sliver s holds row p at
// dst + (s * kc + p) * nr. Columns past the matrix are zero, so edge tiles compute harmlessly.
// Compiled per instruction set: it is a copy, and wide vectors copy a sliver row in one go.
FLEETDECK_SIMD_CLONES void packB(const MatrixView &b, int64_t p0, int64_t kc, int64_t j0, int64_t cols, int64_t nr, float *dst)
{
    for (int64_t s = 0; s * nr < cols; ++s) {
        const int64_t width = std::min(nr, cols - s * nr);
        float *sliver = dst + s * kc * nr;
        const float *src = b.data + p0 * b.rowStride + (j0 + s * nr) * b.colStride;
        if (b.colStride == 1 && width == nr && nr == 32) {
            // The common full AVX-512 sliver: a fixed-size copy the compiler inlines.
            for (int64_t p = 0; p < kc; ++p)
                std::memcpy(sliver + p * 32, src + p * b.rowStride, 32 * sizeof(float));
        } else if (b.colStride == 1) {
            for (int64_t p = 0; p < kc; ++p) {
                float *row = sliver + p * nr;
                std::copy(src + p * b.rowStride, src + p * b.rowStride + width, row);
                std::fill(row + width, row + nr, 0.0f);
            }
        } else {
            // A transposed B (a dense layer's weights, n x k): read each column down its
            // contiguous run of k and scatter into the sliver, which is small enough for L1.
            if (width < nr)
                std::fill(sliver, sliver + kc * nr, 0.0f);
            for (int64_t j = 0; j < width; ++j) {
                const float *column = src + j * b.colStride;
                for (int64_t p = 0; p < kc; ++p)
                    sliver[p * nr + j] = column[p * b.rowStride];
            }
        }
    }
}

// C = A * B for a few rows of A (a dense layer at batch 1): B is read once, so packing it would
// cost as much as the product. Sums run in float, in blocks of gemmBlockK added into C, as in
// the blocked path, so the same error bound holds. This does columns [begin, end).
FLEETDECK_SIMD_CLONES void skinnyColumns(int64_t m, int64_t k, const MatrixView &a, const MatrixView &b, float *c,
                                         int64_t ldc, int64_t begin, int64_t end)
{
    constexpr int64_t lanes = 16;   // independent partial sums per dot product, for the vectoriser
    constexpr int64_t stripe = 512; // columns of C summed at once in the row-major case
    for (int64_t i = 0; i < m; ++i) {
        const float *aRow = a.data + i * a.rowStride;
        float *cRow = c + i * ldc;
        std::fill(cRow + begin, cRow + end, 0.0f);
        for (int64_t p0 = 0; p0 < k; p0 += gemmBlockK) {
            const int64_t p1 = std::min(k, p0 + gemmBlockK);
            if (b.colStride == 1) { // B row-major: axpy of each B row into C's row
                float block[stripe];
                for (int64_t j0 = begin; j0 < end; j0 += stripe) {
                    const int64_t j1 = std::min(end, j0 + stripe);
                    std::fill(block, block + (j1 - j0), 0.0f);
                    for (int64_t p = p0; p < p1; ++p) {
                        const float av = aRow[p];
                        const float *bRow = b.data + p * b.rowStride;
                        for (int64_t j = j0; j < j1; ++j)
                            block[j - j0] += av * bRow[j];
                    }
                    for (int64_t j = j0; j < j1; ++j)
                        cRow[j] += block[j - j0];
                }
                continue;
            }
            for (int64_t j = begin; j < end; ++j) { // B transposed: a contiguous dot per column
                const float *column = b.data + j * b.colStride;
                float partial[lanes] = {};
                int64_t p = p0;
                for (; p + lanes <= p1; p += lanes)
                    for (int64_t l = 0; l < lanes; ++l)
                        partial[l] += aRow[p + l] * column[(p + l) * b.rowStride];
                float sum = 0.0f;
                for (; p < p1; ++p)
                    sum += aRow[p] * column[p * b.rowStride];
                for (float v : partial)
                    sum += v;
                cRow[j] += sum;
            }
        }
    }
}

void skinnyGemm(ThreadPool &pool, int64_t m, int64_t n, int64_t k, const MatrixView &a, const MatrixView &b,
                float *c, int64_t ldc)
{
    pool.parallelFor(n, 64, [&](int64_t begin, int64_t end) { skinnyColumns(m, k, a, b, c, ldc, begin, end); });
}

// Compiled per instruction set: with only a bias (the usual Conv) the loop is one vector add.
FLEETDECK_SIMD_CLONES void applyEpilogue(const GemmEpilogue &e, float *c, int64_t ldc, int64_t i0, int64_t i1,
                                         int64_t j0, int64_t j1)
{
    const bool clamp = e.minValue != -std::numeric_limits<float>::infinity()
        || e.maxValue != std::numeric_limits<float>::infinity();
    if (!e.rowBias && !e.columnBias && !e.residual && !clamp)
        return;
    for (int64_t i = i0; i < i1; ++i) {
        float *row = c + i * ldc;
        const float rowBias = e.rowBias ? e.rowBias[i] : 0.0f;
        if (e.columnBias) {
            for (int64_t j = j0; j < j1; ++j)
                row[j] += rowBias + e.columnBias[j];
        } else if (e.rowBias) {
            for (int64_t j = j0; j < j1; ++j)
                row[j] += rowBias;
        }
        if (e.residual) {
            const float *residual = e.residual + i * e.residualStride;
            for (int64_t j = j0; j < j1; ++j)
                row[j] += residual[j];
        }
        if (clamp) {
            for (int64_t j = j0; j < j1; ++j)
                row[j] = std::min(std::max(row[j], e.minValue), e.maxValue);
        }
    }
}

// An edge register tile (rows x width of the mr x nr sums in tile) stored into C, or added to it.
FLEETDECK_SIMD_CLONES void storeEdge(const float *tile, int64_t nr, int64_t rows, int64_t width, bool accumulate,
                                     float *c, int64_t ldc)
{
    for (int64_t r = 0; r < rows; ++r) {
        const float *src = tile + r * nr;
        float *dst = c + r * ldc;
        if (accumulate) {
            for (int64_t q = 0; q < width; ++q)
                dst[q] += src[q];
        } else {
            std::copy(src, src + width, dst);
        }
    }
}

struct Problem
{
    int64_t m, n, k;
    MatrixView a, b;
    float *c;
    int64_t ldc;
    MicroKernel kernel;
    const float *packedB; // B already in panel layout (sgemmPackedB), or null: pack per tile
    const GemmEpilogue *epilogue; // applied by the last block of k in each tile, or null
};

bool hasEpilogue(const GemmEpilogue &e)
{
    return e.rowBias || e.columnBias || e.residual || e.minValue != -std::numeric_limits<float>::infinity()
        || e.maxValue != std::numeric_limits<float>::infinity();
}

// The epilogue of the register tile at (i, j), for the micro-kernel.
TileEpilogue tileEpilogue(const GemmEpilogue &e, int64_t i, int64_t j)
{
    return TileEpilogue{e.rowBias ? e.rowBias + i : nullptr, e.residual ? e.residual + i * e.residualStride + j : nullptr,
                        e.residualStride, e.minValue, e.maxValue};
}

// One tile of C: rows [i0, i1), columns [j0, j1), every block of k.
void runTile(const Problem &pr, int64_t i0, int64_t i1, int64_t j0, int64_t j1)
{
    thread_local std::vector<float> panelBuffer, edgeABuffer, edgeCBuffer;
    const int64_t mr = pr.kernel.mr, nr = pr.kernel.nr;
    const int64_t cols = j1 - j0;
    float *panel = scratch(panelBuffer, gemmBlockK * roundUp(cols, nr));
    float *edgeA = scratch(edgeABuffer, mr * gemmBlockK);
    float *edgeC = scratch(edgeCBuffer, mr * nr);
    for (int64_t p0 = 0; p0 < pr.k; p0 += gemmBlockK) {
        const int64_t kc = std::min(gemmBlockK, pr.k - p0);
        const bool accumulate = p0 > 0;
        const GemmEpilogue *epilogue = p0 + kc >= pr.k ? pr.epilogue : nullptr;
        const float *bPanel = panel;
        if (pr.packedB)
            bPanel = pr.packedB + p0 * roundUp(pr.n, nr) + (j0 / nr) * kc * nr;
        else
            packB(pr.b, p0, kc, j0, cols, nr, panel);
        for (int64_t i = i0; i < i1; i += mr) {
            const int64_t rows = std::min(mr, i1 - i);
            const float *a = pr.a.data + i * pr.a.rowStride + p0;
            int64_t lda = pr.a.rowStride;
            if (rows < mr) { // the last rows: copied into a zero-padded register-tile of A
                std::fill(edgeA, edgeA + mr * kc, 0.0f);
                for (int64_t r = 0; r < rows; ++r)
                    std::memcpy(edgeA + r * kc, a + r * lda, static_cast<std::size_t>(kc) * sizeof(float));
                a = edgeA;
                lda = kc;
            }
            for (int64_t j = 0; j < cols; j += nr) {
                const int64_t width = std::min(nr, cols - j);
                float *c = pr.c + i * pr.ldc + j0 + j;
                if (rows == mr && width == nr) {
                    const TileEpilogue tail = epilogue ? tileEpilogue(*epilogue, i, j0 + j) : TileEpilogue{};
                    pr.kernel.run(kc, a, lda, bPanel + (j / nr) * kc * nr, c, pr.ldc, accumulate, epilogue ? &tail : nullptr);
                    continue;
                }
                pr.kernel.run(kc, a, lda, bPanel + (j / nr) * kc * nr, edgeC, nr, false, nullptr);
                storeEdge(edgeC, nr, rows, width, accumulate, c, pr.ldc);
                if (epilogue)
                    applyEpilogue(*epilogue, pr.c, pr.ldc, i, i + rows, j0 + j, j0 + j + width);
            }
        }
    }
}

} // namespace

namespace {

void runTiles(ThreadPool &pool, Problem problem, const GemmEpilogue &epilogue)
{
    // The micro-kernels take row biases, residuals and clamps; column biases get their own pass.
    problem.epilogue = hasEpilogue(epilogue) && !epilogue.columnBias ? &epilogue : nullptr;
    const int64_t m = problem.m, n = problem.n;
    const MicroKernel &micro = problem.kernel;
    const int64_t tileRows = std::min(roundUp(m, micro.mr), micro.mr * tileRowsPerKernel);
    int64_t tileCols = std::min(roundUp(n, micro.nr), panelColumns);
    const int64_t rowTiles = (m + tileRows - 1) / tileRows;
    // Enough tiles that every thread gets work, but no narrower than one sliver.
    while (rowTiles * ((n + tileCols - 1) / tileCols) < 2 * pool.threadCount() && tileCols > micro.nr)
        tileCols = roundUp(tileCols / 2, micro.nr);
    const int64_t colTiles = (n + tileCols - 1) / tileCols;
    pool.parallelFor(rowTiles * colTiles, 1, [&](int64_t begin, int64_t end) {
        for (int64_t t = begin; t < end; ++t) {
            // Neighbouring tasks share a column panel of B, which stays warm in the shared cache.
            const int64_t i0 = (t % rowTiles) * tileRows, j0 = (t / rowTiles) * tileCols;
            const int64_t i1 = std::min(m, i0 + tileRows), j1 = std::min(n, j0 + tileCols);
            runTile(problem, i0, i1, j0, j1);
            if (!problem.epilogue)
                applyEpilogue(epilogue, problem.c, problem.ldc, i0, i1, j0, j1);
        }
    });
}

} // namespace

int64_t gemmPanelWidth(GemmKernel kernel)
{
    return microKernel(gemmKernelAvailable(kernel) ? kernel : GemmKernel::Portable).nr;
}

void sgemmPackedB(ThreadPool &pool, int64_t m, int64_t n, int64_t k, MatrixView a, const float *packedB, float *c,
                  int64_t ldc, const GemmEpilogue &epilogue, GemmKernel kernel)
{
    if (m <= 0 || n <= 0 || k <= 0 || a.colStride != 1)
        return;
    const MicroKernel micro = microKernel(gemmKernelAvailable(kernel) ? kernel : GemmKernel::Portable);
    runTiles(pool, Problem{m, n, k, a, MatrixView{}, c, ldc, micro, packedB, nullptr}, epilogue);
}

void sgemm(ThreadPool &pool, int64_t m, int64_t n, int64_t k, MatrixView a, MatrixView b, float *c,
           int64_t ldc, const GemmEpilogue &epilogue, GemmKernel kernel)
{
    if (m <= 0 || n <= 0)
        return;
    if (k <= 0) {
        for (int64_t i = 0; i < m; ++i)
            std::fill(c + i * ldc, c + i * ldc + n, 0.0f);
        applyEpilogue(epilogue, c, ldc, 0, m, 0, n);
        return;
    }
    const MicroKernel micro = microKernel(gemmKernelAvailable(kernel) ? kernel : GemmKernel::Portable);
    // The micro-kernel reads A in place along k; a transposed A is copied once to row-major.
    std::vector<float> aCopy;
    if (a.colStride != 1) {
        aCopy.resize(static_cast<std::size_t>(m * k));
        for (int64_t i = 0; i < m; ++i)
            for (int64_t p = 0; p < k; ++p)
                aCopy[static_cast<std::size_t>(i * k + p)] = a.data[i * a.rowStride + p * a.colStride];
        a = MatrixView{aCopy.data(), k, 1};
    }
    if (m < micro.mr / 2 && (b.colStride == 1 || b.rowStride == 1)) {
        skinnyGemm(pool, m, n, k, a, b, c, ldc);
        pool.parallelFor(m, 1, [&](int64_t begin, int64_t end) { applyEpilogue(epilogue, c, ldc, begin, end, 0, n); });
        return;
    }
    runTiles(pool, Problem{m, n, k, a, b, c, ldc, micro, nullptr, nullptr}, epilogue);
}

} // namespace fleetdeck::validation::cpu
