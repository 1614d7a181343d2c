#pragma once

#include "core/common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

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

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs work inside BEGIN IMMEDIATE ... COMMIT; rolls back if work fails or throws.
    Result<void> transaction(const std::function<Result<void>()> &work);

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace fleetdeck::inventory
