#pragma once

// Index arithmetic of the CUDA engine's Conv, ConvTranspose and Gemm kernels: each kernel is a
// grid-stride loop that calls one of these per element, so the host unit tests (tst_convindex)
// run exactly what the device runs and compare it with the CPU engine.

#include "core/validation/engine/cuda/DeviceIndex.h"

#include <cstdint>

namespace fleetdeck::validation::cuda {

inline constexpr int kMaxConvAxes = 3;

// The spatial geometry of one Conv or ConvTranspose by value (a kernel argument). in: X's
// spatial dims, out: Y's, kernel: W's; padBegin after auto_pad.
struct ConvAxes
{
    int rank = 0;
    int64_t in[kMaxConvAxes] = {};
    int64_t out[kMaxConvAxes] = {};
    int64_t kernel[kMaxConvAxes] = {};
    int64_t stride[kMaxConvAxes] = {};
    int64_t dilation[kMaxConvAxes] = {};
    int64_t padBegin[kMaxConvAxes] = {};

    FD_HD int64_t inSize() const { return product(in); }
    FD_HD int64_t outSize() const { return product(out); }
    FD_HD int64_t kernelSize() const { return product(kernel); }

private:
    FD_HD int64_t product(const int64_t *dims) const
    {
        int64_t n = 1;
        for (int d = 0; d < rank; ++d)
            n *= dims[d];
        return n;
    }
};

// The element functions below divide in Index: uint32_t where the launch knows every index and
// geometry value fits (narrowIndices), since 32-bit division costs the GPU a fraction of 64-bit
// division and these functions do little else; int64_t otherwise. Offsets into the tensors and
// signed window arithmetic stay 64-bit either way.
FD_HD bool narrowIndices(const ConvAxes &a, int64_t elements)
{
    constexpr int64_t limit = int64_t(1) << 31;
    bool narrow = elements >= 0 && elements < (int64_t(1) << 32) && a.kernelSize() < (int64_t(1) << 32)
        && a.outSize() < (int64_t(1) << 32);
    for (int d = 0; d < a.rank; ++d) {
        narrow = narrow && a.in[d] < limit && a.out[d] < limit && a.kernel[d] < limit && a.stride[d] < limit
            && a.dilation[d] < limit && a.padBegin[d] < limit && a.padBegin[d] > -limit;
    }
    return narrow;
}

// Conv: the input position (row-major over the spatial dims) that kernel position kp reads for
// output position op, or -1 where the window lies in the padding.
template <typename Index>
FD_HD int64_t convSource(const ConvAxes &a, Index kp, Index op)
{
    int64_t offset = 0;
    int64_t scale = 1;
    for (int d = a.rank - 1; d >= 0; --d) {
        const Index kernel = Index(a.kernel[d]), out = Index(a.out[d]);
        const int64_t k = int64_t(kp % kernel);
        kp /= kernel;
        const int64_t o = int64_t(op % out);
        op /= out;
        const int64_t i = o * a.stride[d] + k * a.dilation[d] - a.padBegin[d];
        if (i < 0 || i >= a.in[d])
            return -1;
        offset += i * scale;
        scale *= a.in[d];
    }
    return offset;
}

// Element e of the im2col matrices of consecutive images starting at x. Layout
// [image][channel][kernel position][output position]: for each (image, group) that is the
// row-major [channels per group * kernel size, output size] matrix that W's rows multiply.
template <typename Index>
FD_HD float im2colValue(const ConvAxes &a, const float *x, Index e)
{
    const Index outSize = Index(a.outSize());
    const Index kernelSize = Index(a.kernelSize());
    const Index op = e % outSize;
    const Index row = e / outSize; // (image * channels + channel) * kernelSize + kp
    const int64_t source = convSource<Index>(a, row % kernelSize, op);
    return source < 0 ? 0.0f : x[int64_t(row / kernelSize) * a.inSize() + source];
}

// 2-D Conv with one input channel per group (depthwise, any channel multiplier): output element
// e of Y [images, maps, outH, outW]. Map m reads channel m / mapsPerGroup. Terms are added in the
// CPU engine's order (bias, then kernel rows, then kernel columns), in float32.
template <typename Index>
FD_HD float depthwiseValue(const ConvAxes &a, int64_t channels, int64_t maps, int64_t mapsPerGroup,
                           const float *x, const float *w, const float *bias, Index e)
{
    const Index outW = Index(a.out[1]);
    const Index outH = Index(a.out[0]);
    const int64_t ow = int64_t(e % outW);
    const Index rows = e / outW; // plane * outH + oh
    const int64_t oh = int64_t(rows % outH);
    const Index plane = rows / outH; // image * maps + map
    const int64_t map = int64_t(plane % Index(maps));
    const int64_t image = int64_t(plane / Index(maps));
    const float *in = x + (image * channels + map / mapsPerGroup) * a.in[0] * a.in[1];
    const float *kernel = w + map * a.kernel[0] * a.kernel[1];
    float sum = bias ? bias[map] : 0.0f;
    for (int64_t kh = 0; kh < a.kernel[0]; ++kh) {
        const int64_t ih = oh * a.stride[0] + kh * a.dilation[0] - a.padBegin[0];
        if (ih < 0 || ih >= a.in[0])
            continue;
        for (int64_t kw = 0; kw < a.kernel[1]; ++kw) {
            const int64_t iw = ow * a.stride[1] + kw * a.dilation[1] - a.padBegin[1];
            if (iw >= 0 && iw < a.in[1])
                sum += kernel[kh * a.kernel[1] + kw] * in[ih * a.in[1] + iw];
        }
    }
    return sum;
}

// ConvTranspose as a gather: output element e of Y [images, maps, out...] from the column
// matrices W^T X of consecutive images, layout [image][map][kernel position][input position]
// (per (image, group): the row-major [maps per group * kernel size, input size] product). An input
// position i reaches output o through kernel position k where i * stride + k * dilation -
// padBegin == o on every axis; each output sums the pairs that reach it, so no two threads write
// one element (no atomics), and the bias comes first as on the CPU.
template <typename Index>
FD_HD float col2imValue(const ConvAxes &a, const float *columns, int64_t maps, const float *bias, Index e)
{
    const Index outSize = Index(a.outSize());
    const int64_t inSize = a.inSize();
    const int64_t kernelSize = a.kernelSize();
    const int64_t plane = int64_t(e / outSize); // image * maps + map
    int64_t o[kMaxConvAxes] = {};
    Index rest = e % outSize;
    for (int d = a.rank - 1; d >= 0; --d) {
        o[d] = int64_t(rest % Index(a.out[d]));
        rest /= Index(a.out[d]);
    }
    const float *planeColumns = columns + plane * kernelSize * inSize;
    float sum = bias ? bias[plane % maps] : 0.0f;
    for (int64_t kp = 0; kp < kernelSize; ++kp) {
        int64_t ip = 0;
        int64_t scale = 1;
        Index kRest = Index(kp);
        bool reaches = true;
        for (int d = a.rank - 1; d >= 0 && reaches; --d) {
            const int64_t k = int64_t(kRest % Index(a.kernel[d]));
            kRest /= Index(a.kernel[d]);
            const int64_t scaled = o[d] + a.padBegin[d] - k * a.dilation[d]; // i * stride
            if (scaled < 0) {
                reaches = false;
                break;
            }
            const Index stride = Index(a.stride[d]);
            const int64_t i = int64_t(Index(scaled) / stride);
            reaches = Index(scaled) % stride == 0 && i < a.in[d];
            ip += i * scale;
            scale *= a.in[d];
        }
        if (reaches)
            sum += planeColumns[kp * inSize + ip];
    }
    return sum;
}

// Conv's bias spread over Y [images, maps, planeSize] before the GEMM adds the products (beta 1).
template <typename Index>
FD_HD int64_t mapOf(Index e, int64_t planeSize, int64_t maps)
{
    return int64_t((e / Index(planeSize)) % Index(maps));
}

// Gemm's C read with broadcast strides (0 along a repeated axis) for element e of Y [rows, cols].
FD_HD int64_t broadcastOffset(int64_t e, int64_t cols, int64_t rowStride, int64_t colStride)
{
    return (e / cols) * rowStride + (e % cols) * colStride;
}

} // namespace fleetdeck::validation::cuda
