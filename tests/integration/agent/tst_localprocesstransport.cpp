// LocalProcessTransport + AgentClient against the real fleetdeck-agent: the path the app takes
// for local nodes, and the same client code an SSH channel will carry.
#include "core/protocol/AgentClient.h"
#include "core/protocol/NodeFacts.h"
#include "core/transport/LocalProcessTransport.h"
#include "tests/integration/agent/AgentProcess.h"
#include "tests/support/TestSupport.h"

#include <QCborMap>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::protocol;
using fleetdeck::test::agentBinary;
using fleetdeck::test::daemonPid;
using fleetdeck::test::processAlive;
using fleetdeck::transport::LocalProcessTransport;

class TestLocalProcessTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_state = m_dir->filePath(u"state"_s);
    }

    void cleanup()
    {
        fleetdeck::test::stopDaemon(m_state);
        m_dir.reset();
    }

    void helloFactsAndPingRoundTrip()
    {
        LocalProcessTransport transport(
            agentBinary(), LocalProcessTransport::rpcArguments(m_state));
        QSignalSpy opened(&transport, &LocalProcessTransport::opened);
        AgentClient client(&transport);
        transport.open();
        QVERIFY(opened.wait(5000));

        std::optional<AgentClient::TypedReply<HelloResult>> hello;
        client.hello(
            u"tst"_s, this, [&](const AgentClient::TypedReply<HelloResult> &r) { hello = r; });
        QTRY_VERIFY_WITH_TIMEOUT(hello.has_value(), 10000);
        QVERIFY2(hello->ok(), qPrintable(hello->error->message));
        QCOMPARE((*hello)->version, kProtocolVersion);
        QCOMPARE((*hello)->agentVersion, QStringLiteral(FLEETDECK_VERSION));
        QVERIFY((*hello)->capabilities.contains(u"node.facts"_s));

        std::optional<AgentClient::TypedReply<NodeFacts>> facts;
        client.nodeFacts(this, [&](const AgentClient::TypedReply<NodeFacts> &r) { facts = r; });
        QTRY_VERIFY_WITH_TIMEOUT(facts.has_value(), 10000);
        QVERIFY(facts->ok());
        QCOMPARE((*facts)->hostname, QSysInfo::machineHostName());
        QVERIFY(!(*facts)->kernel.isEmpty());

        std::optional<AgentClient::Reply> ping;
        client.call(u"ping"_s, QCborMap { { u"seq"_s, 42 } }, this,
            [&](const AgentClient::Reply &r) { ping = r; });
        QTRY_VERIFY(ping.has_value());
        QCOMPARE(ping->result.toMap().value(u"seq"_s).toInteger(), 42);
        QVERIFY(processAlive(daemonPid(m_state)));
    }

    void largeBinaryPayloadsSurviveTheBridge()
    {
        // 12 MiB of every byte value through rpc's stdin, the socket, the daemon and back:
        // binary safety, frames split across many reads, and rpc's flow control.
        LocalProcessTransport transport(
            agentBinary(), LocalProcessTransport::rpcArguments(m_state));
        AgentClient client(&transport);
        transport.open();
        std::optional<AgentClient::TypedReply<HelloResult>> hello;
        client.hello(
            u"tst"_s, this, [&](const AgentClient::TypedReply<HelloResult> &r) { hello = r; });
        QTRY_VERIFY_WITH_TIMEOUT(hello.has_value(), 10000);
        QByteArray blob(12 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < blob.size(); ++i)
            blob[i] = char((i * 7 + i / 256) % 256);
        // A real event loop: QTRY_* sleeps 10 ms between passes, which would dominate here.
        std::optional<AgentClient::Reply> echo;
        QEventLoop loop;
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        client.call(
            u"ping"_s, QCborMap { { u"blob"_s, blob } }, this,
            [&](const AgentClient::Reply &r) {
                echo = r;
                loop.quit();
            },
            std::chrono::seconds(60));
        loop.exec();
        QVERIFY(echo.has_value());
        QVERIFY2(echo->ok(), qPrintable(echo->error->message));
        QVERIFY(echo->result.toMap().value(u"blob"_s).toByteArray() == blob);
    }

    void closingEndsTheSessionButNotTheDaemon()
    {
        auto transport = std::make_unique<LocalProcessTransport>(
            agentBinary(), LocalProcessTransport::rpcArguments(m_state));
        AgentClient client(transport.get());
        transport->open();
        std::optional<AgentClient::TypedReply<HelloResult>> hello;
        client.hello(
            u"tst"_s, this, [&](const AgentClient::TypedReply<HelloResult> &r) { hello = r; });
        QTRY_VERIFY_WITH_TIMEOUT(hello.has_value(), 10000);
        const qint64 pid = daemonPid(m_state);
        QSignalSpy ended(&client, &AgentClient::sessionEnded);
        client.close();
        QCOMPARE(ended.size(), 1);
        QVERIFY(!transport->isOpen());
        QVERIFY(processAlive(pid));
    }

    void aMissingAgentBinaryNamesTheCommand()
    {
        const QString missing = m_dir->filePath(u"no-such-dir/fleetdeck-agent"_s);
        LocalProcessTransport transport(missing, LocalProcessTransport::rpcArguments(m_state));
        QSignalSpy closed(&transport, &LocalProcessTransport::closed);
        AgentClient client(&transport);
        transport.open();
        std::optional<AgentClient::Reply> reply;
        client.call(u"hello"_s, {}, this, [&](const AgentClient::Reply &r) { reply = r; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
        QCOMPARE(reply->error->code, ErrorCode::ConnectionClosed);
        QVERIFY2(reply->error->message.contains(missing), qPrintable(reply->error->message));
        QVERIFY(reply->error->message.contains(u"rpc --state"_s));
        QCOMPARE(closed.size(), 1);
    }

    void theAgentsStderrExplainsAnEarlyExit()
    {
        // A usage error: the agent exits at once with a message on stderr.
        LocalProcessTransport transport(agentBinary(), { u"frobnicate"_s });
        QSignalSpy closed(&transport, &LocalProcessTransport::closed);
        transport.open();
        QVERIFY(closed.wait(5000));
        const QString reason = closed[0][0].toString();
        QVERIFY2(reason.contains(u"code 2"_s), qPrintable(reason));
        QVERIFY2(reason.contains(u"daemon or rpc"_s), qPrintable(reason));
    }

    void theDefaultAgentIsTheOneBesideTheProgram()
    {
        // Tests and fleetdeck-agent share the build tree's bin folder, as an install shares one.
        QCOMPARE(LocalProcessTransport::defaultAgentProgram(), agentBinary());
    }

    void parsesAgentCommands()
    {
        const auto words = LocalProcessTransport::parseCommand(
            u"\"/opt/fleet deck/fleetdeck-agent\" rpc --state ~/agent"_s);
        QVERIFY(words.ok());
        QCOMPARE(words->size(), 4);
        QCOMPARE(words->at(0), u"/opt/fleet deck/fleetdeck-agent"_s);
        QCOMPARE(words->at(3), QDir::homePath() + u"/agent"_s);
        QVERIFY(!LocalProcessTransport::parseCommand(u"   "_s).ok());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_state;
};

QTEST_GUILESS_MAIN(TestLocalProcessTransport)
#include "tst_localprocesstransport.moc"
