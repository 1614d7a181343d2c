// Host-key verification through real connections: unknown keys refused until accepted, several
// key types pinned by one, extra known_hosts files, @revoked, and a changed key after the server
// got new host keys on the same port.
#include "core/transport/KnownHostsFile.h"
#include "core/transport/SshChannel.h"
#include "tests/integration/ssh/SshRun.h"
#include "tests/support/TestSupport.h"
#include "tests/support/sshd/SshdFixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fleetdeck::transport;
using fleetdeck::test::fingerprintOf;
using fleetdeck::test::readFile;
using fleetdeck::test::Run;
using fleetdeck::test::runCommand;
using fleetdeck::test::SshdFixture;

class TestSshHostKeyVerification : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_temp;
    std::unique_ptr<SshdFixture> m_sshd;

    SshConnectOptions options() const { return fleetdeck::test::fixtureOptions(*m_sshd); }

    QString knownHostsWith(const QString &name, const QByteArray &content)
    {
        return fleetdeck::test::writeFile(m_temp, name, content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_temp.isValid());
        m_sshd = std::make_unique<SshdFixture>(m_temp.filePath(u"sshd"_s));
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->errorString()));
    }

    void cleanupTestCase() { m_sshd.reset(); }

    void unknownHostRefusedThenAccepted()
    {
        SshConnectOptions o = options();
        o.knownHostsPath = m_temp.filePath(u"fresh/known_hosts"_s);
        Run run = runCommand(o, u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::HostKeyUnknown);
        QVERIFY(run.reason.contains(run.hostKey.offered.fingerprint()));
        QVERIFY(!QFile::exists(o.knownHostsPath));

        // The operator confirmed another key than the one offered: still refused, nothing written.
        const HostKey offered = run.hostKey.offered;
        o.confirmedHostKey = HostKey(offered.type(), offered.blob() + "x");
        run = runCommand(o, u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::HostKeyUnknown);
        QVERIFY(!QFile::exists(o.knownHostsPath));

        o.confirmedHostKey = offered;
        run = runCommand(o, u"true"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.hostKey.status, HostKeyStatus::Unknown);
        const KnownHostsFile written = KnownHostsFile::parse(readFile(o.knownHostsPath), o.knownHostsPath);
        QCOMPARE(written.entries().size(), 1);
        QCOMPARE(written.entriesFor(u"127.0.0.1"_s, o.port).size(), 1);

        o.confirmedHostKey.reset();
        run = runCommand(o, u"true"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.hostKey.status, HostKeyStatus::Known);

        // The CLI's --accept-new-host-keys takes whatever an unknown host offers, and records it.
        o.knownHostsPath = m_temp.filePath(u"cli/known_hosts"_s);
        o.acceptNewHostKey = true;
        run = runCommand(o, u"true"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(KnownHostsFile::parse(readFile(o.knownHostsPath), {}).entries().size(), 1);
    }

    // A known_hosts that pins only one of the server's three keys still matches.
    void severalKeysPinnedByOne_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("keyType");
        QTest::newRow("rsa") << u"rsa"_s << u"ssh-rsa"_s;
        QTest::newRow("ecdsa") << u"ecdsa"_s << u"ecdsa-sha2-nistp256"_s;
        QTest::newRow("ed25519") << u"ed25519"_s << u"ssh-ed25519"_s;
    }

    void severalKeysPinnedByOne()
    {
        QFETCH(QString, type);
        QFETCH(QString, keyType);
        QByteArray pinned;
        for (const QByteArray &line : readFile(m_sshd->knownHostsPath()).split('\n')) {
            if (line.contains(QByteArray(' ' + keyType.toLatin1() + ' ')))
                pinned = line + '\n';
        }
        QVERIFY(!pinned.isEmpty());
        SshConnectOptions o = options();
        o.knownHostsPath = knownHostsWith(u"pinned-"_s + type, pinned);
        const Run run = runCommand(o, u"true"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.hostKey.status, HostKeyStatus::Known);
        QCOMPARE(run.hostKey.offered.type(), keyType);
    }

    // The pin may sit in a second, read-only file; new keys still go to the first one.
    void extraKnownHostsFileIsRead()
    {
        SshConnectOptions o = options();
        o.knownHostsPath = m_temp.filePath(u"personal/known_hosts"_s);
        o.extraKnownHostsPaths = {m_sshd->knownHostsPath()};
        const Run run = runCommand(o, u"true"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.hostKey.status, HostKeyStatus::Known);
        QVERIFY(!QFile::exists(o.knownHostsPath));
    }

    void revokedKeyRefused()
    {
        const QByteArray pinned = readFile(m_sshd->knownHostsPath());
        const QByteArray ed = pinned.split('\n').first().split(' ').mid(1).join(' ');
        SshConnectOptions o = options();
        o.knownHostsPath = knownHostsWith(u"revoked"_s, pinned + "@revoked * " + ed + '\n');
        const Run run = runCommand(o, u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::HostKeyRevoked);
    }

    // Whatever ~/.ssh/config says, libssh must not read it: not the port, not the host-key trust.
    void userSshConfigChangesNothing()
    {
        const QString sshDir = QDir::homePath() + u"/.ssh"_s;
        QDir().mkpath(sshDir);
        QFile config(sshDir + u"/config"_s);
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write("Host *\n  Port 1\n  User nobody\n  StrictHostKeyChecking no\n"
                     "  UserKnownHostsFile /dev/null\n  HostKeyAlgorithms ssh-rsa\n");
        config.close();
        SshConnectOptions o = options();
        o.knownHostsPath = m_temp.filePath(u"config-test/known_hosts"_s);
        const Run unknown = runCommand(o, u"true"_s);
        o.knownHostsPath = m_sshd->knownHostsPath();
        const Run known = runCommand(o, u"id -un"_s);
        QFile::remove(config.fileName());
        QVERIFY(unknown.error);
        QCOMPARE(unknown.error->kind, SshError::Kind::HostKeyUnknown);
        QVERIFY2(!known.error, qPrintable(known.reason));
        QCOMPARE(known.output.trimmed(), m_sshd->user().toUtf8());
        QCOMPARE(known.hostKey.offered.type(), u"ssh-ed25519"_s);
    }

    // Last: restarts the server with new host keys on the same port.
    void changedHostKeyRefused()
    {
        const QString oldKnownHosts = knownHostsWith(u"before-change"_s, readFile(m_sshd->knownHostsPath()));
        const QString oldFingerprint = fingerprintOf(m_sshd->hostKeyPublicPath(u"ed25519"_s));
        const int port = m_sshd->port();
        m_sshd->stop();
        SshdFixture::StartOptions restart;
        restart.port = port;
        restart.newHostKeys = true;
        QVERIFY2(m_sshd->start(restart), qPrintable(m_sshd->errorString()));
        QCOMPARE(m_sshd->port(), port);
        const QString newFingerprint = fingerprintOf(m_sshd->hostKeyPublicPath(u"ed25519"_s));
        QVERIFY(oldFingerprint != newFingerprint);

        SshConnectOptions o = options();
        o.knownHostsPath = oldKnownHosts;
        o.acceptNewHostKey = true; // must not matter: a changed key is never accepted
        const Run run = runCommand(o, u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::HostKeyChanged);
        QVERIFY2(run.reason.contains(oldFingerprint) && run.reason.contains(newFingerprint), qPrintable(run.reason));
        QVERIFY(run.reason.contains(u"ssh-keygen -R '[127.0.0.1]:"_s + QString::number(port)));
        QVERIFY(!readFile(oldKnownHosts).contains(readFile(m_sshd->hostKeyPublicPath(u"ed25519"_s)).split(' ')[1]));
    }
};

QTEST_GUILESS_MAIN(TestSshHostKeyVerification)
#include "tst_sshhostkeyverification.moc"
