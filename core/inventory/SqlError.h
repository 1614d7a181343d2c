#pragma once

#include "core/common/Result.h"

#include <QSqlQuery>
#include <QString>

namespace fleetdeck::inventory {

// Turns a failed statement into an Error that says what we were doing, on which file, and the
// driver's own words (which name the constraint or the lock that got in the way).
Error sqlError(const QSqlQuery &query, const QString &doing, const QString &dbPath);

// exec() of a prepared statement, as a Result.
Result<void> execQuery(QSqlQuery &query, const QString &doing, const QString &dbPath);

// prepare() + exec() of a statement without bound values.
Result<void> execStatement(QSqlQuery &query, const QString &sql, const QString &doing,
                           const QString &dbPath);

// How timestamps are stored: UTC, ISO 8601 with milliseconds. Audit row hashes cover this text,
// so every table writes it the same way.
inline const QString StoredTimestampFormat = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");

// A null QString binds as SQL NULL; text columns are NOT NULL, so bind "" instead.
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace fleetdeck::inventory
