// NodeSession and FleetCheck in-process: a persistent session (hello, facts, pings), a local
// node through LocalProcessTransport, reconnects with backoff after the server comes back, and
// the fan-out bound. Real sshd, real fleetdeck-agent.
#include "core/fleet/session/FleetCheck.h"
#include "core/fleet/session/NodeSession.h"
#include "core/protocol/AgentClient.h"
#include "tests/integration/fleet/FleetFixture.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck;
using fleet::NodeState;

class TestNodeSession : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_temp;
    std::unique_ptr<test::FleetFixture> m_fleet;
    QString m_knownHosts;

    inventory::Node sshNode(const QString &name)
    {
        test::SshdFixture &sshd = m_fleet->server(name);
        inventory::Node node;
        node.id = 1;
        node.name = name;
        node.host = u"127.0.0.1"_s;
        node.port = sshd.port();
        node.user = sshd.user();
        node.identityFile = sshd.clientKeyPath();
        node.agentCommand = m_fleet->agentCommand(name);
        return node;
    }

    fleet::SessionOptions options() const
    {
        fleet::SessionOptions o;
        o.knownHostsPath = m_knownHosts;
        o.connectTimeout = std::chrono::seconds(5);
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateFromUser();
        QVERIFY(m_temp.isValid());
        m_fleet = std::make_unique<test::FleetFixture>(m_temp);
        QVERIFY2(m_fleet->startServer(u"one"_s), qPrintable(m_fleet->error()));
        QVERIFY2(m_fleet->startServer(u"two"_s), qPrintable(m_fleet->error()));
        m_knownHosts = m_fleet->writeKnownHosts(u"known_hosts"_s);
    }

    void cleanupTestCase() { m_fleet.reset(); }

    void persistentSessionAnswersPings()
    {
        fleet::NodeSession session(sshNode(u"one"_s), options());
        QSignalSpy settled(&session, &fleet::NodeSession::settled);
        session.open();
        QVERIFY(settled.wait(20000));
        QCOMPARE(session.state(), NodeState::Online);
        QCOMPARE(session.status().protocolVersion, 1);
        QVERIFY(!session.status().facts.value(u"hostname"_s).toString().isEmpty());
        QVERIFY(session.client());
        for (int i = 0; i < 20; ++i) {
            bool answered = false;
            session.ping(this, [&](const Result<std::chrono::nanoseconds> &rtt) {
                QVERIFY(rtt.ok());
                QVERIFY(rtt->count() > 0);
                answered = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        }
        QCOMPARE(session.state(), NodeState::Online);
    }

    void localNode()
    {
        inventory::Node node;
        node.name = u"here"_s;
        node.host = u"localhost"_s;
        node.agentCommand = u"local "_s + m_fleet->agentCommand(u"here"_s);
        fleet::NodeSession session(node, options());
        QSignalSpy settled(&session, &fleet::NodeSession::settled);
        session.open();
        QVERIFY(settled.wait(20000));
        QVERIFY2(session.state() == NodeState::Online, qPrintable(session.status().reason));
        QCOMPARE(session.status().transport, u"local"_s);
    }

    void localWordOnARemoteHostIsRefused()
    {
        inventory::Node node;
        node.name = u"far"_s;
        node.host = u"192.0.2.1"_s;
        node.agentCommand = u"local fleetdeck-agent rpc"_s;
        fleet::NodeSession session(node, options());
        QSignalSpy settled(&session, &fleet::NodeSession::settled);
        session.open();
        QCOMPARE(settled.count(), 1);
        QCOMPARE(session.state(), NodeState::Degraded);
        QVERIFY(session.status().reason.contains(u"192.0.2.1"_s));
    }

    void reconnectsWhenTheServerReturns()
    {
        fleet::SessionOptions o = options();
        o.autoReconnect = true;
        o.reconnectInitialDelay = std::chrono::milliseconds(200);
        o.reconnectMaxDelay = std::chrono::milliseconds(1000);
        o.keepaliveInterval = std::chrono::milliseconds(500);
        fleet::NodeSession session(sshNode(u"two"_s), o);
        QSignalSpy settled(&session, &fleet::NodeSession::settled);
        session.open();
        QVERIFY(settled.wait(20000));
        QCOMPARE(session.state(), NodeState::Online);

        m_fleet->server(u"two"_s).kill();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), NodeState::Unreachable, 15000);
        QVERIFY(!session.status().reason.isEmpty());
        QVERIFY(m_fleet->server(u"two"_s).start());
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), NodeState::Online, 20000);
        session.close();
    }

    void fanOutIsBounded()
    {
        QList<inventory::Node> nodes;
        for (int i = 0; i < 6; ++i) {
            inventory::Node node = sshNode(u"one"_s);
            node.name = u"n"_s + QString::number(i);
            node.id = i + 1;
            nodes.append(node);
        }
        fleet::FleetCheck check(nodes, options(), 2);
        QSignalSpy finished(&check, &fleet::FleetCheck::finished);
        check.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(check.results().size(), 6);
        for (const auto &outcome : check.results())
            QVERIFY2(outcome.status.state == NodeState::Online, qPrintable(outcome.status.reason));
        QCOMPARE(check.peakConcurrency(), 2);
    }
};

QTEST_GUILESS_MAIN(TestNodeSession)
#include "tst_nodesession.moc"
