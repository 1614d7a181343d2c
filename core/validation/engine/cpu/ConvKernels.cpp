// Conv (groups, dilations, pads, auto_pad; 1-D to 3-D) and ConvTranspose. double sums in double;
// float through sgemm (see Sgemm.h for its error bound) or the direct depthwise kernel.
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/ConvGeometry.h"
#include "core/validation/engine/cpu/DepthwiseConv.h"
#include "core/validation/engine/cpu/OpRegistry.h"
#include "core/validation/engine/cpu/Sgemm.h"

#include <algorithm>
#include <cstring>
#include <type_traits>
#include <vector>

namespace fleetdeck::validation::cpu {

namespace {

// Input offset of each (kernel position, output position) pair, -1 in padding: the im2col
// table of one channel, reused for every channel and image.
std::vector<int64_t> im2colOffsets(const ConvGeometry &g)
{
    const std::size_t rank = g.rank();
    const int64_t kernelSize = g.kernelSize();
    const int64_t outSize = g.outputSize();
    std::vector<int64_t> table(static_cast<std::size_t>(kernelSize * outSize));
    std::vector<int64_t> k(rank), o(rank);
    for (int64_t kp = 0; kp < kernelSize; ++kp) {
        for (int64_t rest = kp, d = int64_t(rank) - 1; d >= 0; --d) {
            k[std::size_t(d)] = rest % g.kernel[std::size_t(d)];
            rest /= g.kernel[std::size_t(d)];
        }
        for (int64_t op = 0; op < outSize; ++op) {
            for (int64_t rest = op, d = int64_t(rank) - 1; d >= 0; --d) {
                o[std::size_t(d)] = rest % g.output[std::size_t(d)];
                rest /= g.output[std::size_t(d)];
            }
            int64_t offset = 0;
            for (std::size_t d = 0; d < rank && offset >= 0; ++d) {
                const int64_t c = o[d] * g.strides[d] + k[d] * g.dilations[d] - g.padBegin[d];
                offset = (c < 0 || c >= g.input[d]) ? -1 : offset * g.input[d] + c;
            }
            table[std::size_t(kp * outSize + op)] = offset;
        }
    }
    return table;
}

// Fills the im2col matrix of one image and group from the offset table.
template <typename T>
void fillColumns(ThreadPool &pool, const ConvProblem &p, const std::vector<int64_t> &table, const T *image, T *columns)
{
    const int64_t outSize = p.outSize, kernelSize = p.kernelSize;
    pool.parallelFor(p.groupChannels() * kernelSize, 8, [&](int64_t begin, int64_t end) {
        for (int64_t r = begin; r < end; ++r) {
            const T *channel = image + (r / kernelSize) * p.inSize;
            const int64_t *offsets = table.data() + (r % kernelSize) * outSize;
            T *row = columns + r * outSize;
            for (int64_t op = 0; op < outSize; ++op)
                row[op] = offsets[op] >= 0 ? channel[offsets[op]] : T(0);
        }
    });
}

Expected<ConvProblem> planConv(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const Tensor &w = ctx.input(1);
    ConvProblem p;
    p.group = ctx.attributes().getInt("group", 1);
    if (x.rank() < 3 || w.rank() != x.rank() || p.group < 1)
        return ctx.fail("X " + shapeToString(x.shape()) + " and W " + shapeToString(w.shape()) + " do not fit");
    p.batch = x.dim(0);
    p.channels = x.dim(1);
    p.maps = w.dim(0);
    if (p.channels % p.group != 0 || p.maps % p.group != 0 || w.dim(1) * p.group != p.channels)
        return ctx.fail("channels " + std::to_string(p.channels) + " do not split into " + std::to_string(p.group) + " groups of W " + shapeToString(w.shape()));
    if (ctx.hasInput(2) && ctx.input(2).elementCount() != p.maps)
        return ctx.fail("bias has " + std::to_string(ctx.input(2).elementCount()) + " values for " + std::to_string(p.maps) + " maps");
    auto geometry = slidingGeometry(ctx, x.shape(), Shape(w.shape().begin() + 2, w.shape().end()), false);
    if (!geometry)
        return geometry.error();
    p.g = std::move(*geometry);
    p.outSize = p.g.outputSize();
    p.kernelSize = p.g.kernelSize();
    for (int64_t d : p.g.input)
        p.inSize *= d;
    return p;
}

// The im2col matrix of a 2-D Conv written straight into sgemm's packed-B layout, sliver by sliver: each task
// writes whole slivers (nr output positions down every row) front to back, reading the input
// rows they need; sgemm then packs nothing. Positions past the matrix are zero.
void fillPackedColumns2d(ThreadPool &pool, const ConvProblem &p, const std::vector<ColumnRange> &ranges,
                         const float *image, int64_t nr, float *packed)
{
    const ConvGeometry &g = p.g;
    const int64_t k = p.groupChannels() * p.kernelSize, n = p.outSize;
    const int64_t inH = g.input[0], inW = g.input[1], outW = g.output[1], kW = g.kernel[1], stride = g.strides[1];
    struct Segment
    {
        int64_t oh, ow0, ow1; // output row and columns [ow0, ow1) of one piece of the sliver
    };
    pool.parallelFor((n + nr - 1) / nr, 1, [&](int64_t begin, int64_t end) {
        std::vector<Segment> segments;
        for (int64_t s = begin; s < end; ++s) {
            // The sliver's positions by output row: the same for every row of the matrix.
            const int64_t j0 = s * nr, j1 = std::min(n, j0 + nr);
            segments.clear();
            for (int64_t j = j0; j < j1;) {
                const int64_t oh = j / outW, ow0 = j % outW, ow1 = std::min(outW, ow0 + (j1 - j));
                segments.push_back({oh, ow0, ow1});
                j += ow1 - ow0;
            }
            int64_t c = 0, kh = 0, kw = 0; // matrix row r = (channel, kernel row, kernel column)
            for (int64_t r = 0; r < k; ++r) {
                float *out = packed + packedBSliver(r, s, n, k, nr);
                const float *channel = image + c * p.inSize;
                const ColumnRange &range = ranges[std::size_t(kw)];
                for (const Segment &seg : segments) {
                    const int64_t ih = seg.oh * g.strides[0] + kh * g.dilations[0] - g.padBegin[0];
                    const int64_t lo = std::clamp(range.first, seg.ow0, seg.ow1), hi = std::clamp(range.last, lo, seg.ow1);
                    if (ih < 0 || ih >= inH) {
                        std::fill(out, out + (seg.ow1 - seg.ow0), 0.0f);
                    } else {
                        const float *src = channel + ih * inW;
                        std::fill(out, out + (lo - seg.ow0), 0.0f);
                        for (int64_t ow = lo; ow < hi; ++ow)
                            out[ow - seg.ow0] = src[ow * stride + range.offset];
                        std::fill(out + (hi - seg.ow0), out + (seg.ow1 - seg.ow0), 0.0f);
                    }
                    out += seg.ow1 - seg.ow0;
                }
                std::fill(out, packed + packedBSliver(r, s, n, k, nr) + nr, 0.0f);
                if (++kw == kW) {
                    kw = 0;
                    if (++kh == g.kernel[0]) {
                        kh = 0;
                        ++c;
                    }
                }
            }
        }
    });
}

// float64 sums over an im2col matrix: the double-precision path, kept simple.
void referenceConv(KernelContext &ctx, const ConvProblem &p, const std::vector<int64_t> &table, double *py)
{
    const double *px = ctx.input(0).data<double>();
    const double *pw = ctx.input(1).data<double>();
    const Tensor *bias = ctx.hasInput(2) ? &ctx.input(2) : nullptr;
    const int64_t rows = p.groupChannels() * p.kernelSize, outSize = p.outSize;
    std::vector<double> columns(static_cast<std::size_t>(rows * outSize));
    for (int64_t n = 0; n < p.batch; ++n) {
        for (int64_t gi = 0; gi < p.group; ++gi) {
            fillColumns(ctx.pool(), p, table, px + (n * p.channels + gi * p.groupChannels()) * p.inSize, columns.data());
            // One task per output map of the group: a row of W times the im2col matrix.
            ctx.pool().parallelFor(p.groupMaps(), 1, [&](int64_t begin, int64_t end) {
                std::vector<double> acc(static_cast<std::size_t>(outSize));
                for (int64_t ml = begin; ml < end; ++ml) {
                    const int64_t m = gi * p.groupMaps() + ml;
                    std::fill(acc.begin(), acc.end(), bias ? bias->valueAsDouble(m) : 0.0);
                    const double *weights = pw + m * rows;
                    for (int64_t r = 0; r < rows; ++r) {
                        const double *row = columns.data() + r * outSize;
                        for (int64_t op = 0; op < outSize; ++op)
                            acc[std::size_t(op)] += weights[r] * row[op];
                    }
                    std::copy(acc.begin(), acc.end(), py + (n * p.maps + m) * outSize);
                }
            });
        }
    }
}

// A fused residual Add and Relu/Clip on the float64 path, in the order the separate nodes
// would have computed them (the sum rounded once to double, as Add would).
void finishReference(ThreadPool &pool, const FusedEpilogue &tail, int64_t count, double *py)
{
    const double *residual = tail.residual ? tail.residual->data<double>() : nullptr;
    const double low = tail.minValue, high = tail.maxValue;
    pool.parallelFor(count, 1 << 16, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            const double v = residual ? py[i] + residual[i] : py[i];
            py[i] = std::min(std::max(v, low), high);
        }
    });
}

// float: W (maps x channels*kernel) times the im2col matrix through sgemm, the bias and what the
// engine fused (residual, clamp) in its epilogue. A 1x1 kernel with unit strides and no padding
// multiplies the input in place. tail: rowBias per map, residual (if any) over the whole output.
void gemmConv(KernelContext &ctx, const ConvProblem &p, const GemmEpilogue &tail, float *py)
{
    const float *px = ctx.input(0).data<float>();
    const float *pw = ctx.input(1).data<float>();
    const int64_t rows = p.groupChannels() * p.kernelSize;
    bool direct = p.kernelSize == 1 && p.inSize == p.outSize;
    for (std::size_t d = 0; d < p.g.rank(); ++d)
        direct = direct && p.g.strides[d] == 1 && p.g.padBegin[d] == 0;
    // With no input channels sgemmPackedB would write nothing; plain sgemm stores bias-only rows.
    const bool planar = p.g.rank() == 2 && rows > 0;
    const std::vector<int64_t> table = direct || planar ? std::vector<int64_t>{} : im2colOffsets(p.g);
    const std::vector<ColumnRange> ranges = planar ? columnRanges(p.g) : std::vector<ColumnRange>{};
    // Kept per thread between calls: a fresh buffer of megabytes per Conv costs page faults.
    // 2-D: the im2col matrix in sgemm's packed layout; other ranks: plain row-major.
    const int64_t nr = gemmPanelWidth();
    thread_local std::vector<float> columns;
    const auto needed = static_cast<std::size_t>(planar ? packedBSize(p.outSize, rows, nr) : rows * p.outSize);
    if (!direct && columns.size() < needed)
        columns.resize(needed);
    for (int64_t n = 0; n < p.batch; ++n) {
        for (int64_t gi = 0; gi < p.group; ++gi) {
            const float *image = px + (n * p.channels + gi * p.groupChannels()) * p.inSize;
            const MatrixView weights{pw + gi * p.groupMaps() * rows, rows, 1};
            float *out = py + (n * p.maps + gi * p.groupMaps()) * p.outSize;
            const int64_t firstRow = n * p.maps + gi * p.groupMaps();
            GemmEpilogue epilogue = tail;
            epilogue.rowBias = tail.rowBias ? tail.rowBias + gi * p.groupMaps() : nullptr;
            epilogue.residual = tail.residual ? tail.residual + firstRow * p.outSize : nullptr;
            epilogue.residualStride = p.outSize;
            if (!direct && planar) {
                fillPackedColumns2d(ctx.pool(), p, ranges, image, nr, columns.data());
                sgemmPackedB(ctx.pool(), p.groupMaps(), p.outSize, rows, weights, columns.data(), out, p.outSize, epilogue);
                continue;
            }
            if (!direct)
                fillColumns(ctx.pool(), p, table, image, columns.data());
            sgemm(ctx.pool(), p.groupMaps(), p.outSize, rows, weights, MatrixView{direct ? image : columns.data(), p.outSize, 1},
                  out, p.outSize, epilogue);
        }
    }
}

template <typename T>
Status conv(KernelContext &ctx)
{
    auto problem = planConv(ctx);
    if (!problem)
        return problem.error();
    const ConvProblem &p = *problem;
    Shape outShape{p.batch, p.maps};
    outShape.insert(outShape.end(), p.g.output.begin(), p.g.output.end());
    const DataType type = ctx.input(0).dataType();
    const FusedEpilogue *fused = ctx.takeEpilogue(outShape, type);
    // Every path below writes every element.
    auto out = ctx.allocateForOverwrite(0, type, outShape);
    if (!out)
        return out.error();
    // The im2col matrix of one image and group: rows (channel, kernel position), columns output
    // positions, zeros where the window lies in padding. Bounded by the tensor limit.
    if (p.groupChannels() * p.kernelSize * p.outSize > (int64_t(1) << 31))
        return ctx.fail("im2col buffer too large");
    T *py = out.value()->template data<T>();
    if constexpr (std::is_same_v<T, double>) {
        referenceConv(ctx, p, im2colOffsets(p.g), py);
        if (fused)
            finishReference(ctx.pool(), *fused, out.value()->elementCount(), py);
    } else {
        std::vector<float> bias;
        if (ctx.hasInput(2)) {
            for (int64_t m = 0; m < p.maps; ++m)
                bias.push_back(static_cast<float>(ctx.input(2).valueAsDouble(m)));
        }
        GemmEpilogue tail;
        tail.rowBias = bias.empty() ? nullptr : bias.data();
        if (fused) {
            tail.residual = fused->residual ? fused->residual->data<float>() : nullptr;
            tail.minValue = fused->minValue;
            tail.maxValue = fused->maxValue;
        }
        if (p.groupChannels() == 1 && p.g.rank() == 2)
            depthwiseConv2d(ctx.pool(), p, ctx.input(0).data<float>(), ctx.input(1).data<float>(), tail, py);
        else
            gemmConv(ctx, p, tail, py);
    }
    return {};
}

Status dispatchConv(KernelContext &ctx)
{
    return ctx.input(0).dataType() == DataType::Double ? conv<double>(ctx) : conv<float>(ctx);
}

} // namespace

Status runConvTranspose(KernelContext &ctx);

void registerConvKernels(OpRegistry &registry)
{
    const auto floats = [](const SupportQuery &q) { return requireAllTypes(q, floatTypes); };
    registry.add("Conv", floats, dispatchConv);
    registry.add("ConvTranspose", floats, runConvTranspose);
}

} // namespace fleetdeck::validation::cpu
