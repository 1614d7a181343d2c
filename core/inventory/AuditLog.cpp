#include "core/inventory/AuditLog.h"

#include "core/inventory/Database.h"
#include "core/inventory/SqlError.h"
#include "core/inventory/Tr.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

namespace {

constexpr int VerifyChunkRows = 1000;
// The hash covers the previous row's hash and the row exactly as stored: id, timestamp text,
// actor, action, subject and the compact JSON of details, as a JSON array so that no field's
// content can shift into its neighbour.
QByteArray rowHash(const QByteArray &prevHash, qint64 id, const QString &at, const QString &actor,
                   const QString &action, const QString &subject, const QByteArray &details)
{
    const QJsonArray row{QString::number(id), at, actor, action, subject,
                         QString::fromUtf8(details)};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash);
    hash.addData("\n");
    hash.addData(QJsonDocument(row).toJson(QJsonDocument::Compact));
    return hash.result().toHex();
}

QString selectColumns()
{
    return u"SELECT id, at, actor, action, subject, details, prev_hash, hash FROM audit_log "_s;
}

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.at.setTimeSpec(Qt::UTC);
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.subject = query.value(4).toString();
    entry.details = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    entry.prevHash = query.value(6).toString().toLatin1();
    entry.hash = query.value(7).toString().toLatin1();
    return entry;
}

} // namespace

AuditLog::AuditLog(Database &db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

Result<AuditEntry> AuditLog::append(const QString &action, const QString &subject,
                                    const QJsonObject &details)
{
    AuditEntry entry;
    entry.actor = m_actor;
    entry.action = action;
    entry.subject = subject;
    entry.details = details;
    const QByteArray detailsJson = QJsonDocument(details).toJson(QJsonDocument::Compact);

    // Inside the write transaction, so reading the last row and appending after it is atomic.
    auto appended = m_db.transaction([&]() -> Result<void> {
        {
            auto last = m_db.prepared(
                u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
            if (auto ok = execQuery(*last, Tr::tr("reading the audit log"), m_db.path()); !ok)
                return ok;
            if (last->next()) {
                entry.id = last->value(0).toLongLong() + 1;
                entry.prevHash = last->value(1).toString().toLatin1();
            } else {
                entry.id = 1;
            }
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        entry.at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
        const QString at = entry.at.toString(StoredTimestampFormat);
        entry.hash = rowHash(entry.prevHash, entry.id, at, entry.actor, entry.action,
                             entry.subject, detailsJson);
        auto insert = m_db.prepared(u"INSERT INTO audit_log (id, at, actor, action, subject, "
                                    "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery &query = *insert;
        query.addBindValue(entry.id);
        query.addBindValue(at);
        query.addBindValue(sqlText(entry.actor));
        query.addBindValue(sqlText(entry.action));
        query.addBindValue(sqlText(entry.subject));
        query.addBindValue(QString::fromUtf8(detailsJson));
        query.addBindValue(sqlText(QString::fromLatin1(entry.prevHash)));
        query.addBindValue(sqlText(QString::fromLatin1(entry.hash)));
        return execQuery(query, Tr::tr("appending to the audit log"), m_db.path());
    });
    if (!appended)
        return appended.error();
    return entry;
}

Result<QList<AuditEntry>> AuditLog::recent(int limit, qint64 beforeId) const
{
    QString sql = selectColumns();
    if (beforeId > 0)
        sql += u"WHERE id < ? "_s;
    sql += u"ORDER BY id DESC"_s;
    if (limit > 0)
        sql += u" LIMIT %1"_s.arg(limit);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (beforeId > 0)
        query.addBindValue(beforeId);
    if (auto ok = execQuery(query, Tr::tr("reading the audit log"), m_db.path()); !ok)
        return ok.error();
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification report;
    QByteArray expectedPrev;  // the hash of the last good row
    qint64 lastId = 0;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    const QString sql = selectColumns() + u"WHERE id > ? ORDER BY id LIMIT %1"_s.arg(VerifyChunkRows);
    auto broken = [&report](qint64 id, const QString &problem) {
        report.firstBrokenId = id;
        report.problem = problem;
        return report;
    };
    for (;;) {
        query.prepare(sql);
        query.addBindValue(lastId);
        if (auto ok = execQuery(query, Tr::tr("verifying the audit log"), m_db.path()); !ok)
            return ok.error();
        int rowsInChunk = 0;
        while (query.next()) {
            ++rowsInChunk;
            const qint64 id = query.value(0).toLongLong();
            const QByteArray prevHash = query.value(6).toString().toLatin1();
            const QByteArray storedHash = query.value(7).toString().toLatin1();
            const QByteArray computed = rowHash(prevHash, id, query.value(1).toString(),
                query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                query.value(5).toString().toUtf8());
            if (computed != storedHash)
                return broken(id, Tr::tr("Audit row %1 was changed after it was written: its "
                                         "content does not match its hash.").arg(id));
            if (lastId == 0 && id != 1)
                return broken(id, Tr::tr("A row before audit row %1 is missing: the chain must "
                                         "start at row 1, so rows 1 to %2 were removed.")
                                      .arg(id).arg(id - 1));
            if (lastId == 0 && !prevHash.isEmpty())
                return broken(id, Tr::tr("The audit chain start is wrong: row 1 links to a "
                                         "previous row that cannot exist."));
            if (lastId != 0 && id != lastId + 1)
                return broken(id, Tr::tr("A row before audit row %1 is missing: rows %2 to %3 "
                                         "were removed.").arg(id).arg(lastId + 1).arg(id - 1));
            if (lastId != 0 && prevHash != expectedPrev)
                return broken(id, Tr::tr("Audit row %1 does not link to row %2: row %2 was "
                                         "rewritten, or a row between them removed.")
                                      .arg(id).arg(lastId));
            expectedPrev = storedHash;
            lastId = id;
            ++report.rowsChecked;
        }
        if (rowsInChunk < VerifyChunkRows)
            break;
    }
    return report;
}

QString AuditLog::defaultActor(const QString &tool)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = u"unknown"_s;
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = u"localhost"_s;
    return user + u'@' + host + u" (" + tool + u')';
}

} // namespace fleetdeck::inventory
