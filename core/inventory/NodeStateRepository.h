#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fleetdeck::inventory {

class Database;

// What the fleet last learned about a node: its state with the reason, and its facts.
struct NodeStateRecord
{
    qint64 nodeId = 0;
    QString state;        // a stable name ("online", "unreachable", "host-key-refused", ...)
    QString reason;       // empty when online
    QDateTime updatedAt;  // UTC
    QJsonObject facts;    // empty when never collected
    QDateTime factsCollectedAt;
};

// node_state and node_facts (schema 2). A state is replaced on every check; facts only when new
// ones arrived, so an unreachable node keeps what it last reported. Writes run in the caller's
// transaction when one is open; batch a fleet's results in one.
class NodeStateRepository
{
public:
    explicit NodeStateRepository(Database &db);

    Result<void> saveState(qint64 nodeId, const QString &state, const QString &reason,
                           const QDateTime &at);
    Result<void> saveFacts(qint64 nodeId, const QJsonObject &facts, const QDateTime &at);

    Result<std::optional<NodeStateRecord>> find(qint64 nodeId) const;
    // Every node with a state or facts, by node id.
    Result<QList<NodeStateRecord>> list() const;

private:
    Database &m_db;
};

} // namespace fleetdeck::inventory
