#pragma once

#include "core/common/Result.h"
#include "core/protocol/ByteChannel.h"

#include <QProcess>
#include <QStringList>

namespace fleetdeck::transport {

// An agent on this machine: runs `fleetdeck-agent rpc --state DIR` (or a node's own agent
// command) as a child process and carries the agent protocol over its stdin/stdout. stderr is
// kept (the last few KiB) to explain failures. Never blocks.
class LocalProcessTransport : public protocol::ByteChannel {
    Q_OBJECT
public:
    LocalProcessTransport(QString program, QStringList arguments, QObject *parent = nullptr);
    ~LocalProcessTransport() override;

    // Splits a node's agent command ("fleetdeck-agent rpc --state ~/agent") the way a shell
    // would split words, without running a shell; a leading ~/ means the home folder.
    static Result<QStringList> parseCommand(const QString &command);
    // The fleetdeck-agent beside this program (an install's bin folder or a build tree), else
    // the bare name, for a PATH lookup.
    static QString defaultAgentProgram();
    // `rpc --state DIR`, the arguments for a fleetdeck-agent binary.
    static QStringList rpcArguments(const QString &stateDir);

    // Starts the process; opened() or closed(reason) follows from the event loop.
    void open();
    QString commandLine() const;
    QString stderrTail() const { return QString::fromUtf8(m_stderrTail); }

    bool isOpen() const override { return m_open; }
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    // Closes the agent's stdin (rpc then exits by itself) and stops the process if it lingers.
    void close() override;

private:
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStderr();
    void emitClosed(const QString &reason);

    QString m_program;
    QStringList m_arguments;
    QProcess *m_process;
    QByteArray m_stderrTail;
    bool m_open = false;
    bool m_closedEmitted = false;
};

} // namespace fleetdeck::transport
