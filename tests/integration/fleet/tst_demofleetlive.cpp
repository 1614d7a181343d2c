// The real `fleetdeck --demo` under Xvfb: every demo node gets a live local agent and reports
// online in the demo inventory; closing the app (SIGTERM, as a logout would) stops every agent
// it started and removes the demo's temp folder.
#include "tests/integration/agent/AgentProcess.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

using namespace Qt::StringLiterals;

namespace {

// Processes whose command line names path: what the demo started, found without knowing names.
QList<qint64> processesMentioning(const QString &path)
{
    QList<qint64> pids;
    const QByteArray needle = QFile::encodeName(path);
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile cmdline(u"/proc/"_s + entry + u"/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle)
            && fleetdeck::test::processAlive(pid))
            pids.append(pid);
    }
    return pids;
}

int onlineNodes(const QString &dbPath)
{
    int online = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT count(*) FROM node_state WHERE state = 'online'"_s) && query.next())
                online = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    return online;
}

} // namespace

class TestDemoFleetLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void demoAgentsGoOnlineAndLeaveNothingBehind()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc to find the demo's processes");
#endif
        QTemporaryDir tmp; // the app's TMPDIR: its QTemporaryDir lands here
        QVERIFY(tmp.isValid());
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TMPDIR"_s, tmp.path());
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(fleetdeck::test::binaryPath(u"fleetdeck"_s), {u"--demo"_s});
        QVERIFY(app.waitForStarted());
        auto stopApp = qScopeGuard([&app] {
            if (app.state() != QProcess::NotRunning) {
                app.kill();
                app.waitForFinished(5000);
            }
        });

        QString demoDir;
        QTRY_VERIFY_WITH_TIMEOUT(!(demoDir = QDir(tmp.path()).entryList({u"fleetdeck-*"_s}, QDir::Dirs).value(0)).isEmpty(), 20000);
        demoDir = tmp.filePath(demoDir);
        const QString dbPath = demoDir + u"/demo-inventory.sqlite"_s;
        QTRY_VERIFY_WITH_TIMEOUT(onlineNodes(dbPath) >= 12, 90000);

        // One daemon per demo node, each in its own state folder inside the demo's temp dir.
        const QStringList stateDirs = QDir(demoDir + u"/agents"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(stateDirs.size(), 12);
        QList<qint64> daemons;
        for (const QString &dir : stateDirs)
            daemons.append(fleetdeck::test::daemonPid(demoDir + u"/agents/"_s + dir));
        QVERIFY(!daemons.contains(0));
        QVERIFY(processesMentioning(demoDir).size() >= 12);

        QVERIFY(::kill(pid_t(app.processId()), SIGTERM) == 0);
        QVERIFY2(app.waitForFinished(20000), "the app did not close within 20 s of SIGTERM");
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);

        for (qint64 pid : std::as_const(daemons))
            QVERIFY2(!fleetdeck::test::processAlive(pid), qPrintable(u"daemon %1 survived"_s.arg(pid)));
        QCOMPARE(processesMentioning(demoDir), QList<qint64>());
        QVERIFY2(!QFileInfo::exists(demoDir), qPrintable(demoDir));
    }
};

QTEST_GUILESS_MAIN(TestDemoFleetLive)
#include "tst_demofleetlive.moc"
