#include "cli/ExitCode.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/ValidationRepository.h"
#include "tests/integration/cli/CliProcess.h"
#include "tests/integration/models/OnnxTestData.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/validation/OnnxModelBuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <random>
#include <utility>

using namespace Qt::StringLiterals;
using namespace fleetdeck::cli;
using namespace fleetdeck::inventory;
using fleetdeck::test::CliResult;

namespace {

// A two-layer MLP, x [N, 64] -> 128 -> 10, with a free batch dimension: small enough for a Debug
// build, big enough that an inference takes measurable time.
bool saveMlp(const QString &path)
{
    fleetdeck::validation::test::OnnxModelBuilder b(13);
    std::mt19937 random(3);
    std::uniform_real_distribution<float> weight(-0.1f, 0.1f);
    const auto values = [&](std::size_t count) {
        std::vector<float> v(count);
        for (float &x : v)
            x = weight(random);
        return v;
    };
    b.input("x", { -1, 64 }).output("y", { -1, 10 });
    b.initializer("w1", { 64, 128 }, values(64 * 128));
    b.initializer("b1", { 128 }, values(128));
    b.initializer("w2", { 128, 10 }, values(128 * 10));
    b.initializer("b2", { 10 }, values(10));
    b.node("MatMul", { "x", "w1" }, { "h" });
    b.node("Add", { "h", "b1" }, { "hb" });
    b.node("Relu", { "hb" }, { "a" });
    b.node("MatMul", { "a", "w2" }, { "o" });
    b.node("Add", { "o", "b2" }, { "y" });
    return b.save(path.toStdString());
}

} // namespace

// `validate`'s timing and budgets, through the real binary: the table, the JSON document and
// what the inventory keeps; budgets that pass, fail or cannot be measured; bad values refused.
class TestCliValidatePerformance : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_mlp;

    CliResult cli(const QStringList &arguments)
    {
        return fleetdeck::test::runCli(QStringList { u"--db"_s, m_db } + arguments);
    }
    CliResult validateMlp(const QStringList &options, bool json = false)
    {
        const QStringList global = json ? QStringList { u"--json"_s } : QStringList {};
        return cli(global + QStringList { u"validate"_s, m_mlp, u"--runs"_s, u"5"_s } + options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"inventory.sqlite"_s);
        m_mlp = m_dir.filePath(u"mlp.onnx"_s);
        QVERIFY(saveMlp(m_mlp));
    }

    void tableShowsLatencyThroughputAndBudgets()
    {
        const CliResult text = validateMlp({ u"--batch-sizes"_s, u"1,2,4"_s, u"--device"_s,
            u"cpu"_s, u"--max-p99-ms"_s, u"60000"_s, u"--max-memory"_s, u"2G"_s });
        FD_CHECK_EXIT(text, ExitSuccess);
        const QString out = text.outText();
        for (const QString &expected : { u"P50 MS"_s, u"P99 MS"_s, u"CV"_s, u"Throughput:"_s,
                 u"INFERENCES/S"_s, u"Memory:    peak"_s, u"Budgets:"_s, u"maxP99Ms"_s,
                 u"maxMemoryBytes"_s, u"2.00 GiB"_s, u"over 5 timed runs after 2 warm-up runs"_s })
            QVERIFY2(out.contains(expected),
                qPrintable(expected + u" missing in:\n"_s + text.describe()));
        QVERIFY(!out.contains(u"FAIL"_s));
        QVERIFY(out.trimmed().endsWith(u"Verdict:   PASS"_s));
        // One throughput row per batch size, in order.
        const qsizetype table = out.indexOf(u"INFERENCES/S"_s);
        const QStringList rows = out.mid(table).split(u'\n').mid(1, 3);
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(rows[i].startsWith(QString::number(1 << i) + u"  "_s), qPrintable(out));
    }

    void jsonHoldsSaneNumbersAndIsStored()
    {
        const CliResult json = validateMlp(
            { u"--batch-sizes"_s, u"1,8"_s, u"--warmup"_s, u"1"_s, u"--device"_s, u"cpu"_s,
                u"--max-p99-ms"_s, u"60000"_s, u"--min-throughput"_s, u"0.001"_s },
            true);
        FD_CHECK_EXIT(json, ExitSuccess);
        const QJsonObject report = json.json().object();
        QCOMPARE(report.value(u"verdict"_s).toString(), u"pass"_s);
        QVERIFY(report.value(u"outputsPassed"_s).toBool());
        QVERIFY(report.value(u"budgetsPassed"_s).toBool());
        const QJsonObject perf = report.value(u"performance"_s).toObject();
        QCOMPARE(perf.value(u"engine"_s).toString(), u"cpu"_s);
        QCOMPARE(perf.value(u"timer"_s).toString(), u"wall-clock"_s);
        QVERIFY(!perf.value(u"device"_s)[u"name"_s].toString().isEmpty());
        QVERIFY(perf.value(u"device"_s)[u"threads"_s].toInt() > 0);
        QCOMPARE(perf.value(u"warmup"_s)[u"runs"_s].toInt(), 1);
        QCOMPARE(
            perf.value(u"batch"_s).toInteger(), 1); // seeded inputs take 1 for a free dimension
        QVERIFY(perf.value(u"batchFree"_s).toBool());
        const QJsonObject latency = perf.value(u"latencyMs"_s).toObject();
        QCOMPARE(latency.value(u"runs"_s).toInt(), 5);
        const double p50 = latency.value(u"p50"_s).toDouble();
        QVERIFY(p50 > 0);
        QVERIFY(latency.value(u"min"_s).toDouble() <= p50);
        QVERIFY(p50 <= latency.value(u"p90"_s).toDouble());
        QVERIFY(latency.value(u"p90"_s).toDouble() <= latency.value(u"p99"_s).toDouble());
        QVERIFY(latency.value(u"p99"_s).toDouble() <= latency.value(u"max"_s).toDouble());
        QVERIFY(latency.value(u"cv"_s).toDouble() >= 0);
        QCOMPARE(perf.value(u"samplesMs"_s).toArray().size(), 5);
        const QJsonArray throughput = perf.value(u"throughput"_s).toArray();
        QCOMPARE(throughput.size(), 2);
        QCOMPARE(throughput[0][u"batch"_s].toInt(), 1);
        QCOMPARE(throughput[1][u"batch"_s].toInt(), 8);
        for (const QJsonValue &row : throughput) {
            QVERIFY(row[u"inferencesPerSecond"_s].toDouble() > 0);
            QCOMPARE(row[u"runs"_s].toInt(), 5);
            const double expected = row[u"batch"_s].toDouble() * 1000 / row[u"meanMs"_s].toDouble();
            QVERIFY(qAbs(row[u"inferencesPerSecond"_s].toDouble() - expected) < 1e-6 * expected);
        }
        QCOMPARE(perf.value(u"memorySource"_s).toString(), u"process-peak-rss-delta"_s);
        QVERIFY(perf.value(u"peakMemoryBytes"_s).toInteger() >= 0);
        QVERIFY(perf.value(u"memoryCountsForBudget"_s).toBool());
        const QJsonArray budgets = report.value(u"budgets"_s).toArray();
        QCOMPARE(budgets.size(), 2);
        QCOMPARE(budgets[0][u"budget"_s].toString(), u"maxP99Ms"_s);
        QCOMPARE(budgets[0][u"status"_s].toString(), u"held"_s);
        QCOMPARE(budgets[0][u"measured"_s].toDouble(), latency.value(u"p99"_s).toDouble());
        QCOMPARE(budgets[1][u"budget"_s].toString(), u"minThroughput"_s);

        auto db = Database::open(m_db);
        QVERIFY(db.ok());
        AuditLog audit(**db, u"test"_s);
        const auto stored =
            ValidationRepository(**db, audit).forFile(report.value(u"sha256"_s).toString(), 1);
        QVERIFY(stored.ok() && stored->size() == 1);
        QCOMPARE(
            stored->first().results.value(u"performance"_s)[u"latencyMs"_s][u"p99"_s].toDouble(),
            latency.value(u"p99"_s).toDouble());
        QCOMPARE(stored->first().results.value(u"budgets"_s).toArray().size(), 2);
    }

    // A budget no machine can meet: exit 1, and the output says which budget and by how much.
    void anImpossibleBudgetFailsNamingIt()
    {
        const CliResult text = validateMlp({ u"--max-p99-ms"_s, u"0.000001"_s });
        FD_CHECK_EXIT(text, ExitFailed);
        QVERIFY2(text.outText().contains(u"p99 latency"_s)
                && text.outText().contains(u"exceeds the budget of"_s)
                && text.outText().trimmed().endsWith(u"Verdict:   FAIL"_s),
            qPrintable(text.describe()));
        const CliResult json = validateMlp({ u"--max-p99-ms"_s, u"0.000001"_s }, true);
        FD_CHECK_EXIT(json, ExitFailed);
        const QJsonObject report = json.json().object();
        QCOMPARE(report.value(u"verdict"_s).toString(), u"fail"_s);
        QVERIFY(report.value(u"outputsPassed"_s).toBool());
        QVERIFY(!report.value(u"budgetsPassed"_s).toBool());
        QCOMPARE(report.value(u"budgets"_s)[0][u"status"_s].toString(), u"exceeded"_s);
    }

    // --max-memory means GPU memory; without --device cpu the CPU's reading does not count.
    void aMemoryBudgetNeedsItsDevice()
    {
        const CliResult fallback = validateMlp({ u"--max-memory"_s, u"512M"_s });
        FD_CHECK_EXIT(fallback, ExitFailed);
        QVERIFY2(fallback.outText().contains(u"not measured"_s)
                && fallback.outText().contains(u"--device cpu"_s),
            qPrintable(fallback.describe()));
        FD_CHECK_EXIT(
            validateMlp({ u"--max-memory"_s, u"512M"_s, u"--device"_s, u"cpu"_s }), ExitSuccess);
        const CliResult tiny = validateMlp(
            { u"--max-memory"_s, u"1"_s, u"--device"_s, u"cpu"_s, u"--batch-sizes"_s, u"4096"_s });
        FD_CHECK_EXIT(tiny, ExitFailed);
        QVERIFY2(tiny.outText().contains(u"peak memory"_s), qPrintable(tiny.describe()));
    }

    // Golden data of a fixed-batch model: one throughput row, and the reason.
    void fixedBatchSaysWhy()
    {
        const QString add = fleetdeck::test::onnxNodeTest(u"test_add"_s);
        if (add.isEmpty())
            QSKIP("Debian's libonnx-testdata is not installed");
        const CliResult json = cli({ u"--json"_s, u"validate"_s, add + u"/model.onnx"_s,
            u"--data"_s, add + u"/test_data_set_0"_s, u"--runs"_s, u"3"_s });
        FD_CHECK_EXIT(json, ExitSuccess);
        const QJsonObject perf = json.json().object().value(u"performance"_s).toObject();
        QCOMPARE(perf.value(u"batchFree"_s).toBool(), false);
        QVERIFY(
            perf.value(u"batchNote"_s).toString().contains(u"fixes its first dimension to 3"_s));
        QCOMPARE(perf.value(u"throughput"_s).toArray().size(), 1);
        QCOMPARE(perf.value(u"throughput"_s)[0][u"batch"_s].toInt(), 3);
    }

    // A minimum time keeps timing past --runs; the warm-up runs past --warmup for its time.
    void minimumTimesExtendTheRuns()
    {
        const CliResult json = cli({ u"--json"_s, u"validate"_s, m_mlp, u"--runs"_s, u"1"_s,
            u"--warmup"_s, u"1"_s, u"--min-time-ms"_s, u"30"_s, u"--warmup-ms"_s, u"20"_s,
            u"--batch-sizes"_s, u"1"_s });
        FD_CHECK_EXIT(json, ExitSuccess);
        const QJsonObject perf = json.json().object().value(u"performance"_s).toObject();
        QVERIFY(perf.value(u"latencyMs"_s)[u"runs"_s].toInt() > 1);
        const QJsonArray samples = perf.value(u"samplesMs"_s).toArray();
        double total = 0;
        for (const QJsonValue &sample : samples)
            total += sample.toDouble();
        QVERIFY(total >= 30);
        QVERIFY(perf.value(u"warmup"_s)[u"ms"_s].toDouble() >= 20);
        QVERIFY(perf.value(u"warmup"_s)[u"runs"_s].toInt() >= 1);
    }

    void noPerfSkipsTiming()
    {
        const CliResult json = cli({ u"--json"_s, u"validate"_s, m_mlp, u"--no-perf"_s });
        FD_CHECK_EXIT(json, ExitSuccess);
        QVERIFY(json.json().object().value(u"performance"_s).isNull());
        QVERIFY(json.json().object().value(u"budgets"_s).toArray().isEmpty());
    }

    // Each refusal names the first option of its row.
    void badValuesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        const std::pair<const char *, QStringList> rows[] = {
            { "negative runs", { u"--runs"_s, u"-1"_s } },
            { "zero runs", { u"--runs"_s, u"0"_s } },
            { "negative warmup", { u"--warmup"_s, u"-2"_s } },
            { "size unit", { u"--max-memory"_s, u"12X"_s } },
            { "negative size", { u"--max-memory"_s, u"-5M"_s } },
            { "batch list", { u"--batch-sizes"_s, u"1,x"_s } },
            { "zero batch", { u"--batch-sizes"_s, u"0"_s } },
            { "zero p99", { u"--max-p99-ms"_s, u"0"_s } },
            { "nan p99", { u"--max-p99-ms"_s, u"nan"_s } },
            { "warm-up time", { u"--warmup-ms"_s, u"-1"_s } },
            { "minimum time", { u"--min-time-ms"_s, u"soon"_s } },
            { "throughput", { u"--min-throughput"_s, u"fast"_s } },
            { "no-perf with a budget", { u"--no-perf"_s, u"--max-p99-ms"_s, u"5"_s } },
        };
        for (const auto &[name, options] : rows)
            QTest::newRow(name) << options;
    }
    void badValuesAreUsageErrors()
    {
        QFETCH(QStringList, options);
        const CliResult refused = cli(QStringList { u"validate"_s, m_mlp } + options);
        FD_CHECK_EXIT(refused, ExitUsage);
        QVERIFY2(refused.errText().contains(options.first()), qPrintable(refused.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCliValidatePerformance)
#include "tst_cli_validate_performance.moc"
