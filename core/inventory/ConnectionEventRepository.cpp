#include "core/inventory/ConnectionEventRepository.h"

#include "core/inventory/Database.h"
#include "core/inventory/SqlError.h"
#include "core/inventory/Tr.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

namespace {

QString timestampText(const QDateTime &at)
{
    return at.toUTC().toString(StoredTimestampFormat);
}

QString nodeFilter(std::optional<qint64> nodeId)
{
    return nodeId ? u" WHERE e.node_id = ?"_s : QString();
}

} // namespace

ConnectionEventRepository::ConnectionEventRepository(Database &db) : ConnectionEventRepository(db, Retention{})
{
}

ConnectionEventRepository::ConnectionEventRepository(Database &db, Retention retention)
    : m_db(db), m_retention(retention)
{
}

Result<int> ConnectionEventRepository::append(const QList<ConnectionEventRecord> &events)
{
    int stored = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto done = m_db.transaction([&]() -> Result<void> {
        for (const ConnectionEventRecord &event : events) {
            // A node removed while its session was closing has no row left to point at.
            PreparedStatement query = m_db.prepared(
                u"INSERT INTO connection_events (node_id, at, kind, state, reason) "
                "SELECT id, ?, ?, ?, ? FROM nodes WHERE id = ?"_s);
            query->addBindValue(timestampText(event.at.isValid() ? event.at : now));
            query->addBindValue(sqlText(event.kind));
            query->addBindValue(sqlText(event.state));
            query->addBindValue(sqlText(event.reason));
            query->addBindValue(event.nodeId);
            if (auto ok = execQuery(*query, Tr::tr("recording a connection event of node %1")
                                                .arg(event.nodeId), m_db.path()); !ok)
                return ok;
            stored += query->numRowsAffected() > 0 ? 1 : 0;
        }
        return prune(now);
    });
    if (!done)
        return done.error();
    return stored;
}

Result<void> ConnectionEventRepository::prune(const QDateTime &now)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM connection_events WHERE at < ?"_s);
    query.addBindValue(timestampText(now.addDays(-std::max(0, m_retention.maxAgeDays))));
    const QString doing = Tr::tr("dropping old connection events");
    if (auto ok = execQuery(query, doing, m_db.path()); !ok)
        return ok;
    query.finish();
    // Everything at or below the id of the first row past the newest maxRows.
    query.prepare(u"DELETE FROM connection_events WHERE id <= (SELECT id FROM connection_events "
                  "ORDER BY id DESC LIMIT 1 OFFSET ?)"_s);
    query.addBindValue(std::max(0, m_retention.maxRows));
    return execQuery(query, doing, m_db.path());
}

Result<QList<ConnectionEventRecord>> ConnectionEventRepository::list(int limit, int offset,
                                                                    std::optional<qint64> nodeId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Ids grow with every append, and events are appended in the order they happened.
    query.prepare(u"SELECT e.id, e.node_id, n.name, e.at, e.kind, e.state, e.reason "
                  "FROM connection_events e JOIN nodes n ON n.id = e.node_id"_s
                  + nodeFilter(nodeId) + u" ORDER BY e.id DESC LIMIT ? OFFSET ?"_s);
    if (nodeId)
        query.addBindValue(*nodeId);
    query.addBindValue(std::max(0, limit));
    query.addBindValue(std::max(0, offset));
    if (auto ok = execQuery(query, Tr::tr("reading connection events"), m_db.path()); !ok)
        return ok.error();
    QList<ConnectionEventRecord> events;
    while (query.next()) {
        ConnectionEventRecord event;
        event.id = query.value(0).toLongLong();
        event.nodeId = query.value(1).toLongLong();
        event.nodeName = query.value(2).toString();
        event.at = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        event.at.setTimeSpec(Qt::UTC);
        event.kind = query.value(4).toString();
        event.state = query.value(5).toString();
        event.reason = query.value(6).toString();
        events.append(event);
    }
    return events;
}

Result<qint64> ConnectionEventRepository::count(std::optional<qint64> nodeId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT count(*) FROM connection_events e"_s + nodeFilter(nodeId));
    if (nodeId)
        query.addBindValue(*nodeId);
    if (auto ok = execQuery(query, Tr::tr("counting connection events"), m_db.path()); !ok)
        return ok.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace fleetdeck::inventory
