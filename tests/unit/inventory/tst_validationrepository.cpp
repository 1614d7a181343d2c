#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/ModelRepository.h"
#include "core/inventory/ValidationRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;

class TestValidationRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    qint64 m_versionId = 0;
    const QString m_sha = QString(64, u'd');

    ValidationRecord record(ValidationVerdict verdict, bool ofVersion)
    {
        ValidationRecord r;
        if (ofVersion) {
            r.modelVersionId = m_versionId;
            r.modelReference = u"resnet:1"_s;
        }
        r.fileSha256 = m_sha;
        r.filePath = u"/models/resnet.onnx"_s;
        r.engine = u"cpu"_s;
        r.device = u"cpu"_s;
        r.verdict = verdict;
        r.results = QJsonObject{
            {u"tolerance"_s, QJsonObject{{u"rtol"_s, 1e-3}, {u"atol"_s, 1e-5}}},
            {u"outputs"_s, QJsonArray{QJsonObject{{u"name"_s, u"y"_s},
                                                  {u"max_abs_error"_s, 0.25}}}},
        };
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        auto db = Database::open(m_dir.filePath(u"inventory.sqlite"_s));
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_audit = std::make_unique<AuditLog>(*m_db, u"t@h (test)"_s);
        ModelRepository models(*m_db, *m_audit);
        ModelVersion v{0, u"resnet"_s, u"1"_s, m_sha, 10, u"onnx"_s, {},
                       u"artifacts/sha256/"_s + m_sha, std::nullopt, {}};
        auto added = models.add(v);
        QVERIFY(added.ok());
        m_versionId = added->version.id;
    }

    void verdictNamesAreStable()
    {
        QCOMPARE(verdictName(ValidationVerdict::Pass), u"pass"_s);
        QCOMPARE(verdictName(ValidationVerdict::Fail), u"fail"_s);
        QCOMPARE(verdictName(ValidationVerdict::CannotValidate), u"cannot-validate"_s);
        QCOMPARE(verdictFromName(u"cannot-validate"), ValidationVerdict::CannotValidate);
        QVERIFY(!verdictFromName(u"maybe"));
    }

    void storesAgainstTheVersionNewestFirst()
    {
        QVERIFY(m_audit->recent(0).ok());
        auto first = ValidationRepository(*m_db, *m_audit).add(record(ValidationVerdict::Fail, true));
        QVERIFY2(first.ok(), qPrintable(first.error().toString()));
        ValidationRepository validations(*m_db, *m_audit);
        auto second = validations.add(record(ValidationVerdict::Pass, true));
        QVERIFY(second.ok());
        QVERIFY(second->id > first->id);

        auto stored = validations.forModelVersion(m_versionId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 2);
        const ValidationRecord &newest = stored->first();
        QCOMPARE(newest.verdict, ValidationVerdict::Pass);
        QCOMPARE(newest.modelReference, u"resnet:1"_s);
        QCOMPARE(newest.modelVersionId, m_versionId);
        QCOMPARE(newest.engine, u"cpu"_s);
        QCOMPARE(newest.results.value(u"outputs"_s).toArray().first().toObject()
                     .value(u"max_abs_error"_s).toDouble(), 0.25);
        QVERIFY(newest.createdAt.isValid());
        QCOMPARE(validations.forModelVersion(m_versionId, 1)->size(), 1);

        const auto audit = m_audit->recent(1);
        QCOMPARE(audit->first().action, u"model.validate"_s);
        QCOMPARE(audit->first().subject, u"resnet:1"_s);
        QCOMPARE(audit->first().details.value(u"verdict"_s).toString(), u"pass"_s);
    }

    void storesALooseFileByItsHash()
    {
        ValidationRepository validations(*m_db, *m_audit);
        auto added = validations.add(record(ValidationVerdict::CannotValidate, false));
        QVERIFY(added.ok());
        auto byFile = validations.forFile(m_sha, 1);
        QVERIFY(byFile.ok());
        QCOMPARE(byFile->size(), 1);
        QVERIFY(!byFile->first().modelVersionId.has_value());
        QVERIFY(byFile->first().modelReference.isEmpty());
        QCOMPARE(byFile->first().verdict, ValidationVerdict::CannotValidate);
        QCOMPARE(m_audit->recent(1)->first().subject, u"/models/resnet.onnx"_s);
    }

    void badRecordsLeaveNothingBehind()
    {
        ValidationRepository validations(*m_db, *m_audit);
        const qint64 auditHead = m_audit->recent(1)->first().id;
        ValidationRecord unknown = record(ValidationVerdict::Pass, true);
        unknown.modelVersionId = 9999;
        QVERIFY(!validations.add(unknown).ok());  // foreign key
        ValidationRecord badHash = record(ValidationVerdict::Pass, false);
        badHash.fileSha256 = u"xyz"_s;
        QVERIFY(!validations.add(badHash).ok());
        ValidationRecord noEngine = record(ValidationVerdict::Pass, false);
        noEngine.engine.clear();
        QVERIFY(!validations.add(noEngine).ok());
        QCOMPARE(m_audit->recent(1)->first().id, auditHead);
        QCOMPARE(validations.forModelVersion(9999)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestValidationRepository)
#include "tst_validationrepository.moc"
