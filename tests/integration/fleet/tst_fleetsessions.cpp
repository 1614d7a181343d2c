// FleetSessions against real agents: many sessions over one sshd and local agents, the fan-out
// bound, coalesced batches, a dropped server that comes back, a killed agent, an unknown host
// key confirmed by the operator, and a changed key that stays refused.
#include "core/fleet/session/FleetSessions.h"
#include "core/fleet/session/NodeSession.h"
#include "tests/integration/agent/AgentProcess.h"
#include "tests/integration/fleet/FleetFixture.h"
#include "tests/support/TestSupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck;
using fleet::ConnectionEventKind;
using fleet::NodeState;

namespace {

// Everything FleetSessions published, gathered from its batches.
struct Journal
{
    int batches = 0;
    int updates = 0;
    QHash<qint64, fleet::SessionUpdate> last;
    QList<fleet::SessionEvent> events;

    Journal(fleet::FleetSessions &sessions, QObject *context)
    {
        QObject::connect(&sessions, &fleet::FleetSessions::batchReady, context,
                         [this](const QList<fleet::SessionUpdate> &u, const QList<fleet::SessionEvent> &e) {
            ++batches;
            updates += int(u.size());
            for (const fleet::SessionUpdate &update : u)
                last.insert(update.nodeId, update);
            events += e;
        });
    }
    // Connects node and waits (bounded) until it reaches state.
    bool connectAndWait(fleet::FleetSessions &sessions, const inventory::Node &node, NodeState wanted)
    {
        sessions.connectNodes({node});
        QDeadlineTimer deadline(std::chrono::seconds(20));
        while (state(node.id) != wanted && !deadline.hasExpired())
            QTest::qWait(50);
        return state(node.id) == wanted;
    }
    NodeState state(qint64 nodeId) const { return last.value(nodeId).status.state; }
    int count(qint64 nodeId, ConnectionEventKind kind) const
    {
        return int(std::count_if(events.cbegin(), events.cend(), [&](const fleet::SessionEvent &e) {
            return e.nodeId == nodeId && e.kind == kind;
        }));
    }
};

} // namespace

class TestFleetSessions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_temp;
    std::unique_ptr<test::FleetFixture> m_fleet;
    QString m_knownHosts;

    inventory::Node sshNode(qint64 id, const QString &server)
    {
        test::SshdFixture &sshd = m_fleet->server(server);
        inventory::Node node;
        node.id = id;
        node.name = server + u'-' + QString::number(id);
        node.host = u"127.0.0.1"_s;
        node.port = sshd.port();
        node.user = sshd.user();
        node.identityFile = sshd.clientKeyPath();
        node.agentCommand = m_fleet->agentCommand(server);
        return node;
    }

    inventory::Node localNode(qint64 id, const QString &name)
    {
        inventory::Node node;
        node.id = id;
        node.name = name;
        node.host = u"localhost"_s;
        node.agentCommand = u"local "_s + m_fleet->agentCommand(name);
        return node;
    }

    fleet::SessionOptions options(const QString &knownHosts) const
    {
        fleet::SessionOptions o;
        o.knownHostsPath = knownHosts;
        o.connectTimeout = std::chrono::seconds(5);
        o.reconnectInitialDelay = std::chrono::milliseconds(200);
        o.reconnectMaxDelay = std::chrono::milliseconds(1000);
        o.keepaliveInterval = std::chrono::milliseconds(500);
        return o;
    }

    static fleet::FleetSessions::Tuning tuning(int maxConcurrent)
    {
        fleet::FleetSessions::Tuning t;
        t.maxConcurrent = maxConcurrent;
        t.coalesceInterval = std::chrono::milliseconds(200);
        t.pingInterval = std::chrono::milliseconds(0);
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateFromUser();
        m_fleet = std::make_unique<test::FleetFixture>(m_temp);
        for (const QString &server : {u"one"_s, u"two"_s})
            QVERIFY2(m_fleet->startServer(server), qPrintable(m_fleet->error()));
        m_knownHosts = m_fleet->writeKnownHosts(u"known_hosts"_s);
    }

    void cleanupTestCase() { m_fleet.reset(); }

    void connectsManyWithinTheFanOutBoundInFewBatches()
    {
        fleet::FleetSessions sessions(options(m_knownHosts), tuning(6));
        Journal journal(sessions, this);
        QList<inventory::Node> nodes;
        for (qint64 id = 1; id <= 24; ++id)
            nodes.append(sshNode(id, u"one"_s));
        for (qint64 id = 101; id <= 104; ++id)
            nodes.append(localNode(id, u"local-%1"_s.arg(id)));
        QElapsedTimer clock;
        clock.start();
        sessions.connectNodes(nodes);
        sessions.connectNodes(nodes); // already connecting: nothing new
        QCOMPARE(sessions.sessionCount(), nodes.size());
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(nodes.cbegin(), nodes.cend(), [&](const inventory::Node &n) {
            return journal.state(n.id) == NodeState::Online;
        }), 60000);
        qInfo("%d sessions online in %lld ms at a fan-out of 6: %d batches for %d status updates",
              int(nodes.size()), clock.elapsed(), journal.batches, journal.updates);
        QVERIFY(sessions.peakConcurrentOpens() <= 6);
        QCOMPARE(sessions.peakConcurrentOpens(), 6);
        for (const inventory::Node &node : nodes)
            QCOMPARE(journal.count(node.id, ConnectionEventKind::Connected), 1);
        // Each node went unknown -> connecting -> online: three changes, far fewer batches.
        QVERIFY2(journal.batches < journal.updates / 3, qPrintable(u"%1 batches for %2 updates"_s
                                                                   .arg(journal.batches).arg(journal.updates)));
        QVERIFY(!journal.last.value(101).status.facts.isEmpty());

        // The one daemon behind the 24 SSH sessions dies: all 24 are lost at once, and their
        // reconnects queue for the same 6 slots.
        test::stopDaemon(m_temp.filePath(u"st/one"_s));
        QTRY_VERIFY_WITH_TIMEOUT(journal.count(24, ConnectionEventKind::Lost) == 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(nodes.cbegin(), nodes.cend(), [&](const inventory::Node &n) {
            return journal.state(n.id) == NodeState::Online;
        }), 60000);
        QCOMPARE(journal.count(24, ConnectionEventKind::Reconnected), 1);
        QCOMPARE(sessions.peakConcurrentOpens(), 6);

        sessions.disconnectNodes({1, 2});
        sessions.flush();
        QCOMPARE(sessions.sessionCount(), nodes.size() - 2);
        QCOMPARE(journal.count(1, ConnectionEventKind::Disconnected), 1);
        QCOMPARE(journal.last.value(1).open, false);
        QCOMPARE(journal.state(1), NodeState::Unknown);
        sessions.disconnectAll();
        sessions.flush();
        QCOMPARE(sessions.sessionCount(), 0);
        QCOMPARE(journal.count(104, ConnectionEventKind::Disconnected), 1);
    }

    void brokenAgentCommandsSayWhatRanAndRetryOnlyWhenItCanHelp()
    {
        fleet::FleetSessions sessions(options(m_knownHosts), tuning(4));
        Journal journal(sessions, this);
        inventory::Node misplaced = localNode(20, u"misplaced"_s);
        misplaced.host = u"192.0.2.1"_s; // `local` on another host: the node's settings are wrong
        inventory::Node missing = localNode(21, u"missing"_s);
        missing.agentCommand = u"local /nonexistent/fleetdeck-agent rpc"_s;
        sessions.connectNodes({misplaced, missing});
        QTRY_COMPARE_WITH_TIMEOUT(journal.state(20), NodeState::Degraded, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(journal.state(21), NodeState::Degraded, 10000);
        QVERIFY(journal.last.value(20).status.reason.contains(u"192.0.2.1"_s));
        QVERIFY2(journal.last.value(21).status.reason.contains(u"/nonexistent/fleetdeck-agent"_s),
                 qPrintable(journal.last.value(21).status.reason));
        const int events20 = int(std::count_if(journal.events.cbegin(), journal.events.cend(),
                                                [](const fleet::SessionEvent &e) { return e.nodeId == 20; }));
        // Reconnect delays start at 200 ms: by now the missing binary was tried again, told once.
        QTest::qWait(1500);
        QCOMPARE(journal.count(20, ConnectionEventKind::Degraded), 1);
        QCOMPARE(journal.count(21, ConnectionEventKind::Degraded), 1);
        QCOMPARE(int(std::count_if(journal.events.cbegin(), journal.events.cend(),
                                   [](const fleet::SessionEvent &e) { return e.nodeId == 20; })), events20);
        QCOMPARE(journal.state(20), NodeState::Degraded);
        QVERIFY(journal.last.value(21).open);
    }

    void lostServerIsReportedThenReconnected()
    {
        fleet::FleetSessions sessions(options(m_knownHosts), tuning(4));
        Journal journal(sessions, this);
        const inventory::Node node = sshNode(7, u"two"_s);
        QVERIFY(journal.connectAndWait(sessions, node, NodeState::Online));

        m_fleet->server(u"two"_s).kill();
        QTRY_COMPARE_WITH_TIMEOUT(journal.state(7), NodeState::Unreachable, 15000);
        QCOMPARE(journal.count(7, ConnectionEventKind::Lost), 1);
        QVERIFY(!journal.last.value(7).status.reason.isEmpty());
        QVERIFY(journal.last.value(7).open);
        QVERIFY(m_fleet->server(u"two"_s).start());
        QTRY_COMPARE_WITH_TIMEOUT(journal.state(7), NodeState::Online, 20000);
        QCOMPARE(journal.count(7, ConnectionEventKind::Reconnected), 1);
        // Failed attempts while the server was away were told once, not once per attempt.
        QCOMPARE(journal.count(7, ConnectionEventKind::Lost), 1);
    }

    void killedAgentIsLostThenReconnected()
    {
        fleet::FleetSessions sessions(options(m_knownHosts), tuning(4));
        Journal journal(sessions, this);
        const inventory::Node node = localNode(8, u"victim"_s);
        QVERIFY(journal.connectAndWait(sessions, node, NodeState::Online));
        const QString stateDir = m_temp.filePath(u"st/victim"_s);
        const qint64 pid = test::daemonPid(stateDir);
        QVERIFY(pid > 0);
        test::stopDaemon(stateDir);
        QTRY_COMPARE_WITH_TIMEOUT(journal.count(8, ConnectionEventKind::Lost), 1, 15000);
        const fleet::SessionEvent lost = *std::find_if(journal.events.cbegin(), journal.events.cend(),
            [](const fleet::SessionEvent &e) { return e.kind == ConnectionEventKind::Lost; });
        QVERIFY2(lost.reason.contains(u"victim"_s), qPrintable(lost.reason));
        // rpc starts a new daemon on the next attempt.
        QTRY_COMPARE_WITH_TIMEOUT(journal.count(8, ConnectionEventKind::Reconnected), 1, 20000);
        QCOMPARE(journal.state(8), NodeState::Online);
        QVERIFY(test::daemonPid(stateDir) != pid);
    }

    void unknownKeyIsOfferedThenAcceptedExactly()
    {
        const QString emptyKnownHosts = m_temp.filePath(u"known_hosts_empty"_s);
        fleet::FleetSessions sessions(options(emptyKnownHosts), tuning(4));
        Journal journal(sessions, this);
        const inventory::Node node = sshNode(9, u"one"_s);
        QVERIFY(journal.connectAndWait(sessions, node, NodeState::HostKeyRefused));
        const fleet::NodeStatus refused = journal.last.value(9).status;
        QVERIFY(refused.hostKey);
        QCOMPARE(refused.hostKey->status, u"unknown"_s);
        QVERIFY(refused.hostKey->offeredKey);
        QCOMPARE(refused.hostKey->offeredKey->fingerprint(), refused.hostKey->offeredFingerprint);
        QCOMPARE(journal.count(9, ConnectionEventKind::HostKeyRefused), 1);
        // Never retried by itself.
        QTest::qWait(1500);
        QCOMPARE(journal.state(9), NodeState::HostKeyRefused);

        sessions.acceptHostKey(node, *refused.hostKey->offeredKey);
        QTRY_COMPARE_WITH_TIMEOUT(journal.state(9), NodeState::Online, 20000);
        QFile pinned(emptyKnownHosts);
        QVERIFY(pinned.open(QIODevice::ReadOnly));
        QVERIFY(pinned.readAll().contains(refused.hostKey->offeredKey->base64()));
    }

    void changedKeyIsRefusedAndNotRetried()
    {
        // known_hosts that pins server two's keys for server one's address: a changed key.
        const QString lying = m_temp.filePath(u"known_hosts_changed"_s);
        QFile source(m_fleet->server(u"two"_s).knownHostsPath());
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray text;
        const QByteArray onePort = QByteArray("]:") + QByteArray::number(m_fleet->server(u"one"_s).port()) + ' ';
        const QByteArray twoPort = QByteArray("]:") + QByteArray::number(m_fleet->server(u"two"_s).port()) + ' ';
        for (const QByteArray &line : source.readAll().split('\n')) {
            if (line.contains(twoPort))
                text += QByteArray(line).replace(twoPort, onePort) + '\n';
        }
        QVERIFY(!text.isEmpty());
        QFile out(lying);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();

        fleet::FleetSessions sessions(options(lying), tuning(4));
        Journal journal(sessions, this);
        const inventory::Node node = sshNode(10, u"one"_s);
        QVERIFY(journal.connectAndWait(sessions, node, NodeState::HostKeyRefused));
        QCOMPARE(journal.last.value(10).status.hostKey->status, u"changed"_s);
        const int updatesBefore = journal.updates;
        QTest::qWait(1500);
        QCOMPARE(journal.updates, updatesBefore); // no attempt since
        QCOMPARE(journal.state(10), NodeState::HostKeyRefused);
    }
};

QTEST_GUILESS_MAIN(TestFleetSessions)
#include "tst_fleetsessions.moc"
