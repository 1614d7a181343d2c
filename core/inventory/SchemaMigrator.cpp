#include "core/inventory/SchemaMigrator.h"

#include "core/common/Log.h"
#include "core/inventory/SqlError.h"
#include "core/inventory/Tr.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

SchemaMigrator::SchemaMigrator(QSqlDatabase db, QString dbPath, QList<Migration> migrations)
    : m_db(std::move(db)), m_dbPath(std::move(dbPath)), m_migrations(std::move(migrations))
{
    for (qsizetype i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT_X(m_migrations.at(i).version == i + 1, "SchemaMigrator",
                   "migrations must be numbered 1, 2, 3, ... in order");
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<int> SchemaMigrator::currentVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return sqlError(query, Tr::tr("reading the schema version"), m_dbPath);
    return query.value(0).toInt();
}

Result<int> SchemaMigrator::migrate(int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (*current > target)
        return Error{Tr::tr("Inventory %1 was written by a newer Fleetdeck (schema %2, this build "
                            "knows %3): upgrade Fleetdeck to open it.")
                         .arg(m_dbPath).arg(*current).arg(target), {}};
    const bool fresh = *current == 0;
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= *current || migration.version > target)
            continue;
        if (fresh)  // a new file: not worth more than a debug line
            qCDebug(lcInventory) << "creating schema" << migration.version << "in" << m_dbPath;
        else
            qCInfo(lcInventory) << "migrating" << m_dbPath << "to schema" << migration.version
                                << migration.description;
        if (auto applied = apply(migration); !applied)
            return applied.error();
        *current = migration.version;
    }
    return *current;
}

Result<void> SchemaMigrator::apply(const Migration &migration)
{
    QSqlQuery query(m_db);
    if (auto begun = execStatement(query, u"BEGIN IMMEDIATE"_s,
                                   Tr::tr("starting schema migration %1").arg(migration.version),
                                   m_dbPath); !begun)
        return begun;
    auto fail = [&](const Error &error) -> Result<void> {
        QSqlQuery rollback(m_db);
        if (!rollback.exec(u"ROLLBACK"_s))
            qCWarning(lcInventory) << "rollback of migration failed:" << rollback.lastQuery();
        return Error{Tr::tr("%1 The inventory was left at schema %2.")
                         .arg(error.message).arg(migration.version - 1), {}};
    };
    // Another process may have migrated the file while we waited for the write lock.
    auto current = currentVersion();
    if (!current)
        return fail(current.error());
    if (*current >= migration.version) {
        query.exec(u"ROLLBACK"_s);
        return {};
    }
    for (const QString &statement : migration.statements) {
        if (!query.exec(statement))
            return fail(sqlError(query, Tr::tr("schema migration %1").arg(migration.version),
                                 m_dbPath));
    }
    // PRAGMA cannot take bound values; the version is our own integer.
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)))
        return fail(sqlError(query, Tr::tr("recording schema version %1").arg(migration.version),
                             m_dbPath));
    if (!query.exec(u"COMMIT"_s))
        return fail(sqlError(query, Tr::tr("committing schema migration %1")
                                        .arg(migration.version), m_dbPath));
    return {};
}

} // namespace fleetdeck::inventory
