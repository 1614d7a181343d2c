#include "core/validation/engine/cpu/ConvGeometry.h"

#include <algorithm>

namespace fleetdeck::validation::cpu {

int64_t ConvGeometry::outputSize() const
{
    int64_t size = 1;
    for (int64_t d : output)
        size *= d;
    return size;
}

int64_t ConvGeometry::kernelSize() const
{
    int64_t size = 1;
    for (int64_t d : kernel)
        size *= d;
    return size;
}

std::vector<ColumnRange> columnRanges(const ConvGeometry &g)
{
    const int64_t inW = g.input[1], outW = g.output[1], stride = g.strides[1];
    std::vector<ColumnRange> ranges;
    for (int64_t kw = 0; kw < g.kernel[1]; ++kw) {
        const int64_t offset = kw * g.dilations[1] - g.padBegin[1];
        const int64_t first = offset >= 0 ? 0 : (-offset + stride - 1) / stride;
        const int64_t last = inW - 1 - offset < 0 ? 0 : std::min(outW, (inW - 1 - offset) / stride + 1);
        ranges.push_back({offset, std::min(first, last), last});
    }
    return ranges;
}

Expected<ConvGeometry> slidingGeometry(const KernelContext &ctx, const Shape &inputShape,
                                       std::vector<int64_t> kernel, bool ceilMode)
{
    if (inputShape.size() < 3)
        return ctx.fail("input " + shapeToString(inputShape) + " has no spatial axes");
    ConvGeometry g;
    g.input.assign(inputShape.begin() + 2, inputShape.end());
    const std::size_t rank = g.input.size();
    g.kernel = std::move(kernel);
    const AttributeReader &a = ctx.attributes();
    g.strides = a.getInts("strides", std::vector<int64_t>(rank, 1));
    g.dilations = a.getInts("dilations", std::vector<int64_t>(rank, 1));
    std::vector<int64_t> pads = a.getInts("pads", std::vector<int64_t>(2 * rank, 0));
    if (g.kernel.size() != rank || g.strides.size() != rank || g.dilations.size() != rank || pads.size() != 2 * rank)
        return ctx.fail("kernel, strides, dilations or pads do not match " + std::to_string(rank) + " spatial axes");
    const std::string autoPad = a.getString("auto_pad", "NOTSET");
    for (std::size_t d = 0; d < rank; ++d) {
        if (g.strides[d] < 1 || g.dilations[d] < 1 || g.kernel[d] < 1 || pads[d] < 0 || pads[d + rank] < 0)
            return ctx.fail("strides, dilations and kernel must be positive, pads not negative");
        const int64_t span = g.dilations[d] * (g.kernel[d] - 1) + 1;
        const int64_t in = g.input[d];
        int64_t begin = pads[d];
        int64_t end = pads[d + rank];
        int64_t out = 0;
        if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
            out = (in + g.strides[d] - 1) / g.strides[d];
            const int64_t total = std::max<int64_t>(0, (out - 1) * g.strides[d] + span - in);
            begin = autoPad == "SAME_UPPER" ? total / 2 : total - total / 2;
            end = total - begin;
        } else {
            if (autoPad == "VALID")
                begin = end = 0;
            const int64_t room = in + begin + end - span;
            if (room < 0)
                return ctx.fail("kernel larger than the padded input");
            out = (ceilMode ? (room + g.strides[d] - 1) / g.strides[d] : room / g.strides[d]) + 1;
            // With ceil_mode the last window must still start inside the input or its left pad.
            if (ceilMode && (out - 1) * g.strides[d] >= in + begin)
                --out;
        }
        g.padBegin.push_back(begin);
        g.padEnd.push_back(end);
        g.output.push_back(out);
    }
    return g;
}

} // namespace fleetdeck::validation::cpu
