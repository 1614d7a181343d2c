#include "agents/StateDir.h"
#include "tests/support/TestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using fleetdeck::agent::StateDir;

namespace {

uint modeOf(const QString &path)
{
    struct stat info { };
    ::stat(QFile::encodeName(path).constData(), &info);
    return info.st_mode & 0777;
}

} // namespace

class TestStateDir : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void aShortFolderHoldsItsSocket()
    {
        QCOMPARE(
            StateDir::chooseSocketPath(u"/var/lib/fleetdeck-agent"_s, u"/run/user/1000"_s, 1000),
            u"/var/lib/fleetdeck-agent/agent.sock"_s);
    }

    void aDeepFolderMovesTheSocketToTheRuntimeFolder()
    {
        const QString deep = u"/srv/"_s + QString(120, u'x');
        const QString path = StateDir::chooseSocketPath(deep, u"/run/user/1000"_s, 1000);
        QVERIFY(path.startsWith(u"/run/user/1000/fleetdeck-agent/"_s));
        QVERIFY(path.endsWith(u".sock"_s));
        QVERIFY(QFile::encodeName(path).size() <= StateDir::kMaxSocketPathBytes);
        // Stable for a folder, different for another.
        QCOMPARE(StateDir::chooseSocketPath(deep, u"/run/user/1000"_s, 1000), path);
        QVERIFY(StateDir::chooseSocketPath(deep + u"y"_s, u"/run/user/1000"_s, 1000) != path);
    }

    void withoutAUsableRuntimeFolderTmpIsUsed()
    {
        const QString deep = u"/srv/"_s + QString(120, u'x');
        const QString noRuntime = StateDir::chooseSocketPath(deep, {}, 1234);
        QVERIFY(noRuntime.startsWith(u"/tmp/fleetdeck-1234/"_s));
        const QString deepRuntime =
            StateDir::chooseSocketPath(deep, u"/r/"_s + QString(100, u'r'), 7);
        QVERIFY(deepRuntime.startsWith(u"/tmp/fleetdeck-7/"_s));
        QVERIFY(QFile::encodeName(deepRuntime).size() <= StateDir::kMaxSocketPathBytes);
    }

    void the107ByteLimitCountsBytesNotCharacters()
    {
        // 50 two-byte characters: 100 bytes of folder, so agent.sock no longer fits.
        const QString folder = u"/"_s + QString(50, QChar(0x00e9));
        const QString path = StateDir::chooseSocketPath(folder, u"/run/user/0"_s, 0);
        QVERIFY(path.startsWith(u"/run/user/0/"_s));
    }

    void openCreatesAPrivateFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/state"_s);
        const auto state = StateDir::open(path);
        QVERIFY2(state.ok(), qPrintable(state.error().message));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(modeOf(path), 0700u);
        QCOMPARE(state->pidFile(), path + u"/agent.pid"_s);
    }

    void openTightensAnOpenFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"open"_s);
        QVERIFY(QDir().mkdir(path));
        ::chmod(QFile::encodeName(path).constData(), 0777);
        QVERIFY(StateDir::open(path).ok());
        QCOMPARE(modeOf(path), 0700u);
    }

    void openRefusesAFileAndSomeoneElsesFolder()
    {
        QTemporaryDir dir;
        const QString file = fleetdeck::test::writeFile(dir, u"plain"_s, "x");
        const auto notAFolder = StateDir::open(file);
        QVERIFY(!notAFolder.ok());
        QVERIFY(notAFolder.error().message.contains(file));

        if (::getuid() != 0)
            QSKIP("giving a folder to another user needs root");
        const QString theirs = dir.filePath(u"theirs"_s);
        QVERIFY(QDir().mkdir(theirs));
        QCOMPARE(::chown(QFile::encodeName(theirs).constData(), 65534, 65534), 0);
        const auto refused = StateDir::open(theirs);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"another user"_s));
    }

    void openNeedsAPath() { QVERIFY(!StateDir::open({}).ok()); }
};

QTEST_GUILESS_MAIN(TestStateDir)
#include "tst_statedir.moc"
