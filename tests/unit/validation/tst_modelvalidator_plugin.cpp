// ModelValidator's device choice and its plugin-engine path, on real plugin libraries
// (test_engine_plugin.cpp): no device, a plugin engine whose outputs are compared with the CPU
// engine's on seeded inputs, the TF32 tolerance profile, ops the plugin engine cannot run. The
// working test plugin runs the CPU engine under another name and says it is no GPU: these tests
// prove the plumbing, never a GPU result.
#include "core/validation/ModelValidator.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/validation/OnnxModelBuilder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::validation;
using namespace fleetdeck::validation::test;

namespace {

QByteArray testPlugin(const char *kind)
{
    return QFile::encodeName(qEnvironmentVariable("FLEETDECK_TEST_PLUGIN_DIR") + u"/libtest-engine-plugin-"_s
                             + QLatin1StringView(kind) + u".so"_s);
}

// y = sigmoid(x) * 2 for x of shape [4, 8]: float outputs in (0, 2), so a relative skew shows.
QString saveModel(const QTemporaryDir &dir)
{
    OnnxModelBuilder b(13);
    b.input("x", {4, 8}).output("y", {4, 8});
    b.initializer("two", {}, {2.0f});
    b.node("Sigmoid", {"x"}, {"s"}, "sigmoid");
    b.node("Mul", {"s", "two"}, {"y"}, "double");
    const QString path = dir.filePath(u"model.onnx"_s);
    b.save(path.toStdString());
    return path;
}

ValidationOptions onDevice(DeviceChoice device)
{
    ValidationOptions options;
    options.device = device;
    options.dataBesideModel = false;
    options.performance.enabled = false;
    return options;
}

} // namespace

class tst_ModelValidatorPlugin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        qunsetenv("FLEETDECK_CUDA_ENGINE");
        qunsetenv("FLEETDECK_TEST_PLUGIN_SKEW");
        qunsetenv("FLEETDECK_TEST_PLUGIN_REFUSE");
    }

    void cudaWithoutADeviceCannotValidateAndSaysWhy()
    {
        qputenv("FLEETDECK_CUDA_ENGINE", testPlugin("nodevice"));
        const ValidationReport report = ModelValidator(onDevice(DeviceChoice::Cuda)).validate(saveModel(m_dir));
        QCOMPARE(report.verdict, Verdict::CannotValidate);
        QVERIFY(report.deviceUnavailable);
        QVERIFY(report.error);
        QVERIFY2(report.error->message.contains(u"no CUDA device: the test plugin never has one"_s),
                 qPrintable(report.error->message));
        QVERIFY(report.dataSets.empty());
    }

    void autoWithoutADeviceRunsOnTheCpuAndSaysWhy()
    {
        qputenv("FLEETDECK_CUDA_ENGINE", testPlugin("nodevice"));
        const ValidationReport report = ModelValidator(onDevice(DeviceChoice::Auto)).validate(saveModel(m_dir));
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->message) : "");
        QCOMPARE(report.verdict, Verdict::Passed);
        QCOMPARE(report.engine, u"cpu"_s);
        QVERIFY(!report.pluginEngine);
        QVERIFY(report.device.threads > 0);
        QVERIFY2(report.deviceNote.contains(u"no CUDA device: the test plugin never has one"_s),
                 qPrintable(report.deviceNote));
        QCOMPARE(report.dataSets[0].reference, OutputReference::None);
    }

    void cpuNeverLoadsThePlugin()
    {
        qputenv("FLEETDECK_CUDA_ENGINE", testPlugin("nodevice"));
        const ValidationReport report = ModelValidator(onDevice(DeviceChoice::Cpu)).validate(saveModel(m_dir));
        QCOMPARE(report.verdict, Verdict::Passed);
        QCOMPARE(report.engine, u"cpu"_s);
        QVERIFY(report.deviceNote.isEmpty());
    }

    void pluginOutputsOnSeededInputsAreComparedWithTheCpuEngine()
    {
        qputenv("FLEETDECK_CUDA_ENGINE", testPlugin("cpu"));
        ValidationOptions options = onDevice(DeviceChoice::Cuda);
        options.performance.enabled = true;
        options.performance.timedRuns = 2;
        options.performance.warmupRuns = 1;
        options.performance.batchSizes = {4};
        const ValidationReport report = ModelValidator(options).validate(saveModel(m_dir));
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->message) : "");
        QCOMPARE(report.verdict, Verdict::Passed);
        QCOMPARE(report.engine, u"cpu-plugin"_s);
        QVERIFY(report.pluginEngine);
        QCOMPARE(report.dataSets.size(), std::size_t(1));
        const DataSetResult &set = report.dataSets[0];
        QCOMPARE(set.reference, OutputReference::CpuEngine);
        QCOMPARE(set.outputs.size(), std::size_t(1));
        QCOMPARE(set.outputs[0].elementCount, int64_t(32));
        QCOMPARE(set.outputs[0].maxAbsError, 0.0);
        QCOMPARE(set.statistics.size(), std::size_t(1)); // and the range, as on the CPU
        QVERIFY(report.performance);
        QCOMPARE(report.performance->engine, std::string("cpu-plugin"));
    }

    void aSkewedPluginFailsTheCrossEngineComparison()
    {
        qputenv("FLEETDECK_CUDA_ENGINE", testPlugin("cpu"));
        qputenv("FLEETDECK_TEST_PLUGIN_SKEW", "0.005");
        const ValidationReport report = ModelValidator(onDevice(DeviceChoice::Cuda)).validate(saveModel(m_dir));
        QCOMPARE(report.verdict, Verdict::Failed);
        const OutputComparison &c = report.dataSets[0].outputs[0];
        QCOMPARE(c.mismatches, int64_t(32));
        QVERIFY(c.maxRelError > 0.004 && c.maxRelError < 0.006);
        QVERIFY(report.toleranceNote.isEmpty());
        QCOMPARE(report.tolerance.rtol, Tolerance{}.rtol);
    }

    void tf32LoosensToTheGpuProfileAndSaysSo()
    {
        qputenv("FLEETDECK_CUDA_ENGINE", testPlugin("cpu"));
        qputenv("FLEETDECK_TEST_PLUGIN_SKEW", "0.005");
        ValidationOptions options = onDevice(DeviceChoice::Cuda);
        options.allowTf32 = true;
        const ValidationReport report = ModelValidator(options).validate(saveModel(m_dir));
        QCOMPARE(report.verdict, Verdict::Passed);
        QVERIFY(report.tf32);
        QCOMPARE(report.tolerance.rtol, tf32Tolerance.rtol);
        QCOMPARE(report.tolerance.atol, tf32Tolerance.atol);
        QVERIFY2(report.toleranceNote.contains(u"TF32"_s), qPrintable(report.toleranceNote));

        // Tolerances the operator set are kept, TF32 or not.
        options.toleranceGiven = true;
        const ValidationReport strict = ModelValidator(options).validate(saveModel(m_dir));
        QCOMPARE(strict.verdict, Verdict::Failed);
        QVERIFY(strict.toleranceNote.isEmpty());
        QCOMPARE(strict.tolerance.rtol, Tolerance{}.rtol);
    }

    void tf32OnTheCpuChangesNothing()
    {
        qputenv("FLEETDECK_CUDA_ENGINE", testPlugin("nodevice"));
        ValidationOptions options = onDevice(DeviceChoice::Auto);
        options.allowTf32 = true;
        const ValidationReport report = ModelValidator(options).validate(saveModel(m_dir));
        QCOMPARE(report.engine, u"cpu"_s);
        QVERIFY(!report.tf32);
        QVERIFY(report.toleranceNote.isEmpty());
        QCOMPARE(report.tolerance.rtol, Tolerance{}.rtol);
    }

    void opsThePluginCannotRunAreNamed()
    {
        qputenv("FLEETDECK_CUDA_ENGINE", testPlugin("cpu"));
        qputenv("FLEETDECK_TEST_PLUGIN_REFUSE", "Sigmoid");
        const ValidationReport report = ModelValidator(onDevice(DeviceChoice::Cuda)).validate(saveModel(m_dir));
        QCOMPARE(report.verdict, Verdict::CannotValidate);
        QVERIFY(report.error);
        QVERIFY2(report.error->message.contains(u"on the GPU"_s), qPrintable(report.error->message));
        QCOMPARE(report.unsupported.size(), 1);
        QVERIFY2(report.unsupported[0].startsWith(u"Sigmoid: 1 node(s) (sigmoid)"_s), qPrintable(report.unsupported[0]));
    }

    void autoRunsOnTheCpuWhatTheGpuEngineCannot()
    {
        // auto means "the GPU where it can": the same refusal is no verdict of its own here.
        qputenv("FLEETDECK_CUDA_ENGINE", testPlugin("cpu"));
        qputenv("FLEETDECK_TEST_PLUGIN_REFUSE", "Sigmoid");
        const ValidationReport report = ModelValidator(onDevice(DeviceChoice::Auto)).validate(saveModel(m_dir));
        QCOMPARE(report.verdict, Verdict::Passed);
        QCOMPARE(report.engine, u"cpu"_s);
        QVERIFY(!report.pluginEngine);
        QVERIFY(report.support.supported());
        QVERIFY2(report.deviceNote.contains(u"cpu-plugin engine cannot run 1 node(s)"_s), qPrintable(report.deviceNote));
        QVERIFY2(report.deviceNote.contains(u"Sigmoid"_s), qPrintable(report.deviceNote));
    }

    void goldenDataIsTheReferenceWhenThereIsSome()
    {
        qputenv("FLEETDECK_CUDA_ENGINE", testPlugin("cpu"));
        QTemporaryDir dir;
        const QString model = saveModel(dir);
        QDir(dir.path()).mkpath(u"test_data_set_0"_s);
        const std::vector<float> zeros(32, 0.0f);
        saveTensor(dir.filePath(u"test_data_set_0/input_0.pb"_s).toStdString(), {4, 8}, zeros);
        saveTensor(dir.filePath(u"test_data_set_0/output_0.pb"_s).toStdString(), {4, 8}, std::vector<float>(32, 1.0f));
        ValidationOptions options = onDevice(DeviceChoice::Cuda);
        options.dataDir = dir.path();
        const ValidationReport report = ModelValidator(options).validate(model);
        QVERIFY2(!report.error, report.error ? qPrintable(report.error->message) : "");
        QCOMPARE(report.verdict, Verdict::Passed);
        QCOMPARE(report.dataSets[0].reference, OutputReference::Golden);
        QVERIFY(report.dataSets[0].statistics.empty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_ModelValidatorPlugin)
#include "tst_modelvalidator_plugin.moc"
