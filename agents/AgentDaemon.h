#pragma once

#include "agents/InstanceLock.h"
#include "agents/StateDir.h"

#include <QObject>

#include <optional>

class QLocalServer;

namespace fleetdeck::agent {

// `fleetdeck-agent daemon`: owns the state folder (one daemon per folder), listens on a socket
// only its user can open, and serves each connection with an RpcSession.
class AgentDaemon : public QObject {
    Q_OBJECT
public:
    explicit AgentDaemon(StateDir stateDir, QObject *parent = nullptr);
    ~AgentDaemon() override;

    // Takes the lock, listens, then records the pid and the socket path in the state folder.
    Result<void> start();
    QString socketPath() const { return m_socketPath; }

private:
    Result<void> listen();
    void onNewConnection();
    void removeFiles();

    StateDir m_stateDir;
    std::optional<InstanceLock> m_lock;
    QLocalServer *m_server = nullptr;
    QString m_socketPath;
};

} // namespace fleetdeck::agent
