#include "core/inventory/ValidationRepository.h"

#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/ModelVersion.h"
#include "core/inventory/SqlError.h"
#include "core/inventory/Tr.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

namespace {

ValidationRecord recordFrom(const QSqlQuery &query)
{
    ValidationRecord record;
    record.id = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        record.modelVersionId = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        record.modelReference = query.value(2).toString() + u':' + query.value(3).toString();
    record.fileSha256 = query.value(4).toString();
    record.filePath = query.value(5).toString();
    record.engine = query.value(6).toString();
    record.device = query.value(7).toString();
    record.verdict = verdictFromName(query.value(8).toString())
                         .value_or(ValidationVerdict::CannotValidate);
    record.results = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
    record.createdAt = QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    record.createdAt.setTimeSpec(Qt::UTC);
    return record;
}

} // namespace

QString verdictName(ValidationVerdict verdict)
{
    switch (verdict) {
    case ValidationVerdict::Pass: return u"pass"_s;
    case ValidationVerdict::Fail: return u"fail"_s;
    case ValidationVerdict::CannotValidate: return u"cannot-validate"_s;
    }
    return u"cannot-validate"_s;
}

std::optional<ValidationVerdict> verdictFromName(QStringView name)
{
    for (auto verdict : {ValidationVerdict::Pass, ValidationVerdict::Fail,
                         ValidationVerdict::CannotValidate}) {
        if (name == verdictName(verdict))
            return verdict;
    }
    return std::nullopt;
}

ValidationRepository::ValidationRepository(Database &db, AuditLog &audit)
    : m_db(db), m_audit(audit)
{
}

Result<ValidationRecord> ValidationRepository::add(const ValidationRecord &record)
{
    if (!isValidSha256(record.fileSha256))
        return Error{Tr::tr("A validation of %1 needs the file's SHA-256 in lowercase hex; got "
                            "\"%2\".").arg(record.filePath, record.fileSha256), {}};
    if (record.engine.isEmpty() || record.device.isEmpty())
        return Error{Tr::tr("A validation of %1 must name its engine and device.")
                         .arg(record.filePath), {}};
    ValidationRecord stored = record;
    const QString created = QDateTime::currentDateTimeUtc().toString(StoredTimestampFormat);
    auto done = m_db.transaction([&]() -> Result<void> {
        auto statement = m_db.prepared(
            u"INSERT INTO validations (model_version_id, file_sha256, file_path, engine, device, "
            "verdict, results, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        QSqlQuery &query = *statement;
        query.addBindValue(record.modelVersionId ? QVariant(*record.modelVersionId)
                                                 : QVariant(QMetaType::fromType<qint64>()));
        query.addBindValue(record.fileSha256);
        query.addBindValue(sqlText(record.filePath));
        query.addBindValue(record.engine);
        query.addBindValue(record.device);
        query.addBindValue(verdictName(record.verdict));
        query.addBindValue(QString::fromUtf8(
            QJsonDocument(record.results).toJson(QJsonDocument::Compact)));
        query.addBindValue(created);
        const QString doing = Tr::tr("recording the validation of %1").arg(record.filePath);
        if (auto ok = execQuery(query, doing, m_db.path()); !ok)
            return ok;
        if (!query.next())
            return sqlError(query, doing, m_db.path());
        stored.id = query.value(0).toLongLong();
        // RETURNING keeps the statement running until finished, and an open statement
        // blocks the audit log's savepoint.
        query.finish();
        const QString subject = record.modelReference.isEmpty() ? record.filePath
                                                                : record.modelReference;
        auto audited = m_audit.append(u"model.validate"_s, subject, QJsonObject{
            {u"validation_id"_s, stored.id},
            {u"file_sha256"_s, record.fileSha256},
            {u"engine"_s, record.engine},
            {u"device"_s, record.device},
            {u"verdict"_s, verdictName(record.verdict)},
        });
        return audited ? Result<void>() : Result<void>(audited.error());
    });
    if (!done)
        return done.error();
    stored.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    stored.createdAt.setTimeSpec(Qt::UTC);
    return stored;
}

Result<QList<ValidationRecord>> ValidationRepository::listWhere(const QString &condition,
                                                                const QVariant &value,
                                                                int limit) const
{
    QString sql = u"SELECT x.id, x.model_version_id, m.name, v.version, x.file_sha256, "
                  "x.file_path, x.engine, x.device, x.verdict, x.results, x.created_at "
                  "FROM validations x LEFT JOIN model_versions v ON v.id = x.model_version_id "
                  "LEFT JOIN models m ON m.id = v.model_id WHERE "_s
        + condition + u" ORDER BY x.id DESC"_s;
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(value);
    if (auto ok = execQuery(query, Tr::tr("reading validations"), m_db.path()); !ok)
        return ok.error();
    QList<ValidationRecord> records;
    while (query.next())
        records.append(recordFrom(query));
    return records;
}

Result<QList<ValidationRecord>> ValidationRepository::forModelVersion(qint64 modelVersionId,
                                                                      int limit) const
{
    return listWhere(u"x.model_version_id = ?"_s, modelVersionId, limit);
}

Result<QList<ValidationRecord>> ValidationRepository::forFile(const QString &sha256,
                                                              int limit) const
{
    return listWhere(u"x.file_sha256 = ?"_s, sha256, limit);
}

} // namespace fleetdeck::inventory
