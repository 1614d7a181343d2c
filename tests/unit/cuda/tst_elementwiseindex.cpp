// The arithmetic of the CUDA engine's elementwise kernels (ElementwiseIndex.h and
// ElementwiseMath.h), run on the host and compared with the CPU engine's own kernels on the same
// data: broadcast offsets and merged axes, the per-element functions with their NaN,
// zero-divisor and overflow cases, Round's ties, the saturating Cast. The kernels call exactly
// these functions, so this is what they compute (short of the device's math library, within
// its documented ulp bounds).

#include "core/validation/engine/ThreadPool.h"
#include "core/validation/engine/cpu/OpRegistry.h"
#include "core/validation/engine/cpu/SaturatingCast.h"
#include "core/validation/engine/cuda/ElementwiseIndex.h"
#include "core/validation/engine/cuda/ElementwiseMath.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <utility>

using namespace fleetdeck::validation;
using namespace fleetdeck::validation::cuda;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Values every elementwise op meets: signs, zeros, ties, the edges of the integer types.
const std::vector<double> kValues = {0.0, -0.0, 0.3, -0.3, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 2.5, -2.5, 3.7, -3.7,
    6.0, -7.0, 29.0, 31.0, 100.0, -128.0, 127.0, 255.0, 300.0, -129.0, 1e10, -1e10, kInf, -kInf, kNaN};

template <typename T>
Tensor tensorOf(const std::vector<double> &values, Shape shape = {})
{
    if (shape.empty() && values.size() != 1)
        shape = {static_cast<int64_t>(values.size())};
    std::vector<T> data;
    for (double v : values)
        data.push_back(cpu::saturatingCast<T>(v));
    return Tensor::fromVector(dataTypeOf<T>(), shape, data);
}

// Runs the CPU engine's kernel for one node.
Tensor runCpu(const std::string &op, const std::vector<const Tensor *> &inputs, int64_t opset = 13,
              std::map<std::string, AttributeValue, std::less<>> attributes = {})
{
    static ThreadPool pool(1);
    Node node;
    node.opType = op;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        node.inputs.push_back(inputs[i] ? "in" + std::to_string(i) : std::string());
    node.outputs = {"y"};
    node.attributes = std::move(attributes);
    cpu::KernelContext ctx(node, opset, inputs, pool, int64_t(1) << 30);
    const Status status = cpu::OpRegistry::instance().find(op)->run(ctx);
    if (!status.ok())
        qFatal("CPU kernel %s failed: %s", op.c_str(), status.error().describe().c_str());
    return ctx.takeOutputs().at(0);
}

// Equal, with NaN equal to NaN and the sign of zero ignored.
template <typename T>
bool same(T a, T b)
{
    if constexpr (std::is_floating_point_v<T>)
        return (std::isnan(a) && std::isnan(b)) || a == b;
    else
        return a == b;
}

// Within what the float math functions may differ from the CPU's double ones rounded to float.
template <typename T>
bool close(T actual, T expected, double rtol)
{
    if (same(actual, expected))
        return true;
    if (std::isnan(double(actual)) || std::isnan(double(expected)) || std::isinf(double(expected)))
        return false;
    return std::abs(double(actual) - double(expected)) <= 1e-6 + rtol * std::abs(double(expected));
}

std::string describe(const std::string &what, double input, double actual, double expected)
{
    return what + ": input " + std::to_string(input) + " gave " + std::to_string(actual) + ", the CPU "
        + std::to_string(expected);
}

template <typename T, std::size_t... I>
T applyUnaryAt(UnaryOp op, T x, const UnaryParams &params, std::index_sequence<I...>)
{
    T result{};
    ((op == static_cast<UnaryOp>(I) && (result = applyUnary<static_cast<UnaryOp>(I)>(x, params), true)) || ...);
    return result;
}

template <typename T>
T applyUnaryAt(UnaryOp op, T x, const UnaryParams &params)
{
    if constexpr (std::is_floating_point_v<T>) {
        return applyUnaryAt(op, x, params, std::make_index_sequence<static_cast<std::size_t>(UnaryOp::Count)>());
    } else {
        switch (op) {
        case UnaryOp::Abs: return applyUnary<UnaryOp::Abs>(x, params);
        case UnaryOp::Neg: return applyUnary<UnaryOp::Neg>(x, params);
        case UnaryOp::Sign: return applyUnary<UnaryOp::Sign>(x, params);
        case UnaryOp::Relu: return applyUnary<UnaryOp::Relu>(x, params);
        default: qFatal("%s is defined on floats only", kUnaryOpNames[static_cast<int>(op)]);
        }
    }
}

// Every unary op on `values` against the CPU's kernel, with the node's attributes.
template <typename T>
void compareUnary(UnaryOp op, const std::vector<double> &values, std::map<std::string, AttributeValue, std::less<>> attributes,
                  double rtol)
{
    const std::string name = kUnaryOpNames[static_cast<int>(op)];
    const Tensor x = tensorOf<T>(values);
    Node node;
    node.attributes = attributes;
    const UnaryParams params = unaryParams(op, cpu::AttributeReader(node));
    const Tensor expected = runCpu(name, {&x}, 13, std::move(attributes));
    for (int64_t i = 0; i < x.elementCount(); ++i) {
        const T actual = applyUnaryAt(op, x.data<T>()[i], params);
        const T want = expected.data<T>()[i];
        QVERIFY2(close(actual, want, rtol), describe(name, double(x.data<T>()[i]), double(actual), double(want)).c_str());
    }
}

template <typename T>
std::vector<T> binaryByBroadcast(BinaryOp op, const cpu::BroadcastPlan &plan, const std::vector<const Tensor *> &inputs)
{
    // What the arithmetic launch does: pass after pass over the whole output.
    const auto passes = foldPasses(plan);
    const int64_t n = checkedElementCount(plan.output).value_or(0);
    std::vector<T> y(static_cast<std::size_t>(n));
    if (!passes) {
        qWarning("no passes");
        return y;
    }
    if (passes->empty())
        std::copy_n(inputs[0]->data<T>(), n, y.data());
    for (std::size_t k = 0; k < passes->size(); ++k) {
        const std::vector<T> before = y;
        const T *a = k == 0 ? inputs[0]->data<T>() : before.data();
        const T *b = inputs[k + 1]->data<T>();
        for (int64_t i = 0; i < n; ++i) {
            int64_t o[2];
            broadcastOffsets(i, (*passes)[k], o);
            switch (op) {
            case BinaryOp::Add: y[std::size_t(i)] = applyBinary<BinaryOp::Add>(a[o[0]], b[o[1]]); break;
            case BinaryOp::Sub: y[std::size_t(i)] = applyBinary<BinaryOp::Sub>(a[o[0]], b[o[1]]); break;
            case BinaryOp::Mul: y[std::size_t(i)] = applyBinary<BinaryOp::Mul>(a[o[0]], b[o[1]]); break;
            case BinaryOp::Div: y[std::size_t(i)] = applyBinary<BinaryOp::Div>(a[o[0]], b[o[1]]); break;
            case BinaryOp::Max: y[std::size_t(i)] = applyBinary<BinaryOp::Max>(a[o[0]], b[o[1]]); break;
            case BinaryOp::Min: y[std::size_t(i)] = applyBinary<BinaryOp::Min>(a[o[0]], b[o[1]]); break;
            case BinaryOp::Mod: y[std::size_t(i)] = applyBinary<BinaryOp::Mod>(a[o[0]], b[o[1]]); break;
            case BinaryOp::Fmod: y[std::size_t(i)] = applyBinary<BinaryOp::Fmod>(a[o[0]], b[o[1]]); break;
            case BinaryOp::PRelu: y[std::size_t(i)] = applyBinary<BinaryOp::PRelu>(a[o[0]], b[o[1]]); break;
            }
        }
    }
    return y;
}

// Every value against every value (a full grid through broadcasting [n,1] with [n]).
template <typename T>
void compareArith(const char *name, BinaryOp op, int64_t fmod = 0)
{
    const auto n = static_cast<int64_t>(kValues.size());
    const Tensor a = tensorOf<T>(kValues, {n, 1});
    const Tensor b = tensorOf<T>(kValues, {n});
    std::map<std::string, AttributeValue, std::less<>> attributes;
    if (fmod)
        attributes["fmod"] = fmod;
    const Tensor expected = runCpu(name, {&a, &b}, 13, attributes);
    const auto plan = cpu::planBroadcast({a.shape(), b.shape()});
    QVERIFY(plan);
    const std::vector<T> actual = binaryByBroadcast<T>(op, *plan, {&a, &b});
    QCOMPARE(int64_t(actual.size()), expected.elementCount());
    for (int64_t i = 0; i < n * n; ++i) {
        const T want = expected.data<T>()[i];
        QVERIFY2(same(actual[std::size_t(i)], want),
                 (std::string(name) + " " + std::to_string(double(a.data<T>()[i / n])) + ", "
                  + std::to_string(double(b.data<T>()[i % n])) + ": " + std::to_string(double(actual[std::size_t(i)]))
                  + ", the CPU " + std::to_string(double(want))).c_str());
    }
}

template <typename T>
void compareAllArith()
{
    compareArith<T>("Add", BinaryOp::Add);
    compareArith<T>("Sub", BinaryOp::Sub);
    compareArith<T>("Mul", BinaryOp::Mul);
    compareArith<T>("Div", BinaryOp::Div);
    compareArith<T>("Max", BinaryOp::Max);
    compareArith<T>("Min", BinaryOp::Min);
    compareArith<T>("Mod", BinaryOp::Mod);
    compareArith<T>("Mod", BinaryOp::Fmod, 1);
}

template <typename S, typename T>
void compareCast()
{
    const Tensor x = tensorOf<S>(kValues);
    const Tensor expected = runCpu("Cast", {&x}, 13, {{"to", int64_t(dataTypeOf<T>())}});
    for (int64_t i = 0; i < x.elementCount(); ++i) {
        const T actual = castValue<S, T>(x.data<S>()[i]);
        QVERIFY2(same(actual, expected.data<T>()[i]),
                 ("Cast " + std::string(dataTypeName(dataTypeOf<S>())) + " -> " + std::string(dataTypeName(dataTypeOf<T>()))
                  + " of " + std::to_string(double(x.data<S>()[i]))).c_str());
    }
}

template <typename S>
void compareCastsFrom()
{
    compareCast<S, float>();
    compareCast<S, double>();
    compareCast<S, int32_t>();
    compareCast<S, int64_t>();
    compareCast<S, int8_t>();
    compareCast<S, uint8_t>();
    compareCast<S, bool>();
}

template <CompareOp op, typename T>
void compareOne(const char *name)
{
    const auto n = static_cast<int64_t>(kValues.size());
    const Tensor a = tensorOf<T>(kValues, {n, 1});
    const Tensor b = tensorOf<T>(kValues, {1, n});
    const Tensor expected = runCpu(name, {&a, &b});
    const auto plan = cpu::planBroadcast({a.shape(), b.shape()});
    const auto layout = collapseBroadcast<2>(plan->output, plan->strides);
    QVERIFY(layout);
    for (int64_t i = 0; i < n * n; ++i) {
        int64_t o[2];
        broadcastOffsets(i, *layout, o);
        QCOMPARE(applyCompare<op>(a.data<T>()[o[0]], b.data<T>()[o[1]]), expected.data<bool>()[i]);
    }
}

template <typename T>
void compareComparisons()
{
    compareOne<CompareOp::Equal, T>("Equal");
    compareOne<CompareOp::Less, T>("Less");
    compareOne<CompareOp::Greater, T>("Greater");
    compareOne<CompareOp::LessOrEqual, T>("LessOrEqual");
    compareOne<CompareOp::GreaterOrEqual, T>("GreaterOrEqual");
}

template <typename T, typename E>
void comparePow(double rtol)
{
    const std::vector<double> bases = {0.0, 1.0, -1.0, 2.0, -2.0, 3.0, 0.5, 10.0, -3.0, 1e10, kNaN};
    const std::vector<double> exponents = {0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, 31.0, 63.0, 100.0};
    const auto nb = static_cast<int64_t>(bases.size());
    const auto ne = static_cast<int64_t>(exponents.size());
    const Tensor a = tensorOf<T>(bases, {nb, 1});
    const Tensor b = tensorOf<E>(exponents, {ne});
    const Tensor expected = runCpu("Pow", {&a, &b});
    for (int64_t i = 0; i < nb * ne; ++i) {
        const T actual = applyPow(a.data<T>()[i / ne], b.data<E>()[i % ne]);
        QVERIFY2(close(actual, expected.data<T>()[i], rtol),
                 describe("Pow " + std::to_string(double(a.data<T>()[i / ne])), double(b.data<E>()[i % ne]), double(actual),
                          double(expected.data<T>()[i])).c_str());
    }
}

} // namespace

class TestElementwiseIndex : public QObject
{
    Q_OBJECT

private slots:
    void broadcastOffsetsMatchTheCpu_data()
    {
        QTest::addColumn<std::vector<Shape>>("shapes");
        QTest::addColumn<int>("rank"); // after merging
        QTest::newRow("[2,3,4] + [3,1]") << std::vector<Shape>{{2, 3, 4}, {3, 1}} << 3;
        QTest::newRow("[2,3,4] + [1]") << std::vector<Shape>{{2, 3, 4}, {1}} << 1;
        QTest::newRow("[2,3,4] + [4]") << std::vector<Shape>{{2, 3, 4}, {4}} << 2;
        QTest::newRow("[2,3,4] + scalar") << std::vector<Shape>{{2, 3, 4}, {}} << 1;
        QTest::newRow("scalar + scalar") << std::vector<Shape>{{}, {}} << 0;
        QTest::newRow("same shapes") << std::vector<Shape>{{2, 3, 4, 5}, {2, 3, 4, 5}} << 1;
        QTest::newRow("per channel") << std::vector<Shape>{{2, 3, 4, 5}, {3, 1, 1}} << 3;
        QTest::newRow("both broadcast") << std::vector<Shape>{{1, 3, 1, 5}, {2, 1, 4, 1}} << 4;
        QTest::newRow("outer product") << std::vector<Shape>{{4, 1}, {1, 5}} << 2;
        QTest::newRow("empty axis") << std::vector<Shape>{{2, 0, 3}, {3}} << 2;
    }

    void broadcastOffsetsMatchTheCpu()
    {
        QFETCH(std::vector<Shape>, shapes);
        QFETCH(int, rank);
        const auto plan = cpu::planBroadcast(shapes);
        QVERIFY(plan);
        const auto layout = collapseBroadcast<2>(plan->output, plan->strides);
        QVERIFY(layout);
        QCOMPARE(layout->out.rank, rank);
        QCOMPARE(layout->out.count(), checkedElementCount(plan->output).value_or(-1));
        int64_t visited = 0;
        cpu::forEachBroadcast(*plan, [&](int64_t i, const int64_t *expected) {
            int64_t offsets[2];
            broadcastOffsets(i, *layout, offsets);
            QCOMPARE(offsets[0], expected[0]);
            QCOMPARE(offsets[1], expected[1]);
            // The same through DeviceIndex.h's one-operand walk.
            QCOMPARE(stridedOffset(i, layout->out, layout->strides[1]), expected[1]);
            ++visited;
        });
        QCOMPARE(visited, layout->out.count());
    }

    void offsetsPastFourGigaElementsUse64Bits()
    {
        // No data needed: [3, 2^33] with a repeated row, element [2, 2^32 + 5].
        BroadcastLayout<2> layout;
        layout.out.rank = 2;
        layout.out.d[0] = 3;
        layout.out.d[1] = int64_t(1) << 33;
        layout.strides[0] = layout.out;
        layout.strides[0].d[0] = int64_t(1) << 33;
        layout.strides[0].d[1] = 1;
        layout.strides[1] = layout.strides[0];
        layout.strides[1].d[0] = 0;
        const int64_t column = (int64_t(1) << 32) + 5;
        int64_t offsets[2];
        broadcastOffsets(2 * (int64_t(1) << 33) + column, layout, offsets);
        QCOMPARE(offsets[0], 2 * (int64_t(1) << 33) + column);
        QCOMPARE(offsets[1], column);
        broadcastOffsets(int64_t(1) << 33, layout, offsets); // [1, 0]
        QCOMPARE(offsets[1], int64_t(0));
    }

    void threeOperandsMatchTheCpu()
    {
        const auto plan = cpu::planBroadcast({{4, 1, 3}, {1, 5, 1}, {5, 3}});
        QVERIFY(plan);
        const auto layout = collapseBroadcast<3>(plan->output, plan->strides);
        QVERIFY(layout);
        cpu::forEachBroadcast(*plan, [&](int64_t i, const int64_t *expected) {
            int64_t offsets[3];
            broadcastOffsets(i, *layout, offsets);
            for (int k = 0; k < 3; ++k)
                QCOMPARE(offsets[k], expected[k]);
        });
    }

    void ranksAboveTheLimitMergeOrAreRefused()
    {
        // Ten axes read alike by both operands merge into one.
        const Shape ten(10, 2);
        auto plan = cpu::planBroadcast({ten, ten});
        auto layout = collapseBroadcast<2>(plan->output, plan->strides);
        QVERIFY(layout);
        QCOMPARE(layout->out.rank, 1);
        QCOMPARE(layout->out.d[0], int64_t(1024));
        // Nine alternating broadcast axes cannot merge: refused, never indexed out of bounds.
        plan = cpu::planBroadcast({{2, 1, 2, 1, 2, 1, 2, 1, 2}, {1, 2, 1, 2, 1, 2, 1, 2, 1}});
        QVERIFY(plan);
        QVERIFY(!collapseBroadcast<2>(plan->output, plan->strides));
        QVERIFY(!foldPasses(*plan));
    }

    void variadicPassesFoldLikeTheCpu()
    {
        // Sum of four shapes, float, in the CPU's order: the same bits.
        const Tensor a = tensorOf<float>({0.1, 0.2, 1e8}, {3, 1});
        const Tensor b = tensorOf<float>({0.3, -1e8}, {2});
        const Tensor c = tensorOf<float>({0.7});
        const Tensor d = tensorOf<float>({1e-3, 2e-3, 3e-3, 4e-3, 5e-3, 6e-3}, {3, 2});
        const Tensor expected = runCpu("Sum", {&a, &b, &c, &d});
        const auto plan = cpu::planBroadcast({a.shape(), b.shape(), c.shape(), d.shape()});
        QVERIFY(plan);
        QCOMPARE(foldPasses(*plan)->size(), std::size_t(3));
        const std::vector<float> actual = binaryByBroadcast<float>(BinaryOp::Add, *plan, {&a, &b, &c, &d});
        QCOMPARE(expected.shape(), (Shape{3, 2}));
        for (int64_t i = 0; i < 6; ++i)
            QCOMPARE(actual[std::size_t(i)], expected.data<float>()[i]);
        // Max with a NaN anywhere is NaN; one input is a copy.
        const Tensor nan = tensorOf<float>({kNaN});
        const Tensor max = runCpu("Max", {&a, &nan, &b});
        const auto maxPlan = cpu::planBroadcast({a.shape(), nan.shape(), b.shape()});
        const std::vector<float> maxActual = binaryByBroadcast<float>(BinaryOp::Max, *maxPlan, {&a, &nan, &b});
        for (int64_t i = 0; i < 6; ++i)
            QVERIFY(std::isnan(maxActual[std::size_t(i)]) && std::isnan(max.data<float>()[i]));
        QVERIFY(foldPasses(*cpu::planBroadcast({{3, 2}}))->empty());
    }

    void legacyBroadcastAlignsAtAxis()
    {
        Node node;
        node.attributes["broadcast"] = int64_t(1);
        node.attributes["axis"] = int64_t(1);
        cpu::AttributeReader withAxis(node);
        QCOMPARE(cpu::legacyOperandShape(6, withAxis, {2, 3, 4, 5}, {3, 4}), (Shape{1, 3, 4, 1}));
        QCOMPARE(cpu::legacyOperandShape(7, withAxis, {2, 3, 4, 5}, {3, 4}), (Shape{3, 4}));
        node.attributes.erase("axis");
        QCOMPARE(cpu::legacyOperandShape(6, cpu::AttributeReader(node), {2, 3, 4, 5}, {4, 5}), (Shape{1, 1, 4, 5}));

        // The whole opset-6 path against the CPU's Add.
        node.attributes["axis"] = int64_t(1);
        const Tensor a = tensorOf<float>(std::vector<double>(24, 1.0), {2, 3, 4});
        const Tensor b = tensorOf<float>({10, 20, 30}, {3});
        const Tensor expected = runCpu("Add", {&a, &b}, 6, node.attributes);
        const auto plan = cpu::planBroadcast({a.shape(), cpu::legacyOperandShape(6, cpu::AttributeReader(node), a.shape(), b.shape())});
        QVERIFY(plan);
        const std::vector<float> actual = binaryByBroadcast<float>(BinaryOp::Add, *plan, {&a, &b});
        for (int64_t i = 0; i < 24; ++i)
            QCOMPARE(actual[std::size_t(i)], expected.data<float>()[i]);
        QCOMPARE(actual[4], 21.0f); // [0,1,0] reads b[1]
    }

    void preluSlopesBroadcastLikeTheCpu()
    {
        const Tensor x = tensorOf<float>({-1, 2, -3, 4, -5, 6, -7, 8, -9, 10, -11, 12}, {2, 3, 2});
        const Tensor channel = tensorOf<float>({0.5, 0.25, 2}, {3});
        const Tensor perChannel = tensorOf<float>({0.5, 0.25, 2}, {3, 1});
        // Opset 6: a 1-D slope of the channel count is per channel; from 7 it is numpy's.
        for (const auto &[opset, slope] : {std::pair{int64_t(6), &channel}, std::pair{int64_t(9), &perChannel}}) {
            const Tensor expected = runCpu("PRelu", {&x, slope}, opset);
            const auto plan = cpu::planBroadcast({x.shape(), preluSlopeShape(opset, x.shape(), slope->shape())});
            QVERIFY(plan);
            QCOMPARE(plan->output, x.shape());
            const std::vector<float> actual = binaryByBroadcast<float>(BinaryOp::PRelu, *plan, {&x, slope});
            for (int64_t i = 0; i < x.elementCount(); ++i)
                QCOMPARE(actual[std::size_t(i)], expected.data<float>()[i]);
            QCOMPARE(actual[2], -0.75f); // x[0,1,0] = -3 times the second channel's 0.25
        }
        QCOMPARE(preluSlopeShape(7, {2, 3, 4}, {3}), (Shape{3}));
    }

    void roundIsHalfToEven()
    {
        const std::vector<double> ties = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.5, 1e6 + 0.5, 0.49999999999999994,
            4503599627370495.5, 4503599627370497.0, 1e300, -1e300, kInf, -kInf};
        for (double v : ties)
            QCOMPARE(roundHalfEven(v), std::nearbyint(v));
        const std::vector<float> floatTies = {0.5f, 1.5f, 2.5f, -2.5f, 0.49999997f, 8388607.5f, -8388607.5f, 8388609.0f,
            16777216.0f, 3.4e38f};
        for (float v : floatTies)
            QCOMPARE(roundHalfEven(v), std::nearbyint(v));
        QVERIFY(std::isnan(roundHalfEven(float(kNaN))));
        // Zero keeps its sign, as nearbyint's does.
        QVERIFY(std::signbit(roundHalfEven(-0.3f)));
        QVERIFY(std::signbit(roundHalfEven(-0.5)));
        QVERIFY(std::signbit(roundHalfEven(-0.0f)));
        QVERIFY(!std::signbit(roundHalfEven(0.3f)));
        for (int i = -2000; i <= 2000; ++i) {
            const float v = float(i) / 8.0f;
            QCOMPARE(roundHalfEven(v), std::nearbyint(v));
        }
    }

    void unaryOpsMatchTheCpu()
    {
        for (int o = 0; o < static_cast<int>(UnaryOp::Count); ++o) {
            const auto op = static_cast<UnaryOp>(o);
            if (op == UnaryOp::Not)
                continue;
            // Float computes in float (expf...); the CPU in double, rounded to float.
            compareUnary<float>(op, kValues, {}, 1e-5);
            compareUnary<double>(op, kValues, {}, 1e-12);
        }
        // Attributes other than the defaults reach the same places.
        compareUnary<float>(UnaryOp::LeakyRelu, kValues, {{"alpha", 0.3f}}, 1e-6);
        compareUnary<float>(UnaryOp::Elu, kValues, {{"alpha", 0.7f}}, 1e-5);
        compareUnary<float>(UnaryOp::Celu, kValues, {{"alpha", 2.0f}}, 1e-5);
        compareUnary<float>(UnaryOp::Selu, kValues, {{"alpha", 1.5f}, {"gamma", 2.0f}}, 1e-5);
        compareUnary<float>(UnaryOp::HardSigmoid, kValues, {{"alpha", 0.1f}, {"beta", 0.6f}}, 1e-6);
        compareUnary<float>(UnaryOp::ThresholdedRelu, kValues, {{"alpha", 2.0f}}, 0);
        compareUnary<float>(UnaryOp::Shrink, kValues, {{"lambd", 1.0f}, {"bias", 0.25f}}, 1e-6);
        // Near zero, where exp(x) - 1 in float would lose everything but expm1 does not.
        const std::vector<double> small = {-1e-3, -1e-5, -1e-7, -0.1, -20.0, -100.0};
        compareUnary<float>(UnaryOp::Elu, small, {}, 1e-5);
        compareUnary<float>(UnaryOp::Selu, small, {}, 1e-5);
        compareUnary<float>(UnaryOp::Sigmoid, {-100, -88, -30, 30, 88, 100}, {}, 1e-5);
        compareUnary<float>(UnaryOp::Softplus, {-100, -20, 20, 29.9, 30.1, 100}, {}, 1e-5);
    }

    void signedUnaryOpsOnIntegersMatchTheCpu()
    {
        const std::vector<double> ints = {0, 1, -1, 7, -7, 126, -127, 1000, -1000};
        for (UnaryOp op : {UnaryOp::Abs, UnaryOp::Neg, UnaryOp::Sign, UnaryOp::Relu}) {
            compareUnary<int32_t>(op, ints, {}, 0);
            compareUnary<int64_t>(op, ints, {}, 0);
            compareUnary<int8_t>(op, ints, {}, 0);
        }
        // The most negative value wraps instead of overflowing.
        QCOMPARE(applyUnary<UnaryOp::Neg>(std::numeric_limits<int32_t>::min(), {}), std::numeric_limits<int32_t>::min());
        QCOMPARE(applyUnary<UnaryOp::Abs>(int8_t(-128), {}), int8_t(-128));
        const Tensor b = Tensor::fromVector(DataType::Bool, {2}, std::vector<bool>{true, false});
        const Tensor notB = runCpu("Not", {&b});
        QCOMPARE(applyUnary<UnaryOp::Not>(true, {}), notB.data<bool>()[0]);
        QCOMPARE(applyUnary<UnaryOp::Not>(false, {}), notB.data<bool>()[1]);
    }

    void arithmeticMatchesTheCpu()
    {
        compareAllArith<float>();
        compareAllArith<double>();
        compareAllArith<int32_t>();
        compareAllArith<int64_t>();
        compareAllArith<int8_t>();
        compareAllArith<uint8_t>();
        // Integer division by zero and INT_MIN / -1 do not trap.
        QCOMPARE(applyBinary<BinaryOp::Div>(int32_t(7), int32_t(0)), int32_t(0));
        QCOMPARE(applyBinary<BinaryOp::Div>(std::numeric_limits<int64_t>::min(), int64_t(-1)), std::numeric_limits<int64_t>::min());
        QCOMPARE(applyBinary<BinaryOp::Mod>(int32_t(-7), int32_t(3)), int32_t(2));
        QCOMPARE(applyBinary<BinaryOp::Fmod>(int32_t(-7), int32_t(3)), int32_t(-1));
    }

    void comparisonsMatchTheCpu()
    {
        compareComparisons<float>();
        compareComparisons<double>();
        compareComparisons<int32_t>();
        compareComparisons<int64_t>();
        compareComparisons<int8_t>();
        compareComparisons<uint8_t>();
        compareComparisons<bool>();
        for (bool x : {false, true}) {
            for (bool y : {false, true}) {
                QCOMPARE(applyCompare<CompareOp::And>(x, y), x && y);
                QCOMPARE(applyCompare<CompareOp::Or>(x, y), x || y);
                QCOMPARE(applyCompare<CompareOp::Xor>(x, y), x != y);
            }
        }
    }

    void powMatchesTheCpu()
    {
        comparePow<float, float>(1e-5);
        comparePow<float, int64_t>(0);
        comparePow<double, float>(0);
        comparePow<int32_t, int32_t>(0);
        comparePow<int64_t, int64_t>(0);
        comparePow<int32_t, float>(0);
        comparePow<int64_t, double>(0);
    }

    void castSaturatesLikeTheCpu()
    {
        compareCastsFrom<float>();
        compareCastsFrom<double>();
        compareCastsFrom<int32_t>();
        compareCastsFrom<int64_t>();
        compareCastsFrom<int8_t>();
        compareCastsFrom<uint8_t>();
        compareCastsFrom<bool>();
        QCOMPARE((castValue<float, int32_t>(float(kNaN))), int32_t(0));
        QCOMPARE((castValue<double, uint8_t>(-5.0)), uint8_t(0));
        QCOMPARE((castValue<int32_t, int8_t>(300)), int8_t(44)); // integers wrap
        QCOMPARE((castValue<float, bool>(float(kNaN))), true);
    }

    void clipMatchesTheCpu()
    {
        const Tensor x = tensorOf<float>(kValues);
        const Tensor low = tensorOf<float>({-1.5});
        const Tensor high = tensorOf<float>({2.0});
        Tensor expected = runCpu("Clip", {&x, &low, &high});
        for (int64_t i = 0; i < x.elementCount(); ++i)
            QVERIFY(same(clipValue(x.data<float>()[i], -1.5f, 2.0f), expected.data<float>()[i]));
        // Bounds crossed: everything is the upper one, except NaN.
        expected = runCpu("Clip", {&x, &high, &low});
        for (int64_t i = 0; i < x.elementCount(); ++i)
            QVERIFY(same(clipValue(x.data<float>()[i], 2.0f, -1.5f), expected.data<float>()[i]));
        // Clip-6's default bounds are float's range, not infinities.
        expected = runCpu("Clip", {&x}, 6);
        const auto lowest = cpu::saturatingCast<float>(double(-std::numeric_limits<float>::max()));
        const auto highest = cpu::saturatingCast<float>(double(std::numeric_limits<float>::max()));
        for (int64_t i = 0; i < x.elementCount(); ++i)
            QVERIFY(same(clipValue(x.data<float>()[i], lowest, highest), expected.data<float>()[i]));
        const Tensor ints = tensorOf<int64_t>({-5, 0, 5, 100});
        const Tensor intLow = tensorOf<int64_t>({-2});
        expected = runCpu("Clip", {&ints, &intLow, nullptr});
        for (int64_t i = 0; i < ints.elementCount(); ++i)
            QCOMPARE(clipValue(ints.data<int64_t>()[i], int64_t(-2), std::numeric_limits<int64_t>::max()),
                     expected.data<int64_t>()[i]);
    }
};

QTEST_GUILESS_MAIN(TestElementwiseIndex)
#include "tst_elementwiseindex.moc"
