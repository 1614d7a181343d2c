#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/NodeRepository.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;
using fleetdeck::Error;
using fleetdeck::Result;

namespace {

Node makeNode(const QString &name, const QString &site = {})
{
    Node node;
    node.name = name;
    node.host = name + u".example.com"_s;
    node.site = site;
    node.labels = {{u"gpu"_s, u"a100"_s}, {u"role"_s, u"inference"_s}};
    return node;
}

int count(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    query.exec(u"SELECT count(*) FROM "_s + table);
    query.next();
    return query.value(0).toInt();
}

} // namespace

class TestNodeRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<NodeRepository> m_nodes;
    int m_file = 0;

    QList<AuditEntry> auditRows() { return m_audit->recent(0).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        auto db = Database::open(m_dir.filePath(u"nodes-%1.sqlite"_s.arg(++m_file)));
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_audit = std::make_unique<AuditLog>(*m_db, u"alice@laptop (test)"_s);
        m_nodes = std::make_unique<NodeRepository>(*m_db, *m_audit);
    }

    void cleanup()
    {
        m_nodes.reset();
        m_audit.reset();
        m_db.reset();
    }

    void addStoresEveryFieldAndAudits()
    {
        Node node = makeNode(u"gpu-01"_s, u"lyon"_s);
        node.port = 2222;
        node.user = u"ops"_s;
        node.identityFile = u"/home/ops/.ssh/id_ed25519"_s;
        node.tier = Tier::Cloud;
        node.agentCommand = u"/opt/fleetdeck/agent rpc"_s;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto added = m_nodes->add(node);
        QVERIFY2(added.ok(), qPrintable(added.error().toString()));
        QVERIFY(added->id > 0);
        QVERIFY(added->sameSettings(node));
        QVERIFY(added->createdAt >= before);
        QCOMPARE(added->updatedAt, added->createdAt);

        auto found = m_nodes->find(u"gpu-01"_s);
        QVERIFY(found.ok() && found->has_value());
        const Node &stored = found->value();
        QVERIFY(stored.sameSettings(node));
        QCOMPARE(stored.id, added->id);
        QCOMPARE(stored.createdAt, added->createdAt);

        const auto rows = auditRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).action, u"node.add"_s);
        QCOMPARE(rows.at(0).subject, u"gpu-01"_s);
        QCOMPARE(rows.at(0).actor, u"alice@laptop (test)"_s);
        QCOMPARE(rows.at(0).details.value(u"port"_s).toInt(), 2222);
        QCOMPARE(rows.at(0).details.value(u"tier"_s).toString(), u"cloud"_s);
        QCOMPARE(rows.at(0).details.value(u"labels"_s).toObject().value(u"gpu"_s).toString(),
                 u"a100"_s);
        QVERIFY(m_nodes->find(u"nope"_s)->has_value() == false);
    }

    void duplicateNameIsRefusedByName()
    {
        QVERIFY(m_nodes->add(makeNode(u"gpu-01"_s)).ok());
        Node again = makeNode(u"gpu-01"_s);
        again.host = u"10.0.0.9"_s;
        auto refused = m_nodes->add(again);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"gpu-01"_s), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"already exists"_s));
        QCOMPARE(count(*m_db, u"nodes"_s), 1);
        QCOMPARE(auditRows().size(), 1);
        QCOMPARE(m_nodes->find(u"gpu-01"_s)->value().host, u"gpu-01.example.com"_s);
    }

    void invalidNodeWritesNothing()
    {
        Node bad = makeNode(u"gpu-01"_s, u"new-site"_s);
        bad.port = 70000;
        auto refused = m_nodes->add(bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"70000"_s));
        QCOMPARE(count(*m_db, u"nodes"_s), 0);
        QCOMPARE(count(*m_db, u"sites"_s), 0);
        QCOMPARE(auditRows().size(), 0);
    }

    void listIsOrderedWithSitesAndLabels()
    {
        QVERIFY(m_nodes->add(makeNode(u"c-node"_s, u"osaka"_s)).ok());
        Node bare = makeNode(u"a-node"_s);
        bare.labels.clear();
        QVERIFY(m_nodes->add(bare).ok());
        Node b = makeNode(u"b-node"_s, u"lyon"_s);
        b.labels.insert(u"zone"_s, u"line-2"_s);
        QVERIFY(m_nodes->add(b).ok());

        auto nodes = m_nodes->list();
        QVERIFY(nodes.ok());
        QCOMPARE(nodes->size(), 3);
        QCOMPARE(nodes->at(0).name, u"a-node"_s);
        QCOMPARE(nodes->at(1).name, u"b-node"_s);
        QCOMPARE(nodes->at(2).name, u"c-node"_s);
        QVERIFY(nodes->at(0).labels.isEmpty());
        QVERIFY(nodes->at(0).site.isEmpty());
        QVERIFY(nodes->at(1).sameSettings(b));
        QCOMPARE(nodes->at(2).site, u"osaka"_s);
        QCOMPARE(nodes->at(2).labels.size(), 2);
        QCOMPARE(*m_nodes->sites(), (QStringList{u"lyon"_s, u"osaka"_s}));
    }

    void sitesAreSharedNotDuplicated()
    {
        QVERIFY(m_nodes->add(makeNode(u"n1"_s, u"lyon"_s)).ok());
        QVERIFY(m_nodes->add(makeNode(u"n2"_s, u"lyon"_s)).ok());
        QCOMPARE(count(*m_db, u"sites"_s), 1);
    }

    void updateRecordsChangedFieldsOnly()
    {
        auto added = m_nodes->add(makeNode(u"gpu-01"_s, u"lyon"_s));
        QVERIFY(added.ok());
        Node changed = *added;
        changed.port = 2222;
        changed.labels[u"gpu"_s] = u"l4"_s;
        changed.site = u"osaka"_s;
        auto updated = m_nodes->update(changed);
        QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
        QCOMPARE(updated->id, added->id);
        QCOMPARE(updated->createdAt, added->createdAt);
        QVERIFY(updated->updatedAt >= added->updatedAt);
        QVERIFY(m_nodes->find(u"gpu-01"_s)->value().sameSettings(changed));

        const auto rows = auditRows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).action, u"node.update"_s);
        const QJsonObject diff = rows.at(0).details.value(u"changed"_s).toObject();
        QCOMPARE(diff.keys(), (QStringList{u"labels"_s, u"port"_s, u"site"_s}));
        QCOMPARE(diff.value(u"port"_s).toObject().value(u"old"_s).toInt(), 22);
        QCOMPARE(diff.value(u"port"_s).toObject().value(u"new"_s).toInt(), 2222);
        QCOMPARE(diff.value(u"site"_s).toObject().value(u"new"_s).toString(), u"osaka"_s);

        // Nothing changed: nothing written, no audit row.
        QVERIFY(m_nodes->update(*updated).ok());
        QCOMPARE(auditRows().size(), 2);
    }

    void renameAndItsConflicts()
    {
        auto first = m_nodes->add(makeNode(u"gpu-01"_s));
        QVERIFY(m_nodes->add(makeNode(u"gpu-02"_s)).ok());
        Node renamed = *first;
        renamed.name = u"gpu-02"_s;
        auto clash = m_nodes->update(renamed);
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().message.contains(u"gpu-02"_s));
        renamed.name = u"gpu-10"_s;
        QVERIFY(m_nodes->update(renamed).ok());
        QVERIFY(!m_nodes->find(u"gpu-01"_s)->has_value());
        QCOMPARE(m_nodes->find(u"gpu-10"_s)->value().labels.size(), 2);
        QCOMPARE(auditRows().at(0).subject, u"gpu-01"_s);  // what it acted on, by its old name

        Node unsaved = makeNode(u"x"_s);
        QVERIFY(!m_nodes->update(unsaved).ok());
        Node gone = *first;
        QVERIFY(m_nodes->remove(u"gpu-10"_s).ok());
        auto stale = m_nodes->update(gone);
        QVERIFY(!stale.ok());
        QVERIFY(stale.error().message.contains(u"no longer exists"_s));
    }

    void removeCascadesAndAudits()
    {
        QVERIFY(m_nodes->add(makeNode(u"gpu-01"_s, u"lyon"_s)).ok());
        QVERIFY(m_nodes->add(makeNode(u"gpu-02"_s, u"lyon"_s)).ok());
        QCOMPARE(count(*m_db, u"node_labels"_s), 4);
        QVERIFY(m_nodes->remove(u"gpu-01"_s).ok());
        QCOMPARE(count(*m_db, u"node_labels"_s), 2);
        QCOMPARE(m_nodes->list()->size(), 1);
        QCOMPARE(auditRows().at(0).action, u"node.remove"_s);
        QCOMPARE(auditRows().at(0).details.value(u"host"_s).toString(),
                 u"gpu-01.example.com"_s);

        auto missing = m_nodes->remove(u"gpu-01"_s);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"gpu-01"_s));
        QCOMPARE(auditRows().size(), 3);
    }

    void upsertReportsOutcomesWithoutAuditing()
    {
        using Outcome = NodeRepository::UpsertOutcome;
        Outcome outcome{};
        QVERIFY(m_db->transaction([&]() -> Result<void> {
            auto added = m_nodes->upsertInTransaction(makeNode(u"gpu-01"_s), &outcome);
            if (!added)
                return added.error();
            return {};
        }).ok());
        QCOMPARE(outcome, Outcome::Added);
        QVERIFY(m_nodes->upsertInTransaction(makeNode(u"gpu-01"_s), &outcome).ok());
        QCOMPARE(outcome, Outcome::Unchanged);
        Node changed = makeNode(u"gpu-01"_s);
        changed.labels.remove(u"role"_s);
        auto updated = m_nodes->upsertInTransaction(changed, &outcome);
        QVERIFY(updated.ok());
        QCOMPARE(outcome, Outcome::Updated);
        QCOMPARE(m_nodes->find(u"gpu-01"_s)->value().labels.size(), 1);
        QCOMPARE(auditRows().size(), 0);
    }

    // An importer's batch is all or nothing: a bad node rolls back the good ones before it.
    void failedBatchLeavesNothing()
    {
        QVERIFY(m_nodes->add(makeNode(u"kept"_s)).ok());
        Node bad = makeNode(u"bad"_s);
        bad.host = u"not a host"_s;
        auto batch = m_db->transaction([&]() -> Result<void> {
            for (const Node &node : {makeNode(u"n1"_s, u"new-site"_s), makeNode(u"n2"_s), bad}) {
                if (auto written = m_nodes->upsertInTransaction(node); !written)
                    return written.error();
            }
            return {};
        });
        QVERIFY(!batch.ok());
        QVERIFY(batch.error().message.contains(u"not a host"_s));
        QCOMPARE(m_nodes->list()->size(), 1);
        QCOMPARE(count(*m_db, u"sites"_s), 0);
    }

    void manyNodesListCorrectly()
    {
        QVERIFY(m_db->transaction([&]() -> Result<void> {
            for (int i = 0; i < 500; ++i) {
                Node node = makeNode(u"n%1"_s.arg(i, 4, 10, QChar(u'0')), u"site-%1"_s.arg(i % 7));
                node.labels.insert(u"index"_s, QString::number(i));
                if (auto written = m_nodes->upsertInTransaction(node); !written)
                    return written.error();
            }
            return {};
        }).ok());
        auto nodes = m_nodes->list();
        QVERIFY(nodes.ok());
        QCOMPARE(nodes->size(), 500);
        for (int i = 0; i < 500; ++i) {
            QCOMPARE(nodes->at(i).labels.value(u"index"_s), QString::number(i));
            QCOMPARE(nodes->at(i).site, u"site-%1"_s.arg(i % 7));
        }
        QCOMPARE(m_nodes->sites()->size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestNodeRepository)
#include "tst_noderepository.moc"
