// ui::FleetConnections with real local agents: statuses reach the GUI thread in coalesced
// batches, connection events are signalled and stored by the inventory's writer thread, and
// destroying the facade with sessions open closes them within a bounded time.
#include "core/fleet/DemoAgents.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/ConnectionEventRepository.h"
#include "core/inventory/Database.h"
#include "core/inventory/InventoryThread.h"
#include "core/inventory/NodeRepository.h"
#include "core/inventory/NodeStateRepository.h"
#include "tests/support/TestSupport.h"
#include "ui/FleetConnections.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck;
using fleet::NodeState;

class TestFleetConnections : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<fleet::DemoAgents> m_agents;
    QList<inventory::Node> m_nodes;
    QString m_dbPath;

    static fleet::FleetSessions::Tuning fastTuning()
    {
        fleet::FleetSessions::Tuning tuning;
        tuning.maxConcurrent = 3;
        tuning.coalesceInterval = std::chrono::milliseconds(150);
        tuning.pingInterval = std::chrono::milliseconds(500);
        return tuning;
    }

    // Threads of this process (Linux); -1 elsewhere.
    static int threadCount()
    {
        const QDir tasks(u"/proc/self/task"_s);
        return tasks.exists() ? int(tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()) : -1;
    }

    template <typename T>
    T onWriter(inventory::InventoryThread &thread, std::function<T(inventory::Database &)> work)
    {
        std::optional<T> result;
        thread.submit<T>(this, std::move(work), [&result](T value) { result = std::move(value); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            qFatal("the inventory thread did not answer");
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateFromUser();
        m_agents = std::make_unique<fleet::DemoAgents>(m_dir.filePath(u"st"_s),
                                                       test::binaryPath(u"fleetdeck-agent"_s));
        m_dbPath = m_dir.filePath(u"inventory.sqlite"_s);
        auto db = inventory::Database::open(m_dbPath);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        inventory::AuditLog audit(**db, u"t@h (test)"_s);
        inventory::NodeRepository repository(**db, audit);
        for (int i = 0; i < 8; ++i) {
            inventory::Node node;
            node.name = u"live-%1"_s.arg(i);
            node.host = u"localhost"_s;
            node.agentCommand = m_agents->agentCommand(node.name);
            auto added = repository.add(node);
            QVERIFY2(added.ok(), qPrintable(added.error().toString()));
            m_nodes.append(*added);
        }
    }

    void cleanupTestCase()
    {
        if (m_agents)
            m_agents->stopAll();
    }

    void statusesArriveCoalescedAndEventsAreStored()
    {
        inventory::InventoryThread thread;
        bool opened = false;
        thread.open(m_dbPath, this, [&opened](Result<void> r) { opened = r.ok(); });
        QTRY_VERIFY(opened);

        ui::FleetConnections connections;
        connections.setTuning(fastTuning());
        connections.setInventory(&thread);
        QSignalSpy changed(&connections, &ui::FleetConnections::statusesChanged);
        QList<ui::ConnectionEvent> events;
        connect(&connections, &ui::FleetConnections::connectionEvent, this,
                [&events](const ui::ConnectionEvent &event) { events.append(event); });

        connections.connectNodes(m_nodes);
        for (const inventory::Node &node : std::as_const(m_nodes))
            QVERIFY(connections.isConnected(node.id));
        QTRY_COMPARE_WITH_TIMEOUT(connections.count(NodeState::Online), 8, 30000);
        const auto status = connections.status(m_nodes.first().id);
        QVERIFY(status);
        QCOMPARE(status->transport, u"local"_s);
        QVERIFY(!status->facts.isEmpty());
        // 8 nodes went connecting then online (16 changes at least) in a few batches.
        QVERIFY2(changed.size() <= 8, qPrintable(QString::number(changed.size())));
        QCOMPARE(events.size(), 8);
        for (const ui::ConnectionEvent &event : std::as_const(events)) {
            QCOMPARE(event.kind, fleet::ConnectionEventKind::Connected);
            QCOMPARE(event.state, NodeState::Online);
            QVERIFY(event.nodeName.startsWith(u"live-"_s));
        }

        // Pings keep the sessions online; nothing else changes.
        QTest::qWait(1200);
        QCOMPARE(connections.count(NodeState::Online), 8);

        const qint64 first = m_nodes.first().id;
        connections.disconnectNodes({first});
        QTRY_VERIFY(!connections.isConnected(first));
        QCOMPARE(connections.status(first)->state, NodeState::Unknown);
        QCOMPARE(events.last().kind, fleet::ConnectionEventKind::Disconnected);

        // Stored by the writer thread: states of every node, the events newest first.
        QTRY_COMPARE_WITH_TIMEOUT(onWriter<qint64>(thread, [](inventory::Database &db) {
            return *inventory::ConnectionEventRepository(db).count();
        }), qint64(9), 5000);
        const auto stored = onWriter<QList<inventory::ConnectionEventRecord>>(thread, [](inventory::Database &db) {
            return *inventory::ConnectionEventRepository(db).list(20);
        });
        QCOMPARE(stored.first().kind, u"disconnected"_s);
        QCOMPARE(stored.first().nodeId, first);
        QCOMPARE(stored.last().kind, u"connected"_s);
        const auto states = onWriter<QList<inventory::NodeStateRecord>>(thread, [](inventory::Database &db) {
            return *inventory::NodeStateRepository(db).list();
        });
        QCOMPARE(states.size(), 8);
        QCOMPARE(std::count_if(states.cbegin(), states.cend(),
                               [](const inventory::NodeStateRecord &r) { return r.state == u"online"; }), 7);
        QVERIFY(!states.last().facts.isEmpty());
    }

    void destroyingWithOpenSessionsIsBounded()
    {
        const int threadsBefore = threadCount();
        auto connections = std::make_unique<ui::FleetConnections>();
        connections->setTuning(fastTuning());
        connections->connectNodes(m_nodes);
        QTRY_COMPARE_WITH_TIMEOUT(connections->count(NodeState::Online), 8, 30000);
        QElapsedTimer closing;
        closing.start();
        connections.reset();
        QVERIFY2(closing.elapsed() < 3500, qPrintable(QString::number(closing.elapsed())));
        // The sessions' thread is gone with the facade.
        if (threadsBefore > 0)
            QTRY_COMPARE(threadCount(), threadsBefore);
    }
};

QTEST_MAIN(TestFleetConnections)
#include "tst_fleetconnections.moc"
