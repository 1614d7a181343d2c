#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace fleetdeck::test {

// A plain SQLite connection that bypasses Fleetdeck, to build old or foreign files and to
// tamper with ours the way an attacker with the file would.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawSqlite()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; returns the error text, empty on success.
    QString exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql) ? QString() : query.lastError().text();
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
};

} // namespace fleetdeck::test
