#pragma once

#include <QSqlQuery>

#include <optional>

namespace fleetdeck::inventory {

// One use of a prepared statement from Database::prepared(). SQLite parses a statement once
// per connection; each use binds, runs and reads, and this handle resets the statement when it
// goes away, so no half-read SELECT keeps a read transaction (and an old snapshot) open.
class PreparedStatement
{
public:
    // A cached statement: *inUse is cleared again when this handle goes away.
    PreparedStatement(QSqlQuery &cached, bool &inUse);
    // A one-off statement, for SQL that is already in use further up the stack.
    explicit PreparedStatement(QSqlQuery oneOff);
    ~PreparedStatement();

    PreparedStatement(PreparedStatement &&other) noexcept;
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;
    PreparedStatement &operator=(PreparedStatement &&) = delete;

    QSqlQuery &query() { return m_owned ? *m_owned : *m_cached; }
    QSqlQuery *operator->() { return &query(); }
    QSqlQuery &operator*() { return query(); }

private:
    QSqlQuery *m_cached = nullptr;
    bool *m_inUse = nullptr;
    std::optional<QSqlQuery> m_owned;
};

} // namespace fleetdeck::inventory
