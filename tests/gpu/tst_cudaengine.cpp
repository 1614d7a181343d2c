// The CUDA engine on a real GPU, against the CPU reference engine: results, re-planning for new
// shapes, CUDA-graph replay, memory planning, host folding, device-side faults, TF32 off.
// Skips (naming why) where the plugin or a device is missing.

#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/EnginePlugin.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "tests/unit/cuda/CudaTestModels.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace fleetdeck::validation;
using test::OnnxModelBuilder;
using test::setInt;
using test::setInts;

namespace {

std::shared_ptr<const Graph> load(const OnnxModelBuilder &b)
{
    auto model = OnnxModelLoader().loadBytes(b.bytes(), ".");
    if (!model.ok()) {
        qWarning("load failed: %s", model.error().describe().c_str());
        return nullptr;
    }
    return model->graph;
}

std::vector<float> randomFloats(std::size_t n, uint32_t seed, float scale = 1.0f)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<float> uniform(-scale, scale);
    std::vector<float> values(n);
    for (float &v : values)
        v = uniform(random);
    return values;
}

Tensor randomTensor(Shape shape, uint32_t seed)
{
    const auto n = static_cast<std::size_t>(checkedElementCount(shape).value_or(0));
    return Tensor::fromVector<float>(DataType::Float, std::move(shape), randomFloats(n, seed));
}

// The largest |gpu - cpu| / (atol + rtol |cpu|); <= 1 passes the validator's default check.
double worstRatio(const Tensor &gpu, const Tensor &cpu, double rtol = 1e-3, double atol = 1e-5)
{
    if (gpu.shape() != cpu.shape() || gpu.dataType() != cpu.dataType())
        return INFINITY;
    double worst = 0;
    for (int64_t i = 0; i < cpu.elementCount(); ++i) {
        const double e = cpu.valueAsDouble(i);
        const double a = gpu.valueAsDouble(i);
        if (std::isnan(e) != std::isnan(a))
            return INFINITY;
        if (!std::isnan(e))
            worst = std::max(worst, std::abs(a - e) / (atol + rtol * std::abs(e)));
    }
    return worst;
}

bool sameBytes(const Tensor &a, const Tensor &b)
{
    return a.shape() == b.shape() && a.byteSize() == b.byteSize()
        && std::memcmp(a.bytes(), b.bytes(), a.byteSize()) == 0;
}

// Conv(3->8, 3x3, stride 2, pad 1) + bias, Relu, MaxPool 2x2, GlobalAveragePool, Flatten,
// Gemm(8->10), Softmax: one op of each family.
OnnxModelBuilder smallCnn()
{
    OnnxModelBuilder b(13);
    b.input("x", {-1, 3, 16, 16});
    b.initializer("w", {8, 3, 3, 3}, randomFloats(8 * 3 * 3 * 3, 11, 0.5f));
    b.initializer("bias", {8}, randomFloats(8, 12));
    b.initializer("fc", {10, 8}, randomFloats(80, 13));
    b.initializer("fcb", {10}, randomFloats(10, 14));
    auto &conv = b.node("Conv", {"x", "w", "bias"}, {"c"});
    setInts(conv, "kernel_shape", {3, 3});
    setInts(conv, "strides", {2, 2});
    setInts(conv, "pads", {1, 1, 1, 1});
    b.node("Relu", {"c"}, {"r"});
    auto &pool = b.node("MaxPool", {"r"}, {"p"});
    setInts(pool, "kernel_shape", {2, 2});
    setInts(pool, "strides", {2, 2});
    b.node("GlobalAveragePool", {"p"}, {"g"});
    b.node("Flatten", {"g"}, {"f"});
    auto &gemm = b.node("Gemm", {"f", "fc", "fcb"}, {"logits"});
    setInt(gemm, "transB", 1);
    b.node("Softmax", {"logits"}, {"y"});
    b.output("y", {-1, 10});
    return b;
}

} // namespace

class TestCudaEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Engine> m_gpu;
    std::string m_why;

    // The engine for a test, or a skip that says why there is none.
    bool haveGpu()
    {
        if (!m_gpu) {
            LoadedEngine loaded = loadCudaEngine(EngineOptions{});
            m_gpu = std::move(loaded.engine);
            m_why = loaded.unavailable;
        }
        return m_gpu != nullptr;
    }

    // Runs the graph on both engines and checks every output agrees.
    void compareWithCpu(const std::shared_ptr<const Graph> &graph, const std::vector<Tensor> &inputs)
    {
        CpuEngine cpu;
        QVERIFY(cpu.prepare(graph).ok());
        auto expected = cpu.run(inputs);
        QVERIFY2(expected.ok(), expected.ok() ? "" : expected.error().describe().c_str());
        auto actual = m_gpu->run(inputs);
        QVERIFY2(actual.ok(), actual.ok() ? "" : actual.error().describe().c_str());
        QCOMPARE(actual->size(), expected->size());
        for (std::size_t i = 0; i < expected->size(); ++i) {
            const double ratio = worstRatio((*actual)[i], (*expected)[i]);
            QVERIFY2(ratio <= 1.0, qPrintable(QStringLiteral("output %1 is off by %2x the tolerance").arg(i).arg(ratio)));
        }
    }

#define FD_REQUIRE_GPU()                                                                           \
    do {                                                                                           \
        if (!haveGpu())                                                                            \
            QSKIP(qPrintable(QStringLiteral("no CUDA engine: %1").arg(QString::fromStdString(m_why)))); \
    } while (false)

private slots:
    void deviceIsDescribed()
    {
        FD_REQUIRE_GPU();
        const DeviceInfo info = m_gpu->deviceInfo();
        QVERIFY(info.gpu);
        QVERIFY(!info.name.empty());
        QVERIFY2(info.driver.find("CUDA") != std::string::npos, info.driver.c_str());
        QCOMPARE(QString::fromStdString(m_gpu->name()), QStringLiteral("cuda"));
        qInfo("device: %s, %s", info.name.c_str(), info.driver.c_str());
    }

    void smallCnnMatchesTheCpu()
    {
        FD_REQUIRE_GPU();
        auto graph = load(smallCnn());
        QVERIFY(graph);
        const SupportReport support = m_gpu->checkSupport(*graph);
        QVERIFY2(support.supported(), support.describe().c_str());
        QVERIFY(m_gpu->prepare(graph).ok());
        compareWithCpu(graph, {randomTensor({2, 3, 16, 16}, 1)});
        QVERIFY(m_gpu->lastRunDeviceMs() >= 0);
    }

    void newShapesArePlannedAgain()
    {
        FD_REQUIRE_GPU();
        auto graph = load(smallCnn());
        QVERIFY(m_gpu->prepare(graph).ok());
        for (int64_t batch : {1, 5, 1, 32})
            compareWithCpu(graph, {randomTensor({batch, 3, 16, 16}, uint32_t(batch))});
    }

    void replayedRunsGiveTheSameBytes()
    {
        // The second run of a plan captures a CUDA graph and later runs replay it: same inputs,
        // same bytes out.
        FD_REQUIRE_GPU();
        auto graph = load(smallCnn());
        QVERIFY(m_gpu->prepare(graph).ok());
        const std::vector<Tensor> inputs = {randomTensor({4, 3, 16, 16}, 7)};
        auto first = m_gpu->run(inputs);
        QVERIFY(first.ok());
        for (int i = 0; i < 3; ++i) {
            auto again = m_gpu->run(inputs);
            QVERIFY2(again.ok(), again.ok() ? "" : again.error().describe().c_str());
            QVERIFY(sameBytes((*again)[0], (*first)[0]));
        }
        // And new data through the replayed graph is computed, not remembered.
        compareWithCpu(graph, {randomTensor({4, 3, 16, 16}, 8)});
    }

    void intermediatesShareMemory()
    {
        // 20 Relu in a chain on 16 MiB tensors: 336 MiB if every value had its own buffer; the
        // plan needs the input, two alternating buffers and the output's, plus the engine's fixed
        // 32 MiB cuBLAS workspace.
        FD_REQUIRE_GPU();
        OnnxModelBuilder b(13);
        b.input("x", {1, 4 << 20});
        std::string last = "x";
        for (int i = 0; i < 20; ++i) {
            const std::string next = "r" + std::to_string(i);
            b.node("Relu", {last}, {next});
            last = next;
        }
        b.output(last, {1, 4 << 20});
        auto graph = load(b);
        QVERIFY(m_gpu->prepare(graph).ok());
        m_gpu->resetPeakMemory();
        compareWithCpu(graph, {randomTensor({1, 4 << 20}, 3)});
        const int64_t peak = m_gpu->peakMemoryBytes();
        qInfo("peak device memory of the chain: %.1f MiB", double(peak) / (1 << 20));
        QVERIFY(peak >= int64_t(3) * (16 << 20));
        QVERIFY2(peak <= int64_t(100) << 20, qPrintable(QString::number(peak)));
    }

    void shapeArithmeticFoldsOnTheHost()
    {
        // Reshape's target comes from Shape -> Gather -> Unsqueeze -> Concat on the input: the
        // engine computes it on the host for each plan, for any batch.
        FD_REQUIRE_GPU();
        auto graph = load(test::shapeArithmeticReshape());
        QVERIFY(graph);
        QVERIFY(m_gpu->checkSupport(*graph).supported());
        QVERIFY(m_gpu->prepare(graph).ok());
        for (int64_t batch : {2, 7})
            compareWithCpu(graph, {randomTensor({batch, 3, 4}, 5)});
    }

    void badIndexFailsTheRunNamingTheNode()
    {
        // Token ids are input data: the GPU checks them and the run fails like the CPU's would,
        // then the next good run goes through.
        FD_REQUIRE_GPU();
        OnnxModelBuilder b(13);
        b.input("ids", {3}, onnx::TensorProto::INT64);
        b.initializer("table", {10, 4}, randomFloats(40, 9));
        b.node("Gather", {"table", "ids"}, {"y"}, "lookup");
        b.output("y", {3, 4});
        auto graph = load(b);
        QVERIFY(m_gpu->prepare(graph).ok());
        auto bad = m_gpu->run({Tensor::fromVector<int64_t>(DataType::Int64, {3}, {1, 12, 2})});
        QVERIFY(!bad.ok());
        QCOMPARE(QString::fromStdString(bad.error().nodeName), QStringLiteral("lookup"));
        compareWithCpu(graph, {Tensor::fromVector<int64_t>(DataType::Int64, {3}, {1, -1, 9})});
    }

    void float32ProductsAreNotTf32()
    {
        // K = 4096 random products: float32 accumulation stays within ~1e-5 relative of the
        // reference; TF32 (10 mantissa bits) would be off by ~1e-3.
        FD_REQUIRE_GPU();
        OnnxModelBuilder b(13);
        b.input("a", {64, 4096});
        b.initializer("w", {4096, 64}, randomFloats(4096 * 64, 21));
        b.node("MatMul", {"a", "w"}, {"y"});
        b.output("y", {64, 64});
        auto graph = load(b);
        QVERIFY(m_gpu->prepare(graph).ok());
        const std::vector<Tensor> inputs = {randomTensor({64, 4096}, 22)};
        CpuEngine cpu;
        QVERIFY(cpu.prepare(graph).ok());
        auto expected = cpu.run(inputs);
        auto actual = m_gpu->run(inputs);
        QVERIFY(expected.ok() && actual.ok());
        // Relative to the row's scale (sum of |a||w| ~ 4096 * 0.25), so cancellation cannot hide it.
        const double ratio = worstRatio((*actual)[0], (*expected)[0], 0, 1024 * 1e-4);
        qInfo("worst error / (1e-4 of the product's scale): %.3f", ratio);
        QVERIFY(ratio <= 1.0);
    }

    void unsupportedNodesAreNamed()
    {
        FD_REQUIRE_GPU();
        OnnxModelBuilder b(13);
        b.input("x", {2, 3});
        auto &einsum = b.node("Einsum", {"x", "x"}, {"y"}, "contract");
        test::setString(einsum, "equation", "ij,ij->i");
        b.output("y", {2});
        auto graph = load(b);
        const SupportReport report = m_gpu->checkSupport(*graph);
        QCOMPARE(report.nodes.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(report.nodes[0].nodeName), QStringLiteral("contract"));
        QCOMPARE(report.nodes[0].reason.kind, UnsupportedKind::UnknownOp);
        QVERIFY(!m_gpu->prepare(graph).ok());
    }

    void wrongInputShapeIsRefused()
    {
        FD_REQUIRE_GPU();
        auto graph = load(smallCnn());
        QVERIFY(m_gpu->prepare(graph).ok());
        auto result = m_gpu->run({randomTensor({1, 3, 15, 16}, 2)});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InputShapeMismatch);
    }

    void cleanupTestCase() { m_gpu.reset(); }
};

QTEST_GUILESS_MAIN(TestCudaEngine)
#include "tst_cudaengine.moc"
