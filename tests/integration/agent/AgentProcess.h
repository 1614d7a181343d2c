#pragma once

#include <QString>

namespace fleetdeck::test {

// The built fleetdeck-agent binary.
QString agentBinary();

// The daemon's pid from DIR/agent.pid, or 0.
qint64 daemonPid(const QString &stateDir);

// Whether the process runs (a zombie left for a non-reaping init counts as gone).
bool processAlive(qint64 pid);

// Stops the daemon of stateDir by its recorded PID (SIGTERM, then SIGKILL after 5 s) and
// waits until it is gone. Never by name.
void stopDaemon(const QString &stateDir);

} // namespace fleetdeck::test
