#pragma once

// Host planning of the CUDA engine's matrix products (MatMul, Gemm, Conv, ConvTranspose): the
// shapes and attribute checks of the CPU engine's kernels, the cuBLAS calls a launch makes and
// the batches of images an im2col buffer holds. Plain C++, so tst_convindex checks it without
// a GPU; LinearOps.cu only turns these plans into launches.

#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/ConvGeometry.h"
#include "core/validation/engine/cuda/ConvIndex.h"

#include <algorithm>
#include <climits>
#include <string>
#include <vector>

namespace fleetdeck::validation::cuda {

// Row-major C = op(A) op(B), `count` times: matrix i of each operand starts at offset + i *
// stride elements (stride 0 repeats one matrix, as a broadcast operand does).
struct GemmBatch
{
    int64_t count = 1;
    int64_t offsetA = 0, offsetB = 0, offsetC = 0;
    int64_t strideA = 0, strideB = 0, strideC = 0;

    bool operator==(const GemmBatch &) const = default;
};

// The arguments of one cuBLAS call (cublasSgemm for count 1, else cublasSgemmStridedBatched).
// cuBLAS is column-major, and a row-major [r, c] matrix is the column-major [c, r] matrix, its
// transpose. So a row-major C = op(A) op(B) is the column-major C^T = op(B)^T op(A)^T: the
// operands swap (B goes first), each keeps its own transpose flag, and no data moves.
struct BlasCall
{
    bool transFirst = false;     // of B
    bool transSecond = false;    // of A
    int64_t m = 0, n = 0, k = 0; // of the column-major product: m = N, n = M
    const float *first = nullptr;
    int64_t ldFirst = 0, strideFirst = 0;
    const float *second = nullptr;
    int64_t ldSecond = 0, strideSecond = 0;
    float *c = nullptr;
    int64_t ldc = 0, strideC = 0;
    int64_t count = 1;
};

// m, n, k of the row-major product; A is stored [m, k] ([k, m] when transposed), B [k, n]
// ([n, k]), C [m, n]; each stored matrix's leading dimension is its row length.
inline BlasCall blasCall(bool transA, bool transB, int64_t m, int64_t n, int64_t k, const float *a, const float *b,
                         float *c, const GemmBatch &batch)
{
    return {transB, transA, n, m, k,
            b + batch.offsetB, transB ? k : n, batch.strideB,
            a + batch.offsetA, transA ? m : k, batch.strideA,
            c + batch.offsetC, n, batch.strideC, batch.count};
}

inline bool fitsBlasInt(int64_t v)
{
    return v >= 0 && v <= INT_MAX;
}

// ---- MatMul ----------------------------------------------------------------------------------

struct MatMulPlan
{
    std::string error; // non-empty: the shapes do not multiply
    Shape output;
    int64_t m = 0, n = 0, k = 0; // of each product (m may cover several batches, see below)
    std::vector<GemmBatch> calls; // empty when the output has no elements
};

// Numpy MatMul of a and b as the CPU engine does it: a 1-D operand gets a 1 prepended (A) or
// appended (B) that the output drops; batch dims broadcast. Batches that B does not vary and A
// lays out one after another are ONE product with m = batches * M ([B..., M, K] x [K, N], a
// dense layer); otherwise the batch dims are merged where both operands and the output step
// evenly, the innermost merged dim becomes a strided-batched call and the rest are separate calls.
inline MatMulPlan planMatMul(const Shape &a, const Shape &b)
{
    MatMulPlan plan;
    if (a.empty() || b.empty()) {
        plan.error = "MatMul of a scalar";
        return plan;
    }
    Shape sa = a;
    Shape sb = b;
    if (a.size() == 1)
        sa.insert(sa.begin(), 1);
    if (b.size() == 1)
        sb.push_back(1);
    const int64_t m = sa[sa.size() - 2], k = sa.back(), n = sb.back();
    if (sb[sb.size() - 2] != k) {
        plan.error = "inner dimensions differ: " + shapeToString(a) + " x " + shapeToString(b);
        return plan;
    }
    const Shape batchA(sa.begin(), sa.end() - 2);
    const Shape batchB(sb.begin(), sb.end() - 2);
    const auto broadcast = cpu::planBroadcast({batchA, batchB});
    if (!broadcast) {
        plan.error = "batch dimensions do not broadcast";
        return plan;
    }
    plan.output = broadcast->output;
    if (a.size() != 1)
        plan.output.push_back(m);
    if (b.size() != 1)
        plan.output.push_back(n);
    plan.m = m;
    plan.n = n;
    plan.k = k;
    int64_t batches = 1;
    for (int64_t d : broadcast->output)
        batches *= d;
    if (batches == 0 || m == 0 || n == 0)
        return plan;

    int64_t countA = 1;
    for (int64_t d : batchA)
        countA *= d;
    const bool bFixed = std::all_of(broadcast->strides[1].begin(), broadcast->strides[1].end(),
                                    [](int64_t s) { return s == 0; });
    if (bFixed && countA == batches && fitsBlasInt(batches * m)) {
        plan.m = batches * m;
        plan.calls.push_back(GemmBatch{});
        return plan;
    }

    // Batch dims with more than one entry, outermost first, in matrices: (extent, A, B, C strides).
    struct Axis
    {
        int64_t extent, a, b, c;
    };
    std::vector<Axis> axes;
    const std::vector<int64_t> outStrides = cpu::stridesOf(broadcast->output);
    for (std::size_t d = 0; d < broadcast->output.size(); ++d) {
        if (broadcast->output[d] != 1)
            axes.push_back({broadcast->output[d], broadcast->strides[0][d], broadcast->strides[1][d], outStrides[d]});
    }
    // Merge an axis into the next inner one where every operand steps evenly across both.
    std::vector<Axis> merged;
    for (const Axis &axis : axes) {
        if (!merged.empty()) {
            Axis &outer = merged.back();
            if (outer.a == axis.a * axis.extent && outer.b == axis.b * axis.extent && outer.c == axis.c * axis.extent) {
                outer = {outer.extent * axis.extent, axis.a, axis.b, axis.c};
                continue;
            }
        }
        merged.push_back(axis);
    }
    GemmBatch inner;
    if (!merged.empty()) {
        const Axis last = merged.back();
        merged.pop_back();
        inner.count = last.extent;
        inner.strideA = last.a * m * k;
        inner.strideB = last.b * k * n;
        inner.strideC = last.c * m * n;
    }
    // The outer axes' index combinations, each one call.
    std::vector<int64_t> index(merged.size(), 0);
    while (true) {
        GemmBatch call = inner;
        for (std::size_t d = 0; d < merged.size(); ++d) {
            call.offsetA += index[d] * merged[d].a * m * k;
            call.offsetB += index[d] * merged[d].b * k * n;
            call.offsetC += index[d] * merged[d].c * m * n;
        }
        plan.calls.push_back(call);
        std::size_t d = merged.size();
        while (d > 0 && ++index[d - 1] == merged[d - 1].extent)
            index[--d] = 0;
        if (d == 0)
            break;
    }
    return plan;
}

// ---- Conv and ConvTranspose ------------------------------------------------------------------

// The products of a grouped GEMM over `images` images and `groups` groups, where the operands of
// (image i, group g) start at A: g * aGroup, B: i * bImage + g * bGroup, C: i * cImage + g *
// cGroup. One strided-batched call per group over the images, or per image over the groups,
// whichever makes fewer calls.
struct GroupStrides
{
    int64_t aGroup = 0, bImage = 0, bGroup = 0, cImage = 0, cGroup = 0;
};

inline std::vector<GemmBatch> groupedBatches(int64_t images, int64_t groups, const GroupStrides &s)
{
    std::vector<GemmBatch> calls;
    if (images >= groups) {
        for (int64_t g = 0; g < groups; ++g)
            calls.push_back({images, g * s.aGroup, g * s.bGroup, g * s.cGroup, 0, s.bImage, s.cImage});
    } else {
        for (int64_t i = 0; i < images; ++i)
            calls.push_back({groups, 0, i * s.bImage, i * s.cImage, s.aGroup, s.bGroup, s.cGroup});
    }
    return calls;
}

// A run of images that one pass over the column buffer handles, and its products.
struct ImageChunk
{
    int64_t first = 0;
    int64_t count = 0;
    std::vector<GemmBatch> gemms;
};

enum class ConvPath {
    Pointwise,   // 1x1 kernel, unit strides, no padding: W times X in place
    Depthwise2d, // one input channel per group, 2-D: a direct kernel
    Columns,     // im2col into the workspace, then W times the columns
};

struct ConvPlan
{
    ConvAxes axes;
    int64_t batch = 0, channels = 0, maps = 0, group = 1;
    ConvPath path = ConvPath::Columns;
    Shape output;
    int64_t columnsPerImage = 0; // floats of one image's im2col matrices (Columns)
    std::vector<ImageChunk> chunks;
    int64_t workspaceBytes = 0;

    int64_t groupChannels() const { return channels / group; }
    int64_t groupMaps() const { return maps / group; }
    int64_t rows() const { return groupChannels() * axes.kernelSize(); } // GEMM's K
};

// im2col buffers are bounded: images go through in chunks that fit (at least one image).
inline constexpr int64_t kColumnBudgetBytes = int64_t(256) << 20;

// Splits `batch` images into chunks of at most budget / perImage floats' worth (at least one).
inline std::vector<ImageChunk> imageChunks(int64_t batch, int64_t perImageFloats, int64_t budgetBytes)
{
    const int64_t perImageBytes = std::max<int64_t>(1, perImageFloats * int64_t(sizeof(float)));
    const int64_t size = std::max<int64_t>(1, std::min(batch, budgetBytes / perImageBytes));
    std::vector<ImageChunk> chunks;
    for (int64_t first = 0; first < batch; first += size)
        chunks.push_back({first, std::min(size, batch - first), {}});
    return chunks;
}

// Conv's checks and sizes, exactly as the CPU engine's planConv (its geometry code, the same
// messages), then the GPU's own path and limits. biasCount: -1 without a bias.
Expected<ConvPlan> planConv(const Node &node, int64_t opset, const Shape &x, const Shape &w, int64_t biasCount,
                            int64_t budgetBytes = kColumnBudgetBytes);

struct ConvTransposePlan
{
    ConvAxes axes; // kernel: W's spatial dims, the ones the CPU engine iterates
    int64_t batch = 0, channels = 0, maps = 0, group = 1;
    Shape output;
    int64_t columnsPerImage = 0; // floats of one image's W^T X matrices
    std::vector<ImageChunk> chunks;
    int64_t workspaceBytes = 0;

    int64_t groupChannels() const { return channels / group; }   // GEMM's K
    int64_t groupMaps() const { return maps / group; }
    int64_t rows() const { return groupMaps() * axes.kernelSize(); } // GEMM's M
};

// ConvTranspose's checks and output geometry (output_padding, output_shape, auto_pad) as the
// CPU engine computes them, then the GPU's limits.
Expected<ConvTransposePlan> planConvTranspose(const Node &node, int64_t opset, const Shape &x, const Shape &w,
                                              int64_t biasCount, int64_t budgetBytes = kColumnBudgetBytes);

} // namespace fleetdeck::validation::cuda
