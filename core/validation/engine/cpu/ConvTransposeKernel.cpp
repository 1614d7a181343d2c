// ConvTranspose: every input pixel scatters its kernel-weighted value into the output.
#include "core/validation/engine/cpu/OpRegistry.h"

#include <vector>

namespace fleetdeck::validation::cpu {

namespace {

struct TransposeGeometry
{
    std::vector<int64_t> input, kernel, strides, dilations, padBegin, output;
};

Expected<TransposeGeometry> transposeGeometry(const KernelContext &ctx, const Tensor &x, const Tensor &w)
{
    const AttributeReader &a = ctx.attributes();
    const std::size_t rank = static_cast<std::size_t>(x.rank() - 2);
    TransposeGeometry g;
    g.input.assign(x.shape().begin() + 2, x.shape().end());
    g.kernel = a.getInts("kernel_shape", Shape(w.shape().begin() + 2, w.shape().end()));
    g.strides = a.getInts("strides", std::vector<int64_t>(rank, 1));
    g.dilations = a.getInts("dilations", std::vector<int64_t>(rank, 1));
    std::vector<int64_t> pads = a.getInts("pads", std::vector<int64_t>(2 * rank, 0));
    const std::vector<int64_t> outputPadding = a.getInts("output_padding", std::vector<int64_t>(rank, 0));
    const std::vector<int64_t> outputShape = a.getInts("output_shape");
    const std::string autoPad = a.getString("auto_pad", "NOTSET");
    if (g.kernel.size() != rank || g.strides.size() != rank || g.dilations.size() != rank || pads.size() != 2 * rank
        || outputPadding.size() != rank || (!outputShape.empty() && outputShape.size() != rank))
        return ctx.fail("attributes do not match " + std::to_string(rank) + " spatial axes");
    for (std::size_t d = 0; d < rank; ++d) {
        if (g.strides[d] < 1 || g.dilations[d] < 1 || g.kernel[d] < 1)
            return ctx.fail("strides, dilations and kernel must be positive");
        const int64_t span = (g.kernel[d] - 1) * g.dilations[d] + 1;
        const int64_t full = g.strides[d] * (g.input[d] - 1) + outputPadding[d] + span;
        int64_t begin = pads[d];
        int64_t out = full - pads[d] - pads[d + rank];
        const bool same = autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER";
        if (!outputShape.empty() || same) {
            out = outputShape.empty() ? g.input[d] * g.strides[d] : outputShape[d];
            const int64_t total = full - out;
            // SAME_LOWER puts the odd pad at the head, anything else at the tail; a negative
            // total (output_shape beyond the full size) grows the tail. The test data agree.
            begin = (autoPad == "SAME_LOWER") ? total - total / 2 : total / 2;
        }
        if (out < 0)
            return ctx.fail("negative output size");
        g.padBegin.push_back(begin);
        g.output.push_back(out);
    }
    return g;
}

template <typename T>
Status convTranspose(KernelContext &ctx)
{
    const Tensor &x = ctx.input(0);
    const Tensor &w = ctx.input(1);
    const int64_t group = ctx.attributes().getInt("group", 1);
    if (x.rank() < 3 || w.rank() != x.rank() || group < 1 || x.dim(1) != w.dim(0) || x.dim(1) % group != 0)
        return ctx.fail("X " + shapeToString(x.shape()) + " and W " + shapeToString(w.shape()) + " do not fit");
    auto geometry = transposeGeometry(ctx, x, w);
    if (!geometry)
        return geometry.error();
    const TransposeGeometry &g = *geometry;
    const int64_t batch = x.dim(0), channels = x.dim(1), groupMaps = w.dim(1), maps = groupMaps * group;
    const int64_t groupChannels = channels / group;
    const Tensor *bias = ctx.hasInput(2) ? &ctx.input(2) : nullptr;
    if (bias && bias->elementCount() != maps)
        return ctx.fail("bias size differs from the output maps");
    Shape outShape{batch, maps};
    outShape.insert(outShape.end(), g.output.begin(), g.output.end());
    auto out = ctx.allocate(0, x.dataType(), outShape);
    if (!out)
        return out.error();
    const std::size_t rank = g.input.size();
    int64_t inSize = 1, outSize = 1, kernelSize = 1;
    for (std::size_t d = 0; d < rank; ++d) {
        inSize *= g.input[d];
        outSize *= g.output[d];
        kernelSize *= w.dim(int64_t(d) + 2);
    }
    const T *px = x.data<T>();
    const T *pw = w.data<T>();
    T *py = out.value()->template data<T>();
    ctx.pool().parallelFor(batch * maps, 1, [&](int64_t begin, int64_t end) {
        std::vector<double> acc(static_cast<std::size_t>(outSize));
        std::vector<int64_t> i(rank), k(rank);
        for (int64_t task = begin; task < end; ++task) {
            const int64_t n = task / maps, m = task % maps, gi = m / groupMaps, ml = m % groupMaps;
            std::fill(acc.begin(), acc.end(), bias ? bias->valueAsDouble(m) : 0.0);
            for (int64_t c = gi * groupChannels; c < (gi + 1) * groupChannels; ++c) {
                for (int64_t ip = 0; ip < inSize; ++ip) {
                    const double value = static_cast<double>(px[(n * channels + c) * inSize + ip]);
                    for (int64_t rest = ip, d = int64_t(rank) - 1; d >= 0; --d) {
                        i[std::size_t(d)] = rest % g.input[std::size_t(d)];
                        rest /= g.input[std::size_t(d)];
                    }
                    for (int64_t kp = 0; kp < kernelSize; ++kp) {
                        int64_t offset = 0;
                        for (int64_t rest = kp, d = int64_t(rank) - 1; d >= 0; --d) {
                            k[std::size_t(d)] = rest % w.dim(d + 2);
                            rest /= w.dim(d + 2);
                        }
                        for (std::size_t d = 0; d < rank && offset >= 0; ++d) {
                            const int64_t o = i[d] * g.strides[d] + k[d] * g.dilations[d] - g.padBegin[d];
                            offset = (o < 0 || o >= g.output[d]) ? -1 : offset * g.output[d] + o;
                        }
                        if (offset >= 0)
                            acc[std::size_t(offset)] += value * static_cast<double>(pw[((c * groupMaps) + ml) * kernelSize + kp]);
                    }
                }
            }
            for (int64_t op = 0; op < outSize; ++op)
                py[(n * maps + m) * outSize + op] = static_cast<T>(acc[std::size_t(op)]);
        }
    });
    return {};
}

} // namespace

Status runConvTranspose(KernelContext &ctx)
{
    return ctx.input(0).dataType() == DataType::Double ? convTranspose<double>(ctx) : convTranspose<float>(ctx);
}

} // namespace fleetdeck::validation::cpu
