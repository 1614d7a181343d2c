// MaxPool, AveragePool, GlobalAveragePool, GlobalMaxPool.
#include "core/validation/engine/cpu/ConvGeometry.h"
#include "core/validation/engine/cpu/OpRegistry.h"
#include "core/validation/engine/cpu/SaturatingCast.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fleetdeck::validation::cpu {

namespace {

// 2-D float MaxPool row by row over the valid column ranges (ResNet's stem pool): the same
// result as the general loop (a NaN in the window wins, an all-padding window gives -inf).
void maxPool2d(ThreadPool &pool, const ConvGeometry &g, int64_t planes, const float *x, float *y)
{
    const int64_t inH = g.input[0], inW = g.input[1], outH = g.output[0], outW = g.output[1];
    const int64_t stride = g.strides[1];
    const std::vector<ColumnRange> ranges = columnRanges(g);
    pool.parallelFor(planes, 1, [&](int64_t begin, int64_t end) {
        for (int64_t plane = begin; plane < end; ++plane) {
            for (int64_t oh = 0; oh < outH; ++oh) {
                float *row = y + (plane * outH + oh) * outW;
                std::fill(row, row + outW, -std::numeric_limits<float>::infinity());
                for (int64_t kh = 0; kh < g.kernel[0]; ++kh) {
                    const int64_t ih = oh * g.strides[0] + kh * g.dilations[0] - g.padBegin[0];
                    if (ih < 0 || ih >= inH)
                        continue;
                    const float *src = x + (plane * inH + ih) * inW;
                    for (const ColumnRange &r : ranges) {
                        for (int64_t ow = r.first; ow < r.last; ++ow) {
                            const float v = src[ow * stride + r.offset];
                            row[ow] = std::isnan(v) ? v : (row[ow] < v ? v : row[ow]);
                        }
                    }
                }
            }
        }
    });
}

Status runPool(KernelContext &ctx, bool max)
{
    const Tensor &x = ctx.input(0);
    const std::vector<int64_t> kernel = ctx.attributes().getInts("kernel_shape");
    auto geometry = slidingGeometry(ctx, x.shape(), kernel, ctx.attributes().getInt("ceil_mode", 0) != 0);
    if (!geometry)
        return geometry.error();
    const ConvGeometry &g = *geometry;
    const bool includePad = ctx.attributes().getInt("count_include_pad", 0) != 0;
    Shape outShape{x.dim(0), x.dim(1)};
    outShape.insert(outShape.end(), g.output.begin(), g.output.end());
    auto out = ctx.allocate(0, x.dataType(), outShape);
    if (!out)
        return out.error();
    const std::size_t rank = g.rank();
    if (max && rank == 2 && x.dataType() == DataType::Float) {
        maxPool2d(ctx.pool(), g, x.dim(0) * x.dim(1), x.data<float>(), out.value()->template data<float>());
        return {};
    }
    int64_t inSize = 1;
    for (int64_t d : g.input)
        inSize *= d;
    const int64_t outSize = g.outputSize(), kernelSize = g.kernelSize();
    visitArithmeticType(x.dataType(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *px = x.data<T>();
        T *py = out.value()->template data<T>();
        ctx.pool().parallelFor(x.dim(0) * x.dim(1), 1, [&](int64_t begin, int64_t end) {
            std::vector<int64_t> o(rank), k(rank);
            for (int64_t plane = begin; plane < end; ++plane) {
                for (int64_t op = 0; op < outSize; ++op) {
                    for (int64_t rest = op, d = int64_t(rank) - 1; d >= 0; --d) {
                        o[std::size_t(d)] = rest % g.output[std::size_t(d)];
                        rest /= g.output[std::size_t(d)];
                    }
                    double best = -std::numeric_limits<double>::infinity();
                    double sum = 0;
                    int64_t valid = 0, padded = 0;
                    for (int64_t kp = 0; kp < kernelSize; ++kp) {
                        int64_t offset = 0;
                        bool inPadArea = true;
                        for (int64_t rest = kp, d = int64_t(rank) - 1; d >= 0; --d) {
                            k[std::size_t(d)] = rest % g.kernel[std::size_t(d)];
                            rest /= g.kernel[std::size_t(d)];
                        }
                        for (std::size_t d = 0; d < rank; ++d) {
                            const int64_t c = o[d] * g.strides[d] + k[d] * g.dilations[d] - g.padBegin[d];
                            inPadArea = inPadArea && c >= -g.padBegin[d] && c < g.input[d] + g.padEnd[d];
                            offset = (offset < 0 || c < 0 || c >= g.input[d]) ? -1 : offset * g.input[d] + c;
                        }
                        padded += inPadArea;
                        if (offset < 0)
                            continue;
                        const double v = static_cast<double>(px[plane * inSize + offset]);
                        best = std::isnan(v) ? v : std::max(best, v);
                        sum += v;
                        ++valid;
                    }
                    const double result = max ? best : sum / double(includePad ? padded : std::max<int64_t>(valid, 1));
                    py[plane * outSize + op] = saturatingCast<T>(result);
                }
            }
        });
    });
    return {};
}

Status runGlobalPool(KernelContext &ctx, bool max)
{
    const Tensor &x = ctx.input(0);
    if (x.rank() < 3)
        return ctx.fail("input " + shapeToString(x.shape()) + " has no spatial axes");
    Shape outShape(x.shape().size(), 1);
    outShape[0] = x.dim(0);
    outShape[1] = x.dim(1);
    auto out = ctx.allocate(0, x.dataType(), outShape);
    if (!out)
        return out.error();
    const int64_t planes = x.dim(0) * x.dim(1);
    const int64_t size = planes == 0 ? 0 : x.elementCount() / planes;
    visitArithmeticType(x.dataType(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *px = x.data<T>();
        T *py = out.value()->template data<T>();
        for (int64_t p = 0; p < planes; ++p) {
            double acc = max ? -std::numeric_limits<double>::infinity() : 0.0;
            for (int64_t i = 0; i < size; ++i) {
                const double v = static_cast<double>(px[p * size + i]);
                acc = max ? std::max(acc, v) : acc + v;
            }
            py[p] = static_cast<T>(max ? acc : acc / double(std::max<int64_t>(size, 1)));
        }
    });
    return {};
}

} // namespace

void registerPoolKernels(OpRegistry &registry)
{
    registry.add("MaxPool", [](const SupportQuery &q) -> std::optional<UnsupportedReason> {
        if (q.hasOutput(1))
            return UnsupportedReason{UnsupportedKind::InputForm, "Indices output"};
        if (q.attributes.getInt("storage_order", 0) != 0)
            return UnsupportedReason{UnsupportedKind::AttributeValue, "storage_order=1"};
        return requireTypes(q, 0, {DataType::Float, DataType::Double, DataType::Int8, DataType::Uint8});
    }, [](KernelContext &ctx) { return runPool(ctx, true); });
    registry.add("AveragePool", [](const SupportQuery &q) { return requireTypes(q, 0, floatTypes); },
                 [](KernelContext &ctx) { return runPool(ctx, false); });
    registry.add("GlobalAveragePool", [](const SupportQuery &q) { return requireTypes(q, 0, floatTypes); },
                 [](KernelContext &ctx) { return runGlobalPool(ctx, false); });
    registry.add("GlobalMaxPool", [](const SupportQuery &q) { return requireTypes(q, 0, floatTypes); },
                 [](KernelContext &ctx) { return runGlobalPool(ctx, true); });
}

} // namespace fleetdeck::validation::cpu
