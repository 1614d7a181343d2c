#include "core/transport/SshChannel.h"
#include "tests/support/TestSupport.h"
#include "tests/integration/ssh/SshRun.h"
#include "tests/support/sshd/SshdFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fleetdeck::transport;
using fleetdeck::test::SshdFixture;

using fleetdeck::test::Run;
using fleetdeck::test::readFile;
using fleetdeck::test::runCommand;

class TestSshChannel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_temp;
    std::unique_ptr<SshdFixture> m_sshd;

    SshConnectOptions options() const { return fleetdeck::test::fixtureOptions(*m_sshd); }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_temp.isValid());
        m_sshd = std::make_unique<SshdFixture>(m_temp.filePath(u"sshd"_s));
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->errorString()));
    }

    void cleanupTestCase() { m_sshd.reset(); }

    void runsACommand()
    {
        const Run run = runCommand(options(), u"echo hello"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.output, "hello\n");
        QCOMPARE(run.exitStatus, 0);
        QCOMPARE(run.hostKey.status, HostKeyStatus::Known);
    }

    void binaryRoundTrip()
    {
        QByteArray data(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        data.prepend(QByteArray("\0\0\0\r\n\x1a", 6));
        const Run run = runCommand(options(), u"cat"_s, data, 60000);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.output.size(), data.size());
        QVERIFY(run.output == data);
        QCOMPARE(run.exitStatus, 0);
    }

    // More than the server's channel window while the command does not read yet: writing must
    // wait for window adjusts, not drop or block.
    void writeWaitsForTheWindow()
    {
        QByteArray data(4 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7);
        generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        const Run run = runCommand(options(), u"sleep 1; sha256sum"_s, data, 60000);
        QVERIFY2(!run.error, qPrintable(run.reason));
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        QCOMPARE(run.output.left(64), expected);
    }

    void stderrAndExitStatus()
    {
        const Run run = runCommand(options(), u"echo out; echo broken >&2; exit 3"_s);
        QVERIFY(!run.error);
        QCOMPARE(run.output, "out\n");
        QCOMPARE(run.exitStatus, 3);
        QCOMPARE(run.stderrOutput, "broken\n");
        QVERIFY2(run.reason.contains(u"3"_s) && run.reason.contains(u"broken"_s), qPrintable(run.reason));
    }

    void defaultIdentityFromQtHome()
    {
        const QString sshDir = QDir::homePath() + u"/.ssh"_s;
        QDir().mkpath(sshDir);
        QFile::remove(sshDir + u"/id_ed25519"_s);
        QVERIFY(QFile::copy(m_sshd->clientKeyPath(), sshDir + u"/id_ed25519"_s));
        SshConnectOptions o = options();
        o.identityFiles.clear();
        const Run run = runCommand(o, u"true"_s);
        QFile::remove(sshDir + u"/id_ed25519"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.exitStatus, 0);
    }

    // A real ssh-agent holds the key; no identity file is named.
    void agentAuthentication()
    {
        const QString socket = m_temp.filePath(u"agent.sock"_s);
        QProcess agent;
        agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
        QVERIFY(agent.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 10000);
        const QByteArray previous = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());
        SshConnectOptions o = options();
        o.useAgent = true;
        o.identityFiles = {m_temp.filePath(u"no-such-key"_s)};
        const Run empty = runCommand(o, u"true"_s);
        QProcess add;
        add.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        add.start(u"ssh-add"_s, {m_sshd->clientKeyPath()});
        const bool added = add.waitForFinished() && add.exitCode() == 0;
        const Run run = runCommand(o, u"echo agent"_s);
        qputenv("SSH_AUTH_SOCK", previous);
        agent.terminate();
        agent.waitForFinished();
        QVERIFY(empty.error);
        QCOMPARE(empty.error->kind, SshError::Kind::AuthRefused);
        QVERIFY2(empty.reason.contains(u"ssh-agent"_s), qPrintable(empty.reason));
        QVERIFY(added);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.output, "agent\n");
    }

    void severalServersOnTheirOwnPorts()
    {
        std::vector<std::unique_ptr<SshdFixture>> servers;
        for (int i = 0; i < 3; ++i) {
            servers.push_back(std::make_unique<SshdFixture>(m_temp.filePath(u"multi/"_s + QString::number(i))));
            SshdFixture::StartOptions quick;
            quick.hostKeyTypes = {u"ed25519"_s}; // RSA key generation is the slow part
            QVERIFY2(servers.back()->start(quick), qPrintable(servers.back()->errorString()));
        }
        QSet<int> ports;
        for (const auto &server : servers) {
            ports.insert(server->port());
            SshConnectOptions o = options();
            o.port = server->port();
            o.identityFiles = {server->clientKeyPath()};
            o.knownHostsPath = server->knownHostsPath();
            const Run run = runCommand(o, u"echo $SSH_CONNECTION"_s);
            QVERIFY2(!run.error, qPrintable(run.reason));
            QVERIFY(run.output.trimmed().endsWith(QByteArray(' ' + QByteArray::number(server->port()))));
        }
        QCOMPARE(ports.size(), 3);
    }

    void wrongClientKeyRefused()
    {
        const QString key = m_temp.filePath(u"stranger"_s);
        QCOMPARE(QProcess::execute(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(),
                                                     u"-f"_s, key}), 0);
        SshConnectOptions o = options();
        o.identityFiles = {key};
        const Run run = runCommand(o, u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::AuthRefused);
        QVERIFY2(run.reason.contains(key), qPrintable(run.reason));
    }

    void passphraseIsAskedFor()
    {
        const QString key = m_temp.filePath(u"locked"_s);
        QCOMPARE(QProcess::execute(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u"sesame"_s,
                                                     u"-f"_s, key}), 0);
        QFile authorized(m_sshd->dir() + u"/authorized_keys"_s);
        QVERIFY(authorized.open(QIODevice::Append));
        authorized.write(readFile(key + u".pub"_s));
        authorized.close();
        // Offered only the private half, so the passphrase is needed before the server is asked.
        QVERIFY(QFile::rename(key + u".pub"_s, key + u".hidden"_s));

        SshConnectOptions o = options();
        o.identityFiles = {key};
        auto attempts = std::make_shared<QAtomicInt>(0);
        o.passphraseProvider = [attempts](const QString &, int attempt) -> std::optional<QByteArray> {
            attempts->storeRelaxed(attempt);
            return attempt == 1 ? QByteArray("wrong") : QByteArray("sesame");
        };
        Run run = runCommand(o, u"echo in"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(attempts->loadRelaxed(), 2);
        QCOMPARE(run.output, "in\n");

        o.passphraseProvider = [](const QString &, int) { return std::optional<QByteArray>(); };
        run = runCommand(o, u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::AuthRefused);
    }

    void unknownNameNotResolved()
    {
        SshConnectOptions o = options();
        o.host = u"no-such-node.invalid"_s;
        const Run run = runCommand(o, u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::NameNotResolved);
        QVERIFY(run.reason.contains(u"no-such-node.invalid"_s));
    }

    void timeoutWhenNoBanner()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SshConnectOptions o = options();
        o.port = silent.serverPort();
        o.connectTimeout = std::chrono::milliseconds(1500);
        QElapsedTimer timer;
        timer.start();
        const Run run = runCommand(o, u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::Timeout);
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    }

    void hungServerDetectedByKeepalive()
    {
        SshConnectOptions o = options();
        o.keepaliveInterval = std::chrono::milliseconds(300);
        o.keepaliveCountMax = 2;
        SshChannel channel(o, u"cat"_s);
        QSignalSpy opened(&channel, &SshChannel::opened);
        QSignalSpy closed(&channel, &SshChannel::closed);
        channel.open();
        QVERIFY(opened.wait(10000));
        m_sshd->freeze();
        const bool noticed = closed.wait(5000);
        m_sshd->thaw();
        QVERIFY(noticed);
        QVERIFY(channel.error());
        QCOMPARE(channel.error()->kind, SshError::Kind::Timeout);
    }

    // Keepalives on a healthy but quiet session are answered: it must not be declared dead.
    void idleSessionSurvivesKeepalives()
    {
        SshConnectOptions o = options();
        // Tolerates 5 s without an answer (a loaded 2-core CI machine is slow, not dead; 2 s was
        // seen to fail there), while 7 s of silence still needs several answered keepalives.
        o.keepaliveInterval = std::chrono::milliseconds(1000);
        o.keepaliveCountMax = 5;
        const Run run = runCommand(o, u"sleep 7; echo awake"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.output, "awake\n");
    }

    // Closing or dropping a channel while its handshake runs: one closed(""), no late signals.
    void closeWhileConnecting()
    {
        SshChannel channel(options(), u"echo late"_s);
        QSignalSpy opened(&channel, &SshChannel::opened);
        QSignalSpy closed(&channel, &SshChannel::closed);
        QSignalSpy readyRead(&channel, &SshChannel::readyRead);
        channel.open();
        channel.close();
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().first().toString(), QString());
        QTest::qWait(1500);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(opened.size(), 0);
        QCOMPARE(readyRead.size(), 0);
        QVERIFY(!channel.isOpen());

        for (int i = 0; i < 10; ++i) {
            auto dropped = std::make_unique<SshChannel>(options(), u"cat"_s);
            dropped->open();
            dropped->write("unsent");
        }
        QTest::qWait(1500); // the handshakes finish after their channels are gone
        QVERIFY(runCommand(options(), u"true"_s).exitStatus == 0);
    }

    void manyChannelsAtOnce()
    {
        std::vector<std::unique_ptr<SshChannel>> channels;
        QHash<int, QByteArray> outputs;
        int closed = 0;
        for (int i = 0; i < 24; ++i) {
            auto channel = std::make_unique<SshChannel>(options(), u"echo "_s + QString::number(i));
            SshChannel *raw = channel.get();
            connect(raw, &SshChannel::readyRead, this, [raw, i, &outputs] { outputs[i] += raw->readAll(); });
            connect(raw, &SshChannel::closed, this, [&closed] { ++closed; });
            raw->open();
            channels.push_back(std::move(channel));
        }
        QTRY_COMPARE_WITH_TIMEOUT(closed, 24, 60000);
        for (int i = 0; i < 24; ++i)
            QCOMPARE(outputs.value(i), QByteArray::number(i) + '\n');
    }

    void serverKilledMidSession()
    {
        fleetdeck::test::EchoSession session(options());
        QVERIFY(session.waitForEcho());
        QElapsedTimer timer;
        timer.start();
        m_sshd->kill();
        QVERIFY(session.closed.wait(5000));
        QVERIFY(session.channel.error());
        QCOMPARE(session.channel.error()->kind, SshError::Kind::Disconnected);
        QVERIFY(!session.closedReason().isEmpty());
        QVERIFY(timer.elapsed() < 5000);
    }

    void closedPortRefusedThenReconnect()
    {
        QVERIFY(!m_sshd->isRunning());
        QElapsedTimer timer;
        timer.start();
        Run run = runCommand(options(), u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::ConnectionRefused);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->errorString()));
        run = runCommand(options(), u"echo back"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.output, "back\n");
    }
};

QTEST_GUILESS_MAIN(TestSshChannel)
#include "tst_sshchannel.moc"
