#include "core/transport/SshChannel.h"

#include "core/transport/SshChannelWorker.h"
#include "core/transport/SshThreadPool.h"
#include "core/transport/Tr.h"

#include <utility>

namespace fleetdeck::transport {

SshChannel::SshChannel(SshConnectOptions options, QString command, QObject *parent)
    : protocol::ByteChannel(parent), m_options(std::move(options)), m_command(std::move(command))
{
}

SshChannel::~SshChannel()
{
    if (m_worker)
        m_worker->deleteLater(); // on its own thread: libssh is only ever touched there
}

void SshChannel::open()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Connecting;
    m_worker = new SshChannelWorker(m_options, m_command);
    m_worker->moveToThread(SshThreadPool::instance().nextIoThread());
    connect(m_worker, &SshChannelWorker::opened, this, &SshChannel::onOpened);
    connect(m_worker, &SshChannelWorker::received, this, &SshChannel::onReceived);
    connect(m_worker, &SshChannelWorker::failed, this, &SshChannel::onFailed);
    connect(m_worker, &SshChannelWorker::finished, this, &SshChannel::onFinished);
    QMetaObject::invokeMethod(m_worker, &SshChannelWorker::start, Qt::QueuedConnection);
}

void SshChannel::write(const QByteArray &bytes)
{
    if (m_state == State::Closed || m_state == State::Idle || bytes.isEmpty())
        return;
    SshChannelWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, bytes] { worker->write(bytes); }, Qt::QueuedConnection);
}

QByteArray SshChannel::readAll()
{
    return std::exchange(m_incoming, {});
}

void SshChannel::closeWriteChannel()
{
    if (m_state == State::Closed || m_state == State::Idle)
        return;
    QMetaObject::invokeMethod(m_worker, &SshChannelWorker::closeWriteChannel, Qt::QueuedConnection);
}

void SshChannel::close()
{
    if (m_state == State::Closed)
        return;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SshChannelWorker::close, Qt::QueuedConnection);
    finish({});
}

void SshChannel::onOpened(const HostKeyVerdict &hostKey)
{
    if (m_state != State::Connecting)
        return;
    m_hostKey = hostKey;
    m_state = State::Open;
    Q_EMIT opened();
}

void SshChannel::onReceived(const QByteArray &bytes)
{
    if (m_state == State::Closed)
        return;
    m_incoming.append(bytes);
    Q_EMIT readyRead();
}

void SshChannel::onFailed(const SshError &error, const QByteArray &stderrOutput)
{
    if (m_state == State::Closed)
        return;
    m_error = error;
    m_stderr = stderrOutput;
    if (error.hostKey)
        m_hostKey = *error.hostKey;
    finish(error.message);
}

void SshChannel::onFinished(int exitStatus, const QByteArray &stderrOutput)
{
    if (m_state == State::Closed)
        return;
    m_exitStatus = exitStatus;
    m_stderr = stderrOutput;
    Q_EMIT finished(exitStatus);
    QString reason = Tr::tr("The remote command exited with status %1.").arg(exitStatus);
    const QString errors = QString::fromUtf8(stderrOutput).trimmed();
    if (exitStatus != 0 && !errors.isEmpty())
        reason += u' ' + Tr::tr("It said: %1").arg(errors.right(500));
    finish(reason);
}

void SshChannel::finish(const QString &reason)
{
    m_state = State::Closed;
    Q_EMIT closed(reason);
}

} // namespace fleetdeck::transport
