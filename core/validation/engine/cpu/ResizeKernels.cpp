// Resize (opset 10+) and Upsample (7, 9): nearest and n-linear. Cubic is not implemented.
#include "core/validation/engine/cpu/Broadcast.h"
#include "core/validation/engine/cpu/OpRegistry.h"

#include <cmath>

namespace fleetdeck::validation::cpu {

namespace {

struct ResizeMode
{
    bool linear = false;
    std::string transform = "half_pixel";
    std::string nearest = "round_prefer_floor";
};

// out is the resized length before flooring (in * scale), as the spec's formulas use it.
double originalCoordinate(const std::string &transform, double x, double scale, int64_t in, double out)
{
    if (transform == "asymmetric")
        return x / scale;
    if (transform == "align_corners")
        return out == 1 ? 0.0 : x * double(in - 1) / (out - 1);
    if (transform == "pytorch_half_pixel")
        return out > 1 ? (x + 0.5) / scale - 0.5 : 0.0;
    if (transform == "tf_half_pixel_for_nn")
        return (x + 0.5) / scale;
    return (x + 0.5) / scale - 0.5; // half_pixel
}

int64_t nearestIndex(const std::string &mode, double x, int64_t in)
{
    double index = 0;
    if (mode == "floor")
        index = std::floor(x);
    else if (mode == "ceil")
        index = std::ceil(x);
    else if (x - std::floor(x) == 0.5)
        index = mode == "round_prefer_ceil" ? std::ceil(x) : std::floor(x);
    else
        index = std::round(x);
    return std::clamp(static_cast<int64_t>(index), int64_t(0), in - 1);
}

// Per axis and output coordinate: the two source indices and the weight of the second.
struct AxisTaps
{
    std::vector<int64_t> low, high;
    std::vector<double> weight;
};

AxisTaps axisTaps(const ResizeMode &mode, int64_t in, int64_t out, double scale)
{
    AxisTaps taps;
    for (int64_t o = 0; o < out; ++o) {
        const double x = originalCoordinate(mode.transform, double(o), scale, in, double(in) * scale);
        if (!mode.linear) {
            taps.low.push_back(nearestIndex(mode.nearest, x, in));
            taps.high.push_back(taps.low.back());
            taps.weight.push_back(0.0);
            continue;
        }
        const double clamped = std::clamp(x, 0.0, double(in - 1));
        const auto low = static_cast<int64_t>(std::floor(clamped));
        taps.low.push_back(low);
        taps.high.push_back(std::min(low + 1, in - 1));
        taps.weight.push_back(clamped - double(low));
    }
    return taps;
}

Status resize(KernelContext &ctx, const ResizeMode &mode, std::vector<double> scales, std::vector<int64_t> sizes)
{
    const Tensor &x = ctx.input(0);
    const std::size_t rank = x.shape().size();
    if (!sizes.empty()) {
        if (sizes.size() != rank)
            return ctx.fail("sizes has " + std::to_string(sizes.size()) + " values for rank " + std::to_string(rank));
        scales.clear();
        for (std::size_t d = 0; d < rank; ++d)
            scales.push_back(x.shape()[d] == 0 ? 1.0 : double(sizes[d]) / double(x.shape()[d]));
    } else {
        if (scales.size() != rank)
            return ctx.fail("scales has " + std::to_string(scales.size()) + " values for rank " + std::to_string(rank));
        for (std::size_t d = 0; d < rank; ++d) {
            if (!(scales[d] > 0) || !std::isfinite(scales[d]) || scales[d] > 1e6)
                return ctx.fail("scales must be positive and finite");
            sizes.push_back(static_cast<int64_t>(std::floor(double(x.shape()[d]) * scales[d])));
        }
    }
    auto out = ctx.allocate(0, x.dataType(), sizes);
    if (!out)
        return out.error();
    if (out.value()->elementCount() == 0 || x.elementCount() == 0)
        return {};
    std::vector<AxisTaps> taps;
    for (std::size_t d = 0; d < rank; ++d)
        taps.push_back(axisTaps(mode, x.shape()[d], sizes[d], scales[d]));
    const std::vector<int64_t> inStrides = stridesOf(x.shape());
    const std::vector<int64_t> outStrides = stridesOf(sizes);
    visitArithmeticType(x.dataType(), [&](auto tag) {
        using T = typename decltype(tag)::type;
        const T *src = x.data<T>();
        T *dst = out.value()->template data<T>();
        const int64_t corners = int64_t(1) << rank;
        ctx.pool().parallelFor(out.value()->elementCount(), 1024, [&](int64_t begin, int64_t end) {
            std::vector<int64_t> coord(rank);
            for (int64_t i = begin; i < end; ++i) {
                for (std::size_t d = 0; d < rank; ++d)
                    coord[d] = (i / outStrides[d]) % sizes[d];
                double value = 0;
                // Sum over the 2^rank corners; axes with weight 0 add nothing but cost little.
                for (int64_t corner = 0; corner < (mode.linear ? corners : 1); ++corner) {
                    double weight = 1;
                    int64_t offset = 0;
                    for (std::size_t d = 0; d < rank && weight != 0; ++d) {
                        const AxisTaps &t = taps[d];
                        const bool high = (corner >> d) & 1;
                        const double w = t.weight[std::size_t(coord[d])];
                        weight *= high ? w : 1.0 - w;
                        offset += (high ? t.high : t.low)[std::size_t(coord[d])] * inStrides[d];
                    }
                    if (weight != 0)
                        value += weight * static_cast<double>(src[offset]);
                }
                dst[i] = static_cast<T>(value);
            }
        });
    });
    return {};
}

std::vector<double> doubles(const Tensor &t)
{
    std::vector<double> values;
    for (int64_t i = 0; i < t.elementCount(); ++i)
        values.push_back(t.valueAsDouble(i));
    return values;
}

Status runResize(KernelContext &ctx)
{
    ResizeMode mode;
    mode.linear = ctx.attributes().getString("mode", "nearest") == "linear";
    if (ctx.opset() < 11) {
        // Resize-10 behaved as Upsample: asymmetric coordinates, floor for nearest.
        mode.transform = "asymmetric";
        mode.nearest = "floor";
        return resize(ctx, mode, doubles(ctx.input(1)), {});
    }
    mode.transform = ctx.attributes().getString("coordinate_transformation_mode", "half_pixel");
    mode.nearest = ctx.attributes().getString("nearest_mode", "round_prefer_floor");
    std::vector<double> scales = ctx.hasInput(2) ? doubles(ctx.input(2)) : std::vector<double>{};
    std::vector<int64_t> sizes = ctx.hasInput(3) ? ctx.input(3).toInt64Vector() : std::vector<int64_t>{};
    return resize(ctx, mode, std::move(scales), std::move(sizes));
}

Status runUpsample(KernelContext &ctx)
{
    ResizeMode mode;
    const std::string name = ctx.attributes().getString("mode", "nearest");
    mode.linear = name == "linear" || name == "bilinear";
    mode.transform = "asymmetric";
    mode.nearest = "floor";
    const std::vector<double> scales = ctx.opset() < 9
        ? [&] { std::vector<double> s; for (float f : ctx.attributes().getFloats("scales")) s.push_back(f); return s; }()
        : doubles(ctx.input(1));
    return resize(ctx, mode, scales, {});
}

std::optional<UnsupportedReason> checkResize(const SupportQuery &q)
{
    const std::string mode = q.attributes.getString("mode", "nearest");
    if (mode != "nearest" && mode != "linear" && mode != "bilinear")
        return UnsupportedReason{UnsupportedKind::AttributeValue, mode + " Resize"};
    const std::string transform = q.attributes.getString("coordinate_transformation_mode", "half_pixel");
    if (transform == "tf_crop_and_resize")
        return UnsupportedReason{UnsupportedKind::AttributeValue, "coordinate_transformation_mode=" + transform};
    if (q.attributes.getInt("antialias", 0) != 0)
        return UnsupportedReason{UnsupportedKind::AttributeValue, "antialias=1"};
    if (q.attributes.has("axes"))
        return UnsupportedReason{UnsupportedKind::AttributeValue, "axes"};
    return requireTypes(q, 0, {DataType::Float, DataType::Double, DataType::Uint8, DataType::Int8, DataType::Int32, DataType::Int64});
}

} // namespace

void registerResizeKernels(OpRegistry &registry)
{
    registry.add("Resize", checkResize, runResize);
    registry.add("Upsample", checkResize, runUpsample);
}

} // namespace fleetdeck::validation::cpu
