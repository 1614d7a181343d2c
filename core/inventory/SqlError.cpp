#include "core/inventory/SqlError.h"

#include "core/common/Log.h"
#include "core/inventory/Tr.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

Error sqlError(const QSqlQuery &query, const QString &doing, const QString &dbPath)
{
    const QSqlError error = query.lastError();
    qCDebug(lcInventory) << "SQL failed:" << doing << query.lastQuery() << error.text();
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    if (detail.contains(u"locked"_s) || detail.contains(u"busy"_s))
        return Error{Tr::tr("Inventory %1: %2 failed: %3. Another Fleetdeck (app or CLI) is "
                            "writing to it; try again when it is done.")
                         .arg(dbPath, doing, detail), {}};
    return Error{Tr::tr("Inventory %1: %2 failed: %3").arg(dbPath, doing, detail), {}};
}

Result<void> execQuery(QSqlQuery &query, const QString &doing, const QString &dbPath)
{
    if (!query.exec())
        return sqlError(query, doing, dbPath);
    return {};
}

Result<void> execStatement(QSqlQuery &query, const QString &sql, const QString &doing,
                           const QString &dbPath)
{
    if (!query.exec(sql))
        return sqlError(query, doing, dbPath);
    return {};
}

} // namespace fleetdeck::inventory
