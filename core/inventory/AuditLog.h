#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace fleetdeck::inventory {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;          // UTC, millisecond precision
    QString actor;         // "alice@laptop (cli)"
    QString action;        // stable dotted verb: "node.add", "node.import", "node.remove"
    QString subject;       // what it acted on: node name, file, ...
    QJsonObject details;   // structured facts; never secrets
    QByteArray prevHash;   // hex SHA-256 of the previous row ("" for the first)
    QByteArray hash;       // hex SHA-256 over prevHash and this row's canonical form
};

struct AuditVerification
{
    qint64 rowsChecked = 0;
    std::optional<qint64> firstBrokenId;  // empty: the chain holds
    QString problem;                      // why that row is broken
};

// Append-only, hash-chained log. Rows are never updated or deleted (triggers refuse it);
// each row carries the hash of the previous one so an edit anywhere breaks the chain from there.
// Row hash: hex SHA-256 of prev_hash + "\n" + the compact JSON array
// ["<id>", at ("yyyy-MM-ddTHH:mm:ss.zzzZ"), actor, action, subject, details (compact JSON)].
// Removing the newest rows leaves a valid shorter chain: only a head hash recorded elsewhere
// (recent(1)) can prove the tail complete.
class AuditLog
{
public:
    explicit AuditLog(Database &db, QString actor);

    // Appends within the caller's transaction when one is open.
    Result<AuditEntry> append(const QString &action, const QString &subject,
                              const QJsonObject &details = {});

    // Newest first; limit <= 0 means all.
    Result<QList<AuditEntry>> recent(int limit, qint64 beforeId = 0) const;

    // Walks every row in id order, a chunk at a time, and names the first broken one.
    Result<AuditVerification> verify() const;

    // "user@host (tool)" for the current OS user.
    static QString defaultActor(const QString &tool);

private:
    Database &m_db;
    QString m_actor;
};

} // namespace fleetdeck::inventory
