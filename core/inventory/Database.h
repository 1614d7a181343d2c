#pragma once

#include "core/common/Result.h"
#include "core/inventory/PreparedStatement.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

namespace fleetdeck::inventory {

// One SQLite connection, owned by one thread. WAL, foreign keys on, schema migrated on open.
// The file is marked with PRAGMA application_id so a foreign SQLite file is recognised and refused.
class Database
{
public:
    enum class OpenMode { ReadWrite, ReadOnly };

    // Opens (creating if needed) and migrates to latestSchemaVersion(). Refuses, with a message
    // that names the file and what to do: a file that is not SQLite, a SQLite file that is not a
    // Fleetdeck inventory, a schema newer than this build understands.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  OpenMode mode = OpenMode::ReadWrite);

    // The default location: QStandardPaths::AppDataLocation + "/inventory.sqlite".
    static QString defaultPath();

    static int latestSchemaVersion();

    // Before migrating a file that holds data, open() keeps a copy of it here (once per
    // version): "<path>.schema-<version>.bak".
    static QString backupPath(const QString &path, int schemaVersion);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    OpenMode mode() const { return m_mode; }

    // Runs work inside BEGIN IMMEDIATE ... COMMIT; rolls back if work fails or throws.
    // Nested calls become savepoints: an inner failure undoes only the inner work, and the
    // outer work decides whether to go on. Refused in read-only mode.
    Result<void> transaction(const std::function<Result<void>()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // The statement for sql, prepared once per connection and reused: repositories call this
    // for statements they run per row. Bind, exec and read through the handle; it resets the
    // statement when it goes away. Nested use of the same sql gets a fresh statement.
    PreparedStatement prepared(const QString &sql);

private:
    Database(QString path, QString connectionName, OpenMode mode);

    Result<void> checkAndMigrate();
    Result<void> configureConnection();
    Result<void> finishTransaction(int depth, bool commit);
    Result<void> keepBackup(int schemaVersion);

    struct CachedStatement
    {
        QSqlQuery query;
        bool inUse = false;
    };

    QString m_path;
    QString m_connectionName;
    // Declared after the connection name so it is destroyed first; ~Database also clears it
    // before the connection closes.
    std::unordered_map<QString, std::unique_ptr<CachedStatement>> m_statements;
    OpenMode m_mode = OpenMode::ReadWrite;
    int m_transactionDepth = 0;
};

} // namespace fleetdeck::inventory
