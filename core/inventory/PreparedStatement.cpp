#include "core/inventory/PreparedStatement.h"

namespace fleetdeck::inventory {

PreparedStatement::PreparedStatement(QSqlQuery &cached, bool &inUse)
    : m_cached(&cached), m_inUse(&inUse)
{
    inUse = true;
}

PreparedStatement::PreparedStatement(QSqlQuery oneOff) : m_owned(std::move(oneOff)) {}

PreparedStatement::PreparedStatement(PreparedStatement &&other) noexcept
    : m_cached(other.m_cached), m_inUse(other.m_inUse), m_owned(std::move(other.m_owned))
{
    other.m_cached = nullptr;
    other.m_inUse = nullptr;
    other.m_owned.reset();
}

PreparedStatement::~PreparedStatement()
{
    if (m_owned) {
        m_owned->finish();
    } else if (m_cached) {
        m_cached->finish();
        *m_inUse = false;
    }
}

} // namespace fleetdeck::inventory
