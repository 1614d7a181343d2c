#pragma once

#include "core/common/Result.h"
#include "core/inventory/Node.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace fleetdeck::inventory {

class AuditLog;
class Database;

// Nodes with their site and labels. Every change is validated, runs in one transaction and
// appends an audit row in that same transaction.
class NodeRepository
{
public:
    NodeRepository(Database &db, AuditLog &audit);

    Result<QList<Node>> list() const;                      // ordered by name
    Result<std::optional<Node>> find(const QString &name) const;
    Result<QStringList> sites() const;

    Result<Node> add(const Node &node);      // refuses a duplicate name, naming it
    Result<Node> update(const Node &node);   // by id; may rename
    Result<void> remove(const QString &name);

    // Insert-or-update many nodes in the caller's transaction, without auditing each one.
    // For importers and the demo fleet; they audit the batch themselves.
    Result<Node> upsertInTransaction(const Node &node);
    enum class UpsertOutcome { Added, Updated, Unchanged };
    Result<Node> upsertInTransaction(const Node &node, UpsertOutcome *outcome);

    Database &database() const { return m_db; }
    AuditLog &auditLog() const { return m_audit; }

private:
    Result<std::optional<Node>> findWhere(const QString &condition, const QVariant &value) const;
    Result<QVariant> siteIdFor(const QString &site);
    Result<void> writeLabels(qint64 nodeId, const QMap<QString, QString> &labels,
                             bool replace);
    Result<Node> insertRow(Node node);
    Result<Node> updateRow(const Node &old, Node node);
    Result<void> refuseDuplicateName(const QString &name, qint64 exceptId) const;

    Database &m_db;
    AuditLog &m_audit;
};

} // namespace fleetdeck::inventory
