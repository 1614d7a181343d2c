#include "core/fleet/session/FanOutScheduler.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using fleetdeck::fleet::FanOutScheduler;

class TestFanOutScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void neverMoreThanTheBound()
    {
        FanOutScheduler scheduler(4);
        QSignalSpy idle(&scheduler, &FanOutScheduler::idle);
        int running = 0;
        int peak = 0;
        int done = 0;
        for (int i = 0; i < 100; ++i) {
            scheduler.enqueue([&, i](FanOutScheduler::Done finish) {
                peak = std::max(peak, ++running);
                QTimer::singleShot(i % 3, &scheduler, [&, finish] {
                    --running;
                    ++done;
                    finish();
                });
            });
        }
        QVERIFY(idle.wait(10000));
        QCOMPARE(done, 100);
        QCOMPARE(peak, 4);
        QCOMPARE(scheduler.peakRunning(), 4);
        QCOMPARE(scheduler.finished(), 100);
    }

    void defaultBoundIs32()
    {
        FanOutScheduler scheduler;
        QCOMPARE(scheduler.maxConcurrent(), 32);
        QSignalSpy idle(&scheduler, &FanOutScheduler::idle);
        QList<FanOutScheduler::Done> held;
        for (int i = 0; i < 100; ++i)
            scheduler.enqueue([&](FanOutScheduler::Done finish) { held.append(finish); });
        QTRY_COMPARE(held.size(), 32);
        QCOMPARE(scheduler.queued(), 68);
        // Done twice counts once; a synchronous Done is fine.
        held.first()();
        held.first()();
        QTRY_COMPARE(held.size(), 33);
        while (scheduler.finished() < 100) {
            const QList<FanOutScheduler::Done> batch = held;
            held.clear();
            for (const auto &finish : batch)
                finish();
            QCoreApplication::processEvents();
        }
        QVERIFY(idle.count() >= 1);
    }

    void cancelDropsTheQueue()
    {
        FanOutScheduler scheduler(1);
        QSignalSpy idle(&scheduler, &FanOutScheduler::idle);
        int started = 0;
        FanOutScheduler::Done first;
        for (int i = 0; i < 5; ++i)
            scheduler.enqueue([&](FanOutScheduler::Done finish) { ++started; first = finish; });
        QTRY_COMPARE(started, 1);
        scheduler.cancelQueued();
        first();
        QVERIFY(idle.count() >= 1 || idle.wait(1000));
        QCOMPARE(started, 1);
    }
};

QTEST_GUILESS_MAIN(TestFanOutScheduler)
#include "tst_fanoutscheduler.moc"
