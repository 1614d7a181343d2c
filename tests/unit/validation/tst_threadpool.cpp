// ThreadPool: every index runs exactly once, whatever the thread count and chunking, and the
// pool can be reused and destroyed cleanly.
#include "core/validation/engine/ThreadPool.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <atomic>
#include <vector>

using namespace fleetdeck::validation;

class tst_ThreadPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void coversEveryIndexOnce_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<qint64>("minChunk");
        QTest::newRow("inline") << 1 << qint64(1000) << qint64(1);
        QTest::newRow("4 threads, small chunks") << 4 << qint64(10007) << qint64(1);
        QTest::newRow("4 threads, one chunk") << 4 << qint64(100) << qint64(1000);
        QTest::newRow("more threads than items") << 8 << qint64(3) << qint64(1);
        QTest::newRow("nothing to do") << 4 << qint64(0) << qint64(1);
    }
    void coversEveryIndexOnce()
    {
        QFETCH(int, threads);
        QFETCH(qint64, count);
        QFETCH(qint64, minChunk);
        ThreadPool pool(threads);
        QCOMPARE(pool.threadCount(), threads);
        for (int round = 0; round < 20; ++round) {
            std::vector<std::atomic<int>> hits(static_cast<std::size_t>(count));
            pool.parallelFor(count, minChunk, [&](int64_t begin, int64_t end) {
                for (int64_t i = begin; i < end; ++i)
                    hits[std::size_t(i)].fetch_add(1);
            });
            for (const auto &hit : hits)
                QCOMPARE(hit.load(), 1);
        }
    }

    void defaultsToTheHardwareThreads()
    {
        ThreadPool pool(0);
        QVERIFY(pool.threadCount() >= 1);
    }
};

QTEST_GUILESS_MAIN(tst_ThreadPool)
#include "tst_threadpool.moc"
