#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

namespace fleetdeck::fleet {

// The local agents of `fleetdeck --demo`: every demo node gets its own state folder under root
// and an agent command that runs the fleetdeck-agent beside this program as a local child
// (`local PROGRAM rpc --state DIR`). `rpc` starts the node's daemon detached, so it outlives
// the session by design; stopAll() ends those daemons before root is removed.
class DemoAgents
{
public:
    // agentProgram empty: the fleetdeck-agent beside this program.
    explicit DemoAgents(QString root, QString agentProgram = {});

    const QString &root() const { return m_root; }
    // Creates the node's state folder (owner only) and returns the command that serves it.
    QString agentCommand(const QString &nodeName);
    QStringList stateDirs() const { return m_stateDirs; }

    // Stops the daemon of every state folder handed out: SIGTERM to the pid it recorded (only
    // while it still holds its folder's lock, so a stale pid file never hits another process),
    // then SIGKILL for what is left after timeout. Returns how many daemons were running.
    int stopAll(std::chrono::milliseconds timeout = std::chrono::seconds(3)) const;

private:
    QString m_root;
    QString m_program;
    QStringList m_stateDirs;
};

} // namespace fleetdeck::fleet
