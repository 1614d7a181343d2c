// MatMul (numpy semantics with batch broadcasting) and Gemm. float runs through sgemm (error bound
// in Sgemm.h); double and the integer types sum in their own wide loop.
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/OpRegistry.h"
#include "core/validation/engine/cpu/Sgemm.h"

#include <type_traits>
#include <vector>

namespace fleetdeck::validation::cpu {

namespace {

// C[m, n] (+)= sum_k A[m, k] * B[k, n] for rows [begin, end); strides allow transposed operands.
template <typename T>
void multiplyRows(const T *a, int64_t aRowStride, int64_t aColStride, const T *b, int64_t bRowStride,
                  int64_t bColStride, double *acc, int64_t k, int64_t n, int64_t row)
{
    std::fill(acc, acc + n, 0.0);
    for (int64_t p = 0; p < k; ++p) {
        const double av = static_cast<double>(a[row * aRowStride + p * aColStride]);
        if (av == 0.0)
            continue;
        const T *bRow = b + p * bRowStride;
        if (bColStride == 1) { // the common layout: a contiguous loop the compiler vectorises
            for (int64_t j = 0; j < n; ++j)
                acc[j] += av * static_cast<double>(bRow[j]);
        } else {
            for (int64_t j = 0; j < n; ++j)
                acc[j] += av * static_cast<double>(bRow[j * bColStride]);
        }
    }
}

template <typename T>
Status matMul(KernelContext &ctx)
{
    const Tensor &a = ctx.input(0);
    const Tensor &b = ctx.input(1);
    if (a.rank() == 0 || b.rank() == 0)
        return ctx.fail("MatMul of a scalar");
    Shape sa = a.shape();
    Shape sb = b.shape();
    const bool vectorA = sa.size() == 1;
    const bool vectorB = sb.size() == 1;
    if (vectorA)
        sa.insert(sa.begin(), 1);
    if (vectorB)
        sb.push_back(1);
    const int64_t m = sa[sa.size() - 2];
    const int64_t k = sa.back();
    const int64_t n = sb.back();
    if (sb[sb.size() - 2] != k)
        return ctx.fail("inner dimensions differ: " + shapeToString(a.shape()) + " x " + shapeToString(b.shape()));
    const Shape batchA(sa.begin(), sa.end() - 2);
    const Shape batchB(sb.begin(), sb.end() - 2);
    auto plan = planBroadcast({batchA, batchB});
    if (!plan)
        return ctx.fail("batch dimensions do not broadcast");
    Shape outShape = plan->output;
    if (!vectorA)
        outShape.push_back(m);
    if (!vectorB)
        outShape.push_back(n);
    auto out = ctx.allocate(0, a.dataType(), outShape);
    if (!out)
        return out.error();
    // Offsets of each batch's matrices, enumerated once so rows can run in parallel.
    std::vector<std::pair<int64_t, int64_t>> batches;
    forEachBroadcast(*plan, [&](int64_t, const int64_t *o) { batches.emplace_back(o[0] * m * k, o[1] * k * n); });
    if (batches.empty())
        batches.emplace_back(0, 0);
    const T *pa = a.data<T>();
    const T *pb = b.data<T>();
    T *pc = out.value()->template data<T>();
    if constexpr (std::is_same_v<T, float>) {
        for (std::size_t i = 0; i < batches.size(); ++i)
            sgemm(ctx.pool(), m, n, k, MatrixView{pa + batches[i].first, k, 1}, MatrixView{pb + batches[i].second, n, 1},
                  pc + int64_t(i) * m * n, n);
        return {};
    }
    const auto rows = static_cast<int64_t>(batches.size()) * m;
    ctx.pool().parallelFor(rows, std::max<int64_t>(1, 4096 / std::max<int64_t>(1, k * n)), [&](int64_t begin, int64_t end) {
        std::vector<double> acc(static_cast<std::size_t>(n));
        for (int64_t r = begin; r < end; ++r) {
            const auto &[offA, offB] = batches[static_cast<std::size_t>(r / m)];
            multiplyRows(pa + offA, k, 1, pb + offB, n, 1, acc.data(), k, n, r % m);
            for (int64_t j = 0; j < n; ++j)
                pc[r * n + j] = static_cast<T>(acc[static_cast<std::size_t>(j)]);
        }
    });
    return {};
}

template <typename T>
Status gemm(KernelContext &ctx)
{
    const Tensor &a = ctx.input(0);
    const Tensor &b = ctx.input(1);
    if (a.rank() != 2 || b.rank() != 2)
        return ctx.fail("Gemm needs 2-D A and B, got " + shapeToString(a.shape()) + " and " + shapeToString(b.shape()));
    const bool transA = ctx.attributes().getInt("transA", 0) != 0;
    const bool transB = ctx.attributes().getInt("transB", 0) != 0;
    const double alpha = ctx.attributes().getFloat("alpha", 1.0f);
    const double beta = ctx.attributes().getFloat("beta", 1.0f);
    const int64_t m = transA ? a.dim(1) : a.dim(0);
    const int64_t k = transA ? a.dim(0) : a.dim(1);
    const int64_t n = transB ? b.dim(0) : b.dim(1);
    if ((transB ? b.dim(1) : b.dim(0)) != k)
        return ctx.fail("inner dimensions differ: " + shapeToString(a.shape()) + " x " + shapeToString(b.shape()));
    const Tensor *c = ctx.hasInput(2) ? &ctx.input(2) : nullptr;
    std::optional<BroadcastPlan> cPlan;
    if (c) {
        cPlan = planBroadcast({Shape{m, n}, c->shape()});
        if (!cPlan || cPlan->output != Shape{m, n})
            return ctx.fail("C " + shapeToString(c->shape()) + " does not broadcast to " + shapeToString({m, n}));
    }
    auto out = ctx.allocate(0, a.dataType(), {m, n});
    if (!out)
        return out.error();
    const T *pa = a.data<T>();
    const T *pb = b.data<T>();
    T *py = out.value()->template data<T>();
    // Bias offsets per output element, from the broadcast plan's strides.
    const int64_t cRowStride = c ? cPlan->strides[1][0] : 0;
    const int64_t cColStride = c ? cPlan->strides[1][1] : 0;
    if constexpr (std::is_same_v<T, float>) {
        // A dense layer's bias (one value per column, alpha = beta = 1) rides in the epilogue.
        const bool columnBias = c && cRowStride == 0 && cColStride == 1 && alpha == 1.0 && beta == 1.0;
        GemmEpilogue epilogue;
        epilogue.columnBias = columnBias ? c->data<float>() : nullptr;
        sgemm(ctx.pool(), m, n, k, MatrixView{pa, transA ? 1 : k, transA ? m : 1},
              MatrixView{pb, transB ? 1 : n, transB ? k : 1}, py, n, epilogue);
        if (columnBias || (!c && alpha == 1.0))
            return {};
        for (int64_t i = 0; i < m; ++i) {
            for (int64_t j = 0; j < n; ++j) {
                double value = alpha * static_cast<double>(py[i * n + j]);
                if (c)
                    value += beta * static_cast<double>(c->data<float>()[i * cRowStride + j * cColStride]);
                py[i * n + j] = static_cast<float>(value);
            }
        }
        return {};
    }
    ctx.pool().parallelFor(m, std::max<int64_t>(1, 4096 / std::max<int64_t>(1, k * n)), [&](int64_t begin, int64_t end) {
        std::vector<double> acc(static_cast<std::size_t>(n));
        for (int64_t i = begin; i < end; ++i) {
            multiplyRows(pa, transA ? 1 : k, transA ? m : 1, pb, transB ? 1 : n, transB ? k : 1, acc.data(), k, n, i);
            for (int64_t j = 0; j < n; ++j) {
                double value = alpha * acc[static_cast<std::size_t>(j)];
                if (c)
                    value += beta * static_cast<double>(c->data<T>()[i * cRowStride + j * cColStride]);
                py[i * n + j] = static_cast<T>(value);
            }
        }
    });
    return {};
}


Status dispatchMatMul(KernelContext &ctx)
{
    if (ctx.input(0).dataType() == DataType::Double)
        return matMul<double>(ctx);
    if (ctx.input(0).dataType() == DataType::Int32)
        return matMul<int32_t>(ctx);
    if (ctx.input(0).dataType() == DataType::Int64)
        return matMul<int64_t>(ctx);
    return matMul<float>(ctx);
}

Status dispatchGemm(KernelContext &ctx)
{
    if (ctx.input(0).dataType() == DataType::Double)
        return gemm<double>(ctx);
    return gemm<float>(ctx);
}

} // namespace

void registerMatMulKernels(OpRegistry &registry)
{
    registry.add("MatMul", [](const SupportQuery &q) {
        return requireAllTypes(q, {DataType::Float, DataType::Double, DataType::Int32, DataType::Int64});
    }, dispatchMatMul);
    registry.add("Gemm", [](const SupportQuery &q) { return requireAllTypes(q, floatTypes); }, dispatchGemm);
}

} // namespace fleetdeck::validation::cpu
