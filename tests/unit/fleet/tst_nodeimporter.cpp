#include "core/fleet/import/NodeImporter.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/NodeRepository.h"
#include "tests/support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck;
using fleetdeck::fleet::ImportFormat;
using fleetdeck::fleet::NodeImporter;

// A real SQLite inventory per test function, through the real repository and audit log.
class TestNodeImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = inventory::Database::open(m_dir->filePath(u"inventory.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(*db);
        m_audit = std::make_unique<inventory::AuditLog>(*m_db, u"tester (test)"_s);
        m_nodes = std::make_unique<inventory::NodeRepository>(*m_db, *m_audit);
        m_importer = std::make_unique<NodeImporter>(*m_db, *m_nodes, *m_audit);
    }

    void cleanup()
    {
        m_importer.reset();
        m_nodes.reset();
        m_audit.reset();
        m_db.reset();
        m_dir.reset();
    }

    void reportsAddedUpdatedUnchanged()
    {
        const QString first = write(u"first.csv"_s,
            "name,host,port,site\na,a.example.com,22,berlin\nb,b.example.com,22,berlin\n"
            "c,c.example.com,22,paris\n");
        auto report = m_importer->importFile(first, ImportFormat::Csv);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QCOMPARE(report->added, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QVERIFY(report->updated.isEmpty());

        const QString second = write(u"second.csv"_s,
            "name,host,port,site\na,a.example.com,22,berlin\nb,b.example.com,2222,berlin\n"
            "d,d.example.com,22,paris\n");
        report = m_importer->importFile(second, ImportFormat::Csv);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QCOMPARE(report->added, QStringList{u"d"_s});
        QCOMPARE(report->updated, QStringList{u"b"_s});
        QCOMPARE(report->unchanged, QStringList{u"a"_s});
        QCOMPARE(nodeNames(), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(find(u"b"_s).port, 2222);

        auto audit = m_audit->recent(10);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 2);  // one row per import, not per node
        const inventory::AuditEntry &row = audit->first();
        QCOMPARE(row.action, u"node.import"_s);
        QCOMPARE(row.subject, second);
        QCOMPARE(row.details.value(u"added"_s).toInt(), 1);
        QCOMPARE(row.details.value(u"updated"_s).toInt(), 1);
        QCOMPARE(row.details.value(u"unchanged"_s).toInt(), 1);
        QCOMPARE(row.details.value(u"source"_s).toString(), second);
        QVERIFY(m_audit->verify()->firstBrokenId == std::nullopt);
    }

    void badLineInTheMiddleWritesNothing()
    {
        const QString good = write(u"good.csv"_s, "name,host\na,a.example.com\n");
        QVERIFY(m_importer->importFile(good, ImportFormat::Csv).ok());
        const QString bad = write(u"bad.csv"_s,
            "name,host,port\na,a2.example.com,22\nb,b.example.com,70000\nc,c.example.com,22\n");
        auto report = m_importer->importFile(bad, ImportFormat::Csv);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().location, bad + u":3"_s);
        QCOMPARE(nodeNames(), QStringList{u"a"_s});
        QCOMPARE(find(u"a"_s).host, u"a.example.com"_s);
        QCOMPARE(m_audit->recent(0)->size(), 1);
    }

    // The database itself refuses a row half-way (a real SQLite trigger): the rows written before
    // it in the same import must be rolled back with it.
    void failureHalfWayRollsBackEverything()
    {
        const QString first = write(u"first.csv"_s, "name,host,port\na,a.example.com,22\n");
        QVERIFY(m_importer->importFile(first, ImportFormat::Csv).ok());
        QSqlQuery trigger(m_db->connection());
        QVERIFY2(trigger.exec(u"CREATE TEMP TRIGGER refuse_c BEFORE INSERT ON main.nodes "
                              "WHEN NEW.name = 'c' BEGIN SELECT RAISE(ABORT, 'refused'); END"_s),
                 qPrintable(trigger.lastError().text()));

        const QString second = write(u"second.csv"_s,
            "name,host,port\na,a.example.com,2200\nb,b.example.com,22\nc,c.example.com,22\n");
        auto report = m_importer->importFile(second, ImportFormat::Csv);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().location, second + u":4"_s);
        QCOMPARE(nodeNames(), QStringList{u"a"_s});
        QCOMPARE(find(u"a"_s).port, 22);
        QCOMPARE(m_audit->recent(0)->size(), 1);
    }

    void duplicateNameWritesNothing()
    {
        fleet::ParsedInventory parsed;
        for (const auto &[name, line] : {std::pair{u"x"_s, 1}, {u"y"_s, 2}, {u"x"_s, 7}}) {
            fleet::ImportCandidate candidate;
            candidate.node.name = name;
            candidate.node.host = name + u".example.com"_s;
            candidate.file = u"src"_s;
            candidate.line = line;
            parsed.nodes.append(candidate);
        }
        auto report = m_importer->apply(parsed, u"src"_s);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().location, u"src:7"_s);
        QVERIFY(report.error().message.contains(u"src:1"_s));
        QVERIFY(nodeNames().isEmpty());
        QVERIFY(m_audit->recent(0)->isEmpty());
    }

    void sshConfigImportKeepsOperatorFields()
    {
        inventory::Node existing;
        existing.name = u"web-1"_s;
        existing.host = u"old.example.com"_s;
        existing.site = u"berlin"_s;
        existing.tier = inventory::Tier::Cloud;
        existing.labels = {{u"gpu"_s, u"a100"_s}};
        QVERIFY(m_nodes->add(existing).ok());
        const QString config = write(u"ssh_config"_s,
            "Host web-1 web-2\n  HostName %h.example.com\n  Port 2201\nHost *\n  User ops\n");
        auto report = m_importer->importFile(config, fleet::guessImportFormat(config));
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QCOMPARE(report->updated, QStringList{u"web-1"_s});
        QCOMPARE(report->added, QStringList{u"web-2"_s});
        QCOMPARE(report->skipped.size(), 1);
        const inventory::Node web1 = find(u"web-1"_s);
        QCOMPARE(web1.host, u"web-1.example.com"_s);
        QCOMPARE(web1.port, 2201);
        QCOMPARE(web1.user, u"ops"_s);
        QCOMPARE(web1.site, u"berlin"_s);
        QCOMPARE(web1.tier, inventory::Tier::Cloud);
        QCOMPARE(web1.labels.value(u"gpu"_s), u"a100"_s);

        report = m_importer->importFile(config, ImportFormat::SshConfig);
        QVERIFY(report.ok());
        QCOMPARE(report->unchanged, (QStringList{u"web-1"_s, u"web-2"_s}));
    }

    void ansibleImportLabelsGroups()
    {
        const QString hosts = write(u"hosts"_s,
            "[web]\nweb[1:2] ansible_host=10.0.0.1\n[gpu]\ngpu1\n[edge:children]\nweb\n");
        QCOMPARE(fleet::guessImportFormat(hosts), ImportFormat::Ansible);
        auto report = m_importer->importFile(hosts, ImportFormat::Ansible);
        QVERIFY2(report.ok(), qPrintable(report.error().toString()));
        QCOMPARE(report->added.size(), 3);
        QCOMPARE(find(u"web2"_s).labels.value(u"group.edge"_s), u"true"_s);
        QVERIFY(!find(u"gpu1"_s).labels.contains(u"group.edge"_s));
    }

    void guessesFormats()
    {
        QCOMPARE(fleet::guessImportFormat(write(u"n.csv"_s, "x")), ImportFormat::Csv);
        QCOMPARE(fleet::guessImportFormat(write(u"i.yaml"_s, "x")), ImportFormat::Ansible);
        QCOMPARE(fleet::guessImportFormat(write(u"inv"_s, "# c\nall:\n  hosts:\n")),
                 ImportFormat::Ansible);
        QCOMPARE(fleet::guessImportFormat(write(u"nodes"_s, "name,host\na,b\n")),
                 ImportFormat::Csv);
        QCOMPARE(fleet::guessImportFormat(write(u"config"_s, "Host a\n  Port 1\n")),
                 ImportFormat::SshConfig);
        QCOMPARE(fleet::importFormatFromName(u"ansible"), ImportFormat::Ansible);
        QCOMPARE(fleet::importFormatFromName(u"xml"), std::nullopt);
        for (ImportFormat f : {ImportFormat::SshConfig, ImportFormat::Ansible, ImportFormat::Csv})
            QCOMPARE(fleet::importFormatFromName(fleet::importFormatName(f)), f);
    }

private:
    QString write(const QString &name, const QByteArray &content)
    {
        return fleetdeck::test::writeFile(*m_dir, name, content);
    }

    QStringList nodeNames() const
    {
        QStringList names;
        for (const inventory::Node &node : *m_nodes->list())
            names.append(node.name);
        return names;
    }

    inventory::Node find(const QString &name) const
    {
        auto node = m_nodes->find(name);
        return node.ok() && node->has_value() ? **node : inventory::Node{};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<inventory::Database> m_db;
    std::unique_ptr<inventory::AuditLog> m_audit;
    std::unique_ptr<inventory::NodeRepository> m_nodes;
    std::unique_ptr<NodeImporter> m_importer;
};

QTEST_GUILESS_MAIN(TestNodeImporter)
#include "tst_nodeimporter.moc"
