// Depthwise Conv as a direct sliding window. Each output row accumulates its window's terms in
// float32, kernel position by kernel position: at most kH*kW terms per sum (9 for MobileNet), so
// the rounding error stays below (kH*kW + 1) * 2^-24 of the sum of |terms|, whether or not the
// AVX-512 version fuses the multiply-adds.
#include "core/validation/engine/cpu/DepthwiseConv.h"

#include "core/validation/engine/cpu/SimdClones.h"

#include <algorithm>

namespace fleetdeck::validation::cpu {

namespace {

// One output plane: per output row, the window's terms added kernel position by kernel position.
FLEETDECK_SIMD_CLONES void depthwisePlane(const ConvGeometry &g, const ColumnRange *ranges, const float *in,
                                          const float *kernel, float init, float *out)
{
    const int64_t inH = g.input[0], inW = g.input[1], outH = g.output[0], outW = g.output[1];
    const int64_t kH = g.kernel[0], kW = g.kernel[1], stride = g.strides[1];
    for (int64_t oh = 0; oh < outH; ++oh) {
        float *row = out + oh * outW;
        std::fill(row, row + outW, init);
        for (int64_t kh = 0; kh < kH; ++kh) {
            const int64_t ih = oh * g.strides[0] + kh * g.dilations[0] - g.padBegin[0];
            if (ih < 0 || ih >= inH)
                continue;
            const float *inRow = in + ih * inW;
            for (int64_t kw = 0; kw < kW; ++kw) {
                const float weight = kernel[kh * kW + kw];
                const ColumnRange &r = ranges[kw];
                if (stride == 1) {
                    for (int64_t ow = r.first; ow < r.last; ++ow)
                        row[ow] += weight * inRow[ow + r.offset];
                } else {
                    for (int64_t ow = r.first; ow < r.last; ++ow)
                        row[ow] += weight * inRow[ow * stride + r.offset];
                }
            }
        }
    }
}

} // namespace

void depthwiseConv2d(ThreadPool &pool, const ConvProblem &p, const float *x, const float *w,
                     const std::vector<float> &bias, float *y)
{
    const std::vector<ColumnRange> ranges = columnRanges(p.g);
    const int64_t kernelSize = p.g.kernel[0] * p.g.kernel[1];
    pool.parallelFor(p.batch * p.maps, 1, [&](int64_t begin, int64_t end) {
        for (int64_t plane = begin; plane < end; ++plane) {
            const int64_t n = plane / p.maps, m = plane % p.maps;
            // One input channel per group: map m reads channel m / (maps per group).
            depthwisePlane(p.g, ranges.data(), x + (n * p.channels + m / p.groupMaps()) * p.inSize, w + m * kernelSize,
                           bias.empty() ? 0.0f : bias[std::size_t(m)], y + plane * p.outSize);
        }
    });
}

} // namespace fleetdeck::validation::cpu
