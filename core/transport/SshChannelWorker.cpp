#include "core/transport/SshChannelWorker.h"

#include "core/common/Log.h"
#include "core/transport/SshConnection.h"
#include "core/transport/SshThreadPool.h"
#include "core/transport/Tr.h"

#include <QMutex>
#include <QSocketNotifier>
#include <QTimer>

#include <libssh/libssh.h>
#include <libssh/server.h> // declares ssh_send_keepalive(), which serves clients as well

#include <algorithm>
#include <variant>

#ifdef Q_OS_UNIX
#include <sys/ioctl.h>
#endif

namespace fleetdeck::transport {

// Shared between a worker and its handshake task: the task hands its result over only while the
// worker is alive, so a channel closed mid-handshake just drops the connection.
struct SshHandshakeJob
{
    QMutex mutex;
    SshChannelWorker *worker = nullptr;
};

namespace {
constexpr int readChunk = 64 * 1024;
constexpr uint32_t writeChunk = 32 * 1024;
} // namespace

SshChannelWorker::SshChannelWorker(SshConnectOptions options, QString command)
    : m_options(std::move(options)), m_command(std::move(command)),
      m_job(std::make_shared<SshHandshakeJob>())
{
}

SshChannelWorker::~SshChannelWorker()
{
    {
        QMutexLocker lock(&m_job->mutex);
        m_job->worker = nullptr;
    }
    release();
}

void SshChannelWorker::start()
{
    {
        QMutexLocker lock(&m_job->mutex);
        m_job->worker = this;
    }
    auto task = [job = m_job, options = m_options, command = m_command] {
        auto result = SshConnection::open(options, command);
        QMutexLocker lock(&job->mutex);
        SshChannelWorker *worker = job->worker;
        if (!worker)
            return;
        // Queued to the worker's thread; Qt drops the call if the worker is deleted first.
        if (auto *error = std::get_if<SshError>(&result)) {
            QMetaObject::invokeMethod(worker, [worker, error = *error] { worker->fail(error); },
                                      Qt::QueuedConnection);
            return;
        }
        std::shared_ptr<SshConnection> connection = std::move(std::get<0>(result));
        QMetaObject::invokeMethod(worker, [worker, connection] { worker->adopt(connection); },
                                  Qt::QueuedConnection);
    };
    SshThreadPool::instance().handshakes()->start(task);
}

void SshChannelWorker::adopt(std::shared_ptr<SshConnection> connection)
{
    if (m_done)
        return;
    m_connection = std::move(connection);
    ssh_set_blocking(m_connection->session(), 0);
    const qintptr fd = ssh_get_fd(m_connection->session());
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SshChannelWorker::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, [this] {
        noteIncoming();
        ssh_blocking_flush(m_connection->session(), 0);
        flushWrites();
        drain();
    });
    m_keepaliveTimer = new QTimer(this);
    m_keepaliveTimer->setInterval(m_options.keepaliveInterval);
    connect(m_keepaliveTimer, &QTimer::timeout, this, &SshChannelWorker::keepalive);
    m_keepaliveTimer->start();
    m_lastActivity.start();
    Q_EMIT opened(m_connection->hostKey());
    // Data may have arrived with the last handshake packets, before the notifier existed.
    drain();
}

void SshChannelWorker::write(const QByteArray &bytes)
{
    if (m_done || m_eofRequested)
        return;
    m_pending.append(bytes);
    if (m_connection)
        flushWrites();
}

void SshChannelWorker::closeWriteChannel()
{
    m_eofRequested = true;
    if (m_connection)
        flushWrites();
}

void SshChannelWorker::close()
{
    if (m_done)
        return;
    m_done = true;
    release();
}

void SshChannelWorker::onReadable()
{
    m_lastActivity.restart();
    m_missedKeepalives = 0;
    drain();
}

// libssh reads the socket inside flush and keepalive calls too; bytes waiting there before such a
// call are a sign of life the read notifier would otherwise never report.
void SshChannelWorker::noteIncoming()
{
#ifdef Q_OS_UNIX
    int waiting = 0;
    if (ioctl(int(ssh_get_fd(m_connection->session())), FIONREAD, &waiting) == 0 && waiting > 0) {
        m_lastActivity.restart();
        m_missedKeepalives = 0;
    }
#endif
}

void SshChannelWorker::drain()
{
    if (m_done || !m_connection)
        return;
    ssh_channel channel = m_connection->channel();
    QByteArray chunk;
    char buffer[readChunk];
    for (;;) {
        const int out = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 0);
        if (out > 0) {
            chunk.append(buffer, out);
            continue;
        }
        const int err = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1);
        if (err > 0) {
            m_stderr.append(buffer, err);
            continue;
        }
        if (out == SSH_ERROR || err == SSH_ERROR) {
            if (!chunk.isEmpty())
                Q_EMIT received(chunk);
            fail({SshError::Kind::Disconnected,
                  Tr::tr("The connection to %1 was lost: %2")
                      .arg(m_options.displayName(), QString::fromUtf8(ssh_get_error(m_connection->session()))),
                  {}});
            return;
        }
        break;
    }
    if (!chunk.isEmpty())
        Q_EMIT received(chunk);
    flushWrites();
    checkFinished();
}

void SshChannelWorker::flushWrites()
{
    if (m_done || !m_connection)
        return;
    ssh_channel channel = m_connection->channel();
    while (m_pendingOffset < m_pending.size()) {
        // Never more than the peer's window: a non-blocking write must not wait for it.
        const uint32_t window = ssh_channel_window_size(channel);
        const auto left = uint32_t(m_pending.size() - m_pendingOffset);
        const uint32_t size = std::min({window, left, writeChunk});
        if (size == 0)
            break; // the window adjust arrives as readable data and brings us back here
        const int written = ssh_channel_write(channel, m_pending.constData() + m_pendingOffset, size);
        if (written == SSH_ERROR) {
            fail({SshError::Kind::Disconnected,
                  Tr::tr("Sending to %1 failed: %2")
                      .arg(m_options.displayName(), QString::fromUtf8(ssh_get_error(m_connection->session()))),
                  {}});
            return;
        }
        if (written == 0)
            break;
        m_pendingOffset += written;
    }
    if (m_pendingOffset == m_pending.size()) {
        m_pending.clear();
        m_pendingOffset = 0;
        if (m_eofRequested && !m_eofSent) {
            m_eofSent = true;
            ssh_channel_send_eof(channel);
        }
    }
    // libssh keeps what the socket did not take; flush it when the socket is writable again.
    m_writeNotifier->setEnabled(ssh_get_poll_flags(m_connection->session()) & SSH_WRITE_PENDING);
}

void SshChannelWorker::checkFinished()
{
    if (m_done || !m_connection)
        return;
    ssh_channel channel = m_connection->channel();
    if (!ssh_channel_is_closed(channel) && !ssh_channel_is_eof(channel))
        return;
    const int status = ssh_channel_get_exit_status(channel);
    // sshd sends exit-status, then EOF, then close: wait for the close unless the status is in.
    if (!ssh_channel_is_closed(channel) && status == -1)
        return;
    if (status == -1 && !ssh_is_connected(m_connection->session())) {
        fail({SshError::Kind::Disconnected,
              Tr::tr("The connection to %1 was lost: %2")
                  .arg(m_options.displayName(), QString::fromUtf8(ssh_get_error(m_connection->session()))),
              {}});
        return;
    }
    m_done = true;
    const QByteArray errors = m_stderr;
    release();
    Q_EMIT finished(status, errors);
}

void SshChannelWorker::keepalive()
{
    if (m_done || !m_connection)
        return;
    noteIncoming();
    if (m_lastActivity.elapsed() < m_options.keepaliveInterval.count())
        return;
    if (m_missedKeepalives >= m_options.keepaliveCountMax) {
        const qint64 silentSeconds = m_lastActivity.elapsed() / 1000;
        fail({SshError::Kind::Timeout,
              Tr::tr("%1 stopped answering: nothing received for %n second(s). The node or the "
                     "network path to it is down.", nullptr, int(silentSeconds))
                  .arg(m_options.displayName()),
              {}});
        return;
    }
    ++m_missedKeepalives;
    // A global request the server must answer, as OpenSSH's ServerAliveInterval sends.
    ssh_send_keepalive(m_connection->session());
    flushWrites();
}

void SshChannelWorker::fail(SshError error)
{
    // Through jump hosts the target only sees its socket end; the relay knows which hop went.
    if (m_connection && error.isUnreachable()) {
        if (const QString jump = m_connection->jumpFailure(); !jump.isEmpty()) {
            error.message = Tr::tr("The connection to %1 was lost: %2").arg(m_options.displayName(), jump);
        } else if (!m_options.jumpHosts.empty()) {
            // Silence is seen at both ends at once; which one went quiet first is a race.
            QStringList hops;
            for (const SshConnectOptions &hop : m_options.jumpHosts)
                hops.append(hop.describe());
            error.message += u' '
                + Tr::tr("It is reached through the jump host(s) %1, which may be the one down.")
                      .arg(hops.join(u", "));
        }
    }
    const bool wasDone = m_done;
    m_done = true;
    const QByteArray errors = m_stderr;
    release();
    if (!wasDone) {
        qCInfo(lcTransport) << "ssh" << m_options.displayName() << "failed:" << error.message;
        Q_EMIT failed(error, errors);
    }
}

void SshChannelWorker::release()
{
    // Notifiers are switched off before the socket they watch is closed, and deleted later: this
    // may run inside one of their own signals.
    for (QSocketNotifier *notifier : {m_readNotifier, m_writeNotifier}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    if (m_keepaliveTimer) {
        m_keepaliveTimer->stop();
        m_keepaliveTimer->deleteLater();
        m_keepaliveTimer = nullptr;
    }
    m_connection.reset();
}

} // namespace fleetdeck::transport
