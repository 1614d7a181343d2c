#pragma once

#include "core/transport/HostKeyPolicy.h"
#include "core/transport/SshConnectOptions.h"
#include "core/transport/SshError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace fleetdeck::transport {

class SshConnection;
struct SshHandshakeJob;

// The I/O half of an SshChannel. Lives on one of SshThreadPool's I/O threads; after the
// handshake (run on the handshake pool) it drives the session non-blocking from socket
// notifiers, so one thread serves many sessions. It talks to SshChannel by queued signals only.
class SshChannelWorker : public QObject
{
    Q_OBJECT
public:
    SshChannelWorker(SshConnectOptions options, QString command);
    ~SshChannelWorker() override;

    void start();
    void write(const QByteArray &bytes);
    void closeWriteChannel();
    void close();

Q_SIGNALS:
    void opened(const fleetdeck::transport::HostKeyVerdict &hostKey);
    void received(const QByteArray &bytes);
    void failed(const fleetdeck::transport::SshError &error, const QByteArray &stderrOutput);
    void finished(int exitStatus, const QByteArray &stderrOutput);

private:
    void adopt(std::shared_ptr<SshConnection> connection);
    void onReadable();
    void noteIncoming();
    void drain();
    void flushWrites();
    void checkFinished();
    void keepalive();
    void fail(SshError error);
    void release();

    SshConnectOptions m_options;
    QString m_command;
    std::shared_ptr<SshHandshakeJob> m_job;
    std::shared_ptr<SshConnection> m_connection;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_keepaliveTimer = nullptr;
    QElapsedTimer m_lastActivity;
    int m_missedKeepalives = 0;
    QByteArray m_pending;
    qsizetype m_pendingOffset = 0;
    QByteArray m_stderr;
    bool m_eofRequested = false;
    bool m_eofSent = false;
    bool m_done = false;
};

} // namespace fleetdeck::transport
