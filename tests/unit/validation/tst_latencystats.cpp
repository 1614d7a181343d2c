// LatencyStats: nearest-rank percentiles, mean, coefficient of variation and throughput on
// samples whose answers are known by hand.
#include "core/validation/engine/LatencyStats.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>

using namespace fleetdeck::validation;

class tst_LatencyStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 1..100 ms: nearest rank p is exactly the p-th value.
    void percentilesOfOneToHundred()
    {
        std::vector<double> samples(100);
        std::iota(samples.begin(), samples.end(), 1.0);
        std::shuffle(samples.begin(), samples.end(), std::mt19937(7)); // order must not matter
        const LatencyStats stats = summarizeLatencies(samples);
        QCOMPARE(stats.runs, 100);
        QCOMPARE(stats.p50Ms, 50.0);
        QCOMPARE(stats.p90Ms, 90.0);
        QCOMPARE(stats.p99Ms, 99.0);
        QCOMPARE(stats.maxMs, 100.0);
        QCOMPARE(stats.minMs, 1.0);
        QCOMPARE(stats.meanMs, 50.5);
        QCOMPARE(stats.totalMs, 5050.0);
    }

    // Nearest rank never interpolates: with 4 samples p50 is the 2nd, p90 and p99 the 4th.
    void nearestRankOnFewSamples()
    {
        const LatencyStats stats = summarizeLatencies({4.0, 1.0, 3.0, 2.0});
        QCOMPARE(stats.p50Ms, 2.0);
        QCOMPARE(stats.p90Ms, 4.0);
        QCOMPARE(stats.p99Ms, 4.0);
        QCOMPARE(nearestRankPercentile({10.0}, 1), 10.0);
        QCOMPARE(nearestRankPercentile({10.0, 20.0}, 50), 10.0);
        QCOMPARE(nearestRankPercentile({10.0, 20.0}, 51), 20.0);
        QCOMPARE(nearestRankPercentile({}, 50), 0.0);
    }

    // Population standard deviation of {2, 4, 4, 4, 5, 5, 7, 9} is 2 around a mean of 5: CV 40%.
    void coefficientOfVariation()
    {
        const LatencyStats stats = summarizeLatencies({2, 4, 4, 4, 5, 5, 7, 9});
        QCOMPARE(stats.meanMs, 5.0);
        QCOMPARE(stats.stddevMs, 2.0);
        QCOMPARE(stats.cv, 0.4);
        QVERIFY(stats.unstable());
        const LatencyStats steady = summarizeLatencies({10, 10.5, 9.5, 10});
        QVERIFY(steady.cv < LatencyStats::UnstableCv);
        QVERIFY(!steady.unstable());
        QCOMPARE(summarizeLatencies({3, 3, 3}).cv, 0.0);
    }

    void noSamplesIsAllZero()
    {
        const LatencyStats stats = summarizeLatencies({});
        QCOMPARE(stats.runs, 0);
        QCOMPARE(stats.p99Ms, 0.0);
        QCOMPARE(stats.cv, 0.0);
        QVERIFY(!stats.unstable());
    }

    // Batch items per second: 8 items in 4 ms is 2000/s; no time measured is no throughput.
    void throughput()
    {
        QCOMPARE(inferencesPerSecond(8, 4.0), 2000.0);
        QCOMPARE(inferencesPerSecond(1, 0.5), 2000.0);
        QCOMPARE(inferencesPerSecond(4, 0.0), 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_LatencyStats)
#include "tst_latencystats.moc"
