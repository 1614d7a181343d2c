// Depthwise Conv as a direct sliding window. Each output sums its window's terms in float32,
// kernel position by kernel position, starting from the bias: at most kH*kW terms per sum (9 for
// MobileNet), so the rounding error stays below (kH*kW + 1) * 2^-24 of the sum of |terms|,
// whether or not the AVX-512 version fuses the multiply-adds.
#include "core/validation/engine/cpu/DepthwiseConv.h"

#include "core/validation/engine/cpu/SimdClones.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace fleetdeck::validation::cpu {

namespace {

// Strides 1 and 2 go through "phase frames": the plane, zero-padded, split by row and column
// parity when the stride is 2 (one frame per parity pair), so that every kernel position reads
// one frame at a fixed offset from the output position. Outputs are computed in the frames'
// row pitch as one flat loop over the whole plane (rows of 7 or 14 would leave vector units
// idle) and copied out, with the fused residual and clamp, row by row.
struct PhaseFrames
{
    int64_t strideH = 1, strideW = 1;
    int64_t rows = 0;  // rows of one frame
    int64_t pitch = 0; // floats per frame row
    int64_t frameSize() const { return rows * pitch; }
    int64_t frames() const { return strideH * strideW; }
    int64_t length(const ConvGeometry &g) const { return (g.output[0] - 1) * pitch + g.output[1]; }
};

bool fitsPhaseFrames(const ConvGeometry &g)
{
    return g.strides[0] <= 2 && g.strides[1] <= 2;
}

PhaseFrames phaseFrames(const ConvGeometry &g)
{
    PhaseFrames f;
    f.strideH = g.strides[0];
    f.strideW = g.strides[1];
    f.rows = g.output[0] + (g.kernel[0] - 1) * g.dilations[0] / f.strideH;
    f.pitch = g.output[1] + (g.kernel[1] - 1) * g.dilations[1] / f.strideW;
    return f;
}

// Frame (phase row a, phase column b) holds padded input (strideH * q + a, strideW * p + b) at
// (q, p); padded coordinates start padBegin before the input.
[[gnu::always_inline]] inline void fillFrames(const ConvGeometry &g, const PhaseFrames &f, const float *in, float *frames)
{
    const int64_t inH = g.input[0], inW = g.input[1], padTop = g.padBegin[0], padLeft = g.padBegin[1];
    for (int64_t a = 0; a < f.strideH; ++a) {
        for (int64_t b = 0; b < f.strideW; ++b) {
            float *frame = frames + (a * f.strideW + b) * f.frameSize();
            // Columns p whose input column strideW * p + b - padLeft lies inside the input.
            const int64_t first = std::min(f.pitch, std::max<int64_t>(0, (padLeft - b + f.strideW - 1) / f.strideW));
            const int64_t lastColumn = inW - 1 + padLeft - b; // in padded coordinates, less b
            const int64_t last = std::clamp<int64_t>(lastColumn < 0 ? 0 : lastColumn / f.strideW + 1, first, f.pitch);
            const int64_t offset = b - padLeft;
            for (int64_t q = 0; q < f.rows; ++q) {
                float *dst = frame + q * f.pitch;
                const int64_t r = f.strideH * q + a - padTop;
                if (r < 0 || r >= inH) {
                    std::fill(dst, dst + f.pitch, 0.0f);
                    continue;
                }
                const float *src = in + r * inW + offset;
                std::fill(dst, dst + first, 0.0f);
                if (f.strideW == 1) {
                    std::copy(src + first, src + last, dst + first);
                } else {
                    for (int64_t p = first; p < last; ++p)
                        dst[p] = src[2 * p];
                }
                std::fill(dst + last, dst + f.pitch, 0.0f);
            }
        }
    }
}

// Where kernel position (kh, kw) reads, relative to the output's flat position.
[[gnu::always_inline]] inline const float *tapSource(const ConvGeometry &g, const PhaseFrames &f, const float *frames,
                                                     int64_t kh, int64_t kw)
{
    const int64_t dh = kh * g.dilations[0], dw = kw * g.dilations[1];
    const int64_t frame = (dh % f.strideH) * f.strideW + dw % f.strideW;
    return frames + frame * f.frameSize() + (dh / f.strideH) * f.pitch + dw / f.strideW;
}

// acc[i] = init + sum over the taps, in registers. 3x3 (MobileNet, every stride) is unrolled.
[[gnu::always_inline]] inline void sumTaps3x3(const float *const *src, const float *w, float init, int64_t length,
                                              float *__restrict acc)
{
    const float *s0 = src[0], *s1 = src[1], *s2 = src[2], *s3 = src[3], *s4 = src[4], *s5 = src[5], *s6 = src[6],
                *s7 = src[7], *s8 = src[8];
    for (int64_t i = 0; i < length; ++i) {
        float sum = init;
        sum += w[0] * s0[i];
        sum += w[1] * s1[i];
        sum += w[2] * s2[i];
        sum += w[3] * s3[i];
        sum += w[4] * s4[i];
        sum += w[5] * s5[i];
        sum += w[6] * s6[i];
        sum += w[7] * s7[i];
        sum += w[8] * s8[i];
        acc[i] = sum;
    }
}

// Any other kernel: acc[i] += the taps' terms, tap by tap over chunks that stay in L1.
[[gnu::always_inline]] inline void addTaps(const float *const *src, const float *w, int64_t taps, int64_t length,
                                           float *acc)
{
    constexpr int64_t chunk = 2048;
    for (int64_t begin = 0; begin < length; begin += chunk) {
        const int64_t end = std::min(length, begin + chunk);
        for (int64_t t = 0; t < taps; ++t) {
            const float weight = w[t];
            const float *s = src[t];
            for (int64_t i = begin; i < end; ++i)
                acc[i] += weight * s[i];
        }
    }
}

struct PlaneTail
{
    const float *residual; // this plane's, or null
    float low, high;
    // For rows narrower than a vector: where each output lies in the pitch layout, so the copy
    // runs as one (gathering) loop over the plane instead of a short loop per row. Or null.
    const int32_t *gather;
};

[[gnu::always_inline]] inline void copyOut(const ConvGeometry &g, int64_t pitch, const float *acc, const PlaneTail &tail,
                                           float *out)
{
    const int64_t outH = g.output[0], outW = g.output[1];
    if (tail.gather) {
        const int64_t count = outH * outW;
        if (tail.residual) {
            for (int64_t j = 0; j < count; ++j)
                out[j] = std::min(std::max(acc[tail.gather[j]] + tail.residual[j], tail.low), tail.high);
        } else {
            for (int64_t j = 0; j < count; ++j)
                out[j] = std::min(std::max(acc[tail.gather[j]], tail.low), tail.high);
        }
        return;
    }
    for (int64_t oh = 0; oh < outH; ++oh) {
        const float *src = acc + oh * pitch;
        float *dst = out + oh * outW;
        if (tail.residual) {
            const float *residual = tail.residual + oh * outW;
            for (int64_t ow = 0; ow < outW; ++ow)
                dst[ow] = std::min(std::max(src[ow] + residual[ow], tail.low), tail.high);
        } else {
            for (int64_t ow = 0; ow < outW; ++ow)
                dst[ow] = std::min(std::max(src[ow], tail.low), tail.high);
        }
    }
}

// Strides of 3 or more: per output row, the window's terms added kernel position by kernel
// position over the columns whose input lies inside (ranges), reading the input in place.
[[gnu::always_inline]] inline void stridedPlane(const ConvGeometry &g, const ColumnRange *ranges, const float *in,
                                                const float *kernel, float init, const PlaneTail &tail, float *out)
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
            for (int64_t kw = 0; kw < kW; ++kw) {
                const float weight = kernel[kh * kW + kw];
                const ColumnRange &r = ranges[kw];
                const float *src = in + ih * inW + r.offset;
                for (int64_t ow = r.first; ow < r.last; ++ow)
                    row[ow] += weight * src[ow * stride];
            }
        }
    }
    copyOut(g, outW, out, PlaneTail{tail.residual, tail.low, tail.high, nullptr}, out);
}

// The flat loops run over whole vectors: the frames and sums get room for the last one, whose
// extra lanes read padding or the next frame and are never copied out.
constexpr int64_t vectorFloats = 16;

int64_t paddedLength(const ConvGeometry &g, const PhaseFrames &f)
{
    return (f.length(g) + vectorFloats - 1) / vectorFloats * vectorFloats;
}

int64_t planeScratch(const ConvGeometry &g)
{
    if (!fitsPhaseFrames(g))
        return 0;
    const PhaseFrames f = phaseFrames(g);
    return f.frames() * f.frameSize() + paddedLength(g, f) + vectorFloats;
}

// PlaneTail::gather for planes whose rows are narrower than a vector; empty otherwise.
std::vector<int32_t> gatherTable(const ConvGeometry &g)
{
    if (!fitsPhaseFrames(g) || g.output[1] >= vectorFloats)
        return {};
    const PhaseFrames f = phaseFrames(g);
    if (f.length(g) >= (int64_t(1) << 31))
        return {};
    std::vector<int32_t> table(std::size_t(g.output[0] * g.output[1]));
    for (std::size_t j = 0; j < table.size(); ++j)
        table[j] = int32_t(int64_t(j) / g.output[1] * f.pitch + int64_t(j) % g.output[1]);
    return table;
}

// One output plane. scratch: planeScratch() floats. Compiled per instruction set; the helpers
// are inlined so each version vectorises them its own way.
FLEETDECK_SIMD_CLONES void depthwisePlane(const ConvGeometry &g, const ColumnRange *ranges, const float *in,
                                          const float *kernel, float init, const PlaneTail &tail, float *out,
                                          float *scratch)
{
    if (!fitsPhaseFrames(g)) {
        stridedPlane(g, ranges, in, kernel, init, tail, out);
        return;
    }
    const PhaseFrames f = phaseFrames(g);
    float *frames = scratch, *acc = scratch + f.frames() * f.frameSize();
    fillFrames(g, f, in, frames);
    const int64_t taps = g.kernel[0] * g.kernel[1];
    const float *src[64];
    if (taps == 9 && g.kernel[0] == 3) {
        for (int64_t t = 0; t < 9; ++t)
            src[t] = tapSource(g, f, frames, t / 3, t % 3);
        sumTaps3x3(src, kernel, init, paddedLength(g, f), acc);
    } else {
        std::fill(acc, acc + f.length(g), init);
        // In groups of up to 64 taps, so any kernel size fits the pointer table.
        for (int64_t t0 = 0; t0 < taps; t0 += 64) {
            const int64_t count = std::min<int64_t>(64, taps - t0);
            for (int64_t t = 0; t < count; ++t)
                src[t] = tapSource(g, f, frames, (t0 + t) / g.kernel[1], (t0 + t) % g.kernel[1]);
            addTaps(src, kernel + t0, count, f.length(g), acc);
        }
    }
    copyOut(g, f.pitch, acc, tail, out);
}

} // namespace

void depthwiseConv2d(ThreadPool &pool, const ConvProblem &p, const float *x, const float *w,
                     const GemmEpilogue &tail, float *y)
{
    const std::vector<ColumnRange> ranges = columnRanges(p.g);
    const std::vector<int32_t> gather = gatherTable(p.g);
    const int64_t kernelSize = p.g.kernel[0] * p.g.kernel[1];
    pool.parallelFor(p.batch * p.maps, 1, [&](int64_t begin, int64_t end) {
        thread_local std::vector<float> scratch;
        scratch.resize(std::max(scratch.size(), std::size_t(planeScratch(p.g))));
        for (int64_t plane = begin; plane < end; ++plane) {
            const int64_t n = plane / p.maps, m = plane % p.maps;
            const PlaneTail planeTail{tail.residual ? tail.residual + plane * p.outSize : nullptr, tail.minValue,
                                      tail.maxValue, gather.empty() ? nullptr : gather.data()};
            // One input channel per group: map m reads channel m / (maps per group).
            depthwisePlane(p.g, ranges.data(), x + (n * p.channels + m / p.groupMaps()) * p.inSize, w + m * kernelSize,
                           tail.rowBias ? tail.rowBias[m] : 0.0f, planeTail, y + plane * p.outSize, scratch.data());
        }
    });
}

} // namespace fleetdeck::validation::cpu
