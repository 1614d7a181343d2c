// Budgets: held, exceeded and not-measured verdicts on a hand-made performance report, and the
// sizes --max-memory accepts.
#include "core/validation/engine/Budget.h"

#include <QTest>

using namespace fleetdeck::validation;

namespace {

PerformanceReport measuredReport()
{
    PerformanceReport report;
    report.latency = summarizeLatencies({1.0, 2.0, 3.0, 10.0}); // p99 10 ms
    report.throughput.push_back({1, report.latency, 250.0, false, std::nullopt});
    report.throughput.push_back({8, report.latency, 900.0, false, std::nullopt});
    report.peakMemoryBytes = 64 << 20;
    report.memorySource = MemorySource::ProcessPeakRssDelta;
    return report;
}

} // namespace

class tst_Budget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heldAndExceeded()
    {
        const PerformanceReport report = measuredReport();
        Budgets budgets;
        budgets.maxP99Ms = 10.0; // equal holds
        budgets.maxMemoryBytes = int64_t(32) << 20;
        budgets.minThroughput = 800.0; // the best row (900/s) counts
        const auto checks = checkBudgets(budgets, &report, true);
        QCOMPARE(checks.size(), std::size_t(3));
        QCOMPARE(checks[0].kind, BudgetKind::MaxP99Latency);
        QCOMPARE(checks[0].status, BudgetStatus::Held);
        QCOMPARE(*checks[0].measured, 10.0);
        QCOMPARE(checks[1].kind, BudgetKind::MaxMemory);
        QCOMPARE(checks[1].status, BudgetStatus::Exceeded);
        QCOMPARE(*checks[1].measured, double(64 << 20));
        QCOMPARE(checks[2].status, BudgetStatus::Held);
        QCOMPARE(*checks[2].measured, 900.0);

        budgets.maxP99Ms = 9.99;
        budgets.minThroughput = 901.0;
        const auto stricter = checkBudgets(budgets, &report, true);
        QCOMPARE(stricter[0].status, BudgetStatus::Exceeded);
        QCOMPARE(stricter[2].status, BudgetStatus::Exceeded);
    }

    void onlyGivenBudgetsAreChecked()
    {
        const PerformanceReport report = measuredReport();
        QVERIFY(checkBudgets({}, &report, true).empty());
        Budgets memoryOnly;
        memoryOnly.maxMemoryBytes = int64_t(1) << 30;
        const auto checks = checkBudgets(memoryOnly, &report, true);
        QCOMPARE(checks.size(), std::size_t(1));
        QVERIFY(checks[0].held());
    }

    // A budget that cannot be checked is never a pass.
    void notMeasuredIsNotHeld()
    {
        Budgets budgets;
        budgets.maxP99Ms = 1000.0;
        budgets.maxMemoryBytes = int64_t(1) << 40;
        budgets.minThroughput = 1.0;
        for (const BudgetCheck &check : checkBudgets(budgets, nullptr, true)) {
            QCOMPARE(check.status, BudgetStatus::NotMeasured);
            QVERIFY(!check.held());
            QVERIFY(!check.measured);
        }
        // Host RSS does not stand for GPU memory; latency still counts.
        const PerformanceReport report = measuredReport();
        const auto fallback = checkBudgets(budgets, &report, false);
        QCOMPARE(fallback[0].status, BudgetStatus::Held);
        QCOMPARE(fallback[1].status, BudgetStatus::NotMeasured);
        // No memory reading on this system.
        PerformanceReport unread = measuredReport();
        unread.peakMemoryBytes = -1;
        unread.memorySource = MemorySource::NotMeasured;
        QCOMPARE(checkBudgets(budgets, &unread, true)[1].status, BudgetStatus::NotMeasured);
        // A cancelled run measured nothing.
        PerformanceReport cancelled = measuredReport();
        cancelled.cancelled = true;
        QCOMPARE(checkBudgets(budgets, &cancelled, true)[0].status, BudgetStatus::NotMeasured);
    }

    void byteSizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("plain") << QStringLiteral("1048576") << qint64(1048576);
        QTest::newRow("bytes suffix") << QStringLiteral("100B") << qint64(100);
        QTest::newRow("K") << QStringLiteral("4K") << qint64(4096);
        QTest::newRow("512M") << QStringLiteral("512M") << qint64(512) * 1024 * 1024;
        QTest::newRow("2G") << QStringLiteral("2G") << (qint64(2) << 30);
        QTest::newRow("lowercase gib") << QStringLiteral("2gib") << (qint64(2) << 30);
        QTest::newRow("MiB") << QStringLiteral("512MiB") << (qint64(512) << 20);
        QTest::newRow("MB is binary too") << QStringLiteral("1MB") << (qint64(1) << 20);
        QTest::newRow("fraction") << QStringLiteral("1.5G") << (qint64(3) << 29);
        QTest::newRow("T") << QStringLiteral("1T") << (qint64(1) << 40);
        QTest::newRow("spaces") << QStringLiteral(" 8M ") << (qint64(8) << 20);
    }
    void byteSizes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto parsed = parseByteSize(text.toStdString());
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(qint64(*parsed), bytes);
    }

    void badSizes_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "M", "-5M", "12X", "1.2.3G", "2 G", "5Mx", "10PB", "abc", "."})
            QTest::newRow(bad) << QString::fromLatin1(bad);
        QTest::newRow("overflow") << QStringLiteral("99999999999T");
    }
    void badSizes()
    {
        QFETCH(QString, text);
        QVERIFY2(!parseByteSize(text.toStdString()).has_value(), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(tst_Budget)
#include "tst_budget.moc"
