#include "core/inventory/AuditLog.h"
#include "core/inventory/ConnectionEventRepository.h"
#include "core/inventory/Database.h"
#include "core/inventory/NodeRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;

class TestConnectionEventRepository : public QObject
{
    Q_OBJECT

    qint64 m_alpha = 0;
    qint64 m_beta = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    static ConnectionEventRecord event(qint64 nodeId, const QString &kind, const QString &reason,
                                       QDateTime at = QDateTime::currentDateTimeUtc())
    {
        ConnectionEventRecord e;
        e.nodeId = nodeId;
        e.at = at;
        e.kind = kind;
        e.state = kind == u"lost" ? u"unreachable"_s : u"online"_s;
        e.reason = reason;
        return e;
    }

    qint64 addNode(const QString &name)
    {
        AuditLog audit(*m_db, u"t@h (test)"_s);
        NodeRepository nodes(*m_db, audit);
        Node node;
        node.name = name;
        node.host = u"10.0.0.1"_s;
        auto added = nodes.add(node);
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
        return added->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        auto db = Database::open(m_dir.filePath(u"inventory.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_alpha = addNode(u"alpha"_s);
        m_beta = addNode(u"beta"_s);
    }

    void init()
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(u"DELETE FROM connection_events"_s));
    }

    void listsNewestFirstWithPagingAndNodeFilter()
    {
        ConnectionEventRepository events(*m_db);
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-60);
        auto stored = events.append({
            event(m_alpha, u"connected"_s, {}, t0),
            event(m_beta, u"connected"_s, {}, t0.addSecs(1)),
            event(m_alpha, u"lost"_s, u"Connection reset by peer"_s, t0.addSecs(2)),
            event(m_alpha, u"reconnected"_s, {}, t0.addSecs(3)),
        });
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        QCOMPARE(*stored, 4);
        QCOMPARE(*events.count(), 4);
        QCOMPARE(*events.count(m_alpha), 3);

        auto all = events.list(10);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->first().kind, u"reconnected"_s);
        QCOMPARE(all->first().nodeName, u"alpha"_s);
        QCOMPARE(all->last().kind, u"connected"_s);
        QCOMPARE(all->at(1).reason, u"Connection reset by peer"_s);
        QCOMPARE(all->at(1).state, u"unreachable"_s);
        // Stored to the millisecond, in UTC.
        QCOMPARE(all->at(1).at, t0.addSecs(2));

        auto page = events.list(2, 1);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).id, all->at(1).id);
        QCOMPARE(page->at(1).id, all->at(2).id);

        auto beta = events.list(10, 0, m_beta);
        QVERIFY(beta.ok());
        QCOMPARE(beta->size(), 1);
        QCOMPARE(beta->first().nodeName, u"beta"_s);
    }

    void eventsOfRemovedNodesAreSkipped()
    {
        ConnectionEventRepository events(*m_db);
        auto stored = events.append({event(m_alpha, u"connected"_s, {}), event(987654, u"lost"_s, u"x"_s)});
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        QCOMPARE(*stored, 1);
        QCOMPARE(*events.count(), 1);
    }

    void retentionBoundsRowsAndAgeInTheSameWrite()
    {
        ConnectionEventRepository events(*m_db, ConnectionEventRepository::Retention{5, 30});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<ConnectionEventRecord> batch;
        batch.append(event(m_alpha, u"lost"_s, u"ancient"_s, now.addDays(-31)));
        for (int i = 0; i < 8; ++i)
            batch.append(event(m_beta, u"lost"_s, u"try %1"_s.arg(i), now.addMSecs(i)));
        QVERIFY(events.append(batch).ok());
        QCOMPARE(*events.count(), 5);
        auto kept = events.list(10);
        QVERIFY(kept.ok());
        QCOMPARE(kept->first().reason, u"try 7"_s);
        QCOMPARE(kept->last().reason, u"try 3"_s);
        QCOMPARE(*events.count(m_alpha), 0);
    }

    void removingANodeRemovesItsEvents()
    {
        const qint64 gamma = addNode(u"gamma"_s);
        ConnectionEventRepository events(*m_db);
        QVERIFY(events.append({event(gamma, u"connected"_s, {})}).ok());
        QCOMPARE(*events.count(gamma), 1);
        AuditLog audit(*m_db, u"t@h (test)"_s);
        NodeRepository nodes(*m_db, audit);
        QVERIFY(nodes.remove(u"gamma"_s).ok());
        QCOMPARE(*events.count(gamma), 0);
    }

    void badPagingIsClampedNotAnError()
    {
        ConnectionEventRepository events(*m_db);
        QVERIFY(events.append({event(m_alpha, u"connected"_s, {})}).ok());
        auto none = events.list(-3, -7);
        QVERIFY(none.ok());
        QCOMPARE(none->size(), 0);
        auto one = events.list(5, -7);
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConnectionEventRepository)
#include "tst_connectioneventrepository.moc"
