#pragma once

#include "agents/StateDir.h"

#include <QObject>

class QLocalSocket;
class QSocketNotifier;

namespace fleetdeck::agent {

// `fleetdeck-agent rpc`: copies stdin to the daemon's socket and the socket to stdout, byte for
// byte (the daemon parses; the bridge never does). Starts the daemon when none answers.
class RpcBridge : public QObject {
    Q_OBJECT
public:
    RpcBridge(StateDir stateDir, QString agentProgram, QObject *parent = nullptr);

    // Blocks (this process has nothing else to do) until connected, starting the daemon once
    // if needed, for at most 10 s.
    Result<void> connectToDaemon();
    // Starts copying; finished() comes when either side closes.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool tryConnect(const QString &path);
    void onStdinReadable();
    void onSocketReadyRead();
    void onSocketBytesWritten();
    bool writeStdout(const QByteArray &bytes);
    void finish(int exitCode);
    QString daemonLogTail() const;

    StateDir m_stateDir;
    QString m_agentProgram;
    QLocalSocket *m_socket = nullptr;
    QSocketNotifier *m_stdin = nullptr;
    bool m_finished = false;
};

} // namespace fleetdeck::agent
