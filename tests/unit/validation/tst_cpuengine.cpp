// CpuEngine beyond what the ONNX node tests reach: old opsets whose attributes became inputs,
// legacy broadcasting, thread-count independence, float64 accumulation, input checks, memory
// limits, runtime errors that must not crash, and the capability report.
#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/validation/OnnxModelBuilder.h"

#include <QTest>

#include <cmath>

using namespace fleetdeck::validation;
using namespace fleetdeck::validation::test;

namespace {

std::shared_ptr<Graph> load(const OnnxModelBuilder &b)
{
    auto model = OnnxModelLoader().loadBytes(b.bytes(), ".");
    if (!model.ok()) {
        qWarning("load failed: %s", model.error().describe().c_str());
        return nullptr;
    }
    return model->graph;
}

Tensor floats(Shape shape, std::vector<float> values)
{
    return Tensor::fromVector<float>(DataType::Float, std::move(shape), values);
}

std::vector<float> values(const Tensor &t)
{
    return std::vector<float>(t.data<float>(), t.data<float>() + t.elementCount());
}

// Runs a one-input model; returns the first output's values, or empty on failure.
std::vector<float> runModel(const OnnxModelBuilder &b, const Tensor &input, Shape *shape = nullptr, int threads = 1)
{
    auto graph = load(b);
    if (!graph)
        return {};
    CpuEngine engine(EngineOptions{threads});
    Status prepared = engine.prepare(graph);
    if (!prepared.ok()) {
        qWarning("prepare failed: %s", prepared.error().describe().c_str());
        return {};
    }
    auto outputs = engine.run({input});
    if (!outputs.ok()) {
        qWarning("run failed: %s", outputs.error().describe().c_str());
        return {};
    }
    if (shape)
        *shape = outputs.value()[0].shape();
    return values(outputs.value()[0]);
}

const Tensor x6 = floats({2, 3}, {-2.f, -0.5f, 0.f, 0.5f, 2.f, 3.f});

} // namespace

class tst_CpuEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void broadcastsTheOpset6Way()
    {
        OnnxModelBuilder b(6);
        b.input("a", {2, 3, 2}).output("y", {2, 3, 2});
        b.initializer("c", {3}, {100.f, 200.f, 300.f});
        auto &add = b.node("Add", {"a", "c"}, {"y"});
        setInt(add, "broadcast", 1);
        setInt(add, "axis", 1); // c runs along axis 1, not the last axis as numpy would
        std::vector<float> a(12, 1.f);
        const std::vector<float> y = runModel(b, floats({2, 3, 2}, a));
        QCOMPARE(y, (std::vector<float>{101, 101, 201, 201, 301, 301, 101, 101, 201, 201, 301, 301}));
    }

    void readsAttributesThatLaterBecameInputs()
    {
        OnnxModelBuilder clip(6);
        clip.input("x", {2, 3}).output("y", {2, 3});
        auto &c = clip.node("Clip", {"x"}, {"y"});
        setFloat(c, "min", -1.f);
        setFloat(c, "max", 1.f);
        QCOMPARE(runModel(clip, x6), (std::vector<float>{-1.f, -0.5f, 0.f, 0.5f, 1.f, 1.f}));

        OnnxModelBuilder slice(9);
        slice.input("x", {2, 3}).output("y", {2, 2});
        auto &s = slice.node("Slice", {"x"}, {"y"});
        setInts(s, "starts", {1});
        setInts(s, "ends", {1000});
        setInts(s, "axes", {1});
        QCOMPARE(runModel(slice, x6), (std::vector<float>{-0.5f, 0.f, 2.f, 3.f}));

        OnnxModelBuilder pad(6);
        pad.input("x", {2, 3}).output("y", {2, 4});
        auto &p = pad.node("Pad", {"x"}, {"y"});
        setInts(p, "pads", {0, 1, 0, 0});
        setFloat(p, "value", 9.f);
        QCOMPARE(runModel(pad, x6), (std::vector<float>{9, -2, -0.5f, 0, 9, 0.5f, 2, 3}));

        OnnxModelBuilder reduce(11);
        reduce.input("x", {2, 3}).output("y", {2});
        auto &r = reduce.node("ReduceSum", {"x"}, {"y"});
        setInts(r, "axes", {1});
        setInt(r, "keepdims", 0);
        QCOMPARE(runModel(reduce, x6), (std::vector<float>{-2.5f, 5.5f}));

        OnnxModelBuilder upsample(7);
        upsample.input("x", {1, 2}).output("y", {1, 4});
        auto &u = upsample.node("Upsample", {"x"}, {"y"});
        auto *scales = u.add_attribute();
        scales->set_name("scales");
        scales->set_type(onnx::AttributeProto::FLOATS);
        scales->add_floats(1.f);
        scales->add_floats(2.f);
        QCOMPARE(runModel(upsample, floats({1, 2}, {1.f, 2.f})), (std::vector<float>{1, 1, 2, 2}));
    }

    void squeezesAndSplitsByAttributeBefore13()
    {
        OnnxModelBuilder b(11);
        b.input("x", {1, 6}).output("a", {2}).output("b", {4});
        auto &sq = b.node("Squeeze", {"x"}, {"flat"});
        setInts(sq, "axes", {0});
        auto &split = b.node("Split", {"flat"}, {"a", "b"});
        setInts(split, "split", {2, 4});
        auto graph = load(b);
        QVERIFY(graph);
        CpuEngine engine(EngineOptions{1});
        QVERIFY(engine.prepare(graph).ok());
        auto out = engine.run({floats({1, 6}, {1, 2, 3, 4, 5, 6})});
        QVERIFY(out.ok());
        QCOMPARE(values(out.value()[0]), (std::vector<float>{1, 2}));
        QCOMPARE(values(out.value()[1]), (std::vector<float>{3, 4, 5, 6}));
    }

    void softmaxCoercesTo2DBeforeOpset13()
    {
        const Tensor x = floats({1, 2, 2}, {0, 0, 0, 0});
        for (int64_t opset : {11, 13}) {
            OnnxModelBuilder b(opset);
            b.input("x", {1, 2, 2}).output("y", {1, 2, 2});
            setInt(b.node("Softmax", {"x"}, {"y"}), "axis", 1);
            const std::vector<float> y = runModel(b, x);
            QCOMPARE(y.size(), std::size_t(4));
            // Opset 11 normalises over the 4 trailing values, opset 13 over axis 1 alone.
            QCOMPARE(y[0], opset == 11 ? 0.25f : 0.5f);
        }
    }

    void resultsDoNotDependOnThreadCount()
    {
        OnnxModelBuilder b(13);
        b.input("x", {2, 4, 9, 9}).output("y", {2, 6, 5, 5});
        std::vector<float> w(6 * 2 * 3 * 3);
        for (std::size_t i = 0; i < w.size(); ++i)
            w[i] = std::sin(float(i));
        b.initializer("w", {6, 2, 3, 3}, w);
        b.initializer("bias", {6}, {1, 2, 3, 4, 5, 6});
        auto &conv = b.node("Conv", {"x", "w", "bias"}, {"y"});
        setInt(conv, "group", 2);
        setInts(conv, "pads", {1, 1, 1, 1});
        setInts(conv, "strides", {2, 2});
        setInts(conv, "dilations", {1, 1});
        std::vector<float> x(2 * 4 * 9 * 9);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = std::cos(float(i) * 0.1f);
        const Tensor input = floats({2, 4, 9, 9}, x);
        Shape shape;
        const std::vector<float> one = runModel(b, input, &shape, 1);
        const std::vector<float> four = runModel(b, input, nullptr, 4);
        QCOMPARE(shape, (Shape{2, 6, 5, 5}));
        QCOMPARE(one.size(), std::size_t(2 * 6 * 5 * 5));
        QCOMPARE(one, four);
    }

    void convMatchesDirectFloat64_data()
    {
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("groupChannels"); // 1: depthwise (its own kernel); more: im2col + GEMM
        QTest::addColumn<int>("multiplier");    // output maps per group
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("dilation");
        QTest::addColumn<int>("kernel");
        QTest::addColumn<QList<qint64>>("pads"); // top, left, bottom, right
        const QList<qint64> same1{1, 1, 1, 1};
        QTest::newRow("depthwise 3x3 stride 1") << 3 << 1 << 1 << 1 << 1 << 3 << same1;
        QTest::newRow("depthwise 3x3 stride 2, odd width") << 3 << 1 << 1 << 2 << 1 << 3 << same1;
        QTest::newRow("depthwise stride 2 asymmetric pads") << 3 << 1 << 1 << 2 << 1 << 3 << QList<qint64>{0, 1, 1, 0};
        QTest::newRow("depthwise 5x5 dilation 2 multiplier 2") << 3 << 1 << 2 << 1 << 2 << 5 << QList<qint64>{4, 3, 4, 3};
        QTest::newRow("depthwise 3x3 stride 3 no pad") << 3 << 1 << 1 << 3 << 1 << 3 << QList<qint64>{0, 0, 0, 0};
        QTest::newRow("plain 3x3 stride 1, 37 maps") << 1 << 5 << 37 << 1 << 1 << 3 << same1;
        QTest::newRow("plain 7x7 stride 2 pad 3") << 1 << 3 << 10 << 2 << 1 << 7 << QList<qint64>{3, 3, 3, 3};
        QTest::newRow("plain 1x1 stride 2") << 1 << 6 << 9 << 2 << 1 << 1 << QList<qint64>{0, 0, 0, 0};
        QTest::newRow("2 groups 3x3 dilation 2 asymmetric") << 2 << 3 << 4 << 1 << 2 << 3 << QList<qint64>{2, 0, 1, 2};
    }

    void convMatchesDirectFloat64()
    {
        QFETCH(int, groups);
        QFETCH(int, groupChannels);
        QFETCH(int, multiplier);
        QFETCH(int, stride);
        QFETCH(int, dilation);
        QFETCH(int, kernel);
        QFETCH(QList<qint64>, pads);
        const int64_t c = groups * groupChannels, h = 9, w = 11, maps = groups * multiplier;
        const int64_t outH = (h + pads[0] + pads[2] - dilation * (kernel - 1) - 1) / stride + 1;
        const int64_t outW = (w + pads[1] + pads[3] - dilation * (kernel - 1) - 1) / stride + 1;
        std::vector<float> x(static_cast<std::size_t>(c * h * w));
        std::vector<float> weights(static_cast<std::size_t>(maps * groupChannels * kernel * kernel));
        std::vector<float> bias(static_cast<std::size_t>(maps));
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = std::sin(float(i) * 0.7f);
        for (std::size_t i = 0; i < weights.size(); ++i)
            weights[i] = std::cos(float(i) * 0.3f);
        for (std::size_t i = 0; i < bias.size(); ++i)
            bias[i] = 0.1f * float(i);
        OnnxModelBuilder b(13);
        b.input("x", {1, c, h, w}).output("y", {1, maps, outH, outW});
        b.initializer("w", {maps, groupChannels, kernel, kernel}, weights);
        b.initializer("b", {maps}, bias);
        onnx::NodeProto &conv = b.node("Conv", {"x", "w", "b"}, {"y"});
        setInt(conv, "group", groups);
        setInts(conv, "strides", {stride, stride});
        setInts(conv, "dilations", {dilation, dilation});
        setInts(conv, "pads", {pads[0], pads[1], pads[2], pads[3]});
        for (int threads : {1, 2}) {
            const std::vector<float> y = runModel(b, floats({1, c, h, w}, x), nullptr, threads);
            QCOMPARE(y.size(), std::size_t(maps * outH * outW));
            for (int64_t m = 0; m < maps; ++m) {
                for (int64_t oh = 0; oh < outH; ++oh) {
                    for (int64_t ow = 0; ow < outW; ++ow) {
                        double exact = bias[std::size_t(m)], magnitude = std::abs(exact);
                        for (int64_t cg = 0; cg < groupChannels; ++cg) {
                            for (int64_t kh = 0; kh < kernel; ++kh) {
                                for (int64_t kw = 0; kw < kernel; ++kw) {
                                    const int64_t ih = oh * stride + kh * dilation - pads[0];
                                    const int64_t iw = ow * stride + kw * dilation - pads[1];
                                    if (ih < 0 || ih >= h || iw < 0 || iw >= w)
                                        continue;
                                    const int64_t channel = (m / multiplier) * groupChannels + cg;
                                    const double term = double(weights[std::size_t(((m * groupChannels + cg) * kernel + kh) * kernel + kw)])
                                        * double(x[std::size_t((channel * h + ih) * w + iw)]);
                                    exact += term;
                                    magnitude += std::abs(term);
                                }
                            }
                        }
                        // The bounds Sgemm.h and DepthwiseConv.cpp state, with room for the final rounding.
                        const double terms = double(groupChannels * kernel * kernel);
                        const double got = y[std::size_t((m * outH + oh) * outW + ow)];
                        QVERIFY2(std::abs(got - exact) <= (terms + 3) * std::ldexp(1.0, -24) * magnitude,
                                 qPrintable(QStringLiteral("map %1 (%2, %3): %4 vs %5").arg(m).arg(oh).arg(ow).arg(got).arg(exact)));
                    }
                }
            }
        }
    }

    void accumulatesReductionsInDouble()
    {
        // 2^24 + 1000 ones: float32 accumulation would stay at 2^24.
        std::vector<float> x(1001, 1.f);
        x[0] = 16777216.f;
        OnnxModelBuilder sum(13);
        sum.input("x", {1, 1001}).output("y", {1, 1});
        sum.node("ReduceSum", {"x"}, {"y"});
        QCOMPARE(runModel(sum, floats({1, 1001}, x)), (std::vector<float>{16778216.f}));

        // MatMul runs through the blocked float32 GEMM: the sum of each block of gemmBlockK terms
        // is exact to float, so the ones after the first block still count. The result must stay
        // within the bound Sgemm.h documents, (blockK + blocks) * 2^-24 * sum|terms|.
        OnnxModelBuilder matmul(13);
        matmul.input("x", {1, 1001}).output("y", {1, 1});
        matmul.initializer("ones", {1001, 1}, std::vector<float>(1001, 1.f));
        matmul.node("MatMul", {"x", "ones"}, {"y"});
        const std::vector<float> y = runModel(matmul, floats({1, 1001}, x));
        QCOMPARE(y.size(), std::size_t(1));
        const double exact = 16778216.0;
        QVERIFY2(std::abs(double(y[0]) - exact) <= (256 + 4) * std::ldexp(1.0, -24) * exact, qPrintable(QString::number(y[0])));
        QVERIFY(double(y[0]) > 16777216.0 + 500); // not float32 sequential summation
    }

    void einsumBroadcastsEllipsesAndInfersOutputs()
    {
        // Batch of 2 against one shared matrix: "...ij,...jk->...ik"; then implicit "ij,jk".
        OnnxModelBuilder b(13);
        b.input("a", {2, 1, 2}).output("y", {2, 1, 2});
        b.initializer("m", {1, 2, 2}, {1, 2, 3, 4}); // its batch of 1 broadcasts
        setString(b.node("Einsum", {"a", "m"}, {"y"}), "equation", "...ij,...jk->...ik");
        QCOMPARE(runModel(b, floats({2, 1, 2}, {1, 0, 0, 1})), (std::vector<float>{1, 2, 3, 4}));

        OnnxModelBuilder implicit(13);
        implicit.input("a", {1, 2}).output("y", {1, 2});
        implicit.initializer("m", {2, 2}, {1, 2, 3, 4});
        setString(implicit.node("Einsum", {"a", "m"}, {"y"}), "equation", "ij,jk");
        QCOMPARE(runModel(implicit, floats({1, 2}, {1, 1})), (std::vector<float>{4, 6}));
    }

    void checksInputsAgainstTheModel()
    {
        OnnxModelBuilder b(13);
        b.input("x", {-1, 3}).output("y", {-1, 3});
        b.node("Relu", {"x"}, {"y"});
        auto graph = load(b);
        QVERIFY(graph);
        CpuEngine engine(EngineOptions{1});
        QVERIFY(engine.prepare(graph).ok());
        QVERIFY(engine.run({floats({5, 3}, std::vector<float>(15, 1.f))}).ok()); // symbolic batch
        auto wrongShape = engine.run({floats({2, 4}, std::vector<float>(8, 1.f))});
        QVERIFY(!wrongShape.ok());
        QCOMPARE(int(wrongShape.error().code), int(ErrorCode::InputShapeMismatch));
        QCOMPARE(wrongShape.error().valueName, std::string("x"));
        auto wrongType = engine.run({Tensor(DataType::Int64, {2, 3})});
        QCOMPARE(int(wrongType.error().code), int(ErrorCode::InputTypeMismatch));
        auto wrongCount = engine.run({});
        QCOMPARE(int(wrongCount.error().code), int(ErrorCode::InputCountMismatch));
        CpuEngine unprepared;
        QCOMPARE(int(unprepared.run({}).error().code), int(ErrorCode::NotPrepared));
    }

    void boundsEveryAllocation()
    {
        OnnxModelBuilder b(13);
        b.input("shape", {2}, onnx::TensorProto::INT64).output("y", {-1, -1});
        b.node("ConstantOfShape", {"shape"}, {"y"}, "bomb");
        auto graph = load(b);
        QVERIFY(graph);
        CpuEngine engine(EngineOptions{1, int64_t(1) << 20});
        QVERIFY(engine.prepare(graph).ok());
        auto huge = engine.run({Tensor::fromVector<int64_t>(DataType::Int64, {2}, {100000, 100000})});
        QVERIFY(!huge.ok());
        QCOMPARE(int(huge.error().code), int(ErrorCode::MemoryLimitExceeded));
        QCOMPARE(huge.error().nodeName, std::string("bomb"));
        auto negative = engine.run({Tensor::fromVector<int64_t>(DataType::Int64, {2}, {-1, 4})});
        QCOMPARE(int(negative.error().code), int(ErrorCode::KernelFailed));
        QVERIFY(engine.run({Tensor::fromVector<int64_t>(DataType::Int64, {2}, {2, 2})}).ok());
    }

    void badValuesAtRunTimeFailCleanly()
    {
        OnnxModelBuilder gather(13);
        gather.input("i", {1}, onnx::TensorProto::INT64).output("y", {1});
        gather.initializer("data", {3}, {1, 2, 3});
        gather.node("Gather", {"data", "i"}, {"y"}, "lookup");
        auto graph = load(gather);
        QVERIFY(graph);
        CpuEngine engine(EngineOptions{1});
        QVERIFY(engine.prepare(graph).ok());
        auto ok = engine.run({Tensor::fromVector<int64_t>(DataType::Int64, {1}, {-1})});
        QVERIFY(ok.ok());
        QCOMPARE(values(ok.value()[0]), (std::vector<float>{3.f}));
        auto outOfRange = engine.run({Tensor::fromVector<int64_t>(DataType::Int64, {1}, {3})});
        QVERIFY(!outOfRange.ok());
        QCOMPARE(outOfRange.error().nodeName, std::string("lookup"));

        OnnxModelBuilder div(13);
        div.input("a", {2}, onnx::TensorProto::INT32).output("y", {2}, onnx::TensorProto::INT32);
        div.node("Div", {"a", "a"}, {"y"});
        auto divGraph = load(div);
        QVERIFY(divGraph);
        QVERIFY(engine.prepare(divGraph).ok());
        auto quotient = engine.run({Tensor::fromVector<int32_t>(DataType::Int32, {2}, {0, 7})});
        QVERIFY(quotient.ok()); // 0/0 on integers gives 0 rather than a trap
        QCOMPARE(quotient.value()[0].data<int32_t>()[1], 1);
    }

    void castSaturatesInsteadOfUndefinedBehaviour()
    {
        OnnxModelBuilder b(13);
        b.input("x", {3}).output("y", {3}, onnx::TensorProto::INT32);
        setInt(b.node("Cast", {"x"}, {"y"}), "to", onnx::TensorProto::INT32);
        auto graph = load(b);
        QVERIFY(graph);
        CpuEngine engine(EngineOptions{1});
        QVERIFY(engine.prepare(graph).ok());
        auto out = engine.run({floats({3}, {NAN, 1e20f, -2.7f})});
        QVERIFY(out.ok());
        const int32_t *y = out.value()[0].data<int32_t>();
        QCOMPARE(y[0], 0);
        QCOMPARE(y[1], std::numeric_limits<int32_t>::max());
        QCOMPARE(y[2], -2);
    }

    void reportsEveryUnsupportedNode()
    {
        OnnxModelBuilder b(13);
        b.importDomain("com.example", 1);
        b.input("x", {2, 2}).output("y", {2, 2});
        b.node("Fancy", {"x"}, {"a"}, "fancy_1").set_domain("com.example");
        b.node("Fancy", {"a"}, {"b"}, "fancy_2").set_domain("com.example");
        b.node("Det", {"b"}, {"d"}, "det");
        b.node("Relu", {"b"}, {"y"}, "relu");
        onnx::ValueInfoProto *info = b.model().mutable_graph()->add_value_info();
        info->set_name("b");
        info->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
        b.model().mutable_graph()->mutable_node(3)->set_input(0, "x");
        auto graph = load(b);
        QVERIFY(graph);
        CpuEngine engine;
        const SupportReport report = engine.checkSupport(*graph);
        QCOMPARE(report.nodes.size(), std::size_t(3));
        const auto byOp = report.byOp();
        QCOMPARE(byOp.at("com.example:Fancy").count, 2);
        QCOMPARE(byOp.at("com.example:Fancy").nodeNames, (std::vector<std::string>{"fancy_1", "fancy_2"}));
        QCOMPARE(byOp.at("Det").nodeNames, (std::vector<std::string>{"det"}));
        QCOMPARE(int(report.nodes[2].reason.kind), int(UnsupportedKind::UnknownOp));
        Status prepared = engine.prepare(graph);
        QVERIFY(!prepared.ok());
        QCOMPARE(int(prepared.error().code), int(ErrorCode::UnsupportedOps));
    }

    void judgesDataTypesPerOp()
    {
        OnnxModelBuilder b(13);
        b.input("x", {2}, onnx::TensorProto::FLOAT16).output("y", {2}, onnx::TensorProto::FLOAT16);
        b.node("Relu", {"x"}, {"y"}, "half_relu");
        auto graph = load(b);
        QVERIFY(graph);
        const SupportReport report = CpuEngine().checkSupport(*graph);
        QCOMPARE(report.nodes.size(), std::size_t(1));
        QCOMPARE(int(report.nodes[0].reason.kind), int(UnsupportedKind::DataType));
        QCOMPARE(report.nodes[0].reason.detail, std::string("float16 inputs"));
    }
};

QTEST_GUILESS_MAIN(tst_CpuEngine)
#include "tst_cpuengine.moc"
