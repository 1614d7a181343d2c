#include "cli/ExitCode.h"
#include "core/validation/engine/EnginePlugin.h"
#include "tests/integration/cli/CliProcess.h"
#include "tests/integration/models/OnnxTestData.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::cli;
using fleetdeck::test::CliResult;

// `validate --device cuda` of the real binary on the real CUDA engine plugin (label gpu). Where the
// plugin gives no engine (not built, no driver, no device) every case is skipped with the
// loader's reason: nothing here may pass without a GPU having run the model.
class TestCliValidateCuda : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_add;

    CliResult cli(const QStringList &arguments)
    {
        return fleetdeck::test::runCli(QStringList { u"--db"_s, m_db, u"--json"_s } + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"inventory.sqlite"_s);
        m_add = fleetdeck::test::onnxNodeTest(u"test_add"_s);
        if (m_add.isEmpty())
            QSKIP("Debian's libonnx-testdata is not installed");
        // Asked as fleetdeck-cli asks it: both lie in bin/, beside the plugin.
        const fleetdeck::validation::LoadedEngine cuda = fleetdeck::validation::loadCudaEngine({});
        if (!cuda.engine)
            QSKIP(qPrintable(u"no CUDA engine here: "_s + QString::fromStdString(cuda.unavailable)));
    }

    void goldenDataOnTheGpu()
    {
        const CliResult run = cli({ u"validate"_s, m_add + u"/model.onnx"_s, u"--data"_s,
            m_add + u"/test_data_set_0"_s, u"--device"_s, u"cuda"_s, u"--runs"_s, u"5"_s });
        FD_CHECK_EXIT(run, ExitSuccess);
        const QJsonObject report = run.json().object();
        QCOMPARE(report.value(u"engine"_s).toString(), u"cuda"_s);
        QCOMPARE(report.value(u"gpuUsed"_s).toBool(), true);
        QVERIFY(!report.value(u"device"_s).toString().isEmpty());
        QVERIFY(!report.value(u"driver"_s).toString().isEmpty());
        QCOMPARE(report.value(u"dataSets"_s)[0][u"reference"_s].toString(), u"golden"_s);
        const QJsonObject perf = report.value(u"performance"_s).toObject();
        QCOMPARE(perf.value(u"timer"_s).toString(), u"device"_s);
        QCOMPARE(perf.value(u"memorySource"_s).toString(), u"engine"_s);
        QVERIFY(perf.value(u"peakMemoryBytes"_s).toInteger() > 0);
        QCOMPARE(perf.value(u"memoryCountsForBudget"_s).toBool(), true);
    }

    void seededInputsAreComparedWithTheCpuEngine()
    {
        const CliResult run = cli({ u"validate"_s, m_add + u"/model.onnx"_s, u"--device"_s,
            u"cuda"_s, u"--no-perf"_s });
        FD_CHECK_EXIT(run, ExitSuccess);
        const QJsonObject set = run.json().object().value(u"dataSets"_s)[0].toObject();
        QCOMPARE(set.value(u"reference"_s).toString(), u"cpu-engine"_s);
        QCOMPARE(set.value(u"outputs"_s)[0][u"elements"_s].toInteger(), 60);
        QCOMPARE(set.value(u"outputs"_s)[0][u"mismatches"_s].toInteger(), 0);
    }

    void tf32UsesTheGpuProfile()
    {
        const CliResult run = cli({ u"validate"_s, m_add + u"/model.onnx"_s, u"--device"_s,
            u"cuda"_s, u"--no-perf"_s, u"--tf32"_s });
        FD_CHECK_EXIT(run, ExitSuccess);
        const QJsonObject report = run.json().object();
        QCOMPARE(report.value(u"tf32"_s).toBool(), true);
        QCOMPARE(report.value(u"toleranceProfile"_s).toString(), u"gpu-tf32"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliValidateCuda)
#include "tst_cli_validate_cuda.moc"
