#include "cli/ExitCode.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/ModelRepository.h"
#include "core/inventory/ValidationRepository.h"
#include "core/validation/EngineErrorText.h"
#include "core/validation/engine/EnginePlugin.h"
#include "tests/integration/cli/CliProcess.h"
#include "tests/integration/models/OnnxTestData.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::cli;
using namespace fleetdeck::inventory;
using fleetdeck::test::CliResult;
using fleetdeck::test::sha256Of;

// `validate` of the real binary on Debian's ONNX node tests: golden data that matches and data
// that does not, unsupported ops, broken files, devices and tolerances; verdicts read back.
class TestCliValidate : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_add;
    // What the CUDA plugin says on this machine, asked as fleetdeck-cli asks it (both lie in bin/):
    // empty when it gives an engine.
    QString m_noCuda;

    CliResult cli(const QStringList &arguments)
    {
        return fleetdeck::test::runCli(QStringList { u"--db"_s, m_db } + arguments);
    }
    QString addModel() const { return m_add + u"/model.onnx"_s; }

    // What the inventory holds for a file, newest first.
    QList<ValidationRecord> storedFor(const QString &sha256)
    {
        auto db = Database::open(m_db);
        if (!db)
            return {};
        AuditLog audit(**db, u"test"_s);
        auto records = ValidationRepository(**db, audit).forFile(sha256);
        return records ? *records : QList<ValidationRecord> {};
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
        const fleetdeck::validation::LoadedEngine cuda = fleetdeck::validation::loadCudaEngine({});
        if (!cuda.engine)
            m_noCuda = fleetdeck::validation::EngineErrorText::pluginText(cuda);
    }

    void goldenDataPassesAndIsStored()
    {
        const CliResult json = cli(
            { u"--json"_s, u"validate"_s, addModel(), u"--data"_s, m_add + u"/test_data_set_0"_s });
        FD_CHECK_EXIT(json, ExitSuccess);
        const QJsonObject report = json.json().object();
        QCOMPARE(report.value(u"verdict"_s).toString(), u"pass"_s);
        QCOMPARE(report.value(u"inputs"_s).toString(), u"golden"_s);
        QCOMPARE(report.value(u"deviceChoice"_s).toString(), u"auto"_s);
        if (m_noCuda.isEmpty()) {
            QCOMPARE(report.value(u"engine"_s).toString(), u"cuda"_s);
            QCOMPARE(report.value(u"gpuUsed"_s).toBool(), true);
        } else {
            // --device auto ran on the CPU and says why, with the loader's real reason.
            QCOMPARE(report.value(u"engine"_s).toString(), u"cpu"_s);
            QCOMPARE(report.value(u"gpuUsed"_s).toBool(), false);
            const QString note = report.value(u"deviceNote"_s).toString();
            QVERIFY2(note.startsWith(u"No GPU was used: "_s) && note.contains(m_noCuda), qPrintable(note));
            QVERIFY(!report.value(u"device"_s).toString().isEmpty());
        }
        const QJsonObject output = report.value(u"dataSets"_s)[0][u"outputs"_s][0].toObject();
        QCOMPARE(output.value(u"name"_s).toString(), u"sum"_s);
        QCOMPARE(output.value(u"elements"_s).toInteger(), 60);
        QCOMPARE(output.value(u"mismatches"_s).toInteger(), 0);
        QVERIFY(output.value(u"maxAbsError"_s).toDouble() <= 1e-5);

        const auto stored = storedFor(sha256Of(addModel()));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().verdict, ValidationVerdict::Pass);
        QCOMPARE(stored.first().id, report.value(u"validationId"_s).toInteger());
        QVERIFY(!stored.first().modelVersionId.has_value());
        QCOMPARE(stored.first().results.value(u"tolerance"_s)[u"rtol"_s].toDouble(), 1e-3);
        QCOMPARE(
            stored.first().results.value(u"dataSets"_s)[0][u"outputs"_s][0][u"name"_s].toString(),
            u"sum"_s);
    }

    void aFolderOfDataSetsReadsAsATable()
    {
        const CliResult text =
            cli({ u"validate"_s, addModel(), u"--data"_s, m_add, u"--device"_s, u"cpu"_s });
        FD_CHECK_EXIT(text, ExitSuccess);
        const QString out = text.outText();
        QVERIFY2(out.contains(u"test_data_set_0"_s) && out.contains(u"sum"_s)
                && out.contains(u"MAX ABS ERR"_s) && out.trimmed().endsWith(u"Verdict:   PASS"_s),
            qPrintable(text.describe()));
        QVERIFY(!out.contains(u"No GPU"_s)); // --device cpu asked for the CPU
    }

    void wrongGoldenOutputFailsNamingTheOutput()
    {
        const QString data = m_dir.filePath(u"wrong/test_data_set_0"_s);
        QVERIFY(fleetdeck::test::copyWithWrongOutput(m_add + u"/test_data_set_0"_s, data, 0, 2.5));
        const CliResult text = cli({ u"validate"_s, addModel(), u"--data"_s, data });
        FD_CHECK_EXIT(text, ExitFailed);
        QVERIFY2(text.outText().contains(u"Output 'sum' of test_data_set_0: 1 of 60 values "
                                         "outside the tolerance, max abs error 2.5"_s)
                && text.outText().trimmed().endsWith(u"FAIL"_s),
            qPrintable(text.describe()));

        const CliResult json = cli({ u"--json"_s, u"validate"_s, addModel(), u"--data"_s, data });
        FD_CHECK_EXIT(json, ExitFailed);
        const QJsonObject output =
            json.json().object().value(u"dataSets"_s)[0][u"outputs"_s][0].toObject();
        QCOMPARE(output.value(u"passed"_s).toBool(), false);
        QCOMPARE(output.value(u"firstMismatch"_s).toInteger(), 0);
        QVERIFY(qAbs(output.value(u"maxAbsError"_s).toDouble() - 2.5) < 1e-4);
        QCOMPARE(storedFor(sha256Of(addModel())).first().verdict, ValidationVerdict::Fail);

        // A tolerance wide enough makes it pass.
        FD_CHECK_EXIT(cli({ u"validate"_s, addModel(), u"--data"_s, data, u"--atol"_s, u"3"_s }),
            ExitSuccess);
    }

    void unsupportedOpsCannotBeValidated()
    {
        const QString model = fleetdeck::test::modelsTestData(u"custom_op.onnx"_s);
        const CliResult text = cli({ u"validate"_s, model });
        FD_CHECK_EXIT(text, ExitCannotValidate);
        QVERIFY2(text.outText().contains(u"com.example:Fancy: 2 node"_s)
                && text.outText().contains(u"(fancy_1, fancy_2)"_s)
                && text.outText().trimmed().endsWith(u"CANNOT-VALIDATE"_s),
            qPrintable(text.describe()));
        const CliResult json = cli({ u"--json"_s, u"validate"_s, model });
        FD_CHECK_EXIT(json, ExitCannotValidate);
        const QJsonObject op = json.json().object().value(u"unsupported"_s)[0].toObject();
        QCOMPARE(op.value(u"op"_s).toString(), u"com.example:Fancy"_s);
        QCOMPARE(op.value(u"count"_s).toInt(), 2);
        QCOMPARE(op.value(u"nodes"_s).toArray(), (QJsonArray { u"fancy_1"_s, u"fancy_2"_s }));
        QCOMPARE(storedFor(sha256Of(model)).first().verdict, ValidationVerdict::CannotValidate);
    }

    void brokenFilesGiveAClearError()
    {
        QTemporaryDir dir;
        const QString truncated = dir.filePath(u"cut.onnx"_s);
        QVERIFY(fleetdeck::test::writeTruncatedCopy(addModel(), truncated));
        const CliResult cut = cli({ u"validate"_s, truncated });
        FD_CHECK_EXIT(cut, ExitFailed);
        QVERIFY2(cut.outText().contains(u"not an ONNX file, or it is truncated"_s),
            qPrintable(cut.describe()));
        const CliResult missing = cli({ u"validate"_s, dir.filePath(u"none.onnx"_s) });
        FD_CHECK_EXIT(missing, ExitFailed);
        QVERIFY2(missing.errText().contains(dir.filePath(u"none.onnx"_s)),
            qPrintable(missing.describe()));
    }

    void cudaWithoutADeviceExitsFiveWithTheReason()
    {
        if (m_noCuda.isEmpty())
            QSKIP("this machine has a CUDA device and the plugin (tst_cli_validate_cuda runs it)");
        const qsizetype before = storedFor(sha256Of(addModel())).size();
        const CliResult cuda = cli({ u"validate"_s, addModel(), u"--device"_s, u"cuda"_s });
        FD_CHECK_EXIT(cuda, ExitCannotValidate);
        QVERIFY2(cuda.errText().contains(u"cannot be validated on a GPU here: "_s + m_noCuda),
            qPrintable(cuda.describe()));
        // A machine without a GPU is no verdict on the model: nothing is stored.
        QCOMPARE(storedFor(sha256Of(addModel())).size(), before);
    }

    // The plugin path end to end, on the test plugin that runs the CPU engine under another name
    // (tests/unit/validation/test_engine_plugin.cpp; it says it is no GPU): seeded outputs are
    // compared with the CPU engine's, TF32 loosens the tolerances and says so, the record names
    // the engine that ran.
    void aPluginEngineIsComparedWithTheCpuEngine()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"FLEETDECK_CUDA_ENGINE"_s,
            qEnvironmentVariable("FLEETDECK_TEST_PLUGIN_DIR") + u"/libtest-engine-plugin-cpu.so"_s);
        environment.insert(u"FLEETDECK_TEST_PLUGIN_SKEW"_s, u"0.005"_s);
        const QStringList run { u"--db"_s, m_db, u"--json"_s, u"validate"_s, addModel(),
            u"--device"_s, u"cuda"_s, u"--runs"_s, u"2"_s };
        const CliResult strict = fleetdeck::test::runCli(run, environment);
        FD_CHECK_EXIT(strict, ExitFailed);
        const QJsonObject failed = strict.json().object();
        QCOMPARE(failed.value(u"engine"_s).toString(), u"cpu-plugin"_s);
        QCOMPARE(failed.value(u"dataSets"_s)[0][u"reference"_s].toString(), u"cpu-engine"_s);
        QVERIFY(failed.value(u"dataSets"_s)[0][u"outputs"_s][0][u"mismatches"_s].toInteger() > 0);
        QCOMPARE(failed.value(u"toleranceProfile"_s).toString(), u"standard"_s);

        const CliResult tf32 = fleetdeck::test::runCli(run + QStringList { u"--tf32"_s }, environment);
        FD_CHECK_EXIT(tf32, ExitSuccess);
        const QJsonObject passed = tf32.json().object();
        QCOMPARE(passed.value(u"tf32"_s).toBool(), true);
        QCOMPARE(passed.value(u"toleranceProfile"_s).toString(), u"gpu-tf32"_s);
        QCOMPARE(passed.value(u"tolerance"_s)[u"rtol"_s].toDouble(), 1e-2);
        QVERIFY(passed.value(u"toleranceNote"_s).toString().contains(u"TF32"_s));
        const ValidationRecord stored = storedFor(sha256Of(addModel())).first();
        QCOMPARE(stored.engine, u"cpu-plugin"_s);
        QCOMPARE(stored.id, passed.value(u"validationId"_s).toInteger());

        const CliResult text = fleetdeck::test::runCli(
            QStringList { u"--db"_s, m_db, u"validate"_s, addModel(), u"--device"_s, u"cuda"_s,
                u"--no-perf"_s, u"--tf32"_s, u"--rtol"_s, u"1e-3"_s },
            environment);
        FD_CHECK_EXIT(text, ExitFailed); // tolerances given by the operator are kept
        QVERIFY2(text.outText().contains(u"compared with the CPU reference engine's outputs"_s)
                && text.outText().contains(u"TF32:      allowed"_s)
                && text.outText().contains(u"Tolerance: rtol 0.001"_s),
            qPrintable(text.describe()));
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addRow("rtol text") << QStringList { u"--rtol"_s, u"abc"_s };
        QTest::addRow("rtol negative") << QStringList { u"--rtol"_s, u"-1"_s };
        QTest::addRow("atol nan") << QStringList { u"--atol"_s, u"nan"_s };
        QTest::addRow("device") << QStringList { u"--device"_s, u"tpu"_s };
        QTest::addRow("data missing") << QStringList { u"--data"_s, u"/nonexistent"_s };
        QTest::addRow("data without sets") << QStringList { u"--data"_s, u"/usr/share"_s };
    }
    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, options);
        const CliResult refused = cli(QStringList { u"validate"_s, addModel() } + options);
        FD_CHECK_EXIT(refused, ExitUsage);
        QVERIFY2(refused.errText().contains(options.first()), qPrintable(refused.describe()));
    }

    // An imported version runs from the store on seeded inputs; the verdict is kept against it.
    void aModelVersionOnSeededInputs()
    {
        FD_CHECK_EXIT(cli({ u"models"_s, u"import"_s, addModel(), u"--name"_s, u"add"_s,
                          u"--version"_s, u"2"_s }),
            ExitSuccess);
        const CliResult json = cli({ u"--json"_s, u"validate"_s, u"add:2"_s, u"--runs"_s, u"5"_s });
        FD_CHECK_EXIT(json, ExitSuccess);
        const QJsonObject report = json.json().object();
        QCOMPARE(report.value(u"model"_s).toString(), u"add:2"_s);
        QCOMPARE(report.value(u"inputs"_s).toString(), u"seeded"_s);
        const QJsonObject stats = report.value(u"outputStatistics"_s)[0].toObject();
        QCOMPARE(stats.value(u"name"_s).toString(), u"sum"_s);
        QCOMPARE(stats.value(u"shape"_s).toString(), u"[3,4,5]"_s);
        QCOMPARE(stats.value(u"nan"_s).toInteger(), 0);
        // Two inputs uniform in [-1, 1): their sum stays within [-2, 2).
        QVERIFY(stats.value(u"min"_s).toDouble() >= -2 && stats.value(u"max"_s).toDouble() < 2);
        QCOMPARE(report.value(u"latencyMs"_s)[u"runs"_s].toInt(), 5);
        QVERIFY(report.value(u"latencyMs"_s)[u"p50"_s].toDouble() > 0);

        const CliResult list = cli({ u"--json"_s, u"models"_s, u"list"_s });
        const QJsonObject version = list.json().array().first().toObject();
        QCOMPARE(version.value(u"latestValidation"_s)[u"verdict"_s].toString(), u"pass"_s);
        const CliResult unknown = cli({ u"validate"_s, u"add:9"_s });
        FD_CHECK_EXIT(unknown, ExitFailed);
        QVERIFY2(unknown.errText().contains(u"no model version add:9"_s),
            qPrintable(unknown.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
