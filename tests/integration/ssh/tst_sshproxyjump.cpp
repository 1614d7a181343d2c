// ProxyJump through real OpenSSH servers: one sshd is the jump host, another the target (and the
// jump host also jumps to itself for two hops). Each hop's key is checked by our policy against
// known_hosts, refusals name the hop, a dying jump host makes the node unreachable with its name,
// and a node alias is resolved through $HOME/.ssh/config (the test's private HOME).
#include "core/fleet/session/AgentEndpoint.h"
#include "core/fleet/session/ChannelFailure.h"
#include "core/fleet/session/NodeSession.h"
#include "core/transport/KnownHostsFile.h"
#include "core/transport/SshChannel.h"
#include "tests/integration/fleet/FleetFixture.h"
#include "tests/integration/ssh/SshRun.h"
#include "tests/support/TestSupport.h"
#include "tests/support/sshd/SshdFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fleetdeck::transport;
using fleetdeck::fleet::AgentEndpoint;
using fleetdeck::fleet::ChannelFailure;
using fleetdeck::fleet::NodeState;
using fleetdeck::fleet::SessionOptions;
using fleetdeck::test::fingerprintOf;
using fleetdeck::test::readFile;
using fleetdeck::test::Run;
using fleetdeck::test::runCommand;
using fleetdeck::test::SshdFixture;

class TestSshProxyJump : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_temp;
    std::unique_ptr<SshdFixture> m_jump;
    std::unique_ptr<SshdFixture> m_target;
    std::unique_ptr<fleetdeck::test::FleetFixture> m_fleet; // the real agent's command line
    QString m_knownHosts; // pins both servers

    SshConnectOptions jumpOptions() const
    {
        SshConnectOptions o = fleetdeck::test::fixtureOptions(*m_jump);
        o.knownHostsPath = m_knownHosts;
        return o;
    }

    SshConnectOptions targetOptions(int hops = 1) const
    {
        SshConnectOptions o = fleetdeck::test::fixtureOptions(*m_target);
        o.knownHostsPath = m_knownHosts;
        for (int i = 0; i < hops; ++i)
            o.jumpHosts.push_back(jumpOptions());
        return o;
    }

    static void setKnownHosts(SshConnectOptions &o, const QString &path, bool acceptNew)
    {
        for (SshConnectOptions *hop : {&o, &o.jumpHosts.front()}) {
            hop->knownHostsPath = path;
            hop->acceptNewHostKey = acceptNew;
        }
    }

    static qsizetype logins(const SshdFixture &sshd)
    {
        return sshd.logText().count(u"Accepted publickey"_s);
    }

    QString writeHome(const QString &relative, const QByteArray &content) const
    {
        const QString path = QDir::homePath() + u'/' + relative;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_temp.isValid());
        m_fleet = std::make_unique<fleetdeck::test::FleetFixture>(m_temp);
        m_jump = std::make_unique<SshdFixture>(m_temp.filePath(u"jump"_s));
        m_target = std::make_unique<SshdFixture>(m_temp.filePath(u"target"_s));
        QVERIFY2(m_jump->start(), qPrintable(m_jump->errorString()));
        QVERIFY2(m_target->start(), qPrintable(m_target->errorString()));
        m_knownHosts = fleetdeck::test::writeFile(m_temp, u"known_hosts"_s,
            readFile(m_jump->knownHostsPath()) + readFile(m_target->knownHostsPath()));
    }

    void cleanupTestCase()
    {
        m_target.reset();
        m_jump.reset();
        m_fleet.reset();
    }

    void throughOneJumpHost()
    {
        const qsizetype jumpLogins = logins(*m_jump);
        const Run run = runCommand(targetOptions(), u"echo through-jump"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.output, "through-jump\n");
        QCOMPARE(run.hostKey.status, HostKeyStatus::Known);
        QCOMPARE(run.hostKey.port, m_target->port());
        QTRY_COMPARE(logins(*m_jump), jumpLogins + 1);
    }

    // The jump host jumps to itself before the target: two relays, three sessions.
    void throughTwoJumpHosts()
    {
        const qsizetype jumpLogins = logins(*m_jump);
        const QByteArray big(300 * 1024, 'x'); // more than a relay buffers or a window holds
        const Run run = runCommand(targetOptions(2), u"wc -c"_s, big);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.output.trimmed(), QByteArray::number(big.size()));
        QTRY_COMPARE(logins(*m_jump), jumpLogins + 2);
    }

    // Closing the target's channel closes every hop: the relays' sockets and the jump sessions'
    // sockets are all gone afterwards (their threads hold them until they end).
    void chainTornDownWithTheConnection()
    {
        const auto openFds = [] {
            return QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System).size();
        };
        QVERIFY(!runCommand(targetOptions(2), u"true"_s).error); // warm up the SSH threads
        const qsizetype before = openFds();
        {
            fleetdeck::test::EchoSession session(targetOptions(2));
            QVERIFY(session.waitForEcho());
            QVERIFY(openFds() >= before + 5); // 2 jump TCP sockets, 2 socket pairs, target end
            session.channel.close();
        }
        QTRY_COMPARE_WITH_TIMEOUT(openFds(), before, 10000);
    }

    void unknownJumpKeyRefusedThenAccepted()
    {
        const QString onlyTarget = fleetdeck::test::writeFile(m_temp, u"only-target"_s,
                                                              readFile(m_target->knownHostsPath()));
        SshConnectOptions o = targetOptions();
        setKnownHosts(o, onlyTarget, false);
        const qsizetype targetLogins = logins(*m_target);
        Run run = runCommand(o, u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::HostKeyUnknown);
        QVERIFY(run.error->hostKey);
        QCOMPARE(run.error->hostKey->port, m_jump->port());
        QVERIFY2(run.reason.contains(u"Jump host"_s) && run.reason.contains(u"hop 1 of 1"_s)
                     && run.reason.contains(QString::number(m_jump->port()))
                     && run.reason.contains(run.error->hostKey->offered.fingerprint()),
                 qPrintable(run.reason));
        QCOMPARE(logins(*m_target), targetLogins);

        setKnownHosts(o, onlyTarget, true);
        run = runCommand(o, u"echo accepted"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.output, "accepted\n");
        const KnownHostsFile written = KnownHostsFile::parse(readFile(onlyTarget), onlyTarget);
        QCOMPARE(written.entriesFor(u"127.0.0.1"_s, m_jump->port()).size(), 1);

        setKnownHosts(o, onlyTarget, false);
        run = runCommand(o, u"true"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
    }

    // known_hosts pins the jump host's address with the target's keys: a changed key, refused
    // even with --accept-new-host-keys, naming both fingerprints and the hop.
    void changedJumpKeyRefused()
    {
        const QByteArray targetPins = readFile(m_target->knownHostsPath());
        QByteArray wrong = targetPins;
        const QByteArray from = ":" + QByteArray::number(m_target->port()) + ' ';
        const QByteArray to = ":" + QByteArray::number(m_jump->port()) + ' ';
        wrong.replace(from, to);
        const QString path = fleetdeck::test::writeFile(m_temp, u"changed"_s, targetPins + wrong);
        SshConnectOptions o = targetOptions();
        setKnownHosts(o, path, true);
        const Run run = runCommand(o, u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::HostKeyChanged);
        const HostKeyVerdict &verdict = *run.error->hostKey;
        QCOMPARE(verdict.port, m_jump->port());
        QVERIFY(!verdict.pinned.isEmpty());
        const QString pinned = fingerprintOf(m_target->hostKeyPublicPath(u"ed25519"_s));
        QVERIFY2(run.reason.contains(verdict.offered.fingerprint()) && run.reason.contains(pinned)
                     && run.reason.contains(u"Jump host"_s),
                 qPrintable(run.reason));
        QCOMPARE(readFile(path), targetPins + wrong); // nothing was written
    }

    void wrongKeyAtJumpHostRefused()
    {
        SshConnectOptions o = targetOptions();
        o.jumpHosts.front().identityFiles = {m_target->clientKeyPath()};
        const Run run = runCommand(o, u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::AuthRefused);
        QVERIFY2(run.reason.contains(u"Jump host"_s) && run.reason.contains(QString::number(m_jump->port())),
                 qPrintable(run.reason));
    }

    void targetRefusingTheForwardIsNamed()
    {
        SshConnectOptions o = targetOptions();
        o.host = u"127.0.0.2"_s; // not in the jump host's PermitOpen
        const Run run = runCommand(o, u"true"_s);
        QVERIFY(run.error);
        QVERIFY(run.error->isUnreachable());
        QVERIFY2(run.reason.contains(u"127.0.0.2"_s) && run.reason.contains(u"forwarding"_s), qPrintable(run.reason));
    }

    void jumpHostKilledMidSessionThenReconnect()
    {
        fleetdeck::test::EchoSession session(targetOptions());
        QVERIFY(session.waitForEcho());
        QElapsedTimer timer;
        timer.start();
        m_jump->kill();
        QVERIFY(session.closed.wait(10000));
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(session.channel.error());
        const QString reason = session.closedReason();
        QVERIFY2(reason.contains(u"jump host"_s) && reason.contains(QString::number(m_jump->port())),
                 qPrintable(reason));
        const ChannelFailure failure = ChannelFailure::fromSshError(u"n1"_s, *session.channel.error());
        QCOMPARE(failure.state, NodeState::Unreachable);
        QVERIFY(failure.reason.contains(QString::number(m_jump->port())));

        Run run = runCommand(targetOptions(), u"true"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::ConnectionRefused);
        QVERIFY(run.reason.contains(u"Jump host"_s));

        QVERIFY2(m_jump->start(), qPrintable(m_jump->errorString()));
        run = runCommand(targetOptions(), u"echo back"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.output, "back\n");
    }

    // A jump host that hangs (SIGSTOP) is noticed by keepalives, and the reason names it.
    void frozenJumpHostNamed()
    {
        SshConnectOptions o = targetOptions();
        o.keepaliveInterval = o.jumpHosts.front().keepaliveInterval = std::chrono::milliseconds(300);
        fleetdeck::test::EchoSession session(o);
        QVERIFY(session.waitForEcho());
        m_jump->freeze();
        const bool closed = session.closed.wait(15000);
        m_jump->thaw();
        QVERIFY(closed);
        QVERIFY(session.channel.error());
        // Disconnected when the relay noticed first, Timeout when the target's keepalives did.
        QVERIFY(session.channel.error()->isUnreachable());
        const QString reason = session.closedReason();
        QVERIFY2(reason.contains(QString::number(m_jump->port())), qPrintable(reason));
    }

    // The node names an alias; ~/.ssh/config gives its address, user, key and jump host, and
    // the jump alias is resolved through the config too.
    void nodeAliasThroughUserSshConfig()
    {
        const QString onlyTarget = fleetdeck::test::writeFile(m_temp, u"alias-known-hosts"_s,
                                                              readFile(m_target->knownHostsPath()));
        const QByteArray config = "Host target-node\n"
            "  HostName 127.0.0.1\n  Port " + QByteArray::number(m_target->port()) + "\n"
            "  User " + m_target->user().toUtf8() + "\n"
            "  IdentityFile " + m_target->clientKeyPath().toUtf8() + "\n  IdentitiesOnly yes\n"
            "  ProxyJump bastion\n"
            "Host bastion\n"
            "  HostName 127.0.0.1\n  Port " + QByteArray::number(m_jump->port()) + "\n"
            "  IdentityFile " + m_jump->clientKeyPath().toUtf8() + "\n  IdentitiesOnly yes\n"
            "  StrictHostKeyChecking no\n"
            "Host *\n  UserKnownHostsFile " + onlyTarget.toUtf8() + "\n  ConnectTimeout 5\n";
        QVERIFY(!writeHome(u".ssh/config"_s, config).isEmpty());
        fleetdeck::inventory::Node node;
        node.name = u"n1"_s;
        node.host = u"target-node"_s;
        SessionOptions options;
        options.withUserSshConfig();
        QVERIFY(options.sshConfig);

        // StrictHostKeyChecking no for the bastion changes nothing: its unknown key is refused.
        auto endpoint = AgentEndpoint::forNode(node, options);
        QVERIFY2(endpoint.ok(), qPrintable(endpoint.error().message));
        QCOMPARE(endpoint->ssh.jumpHosts.size(), size_t(1));
        Run run = runCommand(endpoint->ssh, u"echo via-config"_s);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, SshError::Kind::HostKeyUnknown);
        QVERIFY2(run.reason.contains(u"bastion"_s), qPrintable(run.reason));

        options.acceptNewHostKeys = true;
        endpoint = AgentEndpoint::forNode(node, options);
        QVERIFY(endpoint.ok());
        run = runCommand(endpoint->ssh, u"echo via-config"_s);
        QVERIFY2(!run.error, qPrintable(run.reason));
        QCOMPARE(run.output, "via-config\n");
    }

    // A node session with the real agent behind a jump host from the config: online, then
    // unreachable naming the jump host when it dies, then online again when it is back.
    void nodeSessionThroughJumpHostReconnects()
    {
        const QByteArray config = "Host behind\n"
            "  HostName 127.0.0.1\n  Port " + QByteArray::number(m_target->port()) + "\n"
            "  ProxyJump bastion\n"
            "Host bastion\n"
            "  HostName 127.0.0.1\n  Port " + QByteArray::number(m_jump->port()) + "\n"
            "  User " + m_jump->user().toUtf8() + "\n"
            "  IdentityFile " + m_jump->clientKeyPath().toUtf8() + "\n";
        QVERIFY(!writeHome(u".ssh/config"_s, config).isEmpty());
        fleetdeck::inventory::Node node;
        node.id = 1;
        node.name = u"behind"_s;
        node.host = u"behind"_s;
        node.user = m_target->user();
        node.identityFile = m_target->clientKeyPath();
        node.agentCommand = m_fleet->agentCommand(u"behind"_s);
        SessionOptions options;
        options.knownHostsPath = m_knownHosts;
        options.withUserSshConfig();
        options.autoReconnect = true;
        options.reconnectInitialDelay = std::chrono::milliseconds(200);
        options.reconnectMaxDelay = std::chrono::milliseconds(1000);
        options.keepaliveInterval = std::chrono::milliseconds(500);
        fleetdeck::fleet::NodeSession session(node, options);
        QSignalSpy settled(&session, &fleetdeck::fleet::NodeSession::settled);
        session.open();
        QVERIFY(settled.wait(20000));
        QVERIFY2(session.state() == NodeState::Online, qPrintable(session.status().reason));

        m_jump->kill();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), NodeState::Unreachable, 15000);
        const QString reason = session.status().reason;
        QVERIFY2(reason.contains(u"bastion"_s) && reason.contains(QString::number(m_jump->port())),
                 qPrintable(reason));
        QVERIFY2(m_jump->start(), qPrintable(m_jump->errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), NodeState::Online, 20000);
        session.close();
    }

    void brokenUserSshConfigFailsTheNode()
    {
        const QString path = writeHome(u".ssh/config"_s, "Host x\n  Port 22\n  Bogus yes\n");
        SessionOptions options;
        options.withUserSshConfig();
        QVERIFY(options.sshConfigError);
        fleetdeck::inventory::Node node;
        node.name = u"n1"_s;
        node.host = u"x"_s;
        const auto endpoint = AgentEndpoint::forNode(node, options);
        QVERIFY(!endpoint.ok());
        QVERIFY2(endpoint.error().message.contains(path + u":3"_s)
                     && endpoint.error().message.contains(u"Bogus"_s),
                 qPrintable(endpoint.error().message));
        // A local node needs no ssh config.
        node.host = u"localhost"_s;
        node.agentCommand = u"local"_s;
        QVERIFY(AgentEndpoint::forNode(node, options).ok());
        QFile::remove(path);
        QVERIFY(!SessionOptions().withUserSshConfig().sshConfig);
        QVERIFY(!SessionOptions().withUserSshConfig().sshConfigError);
    }
};

QTEST_GUILESS_MAIN(TestSshProxyJump)
#include "tst_sshproxyjump.moc"
