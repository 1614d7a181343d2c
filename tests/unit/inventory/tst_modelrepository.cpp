#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/InventorySchema.h"
#include "core/inventory/ModelRepository.h"
#include "core/inventory/SchemaMigrator.h"
#include "tests/support/TestSupport.h"
#include "tests/unit/inventory/RawSqlite.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;
using fleetdeck::test::RawSqlite;

namespace {

ModelVersion sample(const QString &model, const QString &version, QChar hashDigit = u'a')
{
    ModelVersion v;
    v.model = model;
    v.version = version;
    v.sha256 = QString(64, hashDigit);
    v.sizeBytes = 4096;
    v.format = u"onnx"_s;
    v.sourcePath = u"/models/"_s + model + u".onnx"_s;
    v.artifactPath = u"artifacts/sha256/"_s + v.sha256;
    return v;
}

int auditRows(Database &db)
{
    RawSqlite raw(db.path());
    return raw.scalar(u"SELECT count(*) FROM audit_log"_s).toInt();
}

} // namespace

class TestModelRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> openNew()
    {
        auto db = Database::open(m_dir.filePath(u"db%1.sqlite"_s.arg(++m_files)));
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        return std::move(db).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
    }

    void addsFindsAndLists()
    {
        auto db = openNew();
        AuditLog audit(*db, u"t@h (test)"_s);
        ModelRepository models(*db, audit);
        auto added = models.add(sample(u"resnet"_s, u"1.0"_s));
        QVERIFY2(added.ok(), qPrintable(added.error().toString()));
        QCOMPARE(added->outcome, ModelRepository::AddOutcome::Added);
        QVERIFY(added->version.id > 0);
        QVERIFY(added->version.createdAt.isValid());
        QVERIFY(models.add(sample(u"resnet"_s, u"1.1"_s, u'b')).ok());
        QVERIFY(models.add(sample(u"bert"_s, u"2"_s, u'c')).ok());

        auto found = models.find(u"resnet"_s, u"1.1"_s);
        QVERIFY(found.ok() && found->has_value());
        QCOMPARE(found->value().sha256, QString(64, u'b'));
        QCOMPARE(found->value().sizeBytes, 4096);
        QCOMPARE(found->value().artifactPath, u"artifacts/sha256/"_s + QString(64, u'b'));
        QVERIFY(!found->value().signature.has_value());
        QCOMPARE(models.findById(added->version.id)->value().reference(), u"resnet:1.0"_s);
        QVERIFY(!models.find(u"resnet"_s, u"9"_s)->has_value());

        auto all = models.list();
        QVERIFY(all.ok());
        QStringList references;
        for (const ModelVersion &v : *all)
            references << v.reference();
        QCOMPARE(references, (QStringList{u"bert:2"_s, u"resnet:1.0"_s, u"resnet:1.1"_s}));

        const auto rows = audit.recent(1);
        QCOMPARE(rows->first().action, u"model.import"_s);
        QCOMPARE(rows->first().subject, u"bert:2"_s);
        QCOMPARE(rows->first().details.value(u"sha256"_s).toString(), QString(64, u'c'));
        QVERIFY(audit.verify()->firstBrokenId == std::nullopt);
    }

    void sameContentAgainIsUnchanged()
    {
        auto db = openNew();
        AuditLog audit(*db, u"t@h (test)"_s);
        ModelRepository models(*db, audit);
        const auto first = models.add(sample(u"m"_s, u"1"_s));
        QVERIFY(first.ok());
        const int rows = auditRows(*db);
        const auto again = models.add(sample(u"m"_s, u"1"_s));
        QVERIFY(again.ok());
        QCOMPARE(again->outcome, ModelRepository::AddOutcome::Unchanged);
        QCOMPARE(again->version.id, first->version.id);
        QCOMPARE(auditRows(*db), rows);
    }

    void otherContentUnderTheSameVersionIsRefused()
    {
        auto db = openNew();
        AuditLog audit(*db, u"t@h (test)"_s);
        ModelRepository models(*db, audit);
        QVERIFY(models.add(sample(u"m"_s, u"1"_s)).ok());
        const int rows = auditRows(*db);
        const auto refused = models.add(sample(u"m"_s, u"1"_s, u'f'));
        QVERIFY(!refused.ok());
        const QString message = refused.error().message;
        QVERIFY2(message.contains(u"m:1"_s) && message.contains(QString(64, u'a'))
                     && message.contains(QString(64, u'f')) && message.contains(u"new version"_s),
                 qPrintable(message));
        QCOMPARE(models.find(u"m"_s, u"1"_s)->value().sha256, QString(64, u'a'));
        QCOMPARE(auditRows(*db), rows);
    }

    void badNamesAndVersionsAreRefused_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("version");
        QTest::addRow("traversal in name") << u"../etc"_s << u"1"_s;
        QTest::addRow("slash in name") << u"a/b"_s << u"1"_s;
        QTest::addRow("empty name") << QString() << u"1"_s;
        QTest::addRow("dot-dot version") << u"m"_s << u".."_s;
        QTest::addRow("dot-dot inside version") << u"m"_s << u"1..2"_s;
        QTest::addRow("backslash version") << u"m"_s << u"1\\2"_s;
        QTest::addRow("space in version") << u"m"_s << u"1 2"_s;
        QTest::addRow("long name") << QString(65, u'x') << u"1"_s;
        QTest::addRow("non-ascii") << u"modèle"_s << u"1"_s;
    }
    void badNamesAndVersionsAreRefused()
    {
        QFETCH(QString, model);
        QFETCH(QString, version);
        auto db = openNew();
        AuditLog audit(*db, u"t@h (test)"_s);
        ModelRepository models(*db, audit);
        const auto refused = models.add(sample(model, version));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"not allowed"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(models.list()->size(), 0);
    }

    void referencesParse()
    {
        const auto parsed = parseModelReference(u"resnet-50:1.2.0+cu12"_s);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->model, u"resnet-50"_s);
        QCOMPARE(parsed->version, u"1.2.0+cu12"_s);
        QVERIFY(!parseModelReference(u"resnet"_s));
        QVERIFY(!parseModelReference(u"resnet:"_s));
        QVERIFY(!parseModelReference(u"../x:1"_s));
        QVERIFY(!parseModelReference(u"a:1:2"_s));
    }

    // Files of every earlier schema take model versions after the upgrade; their nodes stay.
    void upgradedFilesKeepTheirNodes_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 0; v < 3; ++v)
            QTest::addRow("from v%d", v) << v;
    }
    void upgradedFilesKeepTheirNodes()
    {
        QFETCH(int, version);
        const QString path = m_dir.filePath(u"old-v%1.sqlite"_s.arg(version));
        {
            RawSqlite raw(path);
            raw.exec(u"PRAGMA application_id = %1"_s.arg(InventoryApplicationId));
            QCOMPARE(*SchemaMigrator(raw.db(), path, inventoryMigrations()).migrate(version),
                     version);
            if (version >= 1)
                QCOMPARE(raw.exec(u"INSERT INTO nodes (name, host, port, tier, created_at, "
                                  "updated_at) VALUES ('edge-1', '10.0.0.9', 22, 'edge', "
                                  "'2025-01-02T03:04:05.678Z', '2025-01-02T03:04:05.678Z')"_s),
                         QString());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        AuditLog audit(**db, u"t@h (test)"_s);
        ModelRepository models(**db, audit);
        QVERIFY(models.add(sample(u"m"_s, u"1"_s)).ok());
        RawSqlite raw(path);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM nodes WHERE name = 'edge-1'"_s).toInt(),
                 version >= 1 ? 1 : 0);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM model_versions"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestModelRepository)
#include "tst_modelrepository.moc"
