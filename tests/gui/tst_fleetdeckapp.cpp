#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;

// The fleetdeck executable's command line, run as a real process.
class TestFleetdeckApp : public QObject {
    Q_OBJECT
private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(fleetdeck::test::binaryPath(u"fleetdeck"_s), arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void version()
    {
        const Run r = run({ u"--version"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QString::fromUtf8(FLEETDECK_VERSION)), qPrintable(r.out));
    }

    void help()
    {
        const Run r = run({ u"--help"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--db <FILE>"_s));
        QVERIFY(r.out.contains(u"--demo"_s));
    }

    void dbAndDemoExcludeEachOther()
    {
        const Run r = run({ u"--demo"_s, u"--db"_s, u"x.sqlite"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--demo"_s), qPrintable(r.err));
    }

    void unknownOptionIsAUsageError()
    {
        const Run r = run({ u"--no-such-option"_s });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(u"no-such-option"_s));
    }
};

QTEST_GUILESS_MAIN(TestFleetdeckApp)
#include "tst_fleetdeckapp.moc"
