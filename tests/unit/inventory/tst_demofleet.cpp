#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/DemoFleet.h"
#include "core/inventory/NodeRepository.h"
#include "tests/support/TestSupport.h"

#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;

class TestDemoFleet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
    }

    void nodesAreValidVariedAndLocal()
    {
        const QList<Node> nodes = demoFleetNodes();
        QVERIFY(nodes.size() >= 10 && nodes.size() <= 16);
        QSet<QString> names;
        QSet<QString> edgeSites;
        QSet<QString> cloudSites;
        for (const Node &node : nodes) {
            const auto valid = validateNode(node);
            QVERIFY2(valid.ok(), qPrintable(valid.error().toString()));
            QCOMPARE(node.host, u"127.0.0.1"_s);
            QVERIFY(!node.site.isEmpty());
            for (const QString &key : {u"gpu"_s, u"role"_s, u"zone"_s})
                QVERIFY2(!node.labels.value(key).isEmpty(), qPrintable(node.name + key));
            names.insert(node.name);
            (node.tier == Tier::Edge ? edgeSites : cloudSites).insert(node.site);
        }
        QCOMPARE(names.size(), nodes.size());
        QCOMPARE(edgeSites.size(), 2);
        QCOMPARE(cloudSites.size(), 1);
        QVERIFY(!edgeSites.intersects(cloudSites));
    }

    void isDeterministic()
    {
        const QList<Node> a = demoFleetNodes();
        const QList<Node> b = demoFleetNodes();
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QVERIFY(a.at(i).sameSettings(b.at(i)));
    }

    void populatesOnceWithOneAuditRow()
    {
        auto db = Database::open(m_dir.filePath(u"demo.sqlite"_s));
        QVERIFY(db.ok());
        AuditLog audit(**db, u"demo (gui)"_s);
        NodeRepository nodes(**db, audit);
        auto stored = populateDemoFleet(nodes);
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        QCOMPARE(stored->size(), demoFleetNodes().size());
        QVERIFY(stored->at(0).id > 0);
        auto listed = nodes.list();
        QCOMPARE(listed->size(), demoFleetNodes().size());
        QCOMPARE(nodes.sites()->size(), 3);
        auto rows = audit.recent(0);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->at(0).details.value(u"nodes"_s).toArray().size(),
                 demoFleetNodes().size());

        // Again: nothing changes, no second audit row.
        auto again = populateDemoFleet(nodes);
        QVERIFY(again.ok());
        QCOMPARE(nodes.list()->size(), demoFleetNodes().size());
        QCOMPARE(audit.recent(0)->size(), 1);
        QVERIFY(!audit.verify()->firstBrokenId);
    }

    void eachNodeGetsTheAgentCommandNamedForIt()
    {
        auto db = Database::open(m_dir.filePath(u"agents.sqlite"_s));
        QVERIFY(db.ok());
        AuditLog audit(**db, u"demo (gui)"_s);
        NodeRepository nodes(**db, audit);
        auto stored = populateDemoFleet(nodes, [](const QString &name) -> QString {
            return u"local \"/opt/fleet deck/fleetdeck-agent\" rpc --state /tmp/demo/"_s + name;
        });
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        QVERIFY(!stored->isEmpty());
        for (const Node &node : *stored)
            QCOMPARE(node.agentCommand, u"local \"/opt/fleet deck/fleetdeck-agent\" rpc --state /tmp/demo/"_s + node.name);
        // Stored as given, read back by name.
        for (const Node &node : *nodes.list())
            QVERIFY(node.agentCommand.endsWith(u"/tmp/demo/"_s + node.name));
    }
};

QTEST_GUILESS_MAIN(TestDemoFleet)
#include "tst_demofleet.moc"
