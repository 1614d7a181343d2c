// Runs every ONNX backend node test (model.onnx + test_data_set_*) on the CPU reference engine,
// or with FLEETDECK_CONFORMANCE_ENGINE=cuda on the CUDA engine plugin (skipped, saying why, where
// it gives no engine). The engine's own capability check decides what is skipped; everything it
// claims must pass.
#include "core/validation/engine/CpuEngine.h"
#include "core/validation/engine/EnginePlugin.h"
#include "core/validation/engine/OnnxModelLoader.h"
#include "core/validation/engine/TensorComparator.h"
#include "core/validation/engine/TestDataSet.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <cstdio>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace fleetdeck::validation;

namespace {

enum class Outcome { Passed, Failed, Skipped };

struct CaseResult
{
    Outcome outcome = Outcome::Passed;
    std::string detail; // why it failed or was skipped
};

std::string describe(const OutputComparison &c)
{
    if (!c.typeMatches)
        return "type differs";
    if (!c.shapeMatches)
        return "shape differs";
    return std::to_string(c.mismatches) + "/" + std::to_string(c.elementCount) + " elements differ, first at "
        + std::to_string(c.firstMismatch) + ", max abs " + std::to_string(c.maxAbsError) + ", max rel "
        + std::to_string(c.maxRelError) + ", unexpected NaN " + std::to_string(c.unexpectedNan);
}

CaseResult runCase(const std::string &dir, Engine &engine)
{
    auto model = OnnxModelLoader().loadFile(dir + "/model.onnx");
    if (!model) {
        // A model we cannot read is "cannot validate", the same verdict the operator would get.
        const ErrorCode code = model.error().code;
        if (code == ErrorCode::UnsupportedDataType || code == ErrorCode::UnsupportedOpset)
            return {Outcome::Skipped, "load: " + model.error().describe()};
        return {Outcome::Failed, "load: " + model.error().describe()};
    }
    const SupportReport support = engine.checkSupport(*model->graph);
    if (!support.supported()) {
        const UnsupportedNode &first = support.nodes.front();
        return {Outcome::Skipped, first.opType + ": " + first.reason.describe()};
    }
    Status prepared = engine.prepare(model->graph);
    if (!prepared)
        return {Outcome::Failed, "prepare: " + prepared.error().describe()};
    const TensorComparator comparator(Tolerance{1e-3, 1e-5});
    for (const std::string &folder : TestDataSet::findFolders(dir)) {
        auto data = TestDataSet::load(folder);
        if (!data)
            return {Outcome::Failed, "data: " + data.error().describe()};
        auto outputs = engine.run(data->inputs);
        if (!outputs)
            return {Outcome::Failed, "run: " + outputs.error().describe()};
        for (std::size_t i = 0; i < data->outputs.size() && i < outputs->size(); ++i) {
            const OutputComparison c = comparator.compare(model->graph->outputs[i].name, (*outputs)[i], data->outputs[i]);
            if (!c.passed())
                return {Outcome::Failed, QDir(QString::fromStdString(folder)).dirName().toStdString() + " output "
                                             + c.name + ": " + describe(c)};
        }
    }
    return {};
}

} // namespace

class tst_OnnxConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backendTests_data();
    void backendTests();
    void cleanupTestCase();

private:
    std::unique_ptr<Engine> m_engine;
    int m_passed = 0;
    int m_failed = 0;
    int m_skipped = 0;
};

void tst_OnnxConformance::initTestCase()
{
    fleetdeck::test::isolateFromUser();
    const EngineOptions options{2, int64_t(1) << 30};
    const QString engine = qEnvironmentVariable("FLEETDECK_CONFORMANCE_ENGINE", u"cpu"_s);
    if (engine == u"cpu"_s) {
        m_engine = std::make_unique<CpuEngine>(options);
    } else if (engine == u"cuda"_s) {
        LoadedEngine cuda = loadCudaEngine(options);
        if (!cuda.engine)
            QSKIP(qPrintable(u"no CUDA engine here: "_s + QString::fromStdString(cuda.unavailable)));
        m_engine = std::move(cuda.engine);
        const DeviceInfo device = m_engine->deviceInfo();
        std::printf("CUDA engine on %s, driver %s\n", device.name.c_str(), device.driver.c_str());
    } else {
        QFAIL("FLEETDECK_CONFORMANCE_ENGINE must be cpu or cuda");
    }
}

void tst_OnnxConformance::cleanupTestCase()
{
    // The summary line CI greps for, over every suite that ran.
    if (!m_engine)
        return;
    std::printf("%s engine: %d passed, %d failed, %d skipped (unsupported)\n", m_engine->name().c_str(), m_passed,
                m_failed, m_skipped);
    std::fflush(stdout);
}

void tst_OnnxConformance::backendTests_data()
{
    QTest::addColumn<QString>("suite");
    // node: one op per model; the others are whole small networks exported by PyTorch.
    QTest::newRow("node") << u"node"_s;
    QTest::newRow("simple") << u"simple"_s;
    QTest::newRow("pytorch-operator") << u"pytorch-operator"_s;
    QTest::newRow("pytorch-converted") << u"pytorch-converted"_s;
}

void tst_OnnxConformance::backendTests()
{
    QFETCH(QString, suite);
    const QString root = qEnvironmentVariable("FLEETDECK_ONNX_TESTDATA_DIR", u"/usr/share/libonnx-testdata/data"_s);
    const QDir nodeDir(root + u'/' + suite);
    if (!nodeDir.exists())
        QSKIP("libonnx-testdata is not installed (apt-get install libonnx-testdata)");
    const QString only = qEnvironmentVariable("FLEETDECK_CONFORMANCE_SUITE");
    if (!only.isEmpty() && only != suite)
        QSKIP("another suite was asked for");
    const QString filter = qEnvironmentVariable("FLEETDECK_CONFORMANCE_FILTER");
    const bool verbose = qEnvironmentVariableIsSet("FLEETDECK_CONFORMANCE_VERBOSE");

    Engine &engine = *m_engine;
    int passed = 0;
    int failed = 0;
    int skipped = 0;
    std::map<std::string, int> skipReasons;
    QElapsedTimer timer;
    timer.start();
    const QStringList cases = nodeDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : cases) {
        if (!filter.isEmpty() && !name.contains(filter))
            continue;
        const CaseResult result = runCase(nodeDir.filePath(name).toStdString(), engine);
        switch (result.outcome) {
        case Outcome::Passed:
            ++passed;
            if (verbose)
                std::printf("PASS %s\n", qPrintable(name));
            break;
        case Outcome::Failed:
            ++failed;
            std::printf("FAIL %s: %s\n", qPrintable(name), result.detail.c_str());
            break;
        case Outcome::Skipped:
            ++skipped;
            ++skipReasons[result.detail];
            if (verbose)
                std::printf("SKIP %s: %s\n", qPrintable(name), result.detail.c_str());
            break;
        }
    }
    std::printf("Skip reasons:\n");
    for (const auto &[reason, count] : skipReasons)
        std::printf("  %4d  %s\n", count, reason.c_str());
    std::printf("Conformance took %.1f s\n", double(timer.elapsed()) / 1000.0);
    std::printf("%s: %d passed, %d failed, %d skipped (unsupported)\n", qPrintable(suite), passed, failed, skipped);
    std::fflush(stdout);
    m_passed += passed;
    m_failed += failed;
    m_skipped += skipped;
    QVERIFY2(passed > 0 || !filter.isEmpty() || suite != u"node"_s, "no conformance case ran");
    QCOMPARE(failed, 0);
}

QTEST_GUILESS_MAIN(tst_OnnxConformance)
#include "tst_onnxconformance.moc"
