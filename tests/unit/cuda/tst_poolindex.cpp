// The arithmetic of the CUDA pooling, reduction, ArgMax and softmax kernels, run on the host
// against the CPU engine's kernels: PoolIndex.h's window walk is the whole body of the pooling
// kernel and ReduceIndex.h's functions are what the reduction kernels call, so a difference here
// is a difference on the GPU.

#include "core/validation/engine/cpu/ConvGeometry.h"
#include "core/validation/engine/cpu/OpRegistry.h"
#include "core/validation/engine/cuda/PoolIndex.h"
#include "core/validation/engine/cuda/ReduceIndex.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace fleetdeck::validation;
using namespace fleetdeck::validation::cuda;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

Node makeNode(const char *op, std::size_t inputs, std::map<std::string, AttributeValue, std::less<>> attributes)
{
    Node node;
    node.opType = op;
    node.name = op;
    for (std::size_t i = 0; i < inputs; ++i)
        node.inputs.push_back("in" + std::to_string(i));
    node.outputs = {"out"};
    node.attributes = std::move(attributes);
    return node;
}

// The CPU engine's result for one node.
Tensor runCpu(const Node &node, int64_t opset, std::vector<const Tensor *> inputs)
{
    ThreadPool pool(1);
    cpu::KernelContext ctx(node, opset, std::move(inputs), pool, int64_t(1) << 30);
    const Status status = cpu::OpRegistry::instance().find(node.opType)->run(ctx);
    if (!status.ok())
        qFatal("CPU %s failed: %s", node.opType.c_str(), status.error().detail.c_str());
    return std::move(ctx.output(0));
}

Tensor randomTensor(Shape shape, unsigned seed, double nanShare = 0)
{
    Tensor t(DataType::Float, std::move(shape));
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> value(-4.0f, 4.0f);
    std::uniform_real_distribution<double> chance(0, 1);
    for (int64_t i = 0; i < t.elementCount(); ++i)
        t.data<float>()[i] = chance(rng) < nanShare ? std::numeric_limits<float>::quiet_NaN() : value(rng);
    return t;
}

// Equal bit for bit, or both NaN.
bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Runs the CPU pool and the GPU kernel's body on the same input; sizes and every value agree.
template <typename T>
void comparePool(const Node &node, const Tensor &x)
{
    const bool max = node.opType == "MaxPool";
    const Tensor expected = runCpu(node, 17, {&x});
    ThreadPool pool(1);
    const cpu::KernelContext ctx(node, 17, {&x}, pool, 0);
    cpu::AttributeReader attributes(node);
    auto cg = cpu::slidingGeometry(ctx, x.shape(), attributes.getInts("kernel_shape"), attributes.getInt("ceil_mode", 0) != 0);
    QVERIFY(bool(cg));
    const PoolGeometry g = toPoolGeometry(*cg);
    Shape shape{x.dim(0), x.dim(1)};
    shape.insert(shape.end(), cg->output.begin(), cg->output.end());
    QCOMPARE(shape, expected.shape());
    QCOMPARE(g.outputSize() * x.dim(0) * x.dim(1), expected.elementCount());
    const bool includePad = attributes.getInt("count_include_pad", 0) != 0;
    for (int64_t i = 0; i < expected.elementCount(); ++i) {
        const T *plane = x.data<T>() + (i / g.outputSize()) * g.inputSize();
        const T got = cpu::saturatingCast<T>(poolWindowValue(g, plane, i % g.outputSize(), max, includePad));
        QVERIFY2(same(double(got), double(expected.data<T>()[i])),
            qPrintable(QStringLiteral("element %1: %2 against the CPU's %3").arg(i).arg(double(got)).arg(double(expected.data<T>()[i]))));
    }
}

using Attributes = std::map<std::string, AttributeValue, std::less<>>;
using Ints = std::vector<int64_t>;

} // namespace

class TestPoolIndex : public QObject
{
    Q_OBJECT

private slots:
    void tapRangeByHand()
    {
        // Coordinates -1, 1, 3 (origin -1, dilation 2): taps 1 and 2 lie inside [0, 5).
        QCOMPARE(tapRange(-1, 2, 3, 0, 5).first, int64_t(1));
        QCOMPARE(tapRange(-1, 2, 3, 0, 5).last, int64_t(3));
        // Coordinates 3, 5, 7 in [0, 5): only tap 0.
        QCOMPARE(tapRange(3, 2, 3, 0, 5).count(), int64_t(1));
        // A window wholly in the begin pad, and one wholly past the end.
        QCOMPARE(tapRange(-3, 1, 2, 0, 4).count(), int64_t(0));
        QCOMPARE(tapRange(6, 1, 2, 0, 4).count(), int64_t(0));
        // Negative numerators round up, not towards zero.
        QCOMPARE(ceilDiv(-3, 2), int64_t(-1));
        QCOMPARE(ceilDiv(-4, 2), int64_t(-2));
        QCOMPARE(ceilDiv(3, 2), int64_t(2));
        QCOMPARE(ceilDiv(0, 5), int64_t(0));
    }

    void paddedCountLeavesOutCeilModeOverhang()
    {
        // Input 5, kernel 2, stride 2, pads 1/1, ceil_mode: windows start at -1, 1, 3, 5; the last
        // one covers coordinates 5 (end pad) and 6 (past the pad: counted nowhere).
        cpu::ConvGeometry cg;
        cg.input = {5};
        cg.kernel = {2};
        cg.strides = {2};
        cg.dilations = {1};
        cg.padBegin = {1};
        cg.padEnd = {1};
        cg.output = {4};
        const PoolGeometry g = toPoolGeometry(cg);
        QCOMPARE(g.input[0], int64_t(1));
        QCOMPARE(g.input[2], int64_t(5));
        QCOMPARE(poolWindow(g, 0).validCount, int64_t(1));
        QCOMPARE(poolWindow(g, 0).paddedCount, int64_t(2));
        QCOMPARE(poolWindow(g, 3).validCount, int64_t(0));
        QCOMPARE(poolWindow(g, 3).paddedCount, int64_t(1));
    }

    void poolsMatchCpu_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<Ints>("shape");
        QTest::addColumn<Ints>("kernel");
        QTest::addColumn<Ints>("strides");
        QTest::addColumn<Ints>("pads");
        QTest::addColumn<Ints>("dilations");
        QTest::addColumn<QString>("autoPad");
        QTest::addColumn<int>("ceilMode");
        QTest::addColumn<int>("includePad");
        // name, op, shape, kernel, strides, pads, dilations, auto_pad, ceil_mode, count_include_pad
        QTest::newRow("resnet stem max") << "MaxPool" << Ints{1, 2, 9, 9} << Ints{3, 3} << Ints{2, 2} << Ints{1, 1, 1, 1} << Ints{1, 1} << "NOTSET" << 0 << 0;
        QTest::newRow("max ceil dilated") << "MaxPool" << Ints{2, 1, 10, 7} << Ints{3, 2} << Ints{3, 2} << Ints{0, 1, 2, 0} << Ints{2, 3} << "NOTSET" << 1 << 0;
        QTest::newRow("max 1-D same lower") << "MaxPool" << Ints{1, 3, 11} << Ints{4} << Ints{3} << Ints{0, 0} << Ints{1} << "SAME_LOWER" << 0 << 0;
        QTest::newRow("max 3-D same upper") << "MaxPool" << Ints{1, 2, 5, 6, 4} << Ints{2, 3, 2} << Ints{2, 2, 1} << Ints{0, 0, 0, 0, 0, 0} << Ints{1, 1, 2} << "SAME_UPPER" << 0 << 0;
        QTest::newRow("max valid") << "MaxPool" << Ints{1, 1, 8, 8} << Ints{3, 3} << Ints{2, 3} << Ints{2, 2, 2, 2} << Ints{1, 1} << "VALID" << 1 << 0;
        QTest::newRow("avg exclude pad ceil") << "AveragePool" << Ints{2, 2, 7, 5} << Ints{3, 3} << Ints{2, 2} << Ints{1, 1, 1, 1} << Ints{1, 1} << "NOTSET" << 1 << 0;
        QTest::newRow("avg include pad ceil") << "AveragePool" << Ints{2, 2, 7, 5} << Ints{3, 3} << Ints{2, 2} << Ints{1, 1, 1, 1} << Ints{1, 1} << "NOTSET" << 1 << 1;
        QTest::newRow("avg include pad asymmetric") << "AveragePool" << Ints{1, 1, 6, 6} << Ints{2, 3} << Ints{1, 2} << Ints{1, 0, 0, 2} << Ints{1, 1} << "NOTSET" << 0 << 1;
        QTest::newRow("avg same upper include pad") << "AveragePool" << Ints{1, 2, 5, 5} << Ints{3, 3} << Ints{2, 2} << Ints{0, 0, 0, 0} << Ints{1, 1} << "SAME_UPPER" << 0 << 1;
        QTest::newRow("avg 1-D") << "AveragePool" << Ints{3, 2, 13} << Ints{5} << Ints{4} << Ints{2, 3} << Ints{1} << "NOTSET" << 1 << 0;
        QTest::newRow("avg 3-D include pad") << "AveragePool" << Ints{1, 1, 4, 5, 6} << Ints{2, 2, 3} << Ints{2, 1, 2} << Ints{1, 0, 1, 1, 1, 0} << Ints{1, 1, 1} << "NOTSET" << 1 << 1;
    }

    void poolsMatchCpu()
    {
        QFETCH(QString, op);
        QFETCH(Ints, shape);
        QFETCH(Ints, kernel);
        QFETCH(Ints, strides);
        QFETCH(Ints, pads);
        QFETCH(Ints, dilations);
        QFETCH(QString, autoPad);
        QFETCH(int, ceilMode);
        QFETCH(int, includePad);
        Attributes a{{"kernel_shape", kernel}, {"strides", strides}, {"pads", pads}, {"dilations", dilations},
                     {"auto_pad", autoPad.toStdString()}, {"ceil_mode", int64_t(ceilMode)},
                     {"count_include_pad", int64_t(includePad)}};
        if (autoPad != QLatin1String("NOTSET"))
            a.erase("pads");
        const Node node = makeNode(op.toUtf8().constData(), 1, a);
        // Some NaN in the max pools: the CPU lets a NaN in the window win.
        const Tensor x = randomTensor(shape, 7, op == QLatin1String("MaxPool") ? 0.05 : 0);
        comparePool<float>(node, x);
    }

    void randomPoolsMatchCpu()
    {
        // Hand-picked geometries miss corners; a few hundred random ones (1 to 3 axes, strides
        // past the kernel, dilations, pads up to the kernel, ceil_mode, auto_pad, both divisors)
        // do not. Whatever the CPU engine pools, the window walk must agree with it.
        std::mt19937 rng(2026);
        const auto pick = [&](int64_t low, int64_t high) { return std::uniform_int_distribution<int64_t>(low, high)(rng); };
        const char *autoPads[] = {"NOTSET", "NOTSET", "NOTSET", "VALID", "SAME_UPPER", "SAME_LOWER"};
        int compared = 0;
        for (int round = 0; round < 400; ++round) {
            const int64_t axes = pick(1, 3);
            Ints shape{pick(1, 2), pick(1, 3)}, kernel, strides, dilations, pads(std::size_t(2 * axes));
            for (int64_t d = 0; d < axes; ++d) {
                shape.push_back(pick(1, axes == 3 ? 6 : 10));
                kernel.push_back(pick(1, 4));
                strides.push_back(pick(1, 4));
                dilations.push_back(pick(1, 3));
            }
            for (int64_t &pad : pads)
                pad = pick(0, 3);
            const bool max = pick(0, 1) == 1;
            const int64_t ceilMode = pick(0, 1);
            const Attributes a{{"kernel_shape", kernel}, {"strides", strides}, {"dilations", dilations}, {"pads", pads},
                               {"auto_pad", std::string(autoPads[pick(0, 5)])}, {"ceil_mode", ceilMode},
                               {"count_include_pad", pick(0, 1)}};
            const Node node = makeNode(max ? "MaxPool" : "AveragePool", 1, a);
            ThreadPool pool(1);
            const cpu::KernelContext ctx(node, 17, {}, pool, 0);
            if (!cpu::slidingGeometry(ctx, shape, kernel, ceilMode != 0))
                continue; // the CPU engine refuses it too
            comparePool<float>(node, randomTensor(shape, unsigned(round), max ? 0.05 : 0));
            if (QTest::currentTestFailed()) {
                qWarning("round %d: %s over %s", round, node.opType.c_str(), shapeToString(shape).c_str());
                return;
            }
            ++compared;
        }
        QVERIFY2(compared > 200, qPrintable(QStringLiteral("%1 geometries compared").arg(compared)));
    }

    void maxPoolOfPaddingOnlySaturates()
    {
        // pads 2 with kernel 2: the first window sees padding only (-inf), which int8 stores as
        // -128 and uint8 as 0, as the CPU's saturatingCast does.
        const Attributes a{{"kernel_shape", Ints{2}}, {"pads", Ints{2, 0}}};
        for (DataType type : {DataType::Int8, DataType::Uint8}) {
            Tensor x(type, {1, 1, 4});
            for (int64_t i = 0; i < 4; ++i)
                x.data<uint8_t>()[i] = uint8_t(10 * i + 5);
            const Node node = makeNode("MaxPool", 1, a);
            if (type == DataType::Int8)
                comparePool<int8_t>(node, x);
            else
                comparePool<uint8_t>(node, x);
        }
        QCOMPARE(cpu::saturatingCast<int8_t>(-kInf), int8_t(-128));
        QCOMPARE(cpu::saturatingCast<int8_t>(kInf), int8_t(127));
        QCOMPARE(cpu::saturatingCast<int8_t>(kNaN), int8_t(0));
        QCOMPARE(cpu::saturatingCast<int8_t>(-3.7), int8_t(-3));
        QCOMPARE(cpu::saturatingCast<uint8_t>(-kInf), uint8_t(0));
        QCOMPARE(cpu::saturatingCast<uint8_t>(300.0), uint8_t(255));
        QCOMPARE(cpu::saturatingCast<uint8_t>(254.9), uint8_t(254));
        QVERIFY(std::isinf(cpu::saturatingCast<float>(-kInf)));
    }

    void lrnMatchesCpu_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {1, 2, 3, 4, 5, 9})
            QTest::addRow("size %d", size) << size;
    }

    void lrnMatchesCpu()
    {
        // Even sizes reach one channel further forward than back; 9 is wider than the 5 channels.
        QFETCH(int, size);
        const Tensor x = randomTensor({2, 5, 3, 2}, 13);
        const Node node = makeNode("LRN", 1, {{"size", int64_t(size)}, {"alpha", 0.5f}, {"beta", 0.8f}, {"bias", 2.0f}});
        const Tensor expected = runCpu(node, 13, {&x});
        LrnParams p;
        p.channels = 5;
        p.plane = 6;
        p.size = size;
        p.alpha = 0.5f;
        p.beta = 0.8f;
        p.bias = 2.0f;
        for (int64_t i = 0; i < x.elementCount(); ++i)
            QCOMPARE(static_cast<float>(lrnValue(x.data<float>(), i, p)), expected.data<float>()[i]);
        QCOMPARE(lrnWindow(p, 0).first, int64_t(0));
        QCOMPARE(lrnWindow(p, 4).last, int64_t(5));
    }

    void reduceMapOfAxes0And2()
    {
        // [2, 3, 4] reducing axes {0, 2}: one output per middle index (stride 4), each reading
        // [2, 4] elements with strides 12 and 1, in row-major order.
        const int64_t shape[] = {2, 3, 4};
        const bool reduced[] = {true, false, true};
        const ReduceMap map = makeReduceMap(shape, 3, reduced);
        QCOMPARE(map.outputCount(), int64_t(3));
        QCOMPARE(map.groupSize(), int64_t(8));
        QCOMPARE(map.kept.rank, 1);
        QCOMPARE(map.keptStrides.d[0], int64_t(4));
        QCOMPARE(map.reduced.rank, 2);
        QCOMPARE(map.reducedStrides.d[0], int64_t(12));
        QCOMPARE(map.reducedStrides.d[1], int64_t(1));
        QCOMPARE(map.inputOffset(1, 0), int64_t(4));
        QCOMPARE(map.inputOffset(1, 3), int64_t(7));
        QCOMPARE(map.inputOffset(1, 4), int64_t(16));
        QCOMPARE(map.inputOffset(2, 7), int64_t(23));
    }

    void reduceMapMergesNeighbours()
    {
        // [2, 1, 3, 4, 5] reducing {3, 4}: the kept axes merge into [6] and the reduced into [20].
        const int64_t shape[] = {2, 1, 3, 4, 5};
        const bool reduced[] = {false, false, false, true, true};
        const ReduceMap map = makeReduceMap(shape, 5, reduced);
        QCOMPARE(map.kept.rank, 1);
        QCOMPARE(map.kept.d[0], int64_t(6));
        QCOMPARE(map.keptStrides.d[0], int64_t(20));
        QCOMPARE(map.reduced.rank, 1);
        QCOMPARE(map.reduced.d[0], int64_t(20));
        QCOMPARE(map.reducedStrides.d[0], int64_t(1));
        // A scalar, and everything reduced: one output of one group.
        const ReduceMap scalar = makeReduceMap(nullptr, 0, nullptr);
        QCOMPARE(scalar.outputCount(), int64_t(1));
        QCOMPARE(scalar.groupSize(), int64_t(1));
    }

    void resolvedAxes()
    {
        bool reduced[3] = {};
        bool noop = false;
        int64_t bad = 0;
        const int64_t negative[] = {-1, -3};
        QVERIFY(resolveReducedAxes(negative, 2, 3, false, false, reduced, noop, bad));
        QVERIFY(reduced[0] && !reduced[1] && reduced[2] && !noop);
        // No axes: all of them, unless they came from an input and noop_with_empty_axes is set.
        QVERIFY(resolveReducedAxes(nullptr, 0, 3, true, false, reduced, noop, bad));
        QVERIFY(reduced[0] && reduced[1] && reduced[2] && !noop);
        QVERIFY(resolveReducedAxes(nullptr, 0, 3, true, true, reduced, noop, bad));
        QVERIFY(noop);
        QVERIFY(resolveReducedAxes(nullptr, 0, 3, false, true, reduced, noop, bad));
        QVERIFY(!noop); // the attribute form has no noop
        const int64_t outOfRange[] = {1, 3};
        QVERIFY(!resolveReducedAxes(outOfRange, 2, 3, false, false, reduced, noop, bad));
        QCOMPARE(bad, int64_t(3));
        const int64_t belowRange[] = {-4};
        QVERIFY(!resolveReducedAxes(belowRange, 1, 3, false, false, reduced, noop, bad));
        QCOMPARE(bad, int64_t(-4));
    }

    void reductionsMatchCpu_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<Ints>("shape");
        QTest::addColumn<Ints>("axes");
        QTest::addColumn<int>("keepdims");
        QTest::addColumn<double>("nanShare");
        const char *ops[] = {"ReduceSum", "ReduceMean", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL1",
                             "ReduceL2", "ReduceLogSum", "ReduceLogSumExp", "ReduceSumSquare"};
        for (const char *op : ops) {
            QTest::addRow("%s axes 0,2 keep", op) << QString::fromLatin1(op) << Ints{2, 3, 4} << Ints{0, 2} << 1 << 0.0;
            QTest::addRow("%s axes -1 drop", op) << QString::fromLatin1(op) << Ints{2, 3, 4} << Ints{-1} << 0 << 0.0;
            QTest::addRow("%s all", op) << QString::fromLatin1(op) << Ints{3, 1, 5} << Ints{} << 0 << 0.0;
            QTest::addRow("%s empty group", op) << QString::fromLatin1(op) << Ints{2, 0, 3} << Ints{1} << 1 << 0.0;
            QTest::addRow("%s nan", op) << QString::fromLatin1(op) << Ints{4, 6} << Ints{0} << 1 << 0.1;
        }
    }

    void reductionsMatchCpu()
    {
        QFETCH(QString, op);
        QFETCH(Ints, shape);
        QFETCH(Ints, axes);
        QFETCH(int, keepdims);
        QFETCH(double, nanShare);
        Attributes a{{"keepdims", int64_t(keepdims)}};
        if (!axes.empty())
            a.emplace("axes", axes);
        // Opset 11: axes as an attribute for every ReduceX (ReduceSum's input form is below).
        const Node node = makeNode(op.toUtf8().constData(), 1, a);
        Tensor x = randomTensor(shape, 11, nanShare);
        if (op == QLatin1String("ReduceLogSum")) {
            for (int64_t i = 0; i < x.elementCount(); ++i)
                x.data<float>()[i] = std::abs(x.data<float>()[i]);
        }
        const Tensor expected = runCpu(node, 11, {&x});
        bool reduced[kMaxRank] = {};
        bool noop = false;
        int64_t bad = 0;
        QVERIFY(resolveReducedAxes(axes.data(), int(axes.size()), int(shape.size()), false, false, reduced, noop, bad));
        const ReduceMap map = makeReduceMap(shape.data(), int(shape.size()), reduced);
        const std::pair<const char *, ReduceKind> kinds[] = {
            {"ReduceSum", ReduceKind::Sum}, {"ReduceMean", ReduceKind::Mean}, {"ReduceMax", ReduceKind::Max},
            {"ReduceMin", ReduceKind::Min}, {"ReduceProd", ReduceKind::Prod}, {"ReduceL1", ReduceKind::L1},
            {"ReduceL2", ReduceKind::L2}, {"ReduceLogSum", ReduceKind::LogSum},
            {"ReduceLogSumExp", ReduceKind::LogSumExp}, {"ReduceSumSquare", ReduceKind::SumSquare}};
        ReduceKind kind = ReduceKind::Sum;
        for (const auto &[name, k] : kinds) {
            if (op == QLatin1String(name))
                kind = k;
        }
        QCOMPARE(map.outputCount(), expected.elementCount());
        for (int64_t o = 0; o < expected.elementCount(); ++o) {
            const float got = static_cast<float>(reduceOutput(kind, map, x.data<float>(), o));
            QVERIFY2(same(got, expected.data<float>()[o]),
                qPrintable(QStringLiteral("output %1: %2 against the CPU's %3").arg(o).arg(got).arg(expected.data<float>()[o])));
        }
    }

    void blockCombineAgreesWithOneThread_data()
    {
        QTest::addColumn<double>("nanShare");
        QTest::newRow("finite") << 0.0;
        QTest::newRow("some NaN") << 0.02;
    }

    void blockCombineAgreesWithOneThread()
    {
        // The block kernel folds a strided share per thread, then combines the shares; that
        // must give the one-thread answer: exactly for Max and Min (a NaN wins), within double
        // rounding for sums (another order), and LogSumExp must find the same peak first.
        QFETCH(double, nanShare);
        const Tensor x = randomTensor({1, 300}, 5, nanShare);
        const int64_t shape[] = {1, 300};
        const bool reduced[] = {false, true};
        const ReduceMap map = makeReduceMap(shape, 2, reduced);
        const auto at = [&](int64_t r) { return double(x.data<float>()[map.inputOffset(0, r)]); };
        constexpr int threads = 32;
        for (ReduceKind kind : {ReduceKind::Max, ReduceKind::Min, ReduceKind::LogSumExp, ReduceKind::Sum, ReduceKind::Prod}) {
            double peak = -kInf;
            if (kind == ReduceKind::LogSumExp) {
                for (int t = 0; t < threads; ++t) {
                    double share = -kInf;
                    for (int64_t r = t; r < 300; r += threads)
                        share = peakStep(share, at(r));
                    peak = peakStep(peak, share);
                }
            }
            double acc = reduceInitial(kind);
            for (int t = 0; t < threads; ++t) {
                double share = reduceInitial(kind);
                for (int64_t r = t; r < 300; r += threads)
                    share = reduceStep(kind, share, at(r), peak);
                acc = reduceCombine(kind, acc, share);
            }
            const double block = reduceFinish(kind, acc, peak, 300);
            const double single = reduceOutput(kind, map, x.data<float>(), 0);
            QCOMPARE(std::isnan(single), nanShare > 0); // 2% of 300 values: some NaN
            QVERIFY2(same(block, single) || std::abs(block - single) <= 1e-12 * std::abs(single),
                qPrintable(QStringLiteral("kind %1: %2 against %3").arg(int(kind)).arg(block).arg(single)));
        }
    }

    void reduceSumAxesInput()
    {
        // ReduceSum-13 reads its axes from input 1; noop_with_empty_axes with no axes is identity.
        const Tensor x = randomTensor({2, 3, 4}, 3);
        const Tensor axes = Tensor::fromVector<int64_t>(DataType::Int64, {2}, {0, -1});
        const Node node = makeNode("ReduceSum", 2, {{"keepdims", int64_t(0)}});
        const Tensor expected = runCpu(node, 13, {&x, &axes});
        bool reduced[3] = {};
        bool noop = false;
        int64_t bad = 0;
        QVERIFY(resolveReducedAxes(axes.data<int64_t>(), 2, 3, true, false, reduced, noop, bad));
        const ReduceMap map = makeReduceMap(x.shape().data(), 3, reduced);
        QCOMPARE(expected.shape(), (Shape{3}));
        for (int64_t o = 0; o < 3; ++o)
            QCOMPARE(static_cast<float>(reduceOutput(ReduceKind::Sum, map, x.data<float>(), o)), expected.data<float>()[o]);
        const Node identity = makeNode("ReduceSum", 1, {{"noop_with_empty_axes", int64_t(1)}});
        QCOMPARE(runCpu(identity, 13, {&x}).shape(), x.shape());
        QVERIFY(resolveReducedAxes(nullptr, 0, 3, true, true, reduced, noop, bad));
        QVERIFY(noop);
    }

    void argMatchesCpu_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("axis");
        QTest::addColumn<int>("last");
        for (const char *op : {"ArgMax", "ArgMin"}) {
            for (int axis : {0, 1, -1}) {
                QTest::addRow("%s axis %d", op, axis) << QString::fromLatin1(op) << axis << 0;
                QTest::addRow("%s axis %d last", op, axis) << QString::fromLatin1(op) << axis << 1;
            }
        }
    }

    void argMatchesCpu()
    {
        QFETCH(QString, op);
        QFETCH(int, axis);
        QFETCH(int, last);
        // Small integers give ties; some NaN (one at the front of a row stays the answer).
        Tensor x = randomTensor({3, 5, 4}, 9, 0.08);
        for (int64_t i = 0; i < x.elementCount(); ++i) {
            if (!std::isnan(x.data<float>()[i]))
                x.data<float>()[i] = std::round(x.data<float>()[i]);
        }
        const Node node = makeNode(op.toUtf8().constData(), 1,
            {{"axis", int64_t(axis)}, {"select_last_index", int64_t(last)}, {"keepdims", int64_t(0)}});
        const Tensor expected = runCpu(node, 13, {&x});
        const int64_t a = axis < 0 ? axis + 3 : axis;
        const AxisSplit split = splitAtAxis(x.shape().data(), 3, a, false);
        QCOMPARE(split.rows(), expected.elementCount());
        for (int64_t row = 0; row < split.rows(); ++row)
            QCOMPARE(argOfRow(x.data<float>(), split, row, op == QLatin1String("ArgMax"), last != 0), expected.data<int64_t>()[row]);
    }

    void softmaxRowsByOpset()
    {
        // [2, 3, 4] at axis 1: opset 11 flattens to [2, 12]; opset 13 works along the 3.
        const int64_t shape[] = {2, 3, 4};
        const AxisSplit legacy = splitAtAxis(shape, 3, 1, true);
        QCOMPARE(legacy.outer, int64_t(2));
        QCOMPARE(legacy.n, int64_t(12));
        QCOMPARE(legacy.inner, int64_t(1));
        QCOMPARE(legacy.rowBase(1), int64_t(12));
        const AxisSplit current = splitAtAxis(shape, 3, 1, false);
        QCOMPARE(current.outer, int64_t(2));
        QCOMPARE(current.n, int64_t(3));
        QCOMPARE(current.inner, int64_t(4));
        QCOMPARE(current.rows(), int64_t(8));
        QCOMPARE(current.rowBase(5), int64_t(13)); // outer 1, inner 1
        // A scalar is one row of one element.
        const AxisSplit scalar = splitAtAxis(nullptr, 0, 0, false);
        QCOMPARE(scalar.rows(), int64_t(1));
        QCOMPARE(scalar.n, int64_t(1));
    }

    void softmaxMatchesCpu_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("opset");
        QTest::addColumn<int>("axis");
        for (const char *op : {"Softmax", "LogSoftmax", "Hardmax"}) {
            for (int opset : {11, 13}) {
                QTest::addRow("%s-%d axis 1", op, opset) << QString::fromLatin1(op) << opset << 1;
                QTest::addRow("%s-%d axis -1", op, opset) << QString::fromLatin1(op) << opset << -1;
                QTest::addRow("%s-%d axis 0", op, opset) << QString::fromLatin1(op) << opset << 0;
            }
        }
    }

    void softmaxMatchesCpu()
    {
        QFETCH(QString, op);
        QFETCH(int, opset);
        QFETCH(int, axis);
        // Rows longer than a warp (the legacy flattening gives 12 * 9 = 108), ties for Hardmax,
        // a row of -inf, and NaN.
        Tensor x = randomTensor({2, 12, 9}, 21);
        for (int64_t i = 0; i < x.elementCount(); ++i)
            x.data<float>()[i] = std::round(x.data<float>()[i] * 2) / 2;
        for (int64_t k = 0; k < 12; ++k)
            x.data<float>()[k * 9] = -std::numeric_limits<float>::infinity(); // batch 0, last index 0
        x.data<float>()[9 * 12 + 5] = std::numeric_limits<float>::quiet_NaN();
        const Node node = makeNode(op.toUtf8().constData(), 1, {{"axis", int64_t(axis)}});
        const Tensor expected = runCpu(node, opset, {&x});
        const SoftmaxKind kind = op == QLatin1String("Softmax") ? SoftmaxKind::Softmax
            : op == QLatin1String("LogSoftmax")                 ? SoftmaxKind::LogSoftmax
                                                                : SoftmaxKind::Hardmax;
        const int64_t a = axis < 0 ? axis + 3 : axis;
        const AxisSplit split = splitAtAxis(x.shape().data(), 3, a, opset < 13);
        const float *src = x.data<float>();
        for (int64_t row = 0; row < split.rows(); ++row) {
            const int64_t base = split.rowBase(row);
            // 32 lanes as the kernel's warp: each folds k = lane, lane + 32, ...; then the
            // butterfly joins (lane ^ offset) until every lane holds the row's peak.
            ArgPeak lanes[32];
            for (int lane = 0; lane < 32; ++lane) {
                for (int64_t k = lane; k < split.n; k += 32)
                    lanes[lane] = foldPeak(lanes[lane], src[base + k * split.inner], k);
            }
            for (int offset = 16; offset > 0; offset /= 2) {
                ArgPeak next[32];
                for (int lane = 0; lane < 32; ++lane)
                    next[lane] = joinPeaks(lanes[lane], lanes[lane ^ offset]);
                std::copy(next, next + 32, lanes);
            }
            for (int lane = 1; lane < 32; ++lane) {
                QVERIFY(same(lanes[lane].value, lanes[0].value));
                QCOMPARE(lanes[lane].index, lanes[0].index);
            }
            double sum = 0;
            for (int64_t k = 0; k < split.n; ++k)
                sum += std::exp(double(src[base + k * split.inner]) - lanes[0].value);
            for (int64_t k = 0; k < split.n; ++k) {
                const int64_t at = base + k * split.inner;
                const float got = static_cast<float>(softmaxValue(kind, double(src[at]) - lanes[0].value, sum, k, lanes[0].index));
                const float want = expected.data<float>()[at];
                // Sums run in another order on the GPU: equal within float rounding.
                QVERIFY2(same(got, want) || std::abs(got - want) <= 1e-6f * std::max(1.0f, std::abs(want)),
                    qPrintable(QStringLiteral("row %1, k %2: %3 against the CPU's %4").arg(row).arg(k).arg(got).arg(want)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPoolIndex)
#include "tst_poolindex.moc"
