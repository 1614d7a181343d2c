// CpuEngine's fusions: a Conv with the residual Add and the Relu / Clip that only it feeds. Each
// fused result must equal, element for element, the separate nodes' result (the Conv run alone,
// then the Add and the clamp in float), and nothing that another node or the caller reads may be
// fused away.
#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/validation/OnnxModelBuilder.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

using namespace fleetdeck::validation;
using namespace fleetdeck::validation::test;

namespace {

constexpr int64_t channels = 4, side = 9;
const std::vector<int64_t> imageDims{1, channels, side, side};

struct ConvSpec
{
    int64_t maps = channels;
    int64_t kernel = 1;
    int64_t group = 1;
    int64_t stride = 1;
};

std::vector<float> wave(std::size_t count, float frequency, float scale)
{
    std::vector<float> v(count);
    for (std::size_t i = 0; i < count; ++i)
        v[i] = scale * std::sin(float(i) * frequency + 0.3f);
    return v;
}

// A Conv named `name` reading `x`, with weights large enough that its outputs pass both Clip
// bounds (0 and 6).
void addConv(OnnxModelBuilder &b, const std::string &name, const std::string &x, const std::string &y, const ConvSpec &spec)
{
    const int64_t groupChannels = channels / spec.group;
    b.initializer(name + "_w", {spec.maps, groupChannels, spec.kernel, spec.kernel},
                  wave(std::size_t(spec.maps * groupChannels * spec.kernel * spec.kernel), 0.9f, 4.0f));
    b.initializer(name + "_b", {spec.maps}, wave(std::size_t(spec.maps), 1.7f, 0.5f));
    onnx::NodeProto &conv = b.node("Conv", {x, name + "_w", name + "_b"}, {y}, name);
    setInt(conv, "group", spec.group);
    setInts(conv, "strides", {spec.stride, spec.stride});
    const int64_t pad = spec.kernel / 2;
    setInts(conv, "pads", {pad, pad, pad, pad});
}

int64_t outSide(const ConvSpec &spec)
{
    return (side + 2 * (spec.kernel / 2) - spec.kernel) / spec.stride + 1;
}

// Clip(0, 6) with its bounds as initializers (opset 11 and later), as exporters write Relu6.
void addRelu6(OnnxModelBuilder &b, const std::string &x, const std::string &y)
{
    b.initializer("low", {}, {0.0f});
    b.initializer("high", {}, {6.0f});
    b.node("Clip", {x, "low", "high"}, {y}, "clip");
}

Tensor image(float frequency = 0.37f)
{
    return Tensor::fromVector<float>(DataType::Float, imageDims,
                                     wave(std::size_t(channels * side * side), frequency, 1.0f));
}

std::vector<float> values(const Tensor &t)
{
    return std::vector<float>(t.data<float>(), t.data<float>() + t.elementCount());
}

struct Ran
{
    std::vector<std::vector<float>> outputs;
    std::vector<std::string> fused;
};

Ran run(const OnnxModelBuilder &b, const std::vector<Tensor> &inputs, int threads = 1)
{
    auto model = OnnxModelLoader().loadBytes(b.bytes(), ".");
    if (!model.ok()) {
        qWarning("load failed: %s", model.error().describe().c_str());
        return {};
    }
    CpuEngine engine(EngineOptions{threads});
    if (Status s = engine.prepare(model->graph); !s.ok()) {
        qWarning("prepare failed: %s", s.error().describe().c_str());
        return {};
    }
    auto outputs = engine.run(inputs);
    if (!outputs.ok()) {
        qWarning("run failed: %s", outputs.error().describe().c_str());
        return {};
    }
    Ran ran{{}, engine.fusedGroups()};
    for (const Tensor &t : outputs.value())
        ran.outputs.push_back(values(t));
    return ran;
}

// The Conv alone: what the separate nodes start from.
std::vector<float> convAlone(const ConvSpec &spec, const Tensor &x, const std::string &name = "conv")
{
    OnnxModelBuilder b(13);
    b.input("x", imageDims).output("y", {1, spec.maps, outSide(spec), outSide(spec)});
    addConv(b, name, "x", "y", spec);
    const Ran ran = run(b, {x});
    return ran.outputs.empty() ? std::vector<float>{} : ran.outputs[0];
}

std::vector<float> clamp(std::vector<float> v, float low, float high)
{
    for (float &e : v)
        e = std::min(std::max(e, low), high);
    return v;
}

std::vector<float> add(std::vector<float> a, const std::vector<float> &b)
{
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        a[i] += b[i];
    return a;
}

// Both bounds of Relu6 must bite somewhere, or a test of the clamp proves nothing.
bool passesBothBounds(const std::vector<float> &v)
{
    return std::any_of(v.begin(), v.end(), [](float e) { return e < 0; })
        && std::any_of(v.begin(), v.end(), [](float e) { return e > 6; });
}

using Groups = std::vector<std::string>;

// Every initializer of the model as float64 (they are written as raw float32 above).
void makeDouble(OnnxModelBuilder &b)
{
    auto *graph = b.model().mutable_graph();
    for (int i = 0; i < graph->initializer_size(); ++i) {
        onnx::TensorProto *t = graph->mutable_initializer(i);
        std::vector<float> floats(t->raw_data().size() / sizeof(float));
        std::memcpy(floats.data(), t->raw_data().data(), floats.size() * sizeof(float));
        t->clear_raw_data();
        t->set_data_type(onnx::TensorProto::DOUBLE);
        for (float v : floats)
            t->add_double_data(double(v));
    }
}

std::vector<double> runDouble(const OnnxModelBuilder &b, const Tensor &x, std::vector<std::string> *fused = nullptr)
{
    auto model = OnnxModelLoader().loadBytes(b.bytes(), ".");
    if (!model.ok())
        return {};
    CpuEngine engine(EngineOptions{1});
    if (!engine.prepare(model->graph).ok())
        return {};
    auto out = engine.run({x});
    if (!out.ok())
        return {};
    if (fused)
        *fused = engine.fusedGroups();
    const Tensor &y = out.value()[0];
    return std::vector<double>(y.data<double>(), y.data<double>() + y.elementCount());
}

} // namespace

class tst_CpuEngineFusion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void fusesConvWithRelu6_data()
    {
        QTest::addColumn<int>("kernel");
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("stride");
        QTest::newRow("1x1, the input multiplied in place") << 1 << 1 << 1;
        QTest::newRow("3x3 through packed im2col") << 3 << 1 << 1;
        QTest::newRow("3x3 stride 2") << 3 << 1 << 2;
        QTest::newRow("depthwise 3x3") << 3 << int(channels) << 1;
        QTest::newRow("depthwise 3x3 stride 2") << 3 << int(channels) << 2;
    }

    void fusesConvWithRelu6()
    {
        QFETCH(int, kernel);
        QFETCH(int, group);
        QFETCH(int, stride);
        const ConvSpec spec{channels, kernel, group, stride};
        OnnxModelBuilder b(13);
        b.input("x", imageDims).output("y", {1, channels, outSide(spec), outSide(spec)});
        addConv(b, "conv", "x", "c", spec);
        addRelu6(b, "c", "y");
        const std::vector<float> separate = convAlone(spec, image());
        QVERIFY(passesBothBounds(separate));
        for (int threads : {1, 2}) {
            const Ran fused = run(b, {image()}, threads);
            QCOMPARE(fused.fused, (Groups{"conv + clip"}));
            QCOMPARE(fused.outputs.at(0), clamp(separate, 0.0f, 6.0f));
        }
    }

    void fusesResidualAddThenRelu_data()
    {
        QTest::addColumn<bool>("convFirst");
        QTest::newRow("Add(conv, x)") << true;
        QTest::newRow("Add(x, conv)") << false;
    }

    void fusesResidualAddThenRelu()
    {
        QFETCH(bool, convFirst);
        OnnxModelBuilder b(13);
        b.input("x", imageDims).output("y", imageDims);
        addConv(b, "conv", "x", "c", {});
        b.node("Add", convFirst ? std::vector<std::string>{"c", "x"} : std::vector<std::string>{"x", "c"}, {"sum"}, "add");
        b.node("Relu", {"sum"}, {"y"}, "relu");
        const Ran fused = run(b, {image()});
        QCOMPARE(fused.fused, (Groups{"conv + add + relu"}));
        const std::vector<float> expected = clamp(add(convAlone({}, image()), values(image())), 0.0f,
                                                  std::numeric_limits<float>::infinity());
        QVERIFY(std::count(expected.begin(), expected.end(), 0.0f) > 0);
        QCOMPARE(fused.outputs.at(0), expected);
    }

    // ResNet's downsampling blocks: the shortcut Conv comes after the Conv it is added to, so the
    // fused group must run where the Add stood; the later Conv must not take the Add as well.
    void fusesAddWhoseOtherInputComesLater()
    {
        OnnxModelBuilder b(13);
        b.input("x", imageDims).output("y", imageDims);
        addConv(b, "main", "x", "a", {channels, 3, 1, 1});
        addConv(b, "shortcut", "x", "s", {});
        b.node("Add", {"a", "s"}, {"sum"}, "add");
        addRelu6(b, "sum", "y");
        const Ran fused = run(b, {image()});
        QCOMPARE(fused.fused, (Groups{"main + add + clip"}));
        const std::vector<float> a = convAlone({channels, 3, 1, 1}, image(), "main");
        const std::vector<float> s = convAlone({}, image(), "shortcut");
        QCOMPARE(fused.outputs.at(0), clamp(add(a, s), 0.0f, 6.0f));
    }

    void leavesWhatOthersRead_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<Groups>("groups");
        QTest::newRow("Conv output is a graph output") << QStringLiteral("graph") << Groups{};
        QTest::newRow("Conv output read by another node") << QStringLiteral("node") << Groups{};
        QTest::newRow("Clip bounds are graph inputs") << QStringLiteral("bounds") << Groups{};
        QTest::newRow("Add output is a graph output") << QStringLiteral("add") << Groups{"conv + add"};
    }

    void leavesWhatOthersRead()
    {
        QFETCH(QString, reader);
        QFETCH(Groups, groups);
        OnnxModelBuilder b(13);
        b.input("x", imageDims).output("y", imageDims);
        std::vector<Tensor> inputs{image()};
        addConv(b, "conv", "x", "c", {});
        std::string clipped = "c";
        if (reader == QLatin1String("graph")) {
            b.output("c", imageDims);
        } else if (reader == QLatin1String("node")) {
            b.node("Neg", {"c"}, {"minus"}, "neg");
            b.output("minus", imageDims);
        } else if (reader == QLatin1String("add")) {
            b.node("Add", {"c", "x"}, {"sum"}, "add");
            b.output("sum", imageDims);
            clipped = "sum";
        }
        if (reader == QLatin1String("bounds")) {
            b.input("low", {}).input("high", {});
            b.node("Clip", {"c", "low", "high"}, {"y"}, "clip");
            inputs.push_back(Tensor::fromVector<float>(DataType::Float, {}, std::vector<float>{0.0f}));
            inputs.push_back(Tensor::fromVector<float>(DataType::Float, {}, std::vector<float>{6.0f}));
        } else {
            addRelu6(b, clipped, "y");
        }
        const Ran ran = run(b, inputs);
        QCOMPARE(ran.fused, groups);
        const std::vector<float> conv = convAlone({}, image());
        const std::vector<float> before = reader == QLatin1String("add") ? add(conv, values(image())) : conv;
        QCOMPARE(ran.outputs.at(0), clamp(before, 0.0f, 6.0f));
        if (reader == QLatin1String("graph") || reader == QLatin1String("add")) {
            QVERIFY(passesBothBounds(ran.outputs.at(1)));
            QCOMPARE(ran.outputs.at(1), before);
        }
        if (reader == QLatin1String("node")) {
            std::vector<float> minus = conv;
            for (float &e : minus)
                e = -e;
            QCOMPARE(ran.outputs.at(1), minus);
        }
    }

    // The plan fuses by graph structure; a residual that broadcasts is known only at run time,
    // and then the nodes run one by one.
    void runsTheNodesWhenTheResidualBroadcasts()
    {
        OnnxModelBuilder b(13);
        b.input("x", imageDims).output("y", imageDims);
        b.initializer("r", {1, channels, 1, 1}, {-3.0f, 1.0f, 2.0f, 9.0f});
        addConv(b, "conv", "x", "c", {});
        b.node("Add", {"c", "r"}, {"sum"}, "add");
        addRelu6(b, "sum", "y");
        const Ran ran = run(b, {image()});
        QCOMPARE(ran.fused, (Groups{"conv + add + clip"}));
        std::vector<float> expected = convAlone({}, image());
        const float r[] = {-3.0f, 1.0f, 2.0f, 9.0f};
        for (std::size_t i = 0; i < expected.size(); ++i)
            expected[i] += r[i / std::size_t(side * side)];
        QCOMPARE(ran.outputs.at(0), clamp(expected, 0.0f, 6.0f));
    }

    // float64 Conv keeps its own loops; the fused Add and clamp follow them in float64.
    void fusesOnTheFloat64Path()
    {
        constexpr int32_t f64 = onnx::TensorProto::DOUBLE;
        OnnxModelBuilder alone(13);
        alone.input("x", imageDims, f64).output("c", imageDims, f64);
        addConv(alone, "conv", "x", "c", {});
        makeDouble(alone);
        OnnxModelBuilder b(13);
        b.input("x", imageDims, f64).output("y", imageDims, f64);
        addConv(b, "conv", "x", "c", {});
        b.node("Add", {"c", "x"}, {"sum"}, "add");
        addRelu6(b, "sum", "y");
        makeDouble(b);
        const std::vector<float> xs = values(image());
        const Tensor x = Tensor::fromVector<double>(DataType::Double, imageDims, std::vector<double>(xs.begin(), xs.end()));
        std::vector<double> expected = runDouble(alone, x);
        QCOMPARE(expected.size(), xs.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            expected[i] = std::min(std::max(expected[i] + double(xs[i]), 0.0), 6.0);
        QVERIFY(std::count(expected.begin(), expected.end(), 6.0) > 0);
        std::vector<std::string> fused;
        QCOMPARE(runDouble(b, x, &fused), expected);
        QCOMPARE(fused, (Groups{"conv + add + clip"}));
    }

    // A NaN leaves a fused Relu or Clip as it leaves the separate kernels.
    void letsNaNThrough()
    {
        OnnxModelBuilder b(13);
        b.input("x", imageDims).output("y", imageDims);
        addConv(b, "conv", "x", "c", {});
        addRelu6(b, "c", "y");
        Tensor x = image();
        x.data<float>()[5] = std::numeric_limits<float>::quiet_NaN();
        const Ran ran = run(b, {x});
        QCOMPARE(ran.fused, (Groups{"conv + clip"}));
        const std::vector<float> &y = ran.outputs.at(0);
        for (int64_t m = 0; m < channels; ++m)
            QVERIFY(std::isnan(y[std::size_t(m * side * side + 5)]));
        QCOMPARE(std::count_if(y.begin(), y.end(), [](float e) { return std::isnan(e); }), std::ptrdiff_t(channels));
    }

    // Freed intermediates are reused for later outputs: a run must not see what an earlier run
    // left in them.
    void reusedMemoryDoesNotLeakBetweenRuns()
    {
        OnnxModelBuilder b(13);
        b.input("x", imageDims).output("y", imageDims);
        addConv(b, "first", "x", "a", {channels, 3, 1, 1});
        addRelu6(b, "a", "h");
        addConv(b, "second", "h", "y", {channels, 3, channels, 1});
        auto model = OnnxModelLoader().loadBytes(b.bytes(), ".");
        QVERIFY(model.ok());
        CpuEngine engine(EngineOptions{1});
        QVERIFY(engine.prepare(model->graph).ok());
        std::vector<std::vector<float>> results;
        for (float frequency : {0.37f, 1.3f, 0.37f}) {
            auto out = engine.run({image(frequency)});
            QVERIFY(out.ok());
            results.push_back(values(out.value()[0]));
        }
        QCOMPARE(results[2], results[0]);
        QVERIFY(results[1] != results[0]);
    }

    // What the engine keeps for reuse is bounded by what one run asks for: it must not grow with
    // the number of runs, and a model without Conv keeps nothing.
    void keepsABoundedAmountBetweenRuns()
    {
        OnnxModelBuilder convs(13);
        convs.input("x", imageDims).output("y", imageDims);
        addConv(convs, "first", "x", "a", {channels, 3, 1, 1});
        addRelu6(convs, "a", "h");
        addConv(convs, "second", "h", "y", {});
        OnnxModelBuilder plain(13);
        plain.input("x", imageDims).output("y", imageDims);
        plain.node("Neg", {"x"}, {"a"}, "neg");
        plain.node("Relu", {"a"}, {"b"}, "relu");
        plain.node("Neg", {"b"}, {"y"}, "neg2");
        const int64_t imageBytes = channels * side * side * int64_t(sizeof(float));
        for (const OnnxModelBuilder *b : {&convs, &plain}) {
            auto model = OnnxModelLoader().loadBytes(b->bytes(), ".");
            QVERIFY(model.ok());
            CpuEngine engine(EngineOptions{1});
            QVERIFY(engine.prepare(model->graph).ok());
            std::vector<int64_t> kept;
            for (int i = 0; i < 6; ++i) {
                QVERIFY(engine.run({image()}).ok());
                kept.push_back(engine.recycledBytes());
            }
            // The first Conv's output, freed after the second Conv read it.
            QCOMPARE(kept.back(), b == &convs ? imageBytes : 0);
            QCOMPARE(kept[1], kept.back());
        }
    }
};

QTEST_GUILESS_MAIN(tst_CpuEngineFusion)
#include "tst_cpuenginefusion.moc"
