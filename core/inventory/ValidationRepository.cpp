#include "core/inventory/ValidationRepository.h"

#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/ModelVersion.h"
#include "core/inventory/SqlError.h"
#include "core/inventory/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <initializer_list>

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

// A number the results JSON holds at a path of keys; nullopt when absent or null.
std::optional<double> storedNumber(const QJsonObject &results, std::initializer_list<QStringView> path)
{
    QJsonValue value = results;
    for (QStringView key : path)
        value = value.toObject().value(key);
    return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
}

} // namespace

QString ValidationGate::refusal(const ValidationRecord &record) const
{
    if (record.verdict != ValidationVerdict::Pass)
        return Tr::tr("the newest validation's verdict is %1.").arg(verdictName(record.verdict));
    const QJsonObject &results = record.results;
    if (const auto rtol = storedNumber(results, {u"tolerance", u"rtol"}); maxRtol && (!rtol || *rtol > *maxRtol))
        return Tr::tr("it was validated with rtol %1, looser than the required %2.")
            .arg(rtol.value_or(-1)).arg(*maxRtol);
    if (const auto atol = storedNumber(results, {u"tolerance", u"atol"}); maxAtol && (!atol || *atol > *maxAtol))
        return Tr::tr("it was validated with atol %1, looser than the required %2.")
            .arg(atol.value_or(-1)).arg(*maxAtol);
    const auto p99 = storedNumber(results, {u"performance", u"latencyMs", u"p99"});
    if (maxP99Ms && !p99)
        return Tr::tr("its p99 latency was not measured.");
    if (maxP99Ms && *p99 > *maxP99Ms)
        return Tr::tr("its p99 latency of %1 ms is above the required %2 ms.").arg(*p99).arg(*maxP99Ms);
    const auto memory = storedNumber(results, {u"performance", u"peakMemoryBytes"});
    const bool memoryCounts = results.value(u"performance"_s)[u"memoryCountsForBudget"_s].toBool();
    if (maxMemoryBytes && (!memory || !memoryCounts))
        return Tr::tr("its peak memory on the device was not measured.");
    if (maxMemoryBytes && *memory > double(*maxMemoryBytes))
        return Tr::tr("its peak memory of %1 bytes is above the required %2 bytes.")
            .arg(qint64(*memory)).arg(*maxMemoryBytes);
    double best = -1;
    for (const QJsonValue &row : results.value(u"performance"_s)[u"throughput"_s].toArray())
        best = std::max(best, row[u"inferencesPerSecond"_s].toDouble(-1));
    if (minThroughput && best < 0)
        return Tr::tr("its throughput was not measured.");
    if (minThroughput && best < *minThroughput)
        return Tr::tr("its best throughput of %1 inferences/s is below the required %2.")
            .arg(best).arg(*minThroughput);
    return {};
}

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

Result<std::optional<ValidationRecord>> ValidationRepository::latestPassing(qint64 modelVersionId,
                                                                          const ValidationGate &gate) const
{
    auto newest = forModelVersion(modelVersionId, 1);
    if (!newest)
        return newest.error();
    if (newest->isEmpty() || !gate.refusal(newest->first()).isEmpty())
        return std::optional<ValidationRecord>();
    return std::optional(newest->first());
}

Result<QList<ValidationRecord>> ValidationRepository::forFile(const QString &sha256,
                                                              int limit) const
{
    return listWhere(u"x.file_sha256 = ?"_s, sha256, limit);
}

} // namespace fleetdeck::inventory
