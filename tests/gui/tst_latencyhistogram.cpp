#include "tests/support/TestSupport.h"
#include "ui/widgets/LatencyHistogram.h"

#include <QtTest>

using fleetdeck::ui::LatencyHistogram;

// Binning of run latencies: every run in exactly one bar, the slowest in the last, equal runs in
// one visible bar, nothing shown for no runs.
class TestLatencyHistogram : public QObject {
    Q_OBJECT

    static int total(const LatencyHistogram &histogram)
    {
        int runs = 0;
        for (int count : histogram.binCounts())
            runs += count;
        return runs;
    }

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void binsKnownLatencies()
    {
        LatencyHistogram histogram;
        // Nine runs: sqrt gives three bins of 1 ms over 1..4 ms.
        histogram.setLatencies({ 1.0, 1.2, 1.5, 2.0, 2.5, 2.9, 3.0, 3.5, 4.0 }, 2.5, 4.0);
        QCOMPARE(histogram.binCounts(), QList<int>({ 3, 3, 3 }));
        QCOMPARE(histogram.lowestMs(), 1.0);
        QCOMPARE(histogram.binWidthMs(), 1.0);
        QCOMPARE(histogram.binOf(1.0), 0);
        QCOMPARE(histogram.binOf(2.0), 1);
        QCOMPARE(histogram.binOf(4.0), 2); // the slowest run sits on the last bin's upper edge
        QCOMPARE(histogram.binOf(0.5), -1);
        QCOMPARE(histogram.binOf(9.0), -1);
    }

    void everyRunCountsOnce()
    {
        std::vector<double> latencies;
        for (int i = 0; i < 2000; ++i)
            latencies.push_back(0.5 + (i * 7919 % 1000) / 250.0);
        LatencyHistogram histogram;
        histogram.setLatencies(latencies, 2.5, 4.4);
        QCOMPARE(total(histogram), 2000);
        QVERIFY(histogram.binCounts().size() <= 40); // bounded, however many runs
    }

    void equalRunsMakeOneBar()
    {
        LatencyHistogram histogram;
        histogram.setLatencies({ 3.0, 3.0, 3.0, 3.0 }, 3.0, 3.0);
        QCOMPARE(histogram.binCounts(), QList<int>({ 4 }));
        QVERIFY(histogram.binWidthMs() > 0);
        QCOMPARE(histogram.binOf(3.0), 0);
    }

    void noRunsClears()
    {
        LatencyHistogram histogram;
        histogram.setLatencies({ 1.0, 2.0 }, 1.0, 2.0);
        histogram.setLatencies({}, 0, 0);
        QVERIFY(histogram.binCounts().isEmpty());
        QCOMPARE(histogram.binOf(1.0), -1);
    }
};

QTEST_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
