#include "core/fleet/session/AgentEndpoint.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using fleetdeck::fleet::AgentEndpoint;
using fleetdeck::fleet::SessionOptions;
using fleetdeck::inventory::Node;

namespace {
Node nodeOn(const QString &host, const QString &command)
{
    Node node;
    node.name = u"n1"_s;
    node.host = host;
    node.port = 2222;
    node.user = u"ops"_s;
    node.identityFile = u"~/.ssh/fleet"_s;
    node.agentCommand = command;
    return node;
}
} // namespace

class TestAgentEndpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void remoteNodesGoOverSsh()
    {
        SessionOptions options;
        options.knownHostsPath = u"/tmp/kh"_s;
        options.acceptNewHostKeys = true;
        const auto endpoint = AgentEndpoint::forNode(nodeOn(u"10.0.0.5"_s, {}), options);
        QVERIFY(endpoint);
        QCOMPARE(endpoint->kind, AgentEndpoint::Kind::Ssh);
        QCOMPARE(endpoint->command, u"fleetdeck-agent rpc"_s);
        QCOMPARE(endpoint->ssh.host, u"10.0.0.5"_s);
        QCOMPARE(endpoint->ssh.port, 2222);
        QCOMPARE(endpoint->ssh.user, u"ops"_s);
        QCOMPARE(endpoint->ssh.identityFiles, QStringList{u"~/.ssh/fleet"_s});
        QCOMPARE(endpoint->ssh.knownHostsPath, u"/tmp/kh"_s);
        QVERIFY(endpoint->ssh.acceptNewHostKey);
    }

    // A test sshd or a container on loopback stays an SSH node unless the command says local.
    void loopbackWithoutLocalIsSsh()
    {
        const auto endpoint = AgentEndpoint::forNode(nodeOn(u"127.0.0.1"_s, u"/opt/agent rpc"_s), {});
        QVERIFY(endpoint);
        QCOMPARE(endpoint->kind, AgentEndpoint::Kind::Ssh);
        QCOMPARE(endpoint->command, u"/opt/agent rpc"_s);
    }

    void localCommandOnThisComputer()
    {
        for (const QString &host : {u"localhost"_s, u"127.0.0.1"_s, u"::1"_s}) {
            const auto endpoint = AgentEndpoint::forNode(nodeOn(host, u"local /opt/fd/agent rpc --state ~/st"_s), {});
            QVERIFY(endpoint);
            QCOMPARE(endpoint->kind, AgentEndpoint::Kind::Local);
            QCOMPARE(endpoint->program, u"/opt/fd/agent"_s);
            QCOMPARE(endpoint->arguments, (QStringList{u"rpc"_s, u"--state"_s, QDir::homePath() + u"/st"_s}));
        }
        const auto bare = AgentEndpoint::forNode(nodeOn(u"localhost"_s, u"local"_s), {});
        QVERIFY(bare);
        QCOMPARE(bare->arguments, QStringList{u"rpc"_s});
        QVERIFY(bare->program.endsWith(u"fleetdeck-agent"_s));
    }

    void localCommandOnAnotherHostIsRefused()
    {
        const auto endpoint = AgentEndpoint::forNode(nodeOn(u"edge-7.example"_s, u"local agent rpc"_s), {});
        QVERIFY(!endpoint);
        QVERIFY(endpoint.error().message.contains(u"edge-7.example"_s));
        QVERIFY(endpoint.error().message.contains(u"n1"_s));
    }

    void wordsThatMerelyStartWithLocalAreRemote()
    {
        const auto endpoint = AgentEndpoint::forNode(nodeOn(u"localhost"_s, u"localagent rpc"_s), {});
        QVERIFY(endpoint);
        QCOMPARE(endpoint->kind, AgentEndpoint::Kind::Ssh);
    }
};

QTEST_GUILESS_MAIN(TestAgentEndpoint)
#include "tst_agentendpoint.moc"
