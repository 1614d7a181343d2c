// The CUDA data-movement ops' arithmetic, run on the host: each test plans a node with the
// host functions plan() uses (MovementShapes.h), replays the kernel's per-element index math
// (MovementIndex.h, the same FD_HD functions nvcc compiles) over an input whose values name
// their own position, and compares shape and values with the CPU engine's kernel on the same
// node. A wrong stride, clamp or rounding shows as a different element.

#include "core/validation/engine/ThreadPool.h"
#include "core/validation/engine/cpu/OpRegistry.h"
#include "core/validation/engine/cuda/MovementShapes.h"

#include <QTest>

#include <limits>

using namespace fleetdeck::validation;
using namespace fleetdeck::validation::cuda;

namespace {

constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin = std::numeric_limits<int64_t>::min();

Dims dims(const std::vector<int64_t> &values)
{
    Dims d;
    d.rank = static_cast<int>(values.size());
    for (int i = 0; i < d.rank; ++i)
        d.d[i] = values[static_cast<std::size_t>(i)];
    return d;
}

// Element i holds i: an output shows which input element each of its elements read.
Tensor positions(Shape shape)
{
    Tensor t(DataType::Float, std::move(shape));
    for (int64_t i = 0; i < t.elementCount(); ++i)
        t.data<float>()[i] = static_cast<float>(i);
    return t;
}

// Values with no pattern an interpolation could get right by accident.
Tensor uneven(Shape shape)
{
    Tensor t(DataType::Float, std::move(shape));
    for (int64_t i = 0; i < t.elementCount(); ++i)
        t.data<float>()[i] = 0.37f * float(i * i % 11) - 1.f;
    return t;
}

Tensor ints(std::vector<int64_t> values)
{
    const auto n = static_cast<int64_t>(values.size());
    return Tensor::fromVector<int64_t>(DataType::Int64, {n}, values);
}

std::vector<float> valuesOf(const Tensor &t)
{
    return std::vector<float>(t.data<float>(), t.data<float>() + t.elementCount());
}

Node makeNode(const std::string &op, std::size_t inputs, std::size_t outputs = 1)
{
    Node node;
    node.opType = op;
    for (std::size_t i = 0; i < inputs; ++i)
        node.inputs.push_back("x" + std::to_string(i));
    for (std::size_t o = 0; o < outputs; ++o)
        node.outputs.push_back("y" + std::to_string(o));
    return node;
}

// The CPU engine's kernel for the node: its outputs, or its error.
Expected<std::vector<Tensor>> runCpu(const Node &node, int64_t opset, std::vector<const Tensor *> inputs)
{
    ThreadPool pool(1);
    cpu::KernelContext context(node, opset, std::move(inputs), pool, int64_t(1) << 30);
    const cpu::OpDefinition *op = cpu::OpRegistry::instance().find(node.opType);
    if (!op)
        return makeError(ErrorCode::KernelFailed, "no CPU kernel");
    if (Status status = op->run(context); !status.ok())
        return status.error();
    return context.takeOutputs();
}

// What stridedCopyKernel writes for the view.
std::vector<float> replayView(const Tensor &x, const StridedView &view)
{
    const Dims out = dims(view.shape);
    const Dims strides = dims(view.strides);
    std::vector<float> y;
    for (int64_t i = 0; i < checkedElementCount(view.shape).value_or(0); ++i)
        y.push_back(x.data<float>()[view.base + stridedOffset(i, out, strides)]);
    return y;
}

// What resizeKernel writes: every output element from resizeAt(), cast to float.
std::vector<float> replayResize(const Tensor &x, const ResizeGeometry &geometry, ResizeParams params)
{
    const Shape &shape = x.shape();
    for (std::size_t d = 0; d < shape.size(); ++d) {
        params.scale[d] = geometry.scales[d];
        params.resized[d] = double(shape[d]) * geometry.scales[d];
    }
    std::vector<float> y;
    for (int64_t i = 0; i < checkedElementCount(geometry.shape).value_or(0); ++i)
        y.push_back(static_cast<float>(
            resizeAt(x.data<float>(), i, dims(geometry.shape), dims(shape), dims(cpu::stridesOf(shape)), params)));
    return y;
}

#define COMPARE_WITH_CPU(result, expectedShape, expectedValues)                                     \
    do {                                                                                             \
        QVERIFY2((result).ok(), (result).ok() ? "" : (result).error().describe().c_str());           \
        QCOMPARE((result).value()[0].shape(), (expectedShape));                                      \
        QCOMPARE(valuesOf((result).value()[0]), (expectedValues));                                   \
    } while (false)

} // namespace

class TestMovementIndex : public QObject
{
    Q_OBJECT

private slots:
    void stridesAreRowMajor()
    {
        const Dims s = rowMajorStrides(dims({2, 3, 4}));
        QCOMPARE(s.rank, 3);
        QCOMPARE(s.d[0], int64_t(12));
        QCOMPARE(s.d[1], int64_t(4));
        QCOMPARE(s.d[2], int64_t(1));
    }

    void transposeMatchesCpu_data()
    {
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<std::vector<int64_t>>("perm");
        QTest::newRow("default reverses") << Shape{2, 3, 4} << std::vector<int64_t>{};
        QTest::newRow("swap leading") << Shape{2, 3, 4} << std::vector<int64_t>{1, 0, 2};
        QTest::newRow("rotate") << Shape{2, 3, 4} << std::vector<int64_t>{2, 0, 1};
        QTest::newRow("rank 5 with ones") << Shape{2, 1, 3, 1, 2} << std::vector<int64_t>{4, 2, 0, 3, 1};
        QTest::newRow("1-D") << Shape{5} << std::vector<int64_t>{0};
        QTest::newRow("empty axis") << Shape{2, 0, 3} << std::vector<int64_t>{2, 1, 0};
    }

    void transposeMatchesCpu()
    {
        QFETCH(Shape, shape);
        QFETCH(std::vector<int64_t>, perm);
        Node node = makeNode("Transpose", 1);
        if (!perm.empty())
            node.attributes["perm"] = perm;
        const Tensor x = positions(shape);
        auto ref = runCpu(node, 13, {&x});
        auto view = transposeView(shape, perm);
        QVERIFY(view.ok());
        COMPARE_WITH_CPU(ref, view->shape, replayView(x, *view));

        // The device-side helper gives the same view.
        if (!perm.empty()) {
            Dims out;
            Dims strides;
            permutedView(dims(shape), dims(perm), &out, &strides);
            QCOMPARE(std::vector<int64_t>(out.d, out.d + out.rank), view->shape);
            QCOMPARE(std::vector<int64_t>(strides.d, strides.d + strides.rank), view->strides);
        }
    }

    void transposeRefusesWhatCpuRefuses()
    {
        for (const std::vector<int64_t> &perm : {std::vector<int64_t>{0, 0, 1}, {0, 1}, {0, 1, 3}}) {
            Node node = makeNode("Transpose", 1);
            node.attributes["perm"] = perm;
            const Tensor x = positions({2, 3, 4});
            QVERIFY(!runCpu(node, 13, {&x}).ok());
            QVERIFY(!transposeView({2, 3, 4}, perm).ok());
        }
    }

    void expandMatchesCpu_data()
    {
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<std::vector<int64_t>>("target");
        QTest::newRow("column to matrix, new axis") << Shape{3, 1} << std::vector<int64_t>{2, 1, 4};
        QTest::newRow("scalar-like") << Shape{1} << std::vector<int64_t>{2, 3};
        QTest::newRow("target smaller than input") << Shape{2, 3} << std::vector<int64_t>{1, 1, 3};
        QTest::newRow("middle axis") << Shape{2, 1, 3} << std::vector<int64_t>{2, 4, 3};
    }

    void expandMatchesCpu()
    {
        QFETCH(Shape, shape);
        QFETCH(std::vector<int64_t>, target);
        const Tensor x = positions(shape);
        const Tensor t = ints(target);
        auto ref = runCpu(makeNode("Expand", 2), 13, {&x, &t});
        auto view = expandView(shape, target);
        QVERIFY(view.ok());
        COMPARE_WITH_CPU(ref, view->shape, replayView(x, *view));
        QVERIFY(!expandView({2, 3}, {4, 3, 2}).ok());
    }

    void tileMatchesCpu_data()
    {
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<std::vector<int64_t>>("repeats");
        QTest::newRow("2x2") << Shape{2, 3} << std::vector<int64_t>{2, 2};
        QTest::newRow("3-D") << Shape{1, 3, 2} << std::vector<int64_t>{3, 1, 2};
        QTest::newRow("zero repeat") << Shape{2, 2} << std::vector<int64_t>{0, 3};
    }

    void tileMatchesCpu()
    {
        QFETCH(Shape, shape);
        QFETCH(std::vector<int64_t>, repeats);
        const Tensor x = positions(shape);
        const Tensor r = ints(repeats);
        auto ref = runCpu(makeNode("Tile", 2), 13, {&x, &r});
        auto out = tileShape(shape, repeats);
        QVERIFY(out.ok());
        std::vector<float> replay;
        for (int64_t i = 0; i < checkedElementCount(*out).value_or(0); ++i)
            replay.push_back(x.data<float>()[tileOffset(i, dims(*out), dims(shape), dims(cpu::stridesOf(shape)))]);
        COMPARE_WITH_CPU(ref, *out, replay);
        QVERIFY(!tileShape({2, 3}, {2}).ok());
        QVERIFY(!tileShape({2, 3}, {2, -1}).ok());
    }

    void sliceRangeClampsLikeOnnx()
    {
        // Forward: ends past the axis clamp to it; starts below -dim clamp to 0.
        QCOMPARE(sliceRange(1, 1000, 1, 5).start, int64_t(1));
        QCOMPARE(sliceRange(1, 1000, 1, 5).count, int64_t(4));
        QCOMPARE(sliceRange(-100, 2, 1, 5).start, int64_t(0));
        QCOMPARE(sliceRange(-100, 2, 1, 5).count, int64_t(2));
        QCOMPARE(sliceRange(0, 5, 2, 5).count, int64_t(3)); // 0 2 4
        QCOMPARE(sliceRange(3, 1, 1, 5).count, int64_t(0));
        // Backward: start clamps to dim - 1, an end of kMin to -1 (through coordinate 0).
        QCOMPARE(sliceRange(-1, kMin, -1, 5).start, int64_t(4));
        QCOMPARE(sliceRange(-1, kMin, -1, 5).count, int64_t(5));
        QCOMPARE(sliceRange(kMax, 0, -2, 5).start, int64_t(4));
        QCOMPARE(sliceRange(kMax, 0, -2, 5).count, int64_t(2)); // 4 2
        QCOMPARE(sliceRange(0, 3, -1, 5).count, int64_t(0));
        QCOMPARE(sliceRange(0, kMax, 1, 0).count, int64_t(0));
    }

    void sliceMatchesCpu_data()
    {
        using V = std::vector<int64_t>;
        QTest::addColumn<V>("starts");
        QTest::addColumn<V>("ends");
        QTest::addColumn<V>("axes");
        QTest::addColumn<V>("steps");
        QTest::newRow("plain") << V{1, 0} << V{3, 2} << V{} << V{};
        QTest::newRow("negative axes and ends") << V{-3} << V{-1} << V{-1} << V{};
        QTest::newRow("ends past the axis") << V{2} << V{kMax} << V{1} << V{};
        QTest::newRow("step 2") << V{0, 1} << V{4, 6} << V{0, 2} << V{2, 2};
        QTest::newRow("full reverse") << V{-1} << V{kMin} << V{2} << V{-1};
        QTest::newRow("reverse by 3 from past the end") << V{kMax} << V{-kMax} << V{1} << V{-3};
        QTest::newRow("reverse stops before 1") << V{4} << V{1} << V{0} << V{-1};
        QTest::newRow("empty") << V{3} << V{1} << V{2} << V{};
        QTest::newRow("start below -dim") << V{-100} << V{2} << V{2} << V{};
        QTest::newRow("reverse from below -dim is empty") << V{-100} << V{kMin} << V{2} << V{-1};
        QTest::newRow("all three axes") << V{1, -2, 5} << V{3, 100, 0} << V{0, 1, 2} << V{1, 1, -2};
    }

    void sliceMatchesCpu()
    {
        using V = std::vector<int64_t>;
        QFETCH(V, starts);
        QFETCH(V, ends);
        QFETCH(V, axes);
        QFETCH(V, steps);
        const Shape shape{4, 5, 6};
        const Tensor x = positions(shape);
        const Tensor s = ints(starts), e = ints(ends), a = ints(axes), st = ints(steps);
        Node node = makeNode("Slice", 5);
        std::vector<const Tensor *> inputs{&x, &s, &e, axes.empty() ? nullptr : &a, steps.empty() ? nullptr : &st};
        if (axes.empty())
            node.inputs[3].clear();
        if (steps.empty())
            node.inputs[4].clear();
        auto ref = runCpu(node, 13, inputs);
        auto view = sliceView(shape, starts, ends, axes, steps);
        QVERIFY(view.ok());
        COMPARE_WITH_CPU(ref, view->shape, replayView(x, *view));
    }

    void sliceRefusesWhatCpuRefuses()
    {
        QVERIFY(!sliceView({4, 5}, {0}, {1}, {2}, {}).ok());     // axis out of range
        QVERIFY(!sliceView({4, 5}, {0}, {1}, {0}, {0}).ok());    // zero step
        QVERIFY(!sliceView({4, 5}, {0, 1}, {1}, {}, {}).ok());   // lengths differ
    }

    void splitMatchesCpu_data()
    {
        QTest::addColumn<int64_t>("axis");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<std::vector<int64_t>>("split");
        QTest::newRow("even") << int64_t(1) << 2 << std::vector<int64_t>{};
        QTest::newRow("uneven last chunk") << int64_t(2) << 3 << std::vector<int64_t>{};
        QTest::newRow("explicit sizes") << int64_t(-1) << 2 << std::vector<int64_t>{2, 5};
        QTest::newRow("explicit with empty part") << int64_t(0) << 3 << std::vector<int64_t>{1, 0, 2};
    }

    void splitMatchesCpu()
    {
        QFETCH(int64_t, axis);
        QFETCH(int, outputs);
        QFETCH(std::vector<int64_t>, split);
        const Shape shape{3, 4, 7};
        const Tensor x = positions(shape);
        const Tensor sizesTensor = ints(split);
        Node node = makeNode("Split", split.empty() ? 1 : 2, static_cast<std::size_t>(outputs));
        node.attributes["axis"] = axis;
        auto ref = runCpu(node, 18, {&x, split.empty() ? nullptr : &sizesTensor});
        QVERIFY2(ref.ok(), ref.ok() ? "" : ref.error().describe().c_str());
        const auto a = static_cast<std::size_t>(*cpu::normaliseAxis(axis, 3));
        auto sizes = splitSizes(shape[a], outputs, split);
        QVERIFY(sizes.ok());
        // Split's launch: one strided copy per output, based at its offset along the axis.
        int64_t offset = 0;
        for (int o = 0; o < outputs; ++o) {
            StridedView view{shape, cpu::stridesOf(shape), offset * cpu::stridesOf(shape)[a]};
            view.shape[a] = (*sizes)[static_cast<std::size_t>(o)];
            QCOMPARE(ref.value()[static_cast<std::size_t>(o)].shape(), view.shape);
            QCOMPARE(valuesOf(ref.value()[static_cast<std::size_t>(o)]), replayView(x, view));
            offset += (*sizes)[static_cast<std::size_t>(o)];
        }
        QVERIFY(!splitSizes(7, 2, {3, 3}).ok());
    }

    void reflectAndEdgeIndices()
    {
        // n = 3, from c = -4: 0 1 2 1 [0 1 2] 1 0
        const int64_t expected[] = {0, 1, 2, 1, 0, 1, 2, 1, 0};
        for (int64_t c = -4; c <= 4; ++c)
            QCOMPARE(padSource(c, 3, PadMode::Reflect), expected[c + 4]);
        QCOMPARE(padSource(-5, 1, PadMode::Reflect), int64_t(0));
        QCOMPARE(padSource(-2, 3, PadMode::Edge), int64_t(0));
        QCOMPARE(padSource(7, 3, PadMode::Edge), int64_t(2));
        QCOMPARE(padSource(3, 3, PadMode::Constant), int64_t(-1));
        QCOMPARE(padSource(-1, 3, PadMode::Constant), int64_t(-1));
        QCOMPARE(padSource(1, 3, PadMode::Constant), int64_t(1));
    }

    void padMatchesCpu_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<std::vector<int64_t>>("pads");
        for (const char *mode : {"constant", "reflect", "edge"}) {
            QTest::addRow("%s grow", mode) << QString::fromLatin1(mode) << std::vector<int64_t>{1, 2, 2, 1};
            QTest::addRow("%s crop and grow", mode) << QString::fromLatin1(mode) << std::vector<int64_t>{-1, 2, 1, -2};
        }
        QTest::newRow("reflect wider than the axis") << QStringLiteral("reflect") << std::vector<int64_t>{0, 5, 0, 4};
    }

    void padMatchesCpu()
    {
        QFETCH(QString, mode);
        QFETCH(std::vector<int64_t>, pads);
        const Shape shape{3, 4};
        const Tensor x = positions(shape);
        const Tensor p = ints(pads);
        const Tensor value = Tensor::fromVector<float>(DataType::Float, {}, {-7.f});
        Node node = makeNode("Pad", 3);
        node.attributes["mode"] = mode.toStdString();
        auto ref = runCpu(node, 13, {&x, &p, &value});
        const PadMode padMode = mode == QLatin1String("reflect") ? PadMode::Reflect
            : mode == QLatin1String("edge")                     ? PadMode::Edge
                                                                 : PadMode::Constant;
        auto out = padShape(shape, pads, padMode != PadMode::Constant);
        QVERIFY(out.ok());
        std::vector<float> replay;
        for (int64_t i = 0; i < checkedElementCount(*out).value_or(0); ++i) {
            const int64_t offset = padSourceOffset(i, dims(*out), dims(shape), dims(cpu::stridesOf(shape)),
                                                   dims({pads[0], pads[1]}), padMode);
            replay.push_back(offset < 0 ? -7.f : x.data<float>()[offset]);
        }
        COMPARE_WITH_CPU(ref, *out, replay);
    }

    void padRefusesWhatCpuRefuses()
    {
        QVERIFY(!padShape({3, 4}, {1, 1}, false).ok());
        QVERIFY(!padShape({3, 4}, {-2, 0, -2, 0}, false).ok());
        QVERIFY(!padShape({0, 4}, {1, 0, 0, 0}, true).ok()); // nothing to reflect
        QVERIFY(padShape({0, 4}, {1, 0, 0, 0}, false).ok());
    }

    void gatherMatchesCpu_data()
    {
        QTest::addColumn<int64_t>("axis");
        QTest::addColumn<Shape>("indexShape");
        QTest::addColumn<std::vector<int64_t>>("indices");
        QTest::newRow("rows") << int64_t(0) << Shape{2} << std::vector<int64_t>{2, -3};
        QTest::newRow("columns, 2-D indices") << int64_t(1) << Shape{2, 2} << std::vector<int64_t>{0, 3, -1, 1};
        QTest::newRow("last axis, scalar index") << int64_t(-1) << Shape{} << std::vector<int64_t>{-2};
    }

    void gatherMatchesCpu()
    {
        QFETCH(int64_t, axis);
        QFETCH(Shape, indexShape);
        QFETCH(std::vector<int64_t>, indices);
        const Shape shape{3, 4, 5};
        const Tensor x = positions(shape);
        const Tensor idx = Tensor::fromVector<int64_t>(DataType::Int64, indexShape, indices);
        Node node = makeNode("Gather", 2);
        node.attributes["axis"] = axis;
        auto ref = runCpu(node, 13, {&x, &idx});
        QVERIFY2(ref.ok(), ref.ok() ? "" : ref.error().describe().c_str());
        const auto a = *cpu::normaliseAxis(axis, 3);
        int64_t inner = 1;
        for (int64_t d = a + 1; d < 3; ++d)
            inner *= shape[static_cast<std::size_t>(d)];
        const int64_t count = idx.elementCount();
        const int64_t axisLength = shape[static_cast<std::size_t>(a)];
        std::vector<float> replay;
        for (int64_t i = 0; i < ref.value()[0].elementCount(); ++i) {
            int64_t index = indices[static_cast<std::size_t>(gatherIndexPosition(i, count, inner))];
            QVERIFY(resolveIndex(index, axisLength));
            replay.push_back(x.data<float>()[gatherSourceOffset(i, count, inner, axisLength, index)]);
        }
        QCOMPARE(valuesOf(ref.value()[0]), replay);
        int64_t outside = 3;
        QVERIFY(!resolveIndex(outside, 3));
        outside = -4;
        QVERIFY(!resolveIndex(outside, 3));
    }

    void gatherElementsMatchesCpu()
    {
        const Shape shape{3, 4};
        const Tensor x = positions(shape);
        for (int64_t axis : {int64_t(0), int64_t(1), int64_t(-1)}) {
            const Shape indexShape{2, 3};
            const std::vector<int64_t> indices{0, 2, -1, 1, -3, 2};
            const Tensor idx = Tensor::fromVector<int64_t>(DataType::Int64, indexShape, indices);
            Node node = makeNode("GatherElements", 2);
            node.attributes["axis"] = axis;
            auto ref = runCpu(node, 13, {&x, &idx});
            QVERIFY2(ref.ok(), ref.ok() ? "" : ref.error().describe().c_str());
            const auto a = static_cast<int>(*cpu::normaliseAxis(axis, 2));
            std::vector<float> replay;
            for (int64_t i = 0; i < idx.elementCount(); ++i) {
                int64_t index = indices[static_cast<std::size_t>(i)];
                QVERIFY(resolveIndex(index, shape[static_cast<std::size_t>(a)]));
                replay.push_back(x.data<float>()[gatherElementsOffset(i, dims(indexShape), dims(cpu::stridesOf(shape)), a, index)]);
            }
            COMPARE_WITH_CPU(ref, indexShape, replay);
        }
    }

    void concatMatchesCpu()
    {
        const Tensor a = positions({2, 1, 3});
        Tensor b = positions({2, 2, 3});
        Tensor c = positions({2, 3, 3});
        for (int64_t i = 0; i < b.elementCount(); ++i)
            b.data<float>()[i] += 100;
        for (int64_t i = 0; i < c.elementCount(); ++i)
            c.data<float>()[i] += 200;
        Node node = makeNode("Concat", 3);
        node.attributes["axis"] = int64_t(-2);
        auto ref = runCpu(node, 13, {&a, &b, &c});
        // Concat's launch: input k's rows land at its column of each output row.
        const int64_t outer = 2, outRow = 6 * 3;
        std::vector<float> replay(static_cast<std::size_t>(outer * outRow), -1.f);
        int64_t column = 0;
        for (const Tensor *t : std::initializer_list<const Tensor *>{&a, &b, &c}) {
            const int64_t row = t->elementCount() / outer;
            for (int64_t i = 0; i < t->elementCount(); ++i)
                replay[static_cast<std::size_t>(concatDestination(i, row, outRow, column))] = t->data<float>()[i];
            column += row;
        }
        COMPARE_WITH_CPU(ref, (Shape{2, 6, 3}), replay);
    }

    void depthAndSpaceMatchCpu()
    {
        const Shape shape{2, 8, 2, 3};
        const Tensor x = positions(shape);
        for (const char *mode : {"DCR", "CRD"}) {
            Node node = makeNode("DepthToSpace", 1);
            node.attributes["blocksize"] = int64_t(2);
            node.attributes["mode"] = std::string(mode);
            auto ref = runCpu(node, 13, {&x});
            Dims view;
            Dims strides;
            depthToSpaceView(dims(shape), 2, std::string(mode) == "CRD", &view, &strides);
            StridedView v{std::vector<int64_t>(view.d, view.d + 6), std::vector<int64_t>(strides.d, strides.d + 6), 0};
            COMPARE_WITH_CPU(ref, (Shape{2, 2, 4, 6}), replayView(x, v));
        }
        const Tensor s = positions({1, 2, 4, 6});
        Node node = makeNode("SpaceToDepth", 1);
        node.attributes["blocksize"] = int64_t(2);
        auto ref = runCpu(node, 13, {&s});
        Dims view;
        Dims strides;
        spaceToDepthView(dims({1, 2, 4, 6}), 2, &view, &strides);
        StridedView v{std::vector<int64_t>(view.d, view.d + 6), std::vector<int64_t>(strides.d, strides.d + 6), 0};
        COMPARE_WITH_CPU(ref, (Shape{1, 8, 2, 3}), replayView(s, v));
    }

    void triluMatchesCpu()
    {
        const Tensor x = positions({2, 3, 4});
        for (int64_t upper : {0, 1}) {
            for (int64_t k : {-1, 0, 2}) {
                const Tensor kt = Tensor::fromVector<int64_t>(DataType::Int64, {}, {k});
                Node node = makeNode("Trilu", 2);
                node.attributes["upper"] = upper;
                auto ref = runCpu(node, 14, {&x, &kt});
                std::vector<float> replay;
                for (int64_t i = 0; i < x.elementCount(); ++i)
                    replay.push_back(triluKeeps(i, 3, 4, k, upper != 0) ? x.data<float>()[i] : 0.f);
                COMPARE_WITH_CPU(ref, (Shape{2, 3, 4}), replay);
            }
        }
    }

    void aliasShapesMatchCpu()
    {
        const Tensor x = positions({2, 3, 4});
        auto reshaped = [&](std::vector<int64_t> target, int64_t allowZero) {
            const Tensor t = ints(target);
            Node node = makeNode("Reshape", 2);
            node.attributes["allowzero"] = allowZero;
            auto ref = runCpu(node, 14, {&x, &t});
            auto mine = reshapeShape(x.shape(), target, allowZero != 0);
            QCOMPARE(mine.ok(), ref.ok());
            if (ref.ok())
                QCOMPARE(*mine, ref.value()[0].shape());
        };
        reshaped({0, -1}, 0);
        reshaped({-1, 0, 2}, 0);
        reshaped({4, 0, 6}, 1);    // allowzero: 0 is a real 0, which cannot hold 24 elements
        reshaped({24}, 0);
        reshaped({-1, -1}, 0);     // two -1
        reshaped({5, -1}, 0);      // 24 is not a multiple of 5
        reshaped({0, 0, 0, 0}, 0); // copies an axis the input does not have

        for (int64_t axis : {-3, -1, 0, 1, 3, 4, -4}) {
            Node node = makeNode("Flatten", 1);
            node.attributes["axis"] = axis;
            auto ref = runCpu(node, 13, {&x});
            auto mine = flattenShape(x.shape(), axis);
            QCOMPARE(mine.ok(), ref.ok());
            if (ref.ok())
                QCOMPARE(*mine, ref.value()[0].shape());
        }

        const Tensor ones = positions({1, 3, 1, 2});
        for (const std::vector<int64_t> &axes : {std::vector<int64_t>{0}, {-2, 0}, {1}, {}}) {
            const Tensor a = ints(axes);
            Node node = makeNode("Squeeze", axes.empty() ? 1 : 2);
            auto ref = runCpu(node, 13, {&ones, axes.empty() ? nullptr : &a});
            auto mine = squeezeShape(ones.shape(), axes.empty() ? std::nullopt : std::optional(axes));
            QCOMPARE(mine.ok(), ref.ok());
            if (ref.ok())
                QCOMPARE(*mine, ref.value()[0].shape());
        }
        for (const std::vector<int64_t> &axes : {std::vector<int64_t>{0}, {-1, 1}, {5}, {1, 1}, {0, 4, 2}}) {
            const Tensor a = ints(axes);
            auto ref = runCpu(makeNode("Unsqueeze", 2), 13, {&x, &a});
            auto mine = unsqueezeShape(x.shape(), axes);
            QCOMPARE(mine.ok(), ref.ok());
            if (ref.ok())
                QCOMPARE(*mine, ref.value()[0].shape());
        }
    }

    void roundingWithoutMathLibrary()
    {
        QCOMPARE(floorExact(-0.5), -1.0);
        QCOMPARE(floorExact(2.0), 2.0);
        QCOMPARE(floorExact(-3.0), -3.0);
        QCOMPARE(ceilExact(-0.5), 0.0);
        QCOMPARE(ceilExact(2.25), 3.0);
        // Halves go to the preferred side; everything else to the nearest.
        QCOMPARE(nearestIndex(NearestMode::RoundPreferFloor, 1.5, 10), int64_t(1));
        QCOMPARE(nearestIndex(NearestMode::RoundPreferCeil, 1.5, 10), int64_t(2));
        QCOMPARE(nearestIndex(NearestMode::RoundPreferFloor, 1.51, 10), int64_t(2));
        QCOMPARE(nearestIndex(NearestMode::RoundPreferCeil, -0.4, 10), int64_t(0));
        QCOMPARE(nearestIndex(NearestMode::Floor, 2.99, 10), int64_t(2));
        QCOMPARE(nearestIndex(NearestMode::Ceil, 2.01, 10), int64_t(3));
        QCOMPARE(nearestIndex(NearestMode::Ceil, 9.5, 10), int64_t(9)); // clamped
        const LinearTap tap = linearTap(-0.25, 4);
        QCOMPARE(tap.low, int64_t(0));
        QCOMPARE(tap.weight, 0.0);
        const LinearTap last = linearTap(3.75, 4);
        QCOMPARE(last.low, int64_t(3));
        QCOMPARE(last.high, int64_t(3));
    }

    void resizeMatchesCpu_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("transform");
        QTest::addColumn<QString>("nearest");
        QTest::addColumn<bool>("bySizes");
        const char *transforms[] = {"half_pixel", "asymmetric", "align_corners", "pytorch_half_pixel",
                                    "tf_half_pixel_for_nn"};
        const char *nearest[] = {"round_prefer_floor", "round_prefer_ceil", "floor", "ceil"};
        for (const char *t : transforms) {
            for (const char *n : nearest) {
                QTest::addRow("nearest %s %s", t, n) << QStringLiteral("nearest") << QString::fromLatin1(t)
                                                     << QString::fromLatin1(n) << false;
            }
            QTest::addRow("linear %s scales", t) << QStringLiteral("linear") << QString::fromLatin1(t)
                                                 << QStringLiteral("round_prefer_floor") << false;
            QTest::addRow("linear %s sizes", t) << QStringLiteral("linear") << QString::fromLatin1(t)
                                                << QStringLiteral("round_prefer_floor") << true;
        }
    }

    void resizeMatchesCpu()
    {
        QFETCH(QString, mode);
        QFETCH(QString, transform);
        QFETCH(QString, nearest);
        QFETCH(bool, bySizes);
        const Shape shape{1, 2, 3, 5};
        const Tensor x = uneven(shape);
        // Upscale one axis, downscale another by a scale with no exact binary form.
        const std::vector<double> scalesIn{1, 1, 2.5, 0.7};
        const std::vector<int64_t> sizesIn{1, 3, 7, 4};
        const Tensor scales = Tensor::fromVector<float>(DataType::Float, {4},
            std::vector<float>(scalesIn.begin(), scalesIn.end()));
        const Tensor sizes = ints(sizesIn);
        Node node = makeNode("Resize", 4);
        node.attributes["mode"] = mode.toStdString();
        node.attributes["coordinate_transformation_mode"] = transform.toStdString();
        node.attributes["nearest_mode"] = nearest.toStdString();
        node.inputs[1].clear();
        node.inputs[bySizes ? 2 : 3].clear();
        auto ref = runCpu(node, 13, {&x, nullptr, bySizes ? nullptr : &scales, bySizes ? &sizes : nullptr});
        QVERIFY2(ref.ok(), ref.ok() ? "" : ref.error().describe().c_str());

        // What ResizeOps.cu's plan and kernel compute. Scales reach the plan as float values.
        std::vector<double> planScales;
        for (double s : scalesIn)
            planScales.push_back(static_cast<float>(s));
        auto geometry = resizeGeometry(shape, bySizes ? std::vector<double>{} : planScales,
                                       bySizes ? sizesIn : std::vector<int64_t>{});
        QVERIFY(geometry.ok());
        const ResizeParams params = resizeParamsFor("Resize", 13, cpu::AttributeReader(node));
        QCOMPARE(params.transform == ResizeTransform::HalfPixel, transform == QLatin1String("half_pixel"));
        QCOMPARE(params.nearest == NearestMode::RoundPreferFloor, nearest == QLatin1String("round_prefer_floor"));
        QCOMPARE(params.linear, mode == QLatin1String("linear"));
        const std::vector<float> replay = replayResize(x, *geometry, params);
        COMPARE_WITH_CPU(ref, geometry->shape, replay);
    }

    // Resize-10 and Upsample: asymmetric coordinates and floor, whatever the attributes say.
    void upsampleAndResize10MatchCpu_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("opset");
        QTest::addColumn<QString>("mode");
        QTest::newRow("Upsample-7 nearest") << QStringLiteral("Upsample") << 7 << QStringLiteral("nearest");
        QTest::newRow("Upsample-7 linear") << QStringLiteral("Upsample") << 7 << QStringLiteral("linear");
        QTest::newRow("Upsample-9 bilinear") << QStringLiteral("Upsample") << 9 << QStringLiteral("bilinear");
        QTest::newRow("Resize-10 nearest") << QStringLiteral("Resize") << 10 << QStringLiteral("nearest");
        QTest::newRow("Resize-10 linear") << QStringLiteral("Resize") << 10 << QStringLiteral("linear");
    }

    void upsampleAndResize10MatchCpu()
    {
        QFETCH(QString, op);
        QFETCH(int, opset);
        QFETCH(QString, mode);
        const Shape shape{1, 1, 3, 4};
        const Tensor x = uneven(shape);
        const std::vector<float> scales{1.f, 1.f, 2.f, 1.5f};
        const Tensor scaleTensor = Tensor::fromVector<float>(DataType::Float, {4}, scales);
        Node node = makeNode(op.toStdString(), opset < 9 ? 1 : 2);
        node.attributes["mode"] = mode.toStdString();
        node.attributes["coordinate_transformation_mode"] = std::string("half_pixel"); // ignored before 11
        if (opset < 9)
            node.attributes["scales"] = scales;
        auto ref = runCpu(node, opset, {&x, opset < 9 ? nullptr : &scaleTensor});
        auto geometry = resizeGeometry(shape, std::vector<double>(scales.begin(), scales.end()), {});
        QVERIFY(geometry.ok());
        const ResizeParams params = resizeParamsFor(op.toStdString(), opset, cpu::AttributeReader(node));
        QCOMPARE(params.transform, ResizeTransform::Asymmetric);
        COMPARE_WITH_CPU(ref, geometry->shape, replayResize(x, *geometry, params));
    }

    void resizeRefusesWhatCpuRefuses()
    {
        QVERIFY(!resizeGeometry({2, 3}, {2}, {}).ok());
        QVERIFY(!resizeGeometry({2, 3}, {1, 0}, {}).ok());
        QVERIFY(!resizeGeometry({2, 3}, {1, std::numeric_limits<double>::infinity()}, {}).ok());
        QVERIFY(!resizeGeometry({2, 3}, {}, {4}).ok());
        auto empty = resizeGeometry({0, 3}, {}, {2, 6});
        QVERIFY(empty.ok());
        QCOMPARE(empty->scales[0], 1.0);
    }
};

QTEST_GUILESS_MAIN(TestMovementIndex)
#include "tst_movementindex.moc"
