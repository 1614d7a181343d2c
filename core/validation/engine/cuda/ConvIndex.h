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

// Conv: the input position (row-major over the spatial dims) that kernel position kp reads for
// output position op, or -1 where the window lies in the padding.
FD_HD int64_t convSource(const ConvAxes &a, int64_t kp, int64_t op)
{
    int64_t offset = 0;
    int64_t scale = 1;
    for (int d = a.rank - 1; d >= 0; --d) {
        const int64_t k = kp % a.kernel[d];
        kp /= a.kernel[d];
        const int64_t o = op % a.out[d];
        op /= a.out[d];
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
FD_HD float im2colValue(const ConvAxes &a, const float *x, int64_t e)
{
    const int64_t outSize = a.outSize();
    const int64_t kernelSize = a.kernelSize();
    const int64_t op = e % outSize;
    const int64_t row = e / outSize; // (image * channels + channel) * kernelSize + kp
    const int64_t source = convSource(a, row % kernelSize, op);
    return source < 0 ? 0.0f : x[(row / kernelSize) * a.inSize() + source];
}

// 2-D Conv with one input channel per group (depthwise, any channel multiplier): output element
// e of Y [images, maps, outH, outW]. Map m reads channel m / mapsPerGroup. Terms are added in the
// CPU engine's order (bias, then kernel rows, then kernel columns), in float32.
FD_HD float depthwiseValue(const ConvAxes &a, int64_t channels, int64_t maps, int64_t mapsPerGroup,
                           const float *x, const float *w, const float *bias, int64_t e)
{
    const int64_t outW = a.out[1];
    const int64_t outH = a.out[0];
    const int64_t ow = e % outW;
    const int64_t oh = (e / outW) % outH;
    const int64_t plane = e / (outW * outH); // image * maps + map
    const int64_t map = plane % maps;
    const int64_t image = plane / maps;
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
FD_HD float col2imValue(const ConvAxes &a, const float *columns, int64_t maps, const float *bias, int64_t e)
{
    const int64_t outSize = a.outSize();
    const int64_t inSize = a.inSize();
    const int64_t kernelSize = a.kernelSize();
    const int64_t plane = e / outSize; // image * maps + map
    const int64_t op = e % outSize;
    int64_t o[kMaxConvAxes] = {};
    int64_t rest = op;
    for (int d = a.rank - 1; d >= 0; --d) {
        o[d] = rest % a.out[d];
        rest /= a.out[d];
    }
    const float *planeColumns = columns + plane * kernelSize * inSize;
    float sum = bias ? bias[plane % maps] : 0.0f;
    for (int64_t kp = 0; kp < kernelSize; ++kp) {
        int64_t ip = 0;
        int64_t scale = 1;
        int64_t kRest = kp;
        bool reaches = true;
        for (int d = a.rank - 1; d >= 0 && reaches; --d) {
            const int64_t k = kRest % a.kernel[d];
            kRest /= a.kernel[d];
            const int64_t scaled = o[d] + a.padBegin[d] - k * a.dilation[d]; // i * stride
            const int64_t i = scaled / a.stride[d];
            reaches = scaled >= 0 && scaled % a.stride[d] == 0 && i < a.in[d];
            ip += i * scale;
            scale *= a.in[d];
        }
        if (reaches)
            sum += planeColumns[kp * inSize + ip];
    }
    return sum;
}

// Conv's bias spread over Y [images, maps, planeSize] before the GEMM adds the products (beta 1).
FD_HD int64_t mapOf(int64_t e, int64_t planeSize, int64_t maps)
{
    return (e / planeSize) % maps;
}

// Gemm's C read with broadcast strides (0 along a repeated axis) for element e of Y [rows, cols].
FD_HD int64_t broadcastOffset(int64_t e, int64_t cols, int64_t rowStride, int64_t colStride)
{
    return (e / cols) * rowStride + (e % cols) * colStride;
}

} // namespace fleetdeck::validation::cuda
