// Conv (groups, dilations, pads, auto_pad; 1-D to 3-D) and ConvTranspose. Sums in double.
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/ConvGeometry.h"
#include "core/validation/engine/cpu/OpRegistry.h"

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

template <typename T>
Status conv(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const Tensor &w = ctx.input(1);
    const int64_t group = ctx.attributes().getInt("group", 1);
    if (x.rank() < 3 || w.rank() != x.rank() || group < 1)
        return ctx.fail("X " + shapeToString(x.shape()) + " and W " + shapeToString(w.shape()) + " do not fit");
    const int64_t batch = x.dim(0), channels = x.dim(1), maps = w.dim(0);
    if (channels % group != 0 || maps % group != 0 || w.dim(1) * group != channels)
        return ctx.fail("channels " + std::to_string(channels) + " do not split into " + std::to_string(group) + " groups of W " + shapeToString(w.shape()));
    const Tensor *bias = ctx.hasInput(2) ? &ctx.input(2) : nullptr;
    if (bias && bias->elementCount() != maps)
        return ctx.fail("bias has " + std::to_string(bias->elementCount()) + " values for " + std::to_string(maps) + " maps");
    auto geometry = slidingGeometry(ctx, x.shape(), Shape(w.shape().begin() + 2, w.shape().end()), false);
    if (!geometry)
        return geometry.error();
    const ConvGeometry &g = *geometry;
    Shape outShape{batch, maps};
    outShape.insert(outShape.end(), g.output.begin(), g.output.end());
    auto out = ctx.allocate(0, x.dataType(), outShape);
    if (!out)
        return out.error();
    const std::vector<int64_t> table = im2colOffsets(g);
    const int64_t kernelSize = g.kernelSize(), outSize = g.outputSize();
    int64_t inSize = 1;
    for (int64_t d : g.input)
        inSize *= d;
    const int64_t groupChannels = channels / group, groupMaps = maps / group;
    const int64_t rows = groupChannels * kernelSize;
    // The im2col matrix of one image and group: rows (channel, kernel position), columns output
    // positions, zeros where the window lies in padding. Bounded by the tensor limit.
    if (rows * outSize > (int64_t(1) << 31))
        return ctx.fail("im2col buffer too large");
    std::vector<T> columns(static_cast<std::size_t>(rows * outSize));
    const T *px = x.data<T>();
    const T *pw = w.data<T>();
    T *py = out.value()->template data<T>();
    for (int64_t n = 0; n < batch; ++n) {
        for (int64_t gi = 0; gi < group; ++gi) {
            ctx.pool().parallelFor(rows, 8, [&](int64_t begin, int64_t end) {
                for (int64_t r = begin; r < end; ++r) {
                    const T *channel = px + (n * channels + gi * groupChannels + r / kernelSize) * inSize;
                    const int64_t *offsets = table.data() + (r % kernelSize) * outSize;
                    T *row = columns.data() + r * outSize;
                    for (int64_t op = 0; op < outSize; ++op)
                        row[op] = offsets[op] >= 0 ? channel[offsets[op]] : T(0);
                }
            });
            // One task per output map of the group: a row of W times the im2col matrix.
            ctx.pool().parallelFor(groupMaps, 1, [&](int64_t begin, int64_t end) {
                std::vector<double> acc(static_cast<std::size_t>(outSize));
                for (int64_t ml = begin; ml < end; ++ml) {
                    const int64_t m = gi * groupMaps + ml;
                    std::fill(acc.begin(), acc.end(), bias ? bias->valueAsDouble(m) : 0.0);
                    const T *weights = pw + m * rows;
                    for (int64_t r = 0; r < rows; ++r) {
                        const double weight = static_cast<double>(weights[r]);
                        const T *row = columns.data() + r * outSize;
                        for (int64_t op = 0; op < outSize; ++op)
                            acc[std::size_t(op)] += weight * static_cast<double>(row[op]);
                    }
                    for (int64_t op = 0; op < outSize; ++op)
                        py[(n * maps + m) * outSize + op] = static_cast<T>(acc[std::size_t(op)]);
                }
            });
        }
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
