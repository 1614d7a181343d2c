#pragma once

#include <chrono>
#include <functional>

namespace fleetdeck::fleet {

// Delays between reconnect attempts: exponential (initial, 2x, 4x ... up to max) with "equal
// jitter" (half fixed, half random), so 1,000 nodes that dropped together (a switch reboot, the
// laptop waking up) do not all knock again in the same instant. Pure; the random source is
// injectable for tests and returns a value in [0, 1).
class ReconnectBackoff
{
public:
    using Random = std::function<double()>;

    ReconnectBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max,
                     Random random = {});

    // The delay before the next attempt; each call doubles the base, up to max.
    std::chrono::milliseconds next();
    // After a successful connection.
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_max;
    Random m_random;
    int m_attempt = 0;
};

} // namespace fleetdeck::fleet
