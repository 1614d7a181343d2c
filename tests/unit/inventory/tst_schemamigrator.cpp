#include "core/inventory/Database.h"
#include "core/inventory/InventorySchema.h"
#include "core/inventory/SchemaMigrator.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/inventory/RawSqlite.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QtTest>

#include <array>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;
using fleetdeck::test::RawSqlite;

namespace {

QStringList tables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    while (query.next())
        names << query.value(0).toString();
    return names;
}

const QString Sha = QString(64, u'a');

void writeModelRows(const RawSqlite &raw)
{
    QCOMPARE(raw.exec(u"INSERT INTO models (id, name, created_at) VALUES "
                      "(5, 'resnet', '2025-01-03T00:00:00.000Z')"_s), QString());
    QCOMPARE(raw.exec(u"INSERT INTO model_versions (id, model_id, version, sha256, size_bytes, "
                      "format, source_path, artifact_path, created_at) VALUES (9, 5, '1.0', '"_s
                      + Sha + u"', 1234, 'onnx', '/tmp/r.onnx', 'artifacts/sha256/"_s + Sha
                      + u"', '2025-01-03T00:00:00.000Z')"_s), QString());
    QCOMPARE(raw.exec(u"INSERT INTO validations (model_version_id, file_sha256, engine, device, "
                      "verdict, results, created_at) VALUES (9, '"_s + Sha
                      + u"', 'cpu', 'cpu', 'pass', '{}', '2025-01-03T00:00:00.000Z')"_s),
             QString());
}

void checkModelRows(const RawSqlite &raw)
{
    QCOMPARE(raw.scalar(u"SELECT m.name || ':' || v.version || '/' || x.verdict FROM models m "
                        "JOIN model_versions v ON v.model_id = m.id "
                        "JOIN validations x ON x.model_version_id = v.id"_s).toString(),
             u"resnet:1.0/pass"_s);
}

// Rows that a Fleetdeck of schema `version` could have written, through its tables only.
void writeDataAtVersion(const RawSqlite &raw, int version)
{
    if (version >= 1) {
        QCOMPARE(raw.exec(u"INSERT INTO sites (id, name) VALUES (7, 'lyon')"_s), QString());
        QCOMPARE(raw.exec(u"INSERT INTO nodes (id, name, host, port, user_name, identity_file, "
                          "site_id, tier, agent_command, created_at, updated_at) VALUES (3, "
                          "'gpu-01', '10.0.0.5', 2222, 'ops', '', 7, 'edge', '', "
                          "'2025-01-02T03:04:05.678Z', '2025-01-02T03:04:05.678Z')"_s),
                 QString());
        QCOMPARE(raw.exec(u"INSERT INTO node_labels (node_id, key, value) "
                          "VALUES (3, 'gpu', 'a100')"_s), QString());
        QCOMPARE(raw.exec(u"INSERT INTO audit_log (id, at, actor, action, subject, details, "
                          "prev_hash, hash) VALUES (1, '2025-01-02T03:04:05.678Z', 'a@b (cli)', "
                          "'node.add', 'gpu-01', '{}', '', 'x')"_s), QString());
    }
    if (version >= 2) {
        QCOMPARE(raw.exec(u"INSERT INTO node_state (node_id, state, reason, updated_at) "
                          "VALUES (3, 'online', '', '2025-01-02T03:04:05.678Z')"_s), QString());
    }
    if (version >= 3)
        writeModelRows(raw);
    if (version >= 4) {
        QCOMPARE(raw.exec(u"INSERT INTO connection_events (node_id, at, kind, state, reason) "
                          "VALUES (3, '2025-01-02T03:04:05.678Z', 'lost', 'unreachable', 'x')"_s),
                 QString());
    }
}

void checkDataFromVersion(const RawSqlite &raw, int version)
{
    if (version >= 1) {
        QCOMPARE(raw.scalar(u"SELECT n.name || '/' || n.port || '/' || s.name || '/' || l.value "
                            "FROM nodes n JOIN sites s ON s.id = n.site_id "
                            "JOIN node_labels l ON l.node_id = n.id"_s).toString(),
                 u"gpu-01/2222/lyon/a100"_s);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM audit_log"_s).toInt(), 1);
    }
    if (version >= 2)
        QCOMPARE(raw.scalar(u"SELECT state FROM node_state WHERE node_id = 3"_s).toString(),
                 u"online"_s);
    if (version >= 3)
        checkModelRows(raw);
    if (version >= 4)
        QCOMPARE(raw.scalar(u"SELECT kind || '/' || state FROM connection_events"_s).toString(),
                 u"lost/unreachable"_s);
}

// The v3 tables accept what the repositories write and refuse what they never should.
void checkModelTablesWork(const RawSqlite &raw)
{
    writeModelRows(raw);
    checkModelRows(raw);
    // The signature stays empty until the signing of versions exists.
    QVERIFY(raw.scalar(u"SELECT signature FROM model_versions WHERE id = 9"_s).isNull());
    QVERIFY(!raw.exec(u"INSERT INTO model_versions (model_id, version, sha256, size_bytes, "
                      "format, artifact_path, created_at) VALUES (5, '1.0', '"_s + Sha
                      + u"', 1, 'onnx', 'x', 'x')"_s).isEmpty());  // NAME:V is unique
    QVERIFY(!raw.exec(u"INSERT INTO validations (file_sha256, engine, device, verdict, results, "
                      "created_at) VALUES ('"_s + Sha + u"', 'cpu', 'cpu', 'maybe', '{}', 'x')"_s)
                 .isEmpty());
    QVERIFY(!raw.exec(u"INSERT INTO validations (model_version_id, file_sha256, engine, device, "
                      "verdict, results, created_at) VALUES (999, '"_s + Sha
                      + u"', 'cpu', 'cpu', 'pass', '{}', 'x')"_s).isEmpty());
    // A loose file's validation has no model version.
    QCOMPARE(raw.exec(u"INSERT INTO validations (file_sha256, engine, device, verdict, results, "
                      "created_at) VALUES ('"_s + Sha + u"', 'cpu', 'cpu', 'fail', '{}', 'x')"_s),
             QString());
}

} // namespace

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A file left at `version` by an older Fleetdeck.
    QString makeFileAtVersion(const QString &name, int version)
    {
        const QString path = m_dir.filePath(name);
        RawSqlite raw(path);
        raw.exec(u"PRAGMA application_id = %1"_s.arg(InventoryApplicationId));
        SchemaMigrator migrator(raw.db(), path, inventoryMigrations());
        auto reached = migrator.migrate(version);
        if (!reached || *reached != version)
            qFatal("cannot build a version %d file", version);
        writeDataAtVersion(raw, version);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
    }

    void migrationsAreNumberedInOrder()
    {
        const auto &migrations = inventoryMigrations();
        QVERIFY(!migrations.isEmpty());
        for (qsizetype i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations.at(i).version, int(i + 1));
            QVERIFY(!migrations.at(i).statements.isEmpty());
        }
        QCOMPARE(Database::latestSchemaVersion(), migrations.constLast().version);
    }

    // Every version ever released must open in this build, its data intact.
    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }
    void fromEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString path = makeFileAtVersion(u"v%1.sqlite"_s.arg(version), version);
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error().toString()));
            QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        }
        RawSqlite raw(path);
        checkDataFromVersion(raw, version);
        // A file that held tables is kept, as it was, before the upgrade.
        const QString backup = Database::backupPath(path, version);
        QCOMPARE(QFileInfo::exists(backup), version >= 1);
        if (version >= 1) {
            RawSqlite old(backup);
            QCOMPARE(old.scalar(u"PRAGMA user_version"_s).toInt(), version);
            checkDataFromVersion(old, version);
        }
        QVERIFY(tables(raw.db()).contains(u"node_facts"_s));
        // The tables added by the upgrade work, foreign keys included.
        raw.exec(u"PRAGMA foreign_keys = ON"_s);
        if (version >= 1) {
            QCOMPARE(raw.exec(u"INSERT INTO node_facts (node_id, facts, collected_at) VALUES "
                              "(3, '{\"os\":\"linux\"}', '2025-01-03T00:00:00.000Z')"_s),
                     QString());
            QCOMPARE(raw.exec(u"INSERT INTO connection_events (node_id, at, kind, state) VALUES "
                              "(3, '2025-01-03T00:00:00.000Z', 'connected', 'online')"_s),
                     QString());
            QCOMPARE(raw.exec(u"DELETE FROM nodes WHERE id = 3"_s), QString());
            QCOMPARE(raw.scalar(u"SELECT count(*) FROM node_facts"_s).toInt(), 0);
            QCOMPARE(raw.scalar(u"SELECT count(*) FROM connection_events"_s).toInt(), 0);
            QCOMPARE(raw.scalar(u"SELECT count(*) FROM node_labels"_s).toInt(), 0);
        }
        QVERIFY(!raw.exec(u"INSERT INTO node_facts (node_id, facts, collected_at) VALUES "
                          "(999, '{}', 'x')"_s).isEmpty());
        QVERIFY(!raw.exec(u"INSERT INTO connection_events (node_id, at, kind, state) VALUES "
                          "(999, 'x', 'lost', 'unreachable')"_s).isEmpty());
        if (version < 3) // a v3 file has its model rows already
            checkModelTablesWork(raw);
    }

    // Several Fleetdeck processes upgrading the same file at once: one migrates, the others wait
    // and find it done; the data and a single backup survive.
    void concurrentUpgradesAllSucceed()
    {
        const QString path = makeFileAtVersion(u"concurrent.sqlite"_s, 1);
        constexpr int Openers = 4;
        std::array<QString, Openers> errors;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < Openers; ++i) {
            threads.emplace_back(QThread::create([&errors, &path, i] {
                auto db = Database::open(path);
                errors[i] = db ? QString() : db.error().toString();
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(30000));
        for (const QString &error : errors)
            QVERIFY2(error.isEmpty(), qPrintable(error));
        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Database::latestSchemaVersion());
        checkDataFromVersion(raw, 1);
        RawSqlite backup(Database::backupPath(path, 1));
        checkDataFromVersion(backup, 1);
    }

    void migratesStepByStepAndIsIdempotent()
    {
        const QString path = m_dir.filePath(u"steps.sqlite"_s);
        RawSqlite raw(path);
        SchemaMigrator migrator(raw.db(), path, inventoryMigrations());
        QCOMPARE(*migrator.currentVersion(), 0);
        QCOMPARE(*migrator.migrate(1), 1);
        QVERIFY(tables(raw.db()).contains(u"nodes"_s));
        QVERIFY(!tables(raw.db()).contains(u"node_state"_s));
        QCOMPARE(*migrator.migrate(), migrator.latestVersion());
        const QStringList after = tables(raw.db());
        QCOMPARE(*migrator.migrate(), migrator.latestVersion());
        QCOMPARE(tables(raw.db()), after);
    }

    void failingMigrationRollsBack()
    {
        const QString path = makeFileAtVersion(u"failing.sqlite"_s, 1);
        RawSqlite raw(path);
        QList<Migration> migrations{inventoryMigrations().first()};
        migrations.append(Migration{2, u"broken"_s, {
            u"CREATE TABLE half_done (x INTEGER)"_s,
            u"ALTER TABLE nodes ADD COLUMN extra TEXT"_s,
            u"CREATE TABLE nodes (x INTEGER)"_s,  // already exists: fails here
        }});
        SchemaMigrator migrator(raw.db(), path, migrations);
        auto reached = migrator.migrate();
        QVERIFY(!reached.ok());
        QVERIFY2(reached.error().message.contains(u"left at schema 1"_s),
                 qPrintable(reached.error().message));
        QVERIFY(reached.error().message.contains(path));
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
        QVERIFY(!tables(raw.db()).contains(u"half_done"_s));
        QVERIFY(!raw.exec(u"SELECT extra FROM nodes"_s).isEmpty());  // column rolled back
        checkDataFromVersion(raw, 1);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                            "AND name = 'nodes'"_s).toInt(), 1);
        // Still usable: the real migrations take it the rest of the way.
        SchemaMigrator real(raw.db(), path, inventoryMigrations());
        QCOMPARE(*real.migrate(), real.latestVersion());
    }

    void failureMidChainKeepsEarlierSteps()
    {
        const QString path = m_dir.filePath(u"midchain.sqlite"_s);
        RawSqlite raw(path);
        QList<Migration> migrations{inventoryMigrations().first()};
        migrations.append(Migration{2, u"broken"_s, {u"THIS IS NOT SQL"_s}});
        auto reached = SchemaMigrator(raw.db(), path, migrations).migrate();
        QVERIFY(!reached.ok());
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
        QVERIFY(tables(raw.db()).contains(u"nodes"_s));
    }

    void newerFileIsRefused()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        RawSqlite raw(path);
        raw.exec(u"PRAGMA user_version = 99"_s);
        SchemaMigrator migrator(raw.db(), path, inventoryMigrations());
        auto reached = migrator.migrate();
        QVERIFY(!reached.ok());
        QVERIFY(reached.error().message.contains(u"newer Fleetdeck (schema 99"_s));
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 99);
    }

    void auditLogTriggersExistFromVersion1()
    {
        const QString path = makeFileAtVersion(u"triggers.sqlite"_s, 1);
        RawSqlite raw(path);
        QVERIFY(raw.exec(u"UPDATE audit_log SET actor = 'mallory'"_s).contains(u"append-only"_s));
        QVERIFY(raw.exec(u"DELETE FROM audit_log"_s).contains(u"append-only"_s));
        QCOMPARE(raw.scalar(u"SELECT actor FROM audit_log"_s).toString(), u"a@b (cli)"_s);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
