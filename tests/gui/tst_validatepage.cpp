#include "core/inventory/ArtifactStore.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/ModelRepository.h"
#include "core/inventory/ValidationRepository.h"
#include "core/validation/EngineErrorText.h"
#include "core/validation/engine/EnginePlugin.h"
#include "tests/gui/GuiFixture.h"
#include "tests/integration/models/OnnxTestData.h"
#include "tests/unit/validation/OnnxModelBuilder.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/models/OutputErrorModel.h"
#include "ui/models/ValidationHistoryModel.h"
#include "ui/pages/ValidatePage.h"
#include "ui/pages/ValidationResultView.h"
#include "ui/widgets/LatencyHistogram.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::test::GuiFixture;
using fleetdeck::ui::MainWindow;
using fleetdeck::ui::OutputErrorModel;
using fleetdeck::ui::ValidatePage;
using namespace fleetdeck;

namespace {
const QString kNodeTests = u"/usr/share/libonnx-testdata/data/node/"_s;

QString nodeTestModel(const QString &name)
{
    return kNodeTests + name + u"/model.onnx"_s;
}

// y = x @ w with w 1024 x 1024: about a millisecond a run, so 100,000 timed runs last far longer
// than any test waits, however fast the machine (the node tests' models finish in a second).
QString slowModel(const QTemporaryDir &dir)
{
    validation::test::OnnxModelBuilder b;
    b.input("x", { 1, 1024 }).output("y", { 1, 1024 });
    b.initializer("w", { 1024, 1024 }, std::vector<float>(1024 * 1024, 0.001f));
    b.node("MatMul", { "x", "w" }, { "y" }, "matmul");
    const QString path = dir.filePath(u"slow.onnx"_s);
    return b.save(path.toStdString()) ? path : QString();
}
} // namespace

// The Validate page in the real window under Xvfb, on Debian's ONNX node tests: golden data that
// passes, a version of the inventory whose verdict is stored and listed, an unsupported op, a
// broken file, form errors, and a cancel that returns to idle within one inference.
class TestValidatePage : public QObject {
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_fixture;
    ValidatePage *m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_outputTester;
    std::unique_ptr<QAbstractItemModelTester> m_historyTester;

    void openPage()
    {
        MainWindow &window = m_fixture->openWindow();
        window.showPage(MainWindow::ValidatePageIndex);
        m_page = window.validatePage();
        QVERIFY(m_page->isVisible());
        m_outputTester =
            std::make_unique<QAbstractItemModelTester>(m_page->resultView()->outputModel(),
                QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_historyTester = std::make_unique<QAbstractItemModelTester>(
            m_page->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // Runs and waits, bounded, for the page to be idle again with a verdict.
    void runAndWait(int timeoutMs = 60000)
    {
        QSignalSpy finished(m_page, &ValidatePage::runFinished);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY2(m_page->formError()->text().isEmpty(), qPrintable(m_page->formError()->text()));
        QVERIFY(m_page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), timeoutMs);
        QVERIFY(!m_page->isRunning());
        QVERIFY(m_page->runButton()->isEnabled());
    }

    QString verdict() const { return m_page->resultView()->verdictText(); }

    // What the CUDA plugin says here, asked as the page asks it: empty when it gives an engine.
    static QString noCudaReason()
    {
        const validation::LoadedEngine cuda = validation::loadCudaEngine({});
        return cuda.engine ? QString() : validation::EngineErrorText::pluginText(cuda);
    }

    void waitForCudaCheck()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_page->cudaState() == ValidatePage::CudaState::Available
                || m_page->cudaState() == ValidatePage::CudaState::Unavailable,
            20000);
    }

    // A version NAME:V in the inventory file, stored as `models import` stores it.
    qint64 importVersion(const QString &file, const QString &model, const QString &version)
    {
        auto db = inventory::Database::open(m_fixture->databasePath());
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        auto stored =
            inventory::ArtifactStore::besideInventory(m_fixture->databasePath()).store(file);
        if (!stored)
            qFatal("%s", qPrintable(stored.error().toString()));
        inventory::AuditLog audit(**db, u"test"_s);
        inventory::ModelVersion v;
        v.model = model;
        v.version = version;
        v.sha256 = stored->sha256;
        v.sizeBytes = stored->sizeBytes;
        v.format = u"onnx"_s;
        v.sourcePath = file;
        v.artifactPath = stored->relativePath;
        auto added = inventory::ModelRepository(**db, audit).add(v);
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
        return added->version.id;
    }

    QList<inventory::ValidationRecord> storedFor(qint64 versionId) const
    {
        auto db = inventory::Database::open(
            m_fixture->databasePath(), inventory::Database::OpenMode::ReadOnly);
        if (!db)
            return {};
        inventory::AuditLog audit(**db, u"test"_s);
        auto records = inventory::ValidationRepository(**db, audit).forModelVersion(versionId);
        return records ? *records : QList<inventory::ValidationRecord> {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        if (!QFile::exists(nodeTestModel(u"test_add"_s)))
            QSKIP("Debian's libonnx-testdata is not installed");
    }

    void init() { m_fixture = std::make_unique<GuiFixture>(); }

    void cleanup()
    {
        m_outputTester.reset();
        m_historyTester.reset();
        m_page = nullptr;
        m_fixture.reset();
    }

    void goldenDataPassesWithOutputsAndLatency()
    {
        openPage();
        m_page->setModelFile(nodeTestModel(u"test_add"_s));
        m_page->timedRunsSpin()->setValue(9);
        runAndWait();
        QCOMPARE(verdict(), u"Passed"_s);

        // test_add: one data set, one output "sum", compared with its golden output.
        const OutputErrorModel *outputs = m_page->resultView()->outputModel();
        QCOMPARE(outputs->rowCount(), 1);
        QCOMPARE(outputs->row(0).dataSet, u"test_data_set_0"_s);
        QCOMPARE(outputs->row(0).output, u"sum"_s);
        QVERIFY(outputs->row(0).compared);
        QVERIFY(outputs->row(0).passed);
        QCOMPARE(outputs->row(0).nan, 0);
        QVERIFY(outputs->row(0).maxAbsError <= 1e-5);
        QCOMPARE(outputs->data(outputs->index(0, OutputErrorModel::ResultColumn)).toString(),
            u"Passed"_s);

        // Every timed run lands in exactly one bar; the percentiles are in the text.
        const fleetdeck::ui::LatencyHistogram *histogram = m_page->resultView()->histogram();
        QVERIFY(histogram->isVisible());
        int runs = 0;
        for (int count : histogram->binCounts())
            runs += count;
        QCOMPARE(runs, 9);
        const QString summary = m_page->resultView()->latencyLabel()->text();
        QVERIFY2(
            summary.contains(u"p50"_s) && summary.contains(u"p99"_s) && summary.contains(u"max"_s),
            qPrintable(summary));
        QVERIFY(m_page->resultView()->throughputTable()->rowCount() >= 1);
        // Auto found no CUDA device: the result says the CPU ran it, not a GPU, and why.
        const QString engine = m_page->resultView()->engineLabel()->text();
        if (const QString noCuda = noCudaReason(); !noCuda.isEmpty()) {
            QVERIFY2(engine.contains(u"Engine: cpu on "_s), qPrintable(engine));
            QVERIFY2(engine.contains(u"No GPU was used: "_s + noCuda), qPrintable(engine));
        }
    }

    void wrongGoldenOutputFailsAndNamesTheTolerance()
    {
        // A golden output no correct engine can match: its first value off by 0.5.
        const QString data = m_fixture->dir().filePath(u"wrong/test_data_set_0"_s);
        QVERIFY(fleetdeck::test::copyWithWrongOutput(
            kNodeTests + u"test_add/test_data_set_0"_s, data, 0, 0.5));
        openPage();
        m_page->setModelFile(nodeTestModel(u"test_add"_s));
        m_page->setDataDir(data);
        m_page->timedRunsSpin()->setValue(2);
        runAndWait();
        QCOMPARE(verdict(), u"Failed"_s);
        const OutputErrorModel *outputs = m_page->resultView()->outputModel();
        QCOMPARE(outputs->rowCount(), 1);
        QVERIFY(!outputs->row(0).passed);
        QCOMPARE(outputs->row(0).mismatches, 1);
        QVERIFY(qAbs(outputs->row(0).maxAbsError - 0.5) < 1e-3);
        QVERIFY(outputs->row(0).neededAtol >= 0.49);
        QVERIFY(outputs->data(outputs->index(0, OutputErrorModel::ResultColumn))
                    .toString()
                    .startsWith(u"Failed"_s));
        const QString needed =
            outputs->data(outputs->index(0, OutputErrorModel::NeededToleranceColumn)).toString();
        QVERIFY2(needed.startsWith(u"atol "_s + QString::number(outputs->row(0).neededAtol, 'g', 4)
                     + u" or rtol "_s),
            qPrintable(needed));
    }

    void seededInputsWithoutGoldenData()
    {
        // The model alone, without its test_data_set folders: generated inputs, NaN/Inf checks.
        const QString alone = m_fixture->dir().filePath(u"add.onnx"_s);
        QVERIFY(QFile::copy(nodeTestModel(u"test_add"_s), alone));
        openPage();
        m_page->setModelFile(alone);
        m_page->timedRunsSpin()->setValue(2);
        runAndWait();
        QCOMPARE(verdict(), u"Passed"_s);
        const OutputErrorModel *outputs = m_page->resultView()->outputModel();
        QCOMPARE(outputs->rowCount(), 1);
        QCOMPARE(outputs->row(0).output, u"sum"_s);
        QVERIFY(!outputs->row(0).compared);
        QCOMPARE(outputs->data(outputs->index(0, OutputErrorModel::MaxAbsErrorColumn)).toString(),
            u"—"_s);
        QVERIFY2(m_page->resultView()->reasonText().contains(u"seeded"_s),
            qPrintable(m_page->resultView()->reasonText()));
    }

    void versionVerdictIsStoredAndListed()
    {
        const qint64 id = importVersion(nodeTestModel(u"test_relu"_s), u"relu"_s, u"1.0"_s);
        openPage();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->versionCombo()->count(), 1, 10000);
        m_page->selectVersion(id);
        QCOMPARE(m_page->versionCombo()->currentText(), u"relu:1.0"_s);
        // The artifact has no data sets beside it: golden data comes from the data folder.
        m_page->setDataDir(kNodeTests + u"test_relu"_s);
        m_page->selectSource(ValidatePage::Source::Version);
        m_page->timedRunsSpin()->setValue(3);
        QSignalSpy stored(m_page, &ValidatePage::resultStored);
        QSignalSpy history(m_page, &ValidatePage::historyLoaded);
        runAndWait();
        QCOMPARE(verdict(), u"Passed"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 10000);

        const QList<inventory::ValidationRecord> records = storedFor(id);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().verdict, inventory::ValidationVerdict::Pass);
        QCOMPARE(records.first().modelReference, u"relu:1.0"_s);
        QCOMPARE(records.first().results.value(u"inputs"_s).toString(), u"golden"_s);
        // A rollout gate reads the GUI's verdict as it reads the CLI's.
        const QJsonObject performance = records.first().results.value(u"performance"_s).toObject();
        QVERIFY(performance.value(u"latencyMs"_s).toObject().value(u"p99"_s).toDouble() > 0);
        inventory::ValidationGate gate;
        gate.maxP99Ms = 1e6;
        gate.maxRtol = 1e-3;
        QCOMPARE(gate.refusal(records.first()), QString());
        gate.maxP99Ms = 1e-9;
        QVERIFY(gate.refusal(records.first()).contains(u"p99"_s));

        // The page lists the verdict it just stored among the version's earlier verdicts.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->historyModel()->rowCount(), 1, 10000);
        QCOMPARE(m_page->historyModel()
                     ->data(m_page->historyModel()->index(
                         0, fleetdeck::ui::ValidationHistoryModel::VerdictColumn))
                     .toString(),
            u"Passed"_s);
        // A file has no version history; back on the version, its verdicts are read again.
        m_page->selectSource(ValidatePage::Source::File);
        QCOMPARE(m_page->historyModel()->rowCount(), 0);
        m_page->selectSource(ValidatePage::Source::Version);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->historyModel()->rowCount(), 1, 10000);
    }

    void unsupportedOpCannotBeValidated()
    {
        const QString customOp = qEnvironmentVariable("FLEETDECK_SOURCE_DIR")
            + u"/tests/integration/models/data/custom_op.onnx"_s;
        QVERIFY(QFile::exists(customOp));
        openPage();
        m_page->setModelFile(customOp);
        runAndWait();
        QCOMPARE(verdict(), u"Cannot validate"_s);
        const QString reason = m_page->resultView()->reasonText();
        // Both Fancy nodes by name and count, not "failed".
        QVERIFY2(reason.contains(u"com.example:Fancy"_s), qPrintable(reason));
        QVERIFY2(reason.contains(u"2 node"_s), qPrintable(reason));
        QVERIFY2(
            reason.contains(u"fancy_1"_s) && reason.contains(u"fancy_2"_s), qPrintable(reason));
    }

    void brokenFileSaysWhatIsWrong()
    {
        QFile model(nodeTestModel(u"test_add"_s));
        QVERIFY(model.open(QIODevice::ReadOnly));
        const QByteArray bytes = model.readAll();
        const QString truncated = m_fixture->dir().filePath(u"truncated.onnx"_s);
        QFile out(truncated);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();

        openPage();
        m_page->setModelFile(truncated);
        runAndWait();
        QVERIFY2(
            verdict() == u"Failed"_s || verdict() == u"Cannot validate"_s, qPrintable(verdict()));
        const QString reason = m_page->resultView()->reasonText();
        QVERIFY2(reason.contains(u"truncated.onnx"_s), qPrintable(reason));
        QCOMPARE(m_page->resultView()->outputModel()->rowCount(), 0);
    }

    void formErrorsNameTheField()
    {
        openPage();
        m_page->setModelFile(m_fixture->dir().filePath(u"missing.onnx"_s));
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(!m_page->isRunning());
        QVERIFY2(m_page->formError()->text().contains(u"missing.onnx"_s),
            qPrintable(m_page->formError()->text()));

        m_page->setModelFile(nodeTestModel(u"test_add"_s));
        m_page->findChild<QLineEdit *>(u"rtolEdit"_s)->setText(u"abc"_s);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(!m_page->isRunning());
        QVERIFY2(m_page->formError()->text().contains(u"rtol"_s),
            qPrintable(m_page->formError()->text()));
        m_page->findChild<QLineEdit *>(u"rtolEdit"_s)->setText(u"1e-3"_s);

        m_page->maxMemoryEdit()->setText(u"lots"_s);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(!m_page->isRunning());
        QVERIFY2(m_page->formError()->text().contains(u"lots"_s),
            qPrintable(m_page->formError()->text()));
        m_page->maxMemoryEdit()->clear();

        m_page->setDataDir(m_fixture->dir().path());
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(!m_page->isRunning());
        QVERIFY2(m_page->formError()->text().contains(u"test_data_set"_s),
            qPrintable(m_page->formError()->text()));

        // CUDA is listed, but disabled with the loader's reason, where it gives no engine.
        waitForCudaCheck();
        auto *devices = qobject_cast<QStandardItemModel *>(m_page->deviceCombo()->model());
        QVERIFY(devices);
        const QString noCuda = noCudaReason();
        if (noCuda.isEmpty())
            QSKIP("this machine has a CUDA device");
        QCOMPARE(m_page->cudaState(), ValidatePage::CudaState::Unavailable);
        QVERIFY(!devices->item(ValidatePage::CudaDevice)->isEnabled());
        const QString tip = devices->item(ValidatePage::CudaDevice)->toolTip();
        QVERIFY2(tip.contains(noCuda), qPrintable(tip));
        QVERIFY2(m_page->deviceCombo()->toolTip().contains(noCuda),
            qPrintable(m_page->deviceCombo()->toolTip()));
    }

    // The CUDA choice on the test plugin (tests/unit/validation/test_engine_plugin.cpp: the CPU
    // engine under another name, which says it is no GPU): the check runs once, off the GUI
    // thread; the run uses the plugin's engine, compares seeded outputs with the CPU engine's,
    // and TF32 loosens the tolerances and says so.
    void cudaChoiceRunsThePluginEngine()
    {
        qputenv("FLEETDECK_CUDA_ENGINE",
            QFile::encodeName(
                qEnvironmentVariable("FLEETDECK_TEST_PLUGIN_DIR") + u"/libtest-engine-plugin-cpu.so"_s));
        qputenv("FLEETDECK_TEST_PLUGIN_SKEW", "0.005");
        const auto restore = qScopeGuard([] {
            qunsetenv("FLEETDECK_CUDA_ENGINE");
            qunsetenv("FLEETDECK_TEST_PLUGIN_SKEW");
        });
        MainWindow &window = m_fixture->openWindow();
        m_page = window.validatePage();
        QSignalSpy checked(m_page, &ValidatePage::cudaChecked);
        window.showPage(MainWindow::ValidatePageIndex);
        waitForCudaCheck();
        QCOMPARE(m_page->cudaState(), ValidatePage::CudaState::Available);
        auto *devices = qobject_cast<QStandardItemModel *>(m_page->deviceCombo()->model());
        QVERIFY(devices->item(ValidatePage::CudaDevice)->isEnabled());
        QVERIFY2(devices->item(ValidatePage::CudaDevice)->toolTip().contains(u"CPU (test plugin)"_s),
            qPrintable(devices->item(ValidatePage::CudaDevice)->toolTip()));

        m_page->deviceCombo()->setCurrentIndex(ValidatePage::CpuDevice);
        QVERIFY(!m_page->tf32Check()->isEnabled()); // TF32 means nothing on the CPU
        m_page->deviceCombo()->setCurrentIndex(ValidatePage::CudaDevice);
        QVERIFY(m_page->tf32Check()->isEnabled());
        m_page->tf32Check()->setChecked(true);
        // Without test_data_set folders beside it, the model runs on seeded inputs.
        const QString alone = m_fixture->dir().filePath(u"add.onnx"_s);
        QVERIFY(QFile::copy(nodeTestModel(u"test_add"_s), alone));
        m_page->setModelFile(alone);
        m_page->timedRunsSpin()->setValue(2);
        runAndWait();
        QCOMPARE(verdict(), u"Passed"_s);
        const QString engine = m_page->resultView()->engineLabel()->text();
        QVERIFY2(engine.contains(u"Engine: cpu-plugin on CPU (test plugin)"_s)
                && engine.contains(u"TF32"_s) && engine.contains(u"rtol 0.01"_s),
            qPrintable(engine));
        const QString reason = m_page->resultView()->reasonText();
        QVERIFY2(reason.contains(u"CPU reference engine"_s), qPrintable(reason));

        // Shown again, the page does not ask again.
        window.showPage(MainWindow::FleetPageIndex);
        window.showPage(MainWindow::ValidatePageIndex);
        QTest::qWait(50);
        QCOMPARE(checked.size(), 1);
    }

    void budgetThatCannotHoldFails()
    {
        openPage();
        m_page->setModelFile(nodeTestModel(u"test_add"_s));
        m_page->timedRunsSpin()->setValue(3);
        m_page->maxP99Edit()->setText(u"0.000001"_s);
        runAndWait();
        QCOMPARE(verdict(), u"Failed"_s);
        // The outputs passed: the reason is the budget, and the table says so.
        QVERIFY(m_page->resultView()->outputModel()->row(0).passed);
        const QString reason = m_page->resultView()->reasonText();
        QVERIFY2(reason.contains(u"p99"_s), qPrintable(reason));
    }

    void cancelReturnsToIdleWithinOneInference()
    {
        openPage();
        QTemporaryDir dir;
        const QString model = slowModel(dir);
        QVERIFY(!model.isEmpty());
        m_page->setModelFile(model);
        m_page->timedRunsSpin()->setValue(100000);
        QSignalSpy finished(m_page, &ValidatePage::runFinished);
        QTest::mouseClick(m_page->runButton(), Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        QVERIFY(!m_page->runButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->isRunning() && m_page->phaseLabel()->text().contains(u"run"_s), 30000);
        QVERIFY(m_page->progressBar()->isVisible());
        QVERIFY(m_page->cancelButton()->isEnabled());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(m_page->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000);
        qInfo("cancel took %lld ms", clock.elapsed());
        QVERIFY(!m_page->isRunning());
        QVERIFY(m_page->runButton()->isEnabled());
        QVERIFY(!m_page->progressBar()->isVisible());
        QCOMPARE(verdict(), u"Cancelled"_s);
        QVERIFY(finished.first().first().value<fleetdeck::ui::ValidationOutcome>().cancelled);
    }

    void retranslatesOnLanguageChange()
    {
        openPage();
        m_page->setModelFile(nodeTestModel(u"test_add"_s));
        m_page->timedRunsSpin()->setValue(2);
        runAndWait();
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_page, &change);
        QCoreApplication::sendEvent(m_page->resultView(), &change);
        QCOMPARE(m_page->runButton()->text(), u"Run"_s);
        QCOMPARE(verdict(), u"Passed"_s);
        QCOMPARE(m_page->resultView()->outputModel()->rowCount(), 1);
    }
};

QTEST_MAIN(TestValidatePage)
#include "tst_validatepage.moc"
