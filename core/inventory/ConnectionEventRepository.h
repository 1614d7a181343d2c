#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fleetdeck::inventory {

class Database;

// One change of a node's connection, as the Events page shows it.
struct ConnectionEventRecord
{
    qint64 id = 0;       // 0 until stored
    qint64 nodeId = 0;
    QString nodeName;    // read back from nodes; not stored twice
    QDateTime at;        // UTC
    QString kind;        // "connected", "reconnected", "degraded", "lost", "host-key-refused", "disconnected"
    QString state;       // the node state's stable name ("online", "unreachable", ...)
    QString reason;      // what went wrong and what to do; never a secret
};

// connection_events (schema 4): appended in batches by the writer thread, read newest first.
// The table is bounded: every append also drops what is older than Retention::maxAge or beyond
// Retention::maxRows, in the same transaction, so a flapping node cannot grow the file forever.
class ConnectionEventRepository
{
public:
    struct Retention
    {
        int maxRows = 100000;
        int maxAgeDays = 30;
    };

    explicit ConnectionEventRepository(Database &db);
    ConnectionEventRepository(Database &db, Retention retention);

    // Stores events in order (one transaction, or the caller's) and prunes. Events of nodes that
    // were removed meanwhile are skipped, not an error. Returns how many were stored.
    Result<int> append(const QList<ConnectionEventRecord> &events);

    // Newest first; nodeId limits it to one node.
    Result<QList<ConnectionEventRecord>> list(int limit, int offset = 0,
                                              std::optional<qint64> nodeId = std::nullopt) const;
    Result<qint64> count(std::optional<qint64> nodeId = std::nullopt) const;

private:
    Result<void> prune(const QDateTime &now);

    Database &m_db;
    Retention m_retention;
};

} // namespace fleetdeck::inventory
