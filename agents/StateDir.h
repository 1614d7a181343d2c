#pragma once

#include "core/common/Result.h"

#include <QString>

namespace fleetdeck::agent {

// The daemon's state folder: private to its user (0700), holding the pid file, the lock, the
// daemon log (when rpc started it) and a record of where the socket lives.
class StateDir {
public:
    // Longest socket path the kernel takes (sizeof(sockaddr_un::sun_path) - 1 on Linux).
    static constexpr qsizetype kMaxSocketPathBytes = 107;

    // Creates the folder (0700) if needed and refuses one owned by someone else or open to others.
    static Result<StateDir> open(const QString &path);

    QString path() const { return m_path; }
    QString pidFile() const;
    QString lockFile() const;
    QString logFile() const;
    QString socketRecordFile() const;

    // Where the socket goes: in the folder when the path fits, else a short private path.
    QString socketPath() const;
    // The path the running daemon recorded, if any (it may differ when its environment did).
    QString recordedSocketPath() const;

    // Pure: DIR/agent.sock if it fits, else RUNTIME/fleetdeck-agent/<hash>.sock, else
    // /tmp/fleetdeck-<uid>/<hash>.sock; hash is the state path's SHA-256 (16 hex digits).
    static QString chooseSocketPath(const QString &stateDir, const QString &runtimeDir, uint uid);

    // Makes the socket's folder when it is not the state folder: 0700, ours, not a symlink.
    static Result<void> preparePrivateFolder(const QString &folder);

private:
    explicit StateDir(QString path)
        : m_path(std::move(path))
    {
    }
    QString m_path;
};

} // namespace fleetdeck::agent
