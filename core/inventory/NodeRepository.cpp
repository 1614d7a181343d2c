#include "core/inventory/NodeRepository.h"

#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/SqlError.h"
#include "core/inventory/Tr.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

namespace {

QString selectNodes()
{
    return u"SELECT n.id, n.name, n.host, n.port, n.user_name, n.identity_file, s.name, n.tier, "
           "n.agent_command, n.created_at, n.updated_at "
           "FROM nodes n LEFT JOIN sites s ON s.id = n.site_id "_s;
}

int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// list() parses two timestamps per node; QDateTime::fromString is the slow general path, so
// our own fixed format ("2025-01-02T03:04:05.678Z") is read directly and anything else falls back.
QDateTime parseTimestamp(const QString &text)
{
    if (text.size() == 24 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T'
        && text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
        const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2),
                         digitsAt(text, 20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

QString timestampText(const QDateTime &at)
{
    return at.toUTC().toString(StoredTimestampFormat);
}

QDateTime nowUtcMs()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

Node nodeFrom(const QSqlQuery &query)
{
    Node node;
    node.id = query.value(0).toLongLong();
    node.name = query.value(1).toString();
    node.host = query.value(2).toString();
    node.port = query.value(3).toInt();
    node.user = query.value(4).toString();
    node.identityFile = query.value(5).toString();
    node.site = query.value(6).toString();
    node.tier = tierFromName(query.value(7).toString()).value_or(Tier::Edge);
    node.agentCommand = query.value(8).toString();
    node.createdAt = parseTimestamp(query.value(9).toString());
    node.updatedAt = parseTimestamp(query.value(10).toString());
    return node;
}

QJsonObject labelsJson(const QMap<QString, QString> &labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// The operator-visible fields, for audit rows. The identity file is a path, never a key.
QJsonObject nodeJson(const Node &node)
{
    return QJsonObject{
        {u"name"_s, node.name},
        {u"host"_s, node.host},
        {u"port"_s, node.port},
        {u"user"_s, node.user},
        {u"identity_file"_s, node.identityFile},
        {u"site"_s, node.site},
        {u"tier"_s, tierName(node.tier)},
        {u"labels"_s, labelsJson(node.labels)},
        {u"agent_command"_s, node.agentCommand},
    };
}

QJsonObject changedFields(const Node &old, const Node &node)
{
    const QJsonObject before = nodeJson(old);
    const QJsonObject after = nodeJson(node);
    QJsonObject changed;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), QJsonObject{{u"old"_s, before.value(it.key())},
                                                 {u"new"_s, it.value()}});
    }
    return changed;
}

} // namespace

NodeRepository::NodeRepository(Database &db, AuditLog &audit) : m_db(db), m_audit(audit) {}

// Two queries whatever the fleet's size: nodes with their site, then every label, merged here.
Result<QList<Node>> NodeRepository::list() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto ok = execStatement(query, selectNodes() + u"ORDER BY n.name"_s,
                                Tr::tr("listing nodes"), m_db.path()); !ok)
        return ok.error();
    QList<Node> nodes;
    QHash<qint64, qsizetype> rowById;
    while (query.next()) {
        nodes.append(nodeFrom(query));
        rowById.insert(nodes.constLast().id, nodes.size() - 1);
    }
    query.finish();
    if (auto ok = execStatement(query, u"SELECT node_id, key, value FROM node_labels"_s,
                                Tr::tr("listing node labels"), m_db.path()); !ok)
        return ok.error();
    while (query.next()) {
        const auto row = rowById.constFind(query.value(0).toLongLong());
        if (row != rowById.cend())
            nodes[*row].labels.insert(query.value(1).toString(), query.value(2).toString());
    }
    return nodes;
}

Result<std::optional<Node>> NodeRepository::findWhere(const QString &condition,
                                                      const QVariant &value) const
{
    auto statement = m_db.prepared(selectNodes() + u"WHERE "_s + condition);
    statement->addBindValue(value);
    if (auto ok = execQuery(*statement, Tr::tr("looking up a node"), m_db.path()); !ok)
        return ok.error();
    if (!statement->next())
        return std::optional<Node>();
    Node node = nodeFrom(*statement);
    auto labels = m_db.prepared(u"SELECT key, value FROM node_labels WHERE node_id = ?"_s);
    labels->addBindValue(node.id);
    if (auto ok = execQuery(*labels, Tr::tr("reading node labels"), m_db.path()); !ok)
        return ok.error();
    while (labels->next())
        node.labels.insert(labels->value(0).toString(), labels->value(1).toString());
    return std::optional<Node>(std::move(node));
}

Result<std::optional<Node>> NodeRepository::find(const QString &name) const
{
    return findWhere(u"n.name = ?"_s, name);
}

Result<QStringList> NodeRepository::sites() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto ok = execStatement(query, u"SELECT name FROM sites ORDER BY name"_s,
                                Tr::tr("listing sites"), m_db.path()); !ok)
        return ok.error();
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<void> NodeRepository::refuseDuplicateName(const QString &name, qint64 exceptId) const
{
    auto existing = find(name);
    if (!existing)
        return existing.error();
    if (existing->has_value() && existing->value().id != exceptId)
        return Error{Tr::tr("A node named %1 already exists; choose another name, or change or "
                            "remove the existing node.").arg(name), {}};
    return {};
}

Result<QVariant> NodeRepository::siteIdFor(const QString &site)
{
    if (site.isEmpty())
        return QVariant(QMetaType::fromType<qint64>());
    auto select = m_db.prepared(u"SELECT id FROM sites WHERE name = ?"_s);
    select->addBindValue(sqlText(site));
    if (auto ok = execQuery(*select, Tr::tr("looking up site %1").arg(site), m_db.path()); !ok)
        return ok.error();
    if (select->next())
        return select->value(0);
    // RETURNING (SQLite 3.35+, PostgreSQL) rather than lastInsertId(), which QPSQL lacks.
    auto insert = m_db.prepared(u"INSERT INTO sites (name) VALUES (?) RETURNING id"_s);
    insert->addBindValue(sqlText(site));
    if (auto ok = execQuery(*insert, Tr::tr("adding site %1").arg(site), m_db.path()); !ok)
        return ok.error();
    if (!insert->next())
        return sqlError(*insert, Tr::tr("adding site %1").arg(site), m_db.path());
    return insert->value(0);
}

Result<void> NodeRepository::writeLabels(qint64 nodeId, const QMap<QString, QString> &labels,
                                         bool replace)
{
    if (replace) {
        auto remove = m_db.prepared(u"DELETE FROM node_labels WHERE node_id = ?"_s);
        remove->addBindValue(nodeId);
        if (auto ok = execQuery(*remove, Tr::tr("replacing node labels"), m_db.path()); !ok)
            return ok;
    }
    if (labels.isEmpty())
        return {};
    auto insert = m_db.prepared(
        u"INSERT INTO node_labels (node_id, key, value) VALUES (?, ?, ?)"_s);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        insert->bindValue(0, nodeId);
        insert->bindValue(1, it.key());
        insert->bindValue(2, sqlText(it.value()));
        if (auto ok = execQuery(*insert, Tr::tr("writing node labels"), m_db.path()); !ok)
            return ok;
    }
    return {};
}

Result<Node> NodeRepository::insertRow(Node node)
{
    auto siteId = siteIdFor(node.site);
    if (!siteId)
        return siteId.error();
    node.createdAt = nowUtcMs();
    node.updatedAt = node.createdAt;
    auto statement = m_db.prepared(
        u"INSERT INTO nodes (name, host, port, user_name, identity_file, site_id, tier, "
        "agent_command, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"_s);
    QSqlQuery &query = *statement;
    query.addBindValue(sqlText(node.name));
    query.addBindValue(sqlText(node.host));
    query.addBindValue(node.port);
    query.addBindValue(sqlText(node.user));
    query.addBindValue(sqlText(node.identityFile));
    query.addBindValue(*siteId);
    query.addBindValue(tierName(node.tier));
    query.addBindValue(sqlText(node.agentCommand));
    query.addBindValue(timestampText(node.createdAt));
    query.addBindValue(timestampText(node.updatedAt));
    if (auto ok = execQuery(query, Tr::tr("adding node %1").arg(node.name), m_db.path()); !ok)
        return ok.error();
    if (!query.next())
        return sqlError(query, Tr::tr("adding node %1").arg(node.name), m_db.path());
    node.id = query.value(0).toLongLong();
    if (auto ok = writeLabels(node.id, node.labels, false); !ok)
        return ok.error();
    return node;
}

Result<Node> NodeRepository::updateRow(const Node &old, Node node)
{
    auto siteId = siteIdFor(node.site);
    if (!siteId)
        return siteId.error();
    node.id = old.id;
    node.createdAt = old.createdAt;
    node.updatedAt = nowUtcMs();
    auto statement = m_db.prepared(
        u"UPDATE nodes SET name = ?, host = ?, port = ?, user_name = ?, identity_file = ?, "
        "site_id = ?, tier = ?, agent_command = ?, updated_at = ? WHERE id = ?"_s);
    QSqlQuery &query = *statement;
    query.addBindValue(sqlText(node.name));
    query.addBindValue(sqlText(node.host));
    query.addBindValue(node.port);
    query.addBindValue(sqlText(node.user));
    query.addBindValue(sqlText(node.identityFile));
    query.addBindValue(*siteId);
    query.addBindValue(tierName(node.tier));
    query.addBindValue(sqlText(node.agentCommand));
    query.addBindValue(timestampText(node.updatedAt));
    query.addBindValue(node.id);
    if (auto ok = execQuery(query, Tr::tr("changing node %1").arg(old.name), m_db.path()); !ok)
        return ok.error();
    if (old.labels != node.labels) {
        if (auto ok = writeLabels(node.id, node.labels, true); !ok)
            return ok.error();
    }
    return node;
}

Result<Node> NodeRepository::add(const Node &node)
{
    if (auto valid = validateNode(node); !valid)
        return valid.error();
    Node stored;
    auto done = m_db.transaction([&]() -> Result<void> {
        if (auto unique = refuseDuplicateName(node.name, 0); !unique)
            return unique;
        auto inserted = insertRow(node);
        if (!inserted)
            return inserted.error();
        stored = *inserted;
        auto audited = m_audit.append(u"node.add"_s, stored.name, nodeJson(stored));
        return audited ? Result<void>() : Result<void>(audited.error());
    });
    if (!done)
        return done.error();
    return stored;
}

Result<Node> NodeRepository::update(const Node &node)
{
    if (node.id <= 0)
        return Error{Tr::tr("Node %1 cannot be changed: it is not stored yet; add it first.")
                         .arg(node.name), {}};
    if (auto valid = validateNode(node); !valid)
        return valid.error();
    Node stored;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto old = findWhere(u"n.id = ?"_s, node.id);
        if (!old)
            return old.error();
        if (!old->has_value())
            return Error{Tr::tr("Node %1 no longer exists (it was removed meanwhile); reload the "
                                "node list.").arg(node.name), {}};
        const Node &before = old->value();
        if (before.sameSettings(node)) {
            stored = before;
            return {};
        }
        if (auto unique = refuseDuplicateName(node.name, node.id); !unique)
            return unique;
        auto updated = updateRow(before, node);
        if (!updated)
            return updated.error();
        stored = *updated;
        QJsonObject details{{u"changed"_s, changedFields(before, stored)}};
        auto audited = m_audit.append(u"node.update"_s, before.name, details);
        return audited ? Result<void>() : Result<void>(audited.error());
    });
    if (!done)
        return done.error();
    return stored;
}

Result<void> NodeRepository::remove(const QString &name)
{
    return m_db.transaction([&]() -> Result<void> {
        auto existing = find(name);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            return Error{Tr::tr("There is no node named %1; list the nodes to see their names.")
                             .arg(name), {}};
        QSqlQuery query(m_db.connection());
        query.prepare(u"DELETE FROM nodes WHERE id = ?"_s);
        query.addBindValue(existing->value().id);
        if (auto ok = execQuery(query, Tr::tr("removing node %1").arg(name), m_db.path()); !ok)
            return ok;
        auto audited = m_audit.append(u"node.remove"_s, name, nodeJson(existing->value()));
        return audited ? Result<void>() : Result<void>(audited.error());
    });
}

Result<Node> NodeRepository::upsertInTransaction(const Node &node)
{
    return upsertInTransaction(node, nullptr);
}

Result<Node> NodeRepository::upsertInTransaction(const Node &node, UpsertOutcome *outcome)
{
    if (auto valid = validateNode(node); !valid)
        return valid.error();
    auto existing = find(node.name);
    if (!existing)
        return existing.error();
    if (!existing->has_value()) {
        if (outcome)
            *outcome = UpsertOutcome::Added;
        return insertRow(node);
    }
    const Node &before = existing->value();
    if (before.sameSettings(node)) {
        if (outcome)
            *outcome = UpsertOutcome::Unchanged;
        return before;
    }
    if (outcome)
        *outcome = UpsertOutcome::Updated;
    return updateRow(before, node);
}

} // namespace fleetdeck::inventory
