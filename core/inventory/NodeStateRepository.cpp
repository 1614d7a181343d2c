#include "core/inventory/NodeStateRepository.h"

#include "core/inventory/Database.h"
#include "core/inventory/SqlError.h"
#include "core/inventory/Tr.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

namespace {

QString timestampText(const QDateTime &at)
{
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    return when.toUTC().toString(StoredTimestampFormat);
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

// One row per node that has a state, facts, or both.
QString selectRecords()
{
    return u"SELECT n.id, s.state, s.reason, s.updated_at, f.facts, f.collected_at FROM nodes n "
           "LEFT JOIN node_state s ON s.node_id = n.id LEFT JOIN node_facts f ON f.node_id = n.id "
           "WHERE (s.node_id IS NOT NULL OR f.node_id IS NOT NULL) "_s;
}

NodeStateRecord recordFrom(const QSqlQuery &query)
{
    NodeStateRecord record;
    record.nodeId = query.value(0).toLongLong();
    record.state = query.value(1).toString();
    record.reason = query.value(2).toString();
    record.updatedAt = parseTimestamp(query.value(3).toString());
    record.facts = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    record.factsCollectedAt = parseTimestamp(query.value(5).toString());
    return record;
}

} // namespace

NodeStateRepository::NodeStateRepository(Database &db) : m_db(db) {}

// ON CONFLICT ... DO UPDATE is spoken by SQLite (3.24+) and PostgreSQL alike.
Result<void> NodeStateRepository::saveState(qint64 nodeId, const QString &state, const QString &reason,
                                            const QDateTime &at)
{
    PreparedStatement query = m_db.prepared(
        u"INSERT INTO node_state (node_id, state, reason, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (node_id) DO UPDATE SET state = excluded.state, reason = excluded.reason, "
        "updated_at = excluded.updated_at"_s);
    query->addBindValue(nodeId);
    query->addBindValue(sqlText(state));
    query->addBindValue(sqlText(reason));
    query->addBindValue(timestampText(at));
    return execQuery(*query, Tr::tr("recording the state of node %1").arg(nodeId), m_db.path());
}

Result<void> NodeStateRepository::saveFacts(qint64 nodeId, const QJsonObject &facts, const QDateTime &at)
{
    PreparedStatement query = m_db.prepared(
        u"INSERT INTO node_facts (node_id, facts, collected_at) VALUES (?, ?, ?) "
        "ON CONFLICT (node_id) DO UPDATE SET facts = excluded.facts, "
        "collected_at = excluded.collected_at"_s);
    query->addBindValue(nodeId);
    query->addBindValue(QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Compact)));
    query->addBindValue(timestampText(at));
    return execQuery(*query, Tr::tr("recording the facts of node %1").arg(nodeId), m_db.path());
}

Result<std::optional<NodeStateRecord>> NodeStateRepository::find(qint64 nodeId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(selectRecords() + u"AND n.id = ?"_s);
    query.addBindValue(nodeId);
    if (auto ok = execQuery(query, Tr::tr("reading the state of node %1").arg(nodeId), m_db.path()); !ok)
        return ok.error();
    if (!query.next())
        return std::optional<NodeStateRecord>();
    return std::optional<NodeStateRecord>(recordFrom(query));
}

Result<QList<NodeStateRecord>> NodeStateRepository::list() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto ok = execStatement(query, selectRecords() + u"ORDER BY n.id"_s,
                                Tr::tr("reading node states"), m_db.path()); !ok)
        return ok.error();
    QList<NodeStateRecord> records;
    while (query.next())
        records.append(recordFrom(query));
    return records;
}

} // namespace fleetdeck::inventory
