// The agent protocol over an SSH exec channel: AgentClient on SshChannel, running the real
// `fleetdeck-agent rpc --state DIR` through a real sshd. The path `nodes check` will take.
#include "core/protocol/AgentClient.h"
#include "core/protocol/NodeFacts.h"
#include "core/transport/SshChannel.h"
#include "tests/integration/agent/AgentProcess.h"
#include "tests/support/TestSupport.h"
#include "tests/support/sshd/SshdFixture.h"

#include <QCborMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fleetdeck::protocol;
using fleetdeck::test::SshdFixture;
using fleetdeck::transport::SshChannel;
using fleetdeck::transport::SshConnectOptions;

class TestSshAgentChannel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_temp;
    std::unique_ptr<SshdFixture> m_sshd;
    QString m_state;

    SshConnectOptions options() const
    {
        SshConnectOptions o;
        o.host = u"127.0.0.1"_s;
        o.port = m_sshd->port();
        o.user = m_sshd->user();
        o.identityFiles = {m_sshd->clientKeyPath()};
        o.knownHostsPath = m_sshd->knownHostsPath();
        o.useAgent = false;
        return o;
    }

    QString agentCommand() const
    {
        return u"'"_s + fleetdeck::test::agentBinary() + u"' rpc --state '"_s + m_state + u"'"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_temp.isValid());
        m_state = m_temp.filePath(u"agent-state"_s);
        m_sshd = std::make_unique<SshdFixture>(m_temp.filePath(u"sshd"_s));
        SshdFixture::StartOptions quick;
        quick.hostKeyTypes = {u"ed25519"_s};
        QVERIFY2(m_sshd->start(quick), qPrintable(m_sshd->errorString()));
    }

    void cleanupTestCase()
    {
        fleetdeck::test::stopDaemon(m_state);
        m_sshd.reset();
    }

    void helloFactsAndPing()
    {
        SshChannel channel(options(), agentCommand());
        AgentClient client(&channel);
        QSignalSpy opened(&channel, &SshChannel::opened);
        channel.open();
        QVERIFY2(opened.wait(15000), qPrintable(channel.error() ? channel.error()->message : QString()));

        std::optional<AgentClient::TypedReply<HelloResult>> hello;
        client.hello(u"tst"_s, this, [&](const AgentClient::TypedReply<HelloResult> &r) { hello = r; });
        QTRY_VERIFY_WITH_TIMEOUT(hello.has_value(), 15000);
        QVERIFY2(hello->ok(), qPrintable(hello->error->message + u" / "_s
                                        + QString::fromUtf8(channel.stderrOutput())));
        QCOMPARE((*hello)->version, kProtocolVersion);

        std::optional<AgentClient::TypedReply<NodeFacts>> facts;
        client.nodeFacts(this, [&](const AgentClient::TypedReply<NodeFacts> &r) { facts = r; });
        QTRY_VERIFY_WITH_TIMEOUT(facts.has_value(), 15000);
        QVERIFY(facts->ok());
        QCOMPARE((*facts)->hostname, QSysInfo::machineHostName());

        std::optional<AgentClient::Reply> ping;
        client.call(u"ping"_s, QCborMap{{u"seq"_s, 7}}, this, [&](const AgentClient::Reply &r) { ping = r; });
        QTRY_VERIFY_WITH_TIMEOUT(ping.has_value(), 15000);
        QCOMPARE(ping->result.toMap().value(u"seq"_s).toInteger(), 7);
    }

    // The server dies under the client: pending requests end, none hangs.
    void serverKilledEndsPendingRequests()
    {
        SshChannel channel(options(), agentCommand());
        AgentClient client(&channel);
        QSignalSpy opened(&channel, &SshChannel::opened);
        channel.open();
        QVERIFY(opened.wait(15000));
        std::optional<AgentClient::TypedReply<HelloResult>> hello;
        client.hello(u"tst"_s, this, [&](const AgentClient::TypedReply<HelloResult> &r) { hello = r; });
        QTRY_VERIFY_WITH_TIMEOUT(hello.has_value(), 15000);
        QVERIFY(hello->ok());

        QSignalSpy closed(&channel, &SshChannel::closed);
        m_sshd->kill();
        std::optional<AgentClient::Reply> ping;
        client.call(u"ping"_s, QCborMap{{u"seq"_s, 8}}, this, [&](const AgentClient::Reply &r) { ping = r; });
        QTRY_VERIFY_WITH_TIMEOUT(ping.has_value(), 10000);
        QVERIFY(!ping->ok());
        QVERIFY(closed.size() == 1 || closed.wait(5000));
        QVERIFY(!closed.first().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSshAgentChannel)
#include "tst_sshagentchannel.moc"
