#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace fleetdeck::inventory {

// One forward step of the schema: the statements that take a file from version - 1 to version.
struct Migration
{
    int version = 0;
    QString description;   // for logs: "nodes, sites, labels, audit log"
    QStringList statements;
};

// Applies forward migrations keyed by PRAGMA user_version. Each migration runs in its own
// transaction that also bumps user_version, so a failure leaves the file at the version before.
// Versions must be 1, 2, 3, ... in order; adding one is appending one entry to the list.
class SchemaMigrator
{
public:
    SchemaMigrator(QSqlDatabase db, QString dbPath, QList<Migration> migrations);

    int latestVersion() const;
    Result<int> currentVersion() const;

    // Migrates up to target (latestVersion() when target < 0). Refuses a file that is newer
    // than target. Returns the version reached.
    Result<int> migrate(int target = -1);

private:
    Result<void> apply(const Migration &migration);

    QSqlDatabase m_db;
    QString m_dbPath;
    QList<Migration> m_migrations;
};

} // namespace fleetdeck::inventory
