#pragma once

#include "core/protocol/ByteChannel.h"
#include "core/transport/HostKeyPolicy.h"
#include "core/transport/SshConnectOptions.h"
#include "core/transport/SshError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fleetdeck::transport {

class SshChannelWorker;

// A remote command over SSH as a binary-safe byte stream: what the command writes to stdout
// arrives through readyRead()/readAll(), write() feeds its stdin, stderr is kept for messages.
// Connecting, host-key checking and all libssh calls happen off this object's thread; nothing
// here blocks. Lifecycle: open() -> opened() -> ... -> closed(reason), emitted exactly once.
// The agent protocol runs over it as over any ByteChannel (`fleetdeck-agent rpc --state DIR`).
class SshChannel : public protocol::ByteChannel
{
    Q_OBJECT
public:
    SshChannel(SshConnectOptions options, QString command, QObject *parent = nullptr);
    ~SshChannel() override;

    void open();
    bool isOpen() const override { return m_state == State::Open; }
    // Queued until the channel is open; bytes written after close are dropped.
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    // Sends EOF on the command's stdin (what `cat` needs to finish).
    void closeWriteChannel();
    // Closes this end; emits closed() with an empty reason unless already closed.
    void close() override;

    const SshConnectOptions &options() const { return m_options; }
    // Set once the channel failed: what went wrong, for the CLI's exit code or a GUI dialog.
    const std::optional<SshError> &error() const { return m_error; }
    // The remote command's exit status, once it finished; -1 when unknown.
    int exitStatus() const { return m_exitStatus; }
    const QByteArray &stderrOutput() const { return m_stderr; }
    const HostKeyVerdict &hostKey() const { return m_hostKey; }

Q_SIGNALS:
    // The remote command exited; closed() follows.
    void finished(int exitStatus);

private:
    enum class State { Idle, Connecting, Open, Closed };

    void onOpened(const HostKeyVerdict &hostKey);
    void onReceived(const QByteArray &bytes);
    void onFailed(const SshError &error, const QByteArray &stderrOutput);
    void onFinished(int exitStatus, const QByteArray &stderrOutput);
    void finish(const QString &reason);

    SshConnectOptions m_options;
    QString m_command;
    State m_state = State::Idle;
    SshChannelWorker *m_worker = nullptr;
    QByteArray m_incoming;
    QByteArray m_stderr;
    int m_exitStatus = -1;
    std::optional<SshError> m_error;
    HostKeyVerdict m_hostKey;
};

} // namespace fleetdeck::transport
