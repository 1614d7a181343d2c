// The CUDA engine's arena layout: buffers alive at the same time never share a byte, buffers
// whose lifetimes do not overlap do, and the layout is deterministic.

#include "core/validation/engine/cuda/MemoryPlan.h"

#include <QTest>

#include <random>

using namespace fleetdeck::validation::cuda;

namespace {
bool overlapInTime(const BufferRequest &a, const BufferRequest &b)
{
    return a.firstStep <= b.lastStep && b.firstStep <= a.lastStep;
}
bool overlapInMemory(int64_t aOffset, int64_t aBytes, int64_t bOffset, int64_t bBytes)
{
    return aOffset < bOffset + bBytes && bOffset < aOffset + aBytes;
}
// Every pair alive together occupies disjoint bytes inside the arena, every offset is aligned.
void verify(const std::vector<BufferRequest> &requests, const MemoryPlan &plan)
{
    QCOMPARE(plan.offsets.size(), requests.size());
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (requests[i].bytes == 0) {
            QCOMPARE(plan.offsets[i], int64_t(-1));
            continue;
        }
        QVERIFY(plan.offsets[i] >= 0);
        QCOMPARE(plan.offsets[i] % kAlignment, int64_t(0));
        QVERIFY(plan.offsets[i] + requests[i].bytes <= plan.arenaBytes);
        for (std::size_t j = i + 1; j < requests.size(); ++j) {
            if (requests[j].bytes == 0 || !overlapInTime(requests[i], requests[j]))
                continue;
            QVERIFY2(!overlapInMemory(plan.offsets[i], requests[i].bytes, plan.offsets[j], requests[j].bytes),
                qPrintable(QStringLiteral("buffers %1 and %2 are alive together and share bytes").arg(i).arg(j)));
        }
    }
}
} // namespace

class TestMemoryPlan : public QObject
{
    Q_OBJECT

private slots:
    void chainReusesTwoBuffers()
    {
        // A straight chain: each step reads the previous value and writes the next. Only two
        // values are ever alive, so the arena holds two buffers, not ten.
        std::vector<BufferRequest> chain;
        for (int step = 0; step < 10; ++step)
            chain.push_back({1 << 20, step, step + 1});
        const MemoryPlan plan = planMemory(chain);
        verify(chain, plan);
        QCOMPARE(plan.arenaBytes, int64_t(2) << 20);
        QCOMPARE(plan.naiveBytes, int64_t(10) << 20);
    }

    void residualKeepsTheSkipAlive()
    {
        // x (0..3) feeds step 1 and the residual add at step 3: it must not be overwritten by
        // the values of steps 1 and 2.
        const std::vector<BufferRequest> requests = {{4096, 0, 3}, {4096, 1, 2}, {4096, 2, 3}, {4096, 3, 4}};
        const MemoryPlan plan = planMemory(requests);
        verify(requests, plan);
        QCOMPARE(plan.arenaBytes, int64_t(3 * 4096));
    }

    void sizesAreAlignedAndEmptyBuffersTakeNothing()
    {
        const std::vector<BufferRequest> requests = {{1, 0, 5}, {0, 0, 5}, {300, 0, 5}};
        const MemoryPlan plan = planMemory(requests);
        verify(requests, plan);
        QCOMPARE(plan.offsets[1], int64_t(-1));
        QCOMPARE(plan.arenaBytes, 2 * kAlignment + kAlignment); // 256 + 512
    }

    void randomLifetimesNeverCollide()
    {
        std::mt19937 random(7);
        for (int trial = 0; trial < 200; ++trial) {
            std::vector<BufferRequest> requests;
            const int count = 1 + int(random() % 60);
            for (int i = 0; i < count; ++i) {
                const int first = int(random() % 40);
                requests.push_back({int64_t(random() % 100000), first, first + int(random() % 10)});
            }
            const MemoryPlan plan = planMemory(requests);
            verify(requests, plan);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(plan.arenaBytes <= plan.naiveBytes);
            // Deterministic: the same requests give the same layout.
            QCOMPARE(planMemory(requests).offsets, plan.offsets);
        }
    }
};

QTEST_GUILESS_MAIN(TestMemoryPlan)
#include "tst_memoryplan.moc"
