#include "core/fleet/session/ReconnectBackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace fleetdeck::fleet {

ReconnectBackoff::ReconnectBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max,
                                   Random random)
    : m_initial(std::max(initial, std::chrono::milliseconds(1))), m_max(std::max(max, m_initial)),
      m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

std::chrono::milliseconds ReconnectBackoff::next()
{
    // Doubling stops at max; the shift is capped so it never overflows.
    const int shift = std::min(m_attempt, 30);
    const double base = std::min(double(m_initial.count()) * double(1LL << shift), double(m_max.count()));
    ++m_attempt;
    const double jitter = std::clamp(m_random(), 0.0, 1.0);
    return std::chrono::milliseconds(qint64(base / 2 + base / 2 * jitter));
}

} // namespace fleetdeck::fleet
