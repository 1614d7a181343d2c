// raiseOpenFileLimit() on this process: a lowered soft limit goes back up to the hard limit
// (capped), and a second call changes nothing.
#include "core/fleet/session/OpenFileLimit.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

class TestOpenFileLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void raisesTheSoftLimitToTheCappedHardLimit()
    {
#ifndef Q_OS_UNIX
        QCOMPARE(fleetdeck::fleet::raiseOpenFileLimit(), -1L);
#else
        rlimit limit{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
        const rlim_t hard = limit.rlim_max;
        const long expected = hard == RLIM_INFINITY
            ? fleetdeck::fleet::kOpenFileLimitCap
            : long(std::min<rlim_t>(hard, rlim_t(fleetdeck::fleet::kOpenFileLimitCap)));
        if (expected <= 256)
            QSKIP("the hard limit is too low to lower the soft one below it");
        limit.rlim_cur = 256;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &limit), 0);

        QCOMPARE(fleetdeck::fleet::raiseOpenFileLimit(), expected);
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &limit), 0);
        QCOMPARE(long(limit.rlim_cur), expected);
        QCOMPARE(limit.rlim_max, hard); // the hard limit is left alone
        QCOMPARE(fleetdeck::fleet::raiseOpenFileLimit(), expected);
#endif
    }
};

QTEST_GUILESS_MAIN(TestOpenFileLimit)
#include "tst_openfilelimit.moc"
