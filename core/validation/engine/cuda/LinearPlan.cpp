#include "core/validation/engine/cuda/LinearPlan.h"

#include "core/validation/engine/ThreadPool.h"

namespace fleetdeck::validation::cuda {

namespace {

EngineError planError(const Node &node, int64_t opset, std::string detail)
{
    EngineError error = makeError(ErrorCode::KernelFailed, std::move(detail));
    error.opType = node.opType;
    error.nodeName = node.name;
    error.opset = opset;
    return error;
}

// The CPU engine's slidingGeometry reads a KernelContext for its attributes and messages only;
// it never touches the pool or the inputs.
Expected<cpu::ConvGeometry> convGeometry(const Node &node, int64_t opset, const Shape &x, const Shape &w)
{
    static ThreadPool unused(1);
    const cpu::KernelContext context(node, opset, {}, unused, INT64_MAX);
    return cpu::slidingGeometry(context, x, std::vector<int64_t>(w.begin() + 2, w.end()), false);
}

// The GPU's limits on a product: cuBLAS takes int sizes and leading dimensions.
bool fitsBlas(std::initializer_list<int64_t> values)
{
    return std::all_of(values.begin(), values.end(), fitsBlasInt);
}

ConvAxes axesOf(const std::vector<int64_t> &in, const std::vector<int64_t> &out, const std::vector<int64_t> &kernel,
                const std::vector<int64_t> &strides, const std::vector<int64_t> &dilations,
                const std::vector<int64_t> &padBegin)
{
    ConvAxes a;
    a.rank = static_cast<int>(in.size());
    for (std::size_t d = 0; d < in.size(); ++d) {
        a.in[d] = in[d];
        a.out[d] = out[d];
        a.kernel[d] = kernel[d];
        a.stride[d] = strides[d];
        a.dilation[d] = dilations[d];
        a.padBegin[d] = padBegin[d];
    }
    return a;
}

std::string spatialLimit(std::size_t rank)
{
    return std::to_string(rank) + " spatial axes: the CUDA engine handles 1 to " + std::to_string(kMaxConvAxes);
}

} // namespace

Expected<ConvPlan> planConv(const Node &node, int64_t opset, const Shape &x, const Shape &w, int64_t biasCount,
                            int64_t budgetBytes)
{
    // The CPU engine's planConv, check for check.
    ConvPlan p;
    p.group = cpu::AttributeReader(node).getInt("group", 1);
    if (x.size() < 3 || w.size() != x.size() || p.group < 1)
        return planError(node, opset, "X " + shapeToString(x) + " and W " + shapeToString(w) + " do not fit");
    p.batch = x[0];
    p.channels = x[1];
    p.maps = w[0];
    if (p.channels % p.group != 0 || p.maps % p.group != 0 || w[1] * p.group != p.channels)
        return planError(node, opset, "channels " + std::to_string(p.channels) + " do not split into "
            + std::to_string(p.group) + " groups of W " + shapeToString(w));
    if (biasCount >= 0 && biasCount != p.maps)
        return planError(node, opset, "bias has " + std::to_string(biasCount) + " values for " + std::to_string(p.maps) + " maps");
    auto geometry = convGeometry(node, opset, x, w);
    if (!geometry)
        return geometry.error();
    const cpu::ConvGeometry &g = *geometry;
    if (g.rank() > std::size_t(kMaxConvAxes))
        return planError(node, opset, spatialLimit(g.rank()));
    p.axes = axesOf(g.input, g.output, g.kernel, g.strides, g.dilations, g.padBegin);
    p.output = {p.batch, p.maps};
    p.output.insert(p.output.end(), g.output.begin(), g.output.end());
    const int64_t outSize = p.axes.outSize(), inSize = p.axes.inSize(), kernelSize = p.axes.kernelSize();
    if (p.rows() * outSize > (int64_t(1) << 31))
        return planError(node, opset, "im2col buffer too large");

    bool pointwise = kernelSize == 1 && inSize == outSize;
    for (int d = 0; d < p.axes.rank; ++d)
        pointwise = pointwise && p.axes.stride[d] == 1 && p.axes.padBegin[d] == 0;
    if (p.groupChannels() == 1 && p.axes.rank == 2)
        p.path = ConvPath::Depthwise2d;
    else if (pointwise)
        p.path = ConvPath::Pointwise;
    else
        p.path = ConvPath::Columns;
    if (p.path == ConvPath::Depthwise2d || p.batch == 0 || p.maps == 0 || outSize == 0)
        return p;

    if (!fitsBlas({p.groupMaps(), outSize, p.rows(), p.batch, p.group}))
        return planError(node, opset, "a product of " + std::to_string(p.groupMaps()) + " x " + std::to_string(p.rows())
            + " by " + std::to_string(p.rows()) + " x " + std::to_string(outSize) + " is too large for cuBLAS");
    // Both paths multiply W's group rows by a [rows, outSize] matrix per (image, group): the
    // columns in the workspace, or X itself (rows = channels per group, outSize = inSize).
    p.columnsPerImage = p.channels * kernelSize * outSize;
    const GroupStrides strides{p.groupMaps() * p.rows(), p.columnsPerImage, p.rows() * outSize, p.maps * outSize,
                               p.groupMaps() * outSize};
    p.chunks = p.path == ConvPath::Columns ? imageChunks(p.batch, p.columnsPerImage, budgetBytes)
                                           : std::vector<ImageChunk>{{0, p.batch, {}}};
    for (ImageChunk &chunk : p.chunks) {
        chunk.gemms = groupedBatches(chunk.count, p.group, strides);
        if (p.path == ConvPath::Columns)
            p.workspaceBytes = std::max(p.workspaceBytes, chunk.count * p.columnsPerImage * int64_t(sizeof(float)));
    }
    return p;
}

Expected<ConvTransposePlan> planConvTranspose(const Node &node, int64_t opset, const Shape &x, const Shape &w,
                                              int64_t biasCount, int64_t budgetBytes)
{
    // The CPU engine's convTranspose and transposeGeometry, check for check.
    const cpu::AttributeReader a(node);
    ConvTransposePlan p;
    p.group = a.getInt("group", 1);
    if (x.size() < 3 || w.size() != x.size() || p.group < 1 || x[1] != w[0] || x[1] % p.group != 0)
        return planError(node, opset, "X " + shapeToString(x) + " and W " + shapeToString(w) + " do not fit");
    const std::size_t rank = x.size() - 2;
    const std::vector<int64_t> input(x.begin() + 2, x.end());
    const std::vector<int64_t> weights(w.begin() + 2, w.end());
    const std::vector<int64_t> kernel = a.getInts("kernel_shape", weights);
    const std::vector<int64_t> strides = a.getInts("strides", std::vector<int64_t>(rank, 1));
    const std::vector<int64_t> dilations = a.getInts("dilations", std::vector<int64_t>(rank, 1));
    const std::vector<int64_t> pads = a.getInts("pads", std::vector<int64_t>(2 * rank, 0));
    const std::vector<int64_t> outputPadding = a.getInts("output_padding", std::vector<int64_t>(rank, 0));
    const std::vector<int64_t> outputShape = a.getInts("output_shape");
    const std::string autoPad = a.getString("auto_pad", "NOTSET");
    if (kernel.size() != rank || strides.size() != rank || dilations.size() != rank || pads.size() != 2 * rank
        || outputPadding.size() != rank || (!outputShape.empty() && outputShape.size() != rank))
        return planError(node, opset, "attributes do not match " + std::to_string(rank) + " spatial axes");
    std::vector<int64_t> padBegin, output;
    for (std::size_t d = 0; d < rank; ++d) {
        if (strides[d] < 1 || dilations[d] < 1 || kernel[d] < 1)
            return planError(node, opset, "strides, dilations and kernel must be positive");
        const int64_t span = (kernel[d] - 1) * dilations[d] + 1;
        const int64_t full = strides[d] * (input[d] - 1) + outputPadding[d] + span;
        int64_t begin = pads[d];
        int64_t out = full - pads[d] - pads[d + rank];
        const bool same = autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER";
        if (!outputShape.empty() || same) {
            out = outputShape.empty() ? input[d] * strides[d] : outputShape[d];
            const int64_t total = full - out;
            begin = autoPad == "SAME_LOWER" ? total - total / 2 : total / 2;
        }
        if (out < 0)
            return planError(node, opset, "negative output size");
        padBegin.push_back(begin);
        output.push_back(out);
    }
    p.batch = x[0];
    p.channels = x[1];
    p.maps = w[1] * p.group;
    if (biasCount >= 0 && biasCount != p.maps)
        return planError(node, opset, "bias size differs from the output maps");
    p.output = {p.batch, p.maps};
    p.output.insert(p.output.end(), output.begin(), output.end());
    if (rank > std::size_t(kMaxConvAxes))
        return planError(node, opset, spatialLimit(rank));
    p.axes = axesOf(input, output, weights, strides, dilations, padBegin);
    const int64_t inSize = p.axes.inSize(), outSize = p.axes.outSize();
    if (p.batch == 0 || p.maps == 0 || outSize == 0)
        return p;
    if (!fitsBlas({p.rows(), inSize, p.groupChannels(), p.batch, p.group}) || p.rows() * inSize > (int64_t(1) << 31))
        return planError(node, opset, "a product of " + std::to_string(p.rows()) + " x " + std::to_string(p.groupChannels())
            + " by " + std::to_string(p.groupChannels()) + " x " + std::to_string(inSize)
            + " is too large for cuBLAS or the column buffer");
    // Per (image, group): W_g^T [rows, channels per group] times X [channels per group, inSize]
    // into the columns [rows, inSize].
    p.columnsPerImage = p.maps * p.axes.kernelSize() * inSize;
    const GroupStrides groupStrides{p.groupChannels() * p.rows(), p.channels * inSize, p.groupChannels() * inSize,
                                    p.columnsPerImage, p.rows() * inSize};
    p.chunks = imageChunks(p.batch, p.columnsPerImage, budgetBytes);
    for (ImageChunk &chunk : p.chunks) {
        chunk.gemms = groupedBatches(chunk.count, p.group, groupStrides);
        p.workspaceBytes = std::max(p.workspaceBytes, chunk.count * p.columnsPerImage * int64_t(sizeof(float)));
    }
    return p;
}

} // namespace fleetdeck::validation::cuda
