#include "core/inventory/Database.h"

#include "core/common/Log.h"
#include "core/inventory/InventorySchema.h"
#include "core/inventory/SchemaMigrator.h"
#include "core/inventory/SqlError.h"
#include "core/inventory/Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

namespace {

constexpr int BusyTimeoutMs = 5000;
const QLatin1StringView Driver("QSQLITE");

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"fleetdeck-inventory-%1"_s.arg(++counter);
}

// Looks at the first bytes before SQLite does: SQLite would "open" any file and fail only on
// the first query, with a message that does not say which file or what to do.
Result<void> checkFile(const QString &path, Database::OpenMode mode)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error{Tr::tr("%1 is a folder, not an inventory file; give a file name with --db.")
                         .arg(path), {}};
    if (!info.exists()) {
        if (mode == Database::OpenMode::ReadOnly)
            return Error{Tr::tr("Inventory %1 does not exist; check the path given with --db.")
                             .arg(path), {}};
        if (!QDir().mkpath(info.absolutePath()))
            return Error{Tr::tr("Cannot create the folder %1 for the inventory; check its "
                                "permissions or choose another file with --db.")
                             .arg(info.absolutePath()), {}};
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read inventory %1: %2. Check its permissions.")
                         .arg(path, file.errorString()), {}};
    const QByteArray header = file.read(16);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.isEmpty() && header != magic)
        return Error{Tr::tr("%1 is not a SQLite database; choose another file with --db or move "
                            "it away.").arg(path), {}};
    return {};
}

Result<qint64> pragmaValue(const QSqlDatabase &db, const QString &sql, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return Error{Tr::tr("Cannot read %1 as a SQLite database (%2); it may be damaged. Choose "
                            "another file with --db or restore a backup.")
                         .arg(path, query.lastError().text()), {}};
    return query.value(0).toLongLong();
}

} // namespace

Database::Database(QString path, QString connectionName, OpenMode mode)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_mode(mode)
{
}

Database::~Database()
{
    m_statements.clear();  // statements must go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (path.isEmpty())
        return Error{Tr::tr("No inventory file given; name one with --db."), {}};
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto checked = checkFile(absolute, mode); !checked)
        return checked.error();
    if (!QSqlDatabase::isDriverAvailable(Driver))
        return Error{Tr::tr("Qt's SQLite driver (QSQLITE) is not installed; install the Qt 6 "
                            "SQLite plugin (Debian: libqt6sql6-sqlite)."), {}};

    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName(), mode));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(Driver, db->m_connectionName);
        connection.setDatabaseName(absolute);
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs);
        if (mode == OpenMode::ReadOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        connection.setConnectOptions(options);
        if (!connection.open())
            return Error{Tr::tr("Cannot open inventory %1: %2").arg(absolute,
                                connection.lastError().text()), {}};
    }
    if (auto ready = db->checkAndMigrate(); !ready)
        return ready.error();
    return db;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + u"/inventory.sqlite"_s;
}

int Database::latestSchemaVersion()
{
    return inventoryMigrations().constLast().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto version = pragmaValue(connection(), u"PRAGMA user_version"_s, m_path);
    return version ? int(*version) : -1;
}

PreparedStatement Database::prepared(const QString &sql)
{
    auto found = m_statements.find(sql);
    if (found != m_statements.end() && !found->second->inUse)
        return PreparedStatement(found->second->query, found->second->inUse);
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // A statement that does not prepare is not cached; its exec() reports the error.
    if (!query.prepare(sql) || found != m_statements.end())
        return PreparedStatement(std::move(query));
    auto cached = std::make_unique<CachedStatement>(CachedStatement{std::move(query), false});
    auto inserted = m_statements.emplace(sql, std::move(cached)).first;
    return PreparedStatement(inserted->second->query, inserted->second->inUse);
}

Result<void> Database::configureConnection()
{
    QSqlQuery query(connection());
    const QString doing = Tr::tr("configuring the connection");
    if (auto ok = execStatement(query, u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs), doing,
                                m_path); !ok)
        return ok;
    if (auto ok = execStatement(query, u"PRAGMA foreign_keys = ON"_s, doing, m_path); !ok)
        return ok;
    if (m_mode == OpenMode::ReadOnly)
        return {};
    // Only now that the file is known to be ours: switching to WAL rewrites the header.
    // WAL lets the GUI read while the writer thread writes; NORMAL is durable in WAL mode
    // except for the last transactions before a power cut, which is the usual trade.
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return sqlError(query, doing, m_path);
    if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcInventory) << "WAL mode refused for" << m_path << "- using"
                               << query.value(0).toString();
    query.finish();
    return execStatement(query, u"PRAGMA synchronous = NORMAL"_s, doing, m_path);
}

Result<void> Database::checkAndMigrate()
{
    const QSqlDatabase db = connection();
    // One statement, so one snapshot: read apart, another process creating the file at the same
    // moment could show us its tables but not yet its application_id.
    QSqlQuery header(db);
    if (!header.exec(u"SELECT (SELECT application_id FROM pragma_application_id), "
                     "(SELECT user_version FROM pragma_user_version), "
                     "(SELECT count(*) FROM sqlite_master WHERE type = 'table')"_s)
        || !header.next())
        return Error{Tr::tr("Cannot read %1 as a SQLite database (%2); it may be damaged. Choose "
                            "another file with --db or restore a backup.")
                         .arg(m_path, header.lastError().text()), {}};
    const qint64 appId = header.value(0).toLongLong();
    const qint64 version = header.value(1).toLongLong();
    const qint64 tables = header.value(2).toLongLong();
    header.finish();
    const bool fresh = appId == 0 && tables == 0 && version == 0;
    if (appId != InventoryApplicationId && !fresh)
        return Error{Tr::tr("%1 is a SQLite database but not a Fleetdeck inventory; choose "
                            "another file with --db.").arg(m_path), {}};
    const int latest = latestSchemaVersion();
    if (version > latest)
        return Error{Tr::tr("Inventory %1 was written by a newer Fleetdeck (schema %2, this build "
                            "knows %3): upgrade Fleetdeck to open it.")
                         .arg(m_path).arg(version).arg(latest), {}};
    if (m_mode == OpenMode::ReadOnly && (fresh || version < latest))
        return Error{Tr::tr("Inventory %1 has schema %2 and this build needs %3; open it once "
                            "without read-only mode so it can be upgraded.")
                         .arg(m_path).arg(version).arg(latest), {}};
    if (auto configured = configureConnection(); !configured)
        return configured;
    if (m_mode == OpenMode::ReadOnly)
        return {};
    if (fresh) {
        QSqlQuery query(db);
        if (auto marked = execStatement(query, u"PRAGMA application_id = %1"_s
                                        .arg(InventoryApplicationId),
                                        Tr::tr("marking the file as an inventory"), m_path);
            !marked)
            return marked;
    }
    if (tables > 0 && version < latest) {
        if (auto kept = keepBackup(int(version)); !kept)
            return kept;
    }
    SchemaMigrator migrator(db, m_path, inventoryMigrations());
    auto reached = migrator.migrate();
    if (!reached)
        return reached.error();
    return {};
}

QString Database::backupPath(const QString &path, int schemaVersion)
{
    return path + u".schema-%1.bak"_s.arg(schemaVersion);
}

// An upgrade cannot be undone by an older Fleetdeck, so the file as it was is kept beside it.
// VACUUM INTO writes a consistent copy even while WAL holds recent commits.
Result<void> Database::keepBackup(int schemaVersion)
{
    const QString target = backupPath(m_path, schemaVersion);
    if (QFileInfo::exists(target))
        return {};  // the first copy at this version is the one worth keeping
    QSqlQuery query(connection());
    QString quoted = target;
    quoted.replace(u'\'', u"''"_s);
    // Another Fleetdeck upgrading the same file at the same moment may have just written it.
    if (!query.exec(u"VACUUM INTO '"_s + quoted + u"'"_s) && !QFileInfo::exists(target))
        return Error{Tr::tr("Cannot keep a copy of inventory %1 before upgrading it (%2); free "
                            "some disk space or make its folder writable, then try again.")
                         .arg(m_path, query.lastError().text()), {}};
    qCInfo(lcInventory) << "kept a copy of schema" << schemaVersion << "at" << target;
    return {};
}

Result<void> Database::finishTransaction(int depth, bool commit)
{
    QSqlQuery query(connection());
    const QString savepoint = u"fleetdeck_sp%1"_s.arg(depth);
    if (commit) {
        const QString sql = depth == 0 ? u"COMMIT"_s : u"RELEASE SAVEPOINT "_s + savepoint;
        if (query.exec(sql))
            return {};
        Error error = sqlError(query, Tr::tr("committing a change"), m_path);
        finishTransaction(depth, false).ok();
        return error;
    }
    if (depth == 0)
        return execStatement(query, u"ROLLBACK"_s, Tr::tr("undoing a change"), m_path);
    // QSQLITE runs one statement per exec().
    if (auto undone = execStatement(query, u"ROLLBACK TO SAVEPOINT "_s + savepoint,
                                    Tr::tr("undoing a change"), m_path); !undone)
        return undone;
    return execStatement(query, u"RELEASE SAVEPOINT "_s + savepoint, Tr::tr("undoing a change"),
                         m_path);
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    if (m_mode == OpenMode::ReadOnly)
        return Error{Tr::tr("Inventory %1 is open read-only; it cannot be changed.").arg(m_path),
                     {}};
    const int depth = m_transactionDepth;
    QSqlQuery query(connection());
    const QString begin = depth == 0 ? u"BEGIN IMMEDIATE"_s
                                     : u"SAVEPOINT fleetdeck_sp%1"_s.arg(depth);
    if (auto begun = execStatement(query, begin, Tr::tr("starting a change"), m_path); !begun)
        return begun;
    ++m_transactionDepth;
    Result<void> result;
    try {
        result = work();
    } catch (...) {
        --m_transactionDepth;
        finishTransaction(depth, false).ok();
        throw;
    }
    --m_transactionDepth;
    if (!result) {
        if (auto undone = finishTransaction(depth, false); !undone)
            qCWarning(lcInventory) << "rollback failed:" << undone.error().toString();
        return result;
    }
    return finishTransaction(depth, true);
}

} // namespace fleetdeck::inventory
