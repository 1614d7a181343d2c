#include "core/fleet/session/ReconnectBackoff.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace std::chrono_literals;
using fleetdeck::fleet::ReconnectBackoff;

class TestReconnectBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void doublesUpToTheCap()
    {
        double jitter = 1.0; // the top of each range
        ReconnectBackoff backoff(1000ms, 8000ms, [&] { return jitter; });
        QCOMPARE(backoff.next(), 1000ms);
        QCOMPARE(backoff.next(), 2000ms);
        QCOMPARE(backoff.next(), 4000ms);
        QCOMPARE(backoff.next(), 8000ms);
        QCOMPARE(backoff.next(), 8000ms);
        QCOMPARE(backoff.attempts(), 5);
        backoff.reset();
        QCOMPARE(backoff.next(), 1000ms);
    }

    void jitterKeepsHalfFixed()
    {
        double jitter = 0.0;
        ReconnectBackoff backoff(1000ms, 60000ms, [&] { return jitter; });
        QCOMPARE(backoff.next(), 500ms);
        jitter = 0.5;
        QCOMPARE(backoff.next(), 1500ms);
    }

    void spreadsNodesThatDroppedTogether()
    {
        QSet<qint64> delays;
        for (int i = 0; i < 50; ++i) {
            ReconnectBackoff backoff(1000ms, 60000ms);
            const auto delay = backoff.next();
            QVERIFY(delay >= 500ms && delay <= 1000ms);
            delays.insert(delay.count());
        }
        QVERIFY(delays.size() > 10);
    }

    void neverOverflows()
    {
        ReconnectBackoff backoff(1000ms, 60000ms, [] { return 1.0; });
        for (int i = 0; i < 200; ++i)
            QVERIFY(backoff.next() <= 60000ms);
    }
};

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "tst_reconnectbackoff.moc"
