#include "core/transport/KnownHostsStore.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/ssh/SshKeygen.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace fleetdeck::transport;
using fleetdeck::test::makeKey;
using fleetdeck::test::sshKeygen;

class TestKnownHostsStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    HostKey m_key;

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
        const QList<QByteArray> words = makeKey(m_dir.path(), u"ed"_s, u"ed25519"_s).split(' ');
        m_key = HostKey::fromBase64(QString::fromLatin1(words[0]), words[1]).value();
    }

    void missingFileIsEmpty()
    {
        const auto file = KnownHostsStore(m_dir.filePath(u"none/known_hosts"_s)).load();
        QVERIFY(file.ok());
        QVERIFY(file->entries().isEmpty());
    }

    void tildeIsQtHome()
    {
        QCOMPARE(KnownHostsStore(u"~/.ssh/known_hosts"_s).path(), QDir::homePath() + u"/.ssh/known_hosts"_s);
        QCOMPARE(KnownHostsStore::defaultPath(), QDir::homePath() + u"/.ssh/known_hosts"_s);
    }

    void appendCreatesPrivateFileThatOpenSshReads()
    {
        const QString path = m_dir.filePath(u"new/.ssh/known_hosts"_s);
        const KnownHostsStore store(path);
        QVERIFY(store.append(u"gpu1"_s, 2222, m_key, false).ok());
        QVERIFY(store.append(u"gpu2"_s, 22, m_key, true).ok());
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
        const auto file = store.load();
        QVERIFY(file.ok());
        QCOMPARE(file->entries().size(), 2);
        QCOMPARE(file->entriesFor(u"gpu1"_s, 2222).size(), 1);
        QCOMPARE(file->entriesFor(u"gpu2"_s, 22).size(), 1);
        QVERIFY(sshKeygen({u"-F"_s, u"[gpu1]:2222"_s, u"-f"_s, path}).contains("found: line 1"));
        QVERIFY(sshKeygen({u"-F"_s, u"gpu2"_s, u"-f"_s, path}).contains("found: line 2"));
    }

    void appendKeepsLinesApart()
    {
        const QString path = fleetdeck::test::writeFile(m_dir, u"nonl"_s, "# operator's note, no newline");
        QVERIFY(KnownHostsStore(path).append(u"gpu3"_s, 22, m_key, false).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], "# operator's note, no newline");
        QVERIFY(lines[1].startsWith("gpu3 ssh-ed25519 "));
    }

    void unreadableFileIsAnError()
    {
        if (geteuid() == 0)
            QSKIP("root reads every file");
        const QString path = fleetdeck::test::writeFile(m_dir, u"locked"_s, "x");
        QFile::setPermissions(path, QFileDevice::Permissions());
        const auto file = KnownHostsStore(path).load();
        QVERIFY(!file.ok());
        QCOMPARE(file.error().location, path);
    }
};

QTEST_GUILESS_MAIN(TestKnownHostsStore)
#include "tst_knownhostsstore.moc"
