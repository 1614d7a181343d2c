// Depthwise Conv as a direct sliding window. Each output row accumulates its window's terms in
// float32, kernel position by kernel position: at most kH*kW terms per sum (9 for MobileNet), so
// the rounding error stays below (kH*kW + 1) * 2^-24 of the sum of |terms|, whether or not the
// AVX-512 version fuses the multiply-adds.
#include "core/validation/engine/cpu/DepthwiseConv.h"

#include "core/validation/engine/cpu/SimdClones.h"

#include <algorithm>

namespace fleetdeck::validation::cpu {

namespace {

// Stride 1: the plane copied into a zero-padded frame, so each kernel position becomes one flat
// loop over all outputs at a fixed offset (rows of 7 or 14 would leave vector units idle). The
// outputs are computed in the frame's row pitch and copied out. scratch: planeScratch() floats.
// Always inlined, so each instruction-set version of depthwisePlane vectorises it its own way.
[[gnu::always_inline]] inline void flatPlane(const ConvGeometry &g, const float *in, const float *kernel, float init, float *out, float *scratch)
{
    const int64_t inH = g.input[0], inW = g.input[1], outH = g.output[0], outW = g.output[1];
    const int64_t pitch = outW + (g.kernel[1] - 1) * g.dilations[1];
    const int64_t frameH = outH + (g.kernel[0] - 1) * g.dilations[0];
    float *frame = scratch, *acc = scratch + frameH * pitch;
    // Zeros only where the padding lies: the rows above and below, the columns left and right.
    const int64_t top = std::min(g.padBegin[0], frameH), left = g.padBegin[1];
    const int64_t copied = std::min(inW, pitch - left), rows = std::min(inH, frameH - top);
    std::fill(frame, frame + top * pitch, 0.0f);
    for (int64_t ih = 0; ih < rows; ++ih) {
        float *dst = frame + (ih + top) * pitch;
        std::fill(dst, dst + left, 0.0f);
        std::copy(in + ih * inW, in + ih * inW + copied, dst + left);
        std::fill(dst + left + copied, dst + pitch, 0.0f);
    }
    std::fill(frame + (top + rows) * pitch, frame + frameH * pitch, 0.0f);
    const int64_t length = (outH - 1) * pitch + outW;
    std::fill(acc, acc + length, init);
    // In chunks that stay in L1 across the kernel positions (a 112x112 plane would not).
    constexpr int64_t chunk = 2048;
    for (int64_t begin = 0; begin < length; begin += chunk) {
        const int64_t end = std::min(length, begin + chunk);
        for (int64_t kh = 0; kh < g.kernel[0]; ++kh) {
            for (int64_t kw = 0; kw < g.kernel[1]; ++kw) {
                const float weight = kernel[kh * g.kernel[1] + kw];
                const float *src = frame + kh * g.dilations[0] * pitch + kw * g.dilations[1];
                for (int64_t i = begin; i < end; ++i)
                    acc[i] += weight * src[i];
            }
        }
    }
    for (int64_t oh = 0; oh < outH; ++oh)
        std::copy(acc + oh * pitch, acc + oh * pitch + outW, out + oh * outW);
}

int64_t planeScratch(const ConvGeometry &g)
{
    const int64_t pitch = g.output[1] + (g.kernel[1] - 1) * g.dilations[1];
    const int64_t frameH = g.output[0] + (g.kernel[0] - 1) * g.dilations[0];
    return std::max(frameH * pitch + g.output[0] * pitch, g.input[0] * 2 * ((g.input[1] + 1) / 2));
}

// One output plane: per output row, the window's terms added kernel position by kernel position.
// With stride 2 the input rows are first split into their even and odd columns (scratch holds
// 2 * ceil(inW / 2) floats per row), so every inner loop reads contiguous memory and vectorises.
FLEETDECK_SIMD_CLONES void depthwisePlane(const ConvGeometry &g, const ColumnRange *ranges, const float *in,
                                          const float *kernel, float init, float *out, float *scratch)
{
    const int64_t inH = g.input[0], inW = g.input[1], outH = g.output[0], outW = g.output[1];
    const int64_t kH = g.kernel[0], kW = g.kernel[1], stride = g.strides[1];
    const int64_t half = (inW + 1) / 2;
    if (stride == 1 && g.strides[0] == 1) {
        flatPlane(g, in, kernel, init, out, scratch);
        return;
    }
    if (stride == 2) {
        for (int64_t ih = 0; ih < inH; ++ih) {
            const float *src = in + ih * inW;
            float *even = scratch + ih * 2 * half, *odd = even + half;
            for (int64_t i = 0; i < inW / 2; ++i) {
                even[i] = src[2 * i];
                odd[i] = src[2 * i + 1];
            }
            if (inW % 2)
                even[half - 1] = src[inW - 1];
        }
    }
    for (int64_t oh = 0; oh < outH; ++oh) {
        float *row = out + oh * outW;
        std::fill(row, row + outW, init);
        for (int64_t kh = 0; kh < kH; ++kh) {
            const int64_t ih = oh * g.strides[0] + kh * g.dilations[0] - g.padBegin[0];
            if (ih < 0 || ih >= inH)
                continue;
            for (int64_t kw = 0; kw < kW; ++kw) {
                const float weight = kernel[kh * kW + kw];
                const ColumnRange &r = ranges[kw];
                const float *src = in + ih * inW + r.offset;
                if (stride == 2) { // input column 2 * ow + offset: the (offset mod 2) half, shifted
                    const int64_t parity = ((r.offset % 2) + 2) % 2;
                    src = scratch + ih * 2 * half + parity * half + (r.offset - parity) / 2;
                }
                if (stride <= 2) {
                    for (int64_t ow = r.first; ow < r.last; ++ow)
                        row[ow] += weight * src[ow];
                } else {
                    for (int64_t ow = r.first; ow < r.last; ++ow)
                        row[ow] += weight * src[ow * stride];
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
        thread_local std::vector<float> scratch;
        scratch.resize(std::max(scratch.size(), std::size_t(planeScratch(p.g))));
        for (int64_t plane = begin; plane < end; ++plane) {
            const int64_t n = plane / p.maps, m = plane % p.maps;
            // One input channel per group: map m reads channel m / (maps per group).
            depthwisePlane(p.g, ranges.data(), x + (n * p.channels + m / p.groupMaps()) * p.inSize, w + m * kernelSize,
                           bias.empty() ? 0.0f : bias[std::size_t(m)], y + plane * p.outSize, scratch.data());
        }
    });
}

} // namespace fleetdeck::validation::cpu
