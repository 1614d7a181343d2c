#include "agents/RpcBridge.h"

#include "agents/DaemonLauncher.h"
#include "agents/Tr.h"
#include "core/common/Log.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLocalSocket>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fleetdeck::agent {

namespace {
// Stop reading stdin while this much waits for the daemon, so a fast sender cannot fill memory.
constexpr qint64 kMaxQueuedBytes = 8 * 1024 * 1024;
constexpr qint64 kReadSize = 64 * 1024;
} // namespace

RpcBridge::RpcBridge(StateDir stateDir, QString agentProgram, QObject *parent)
    : QObject(parent)
    , m_stateDir(std::move(stateDir))
    , m_agentProgram(std::move(agentProgram))
{
    m_socket = new QLocalSocket(this);
}

bool RpcBridge::tryConnect(const QString &path)
{
    if (path.isEmpty())
        return false;
    m_socket->connectToServer(path);
    if (m_socket->waitForConnected(1000))
        return true;
    m_socket->abort();
    return false;
}

Result<void> RpcBridge::connectToDaemon()
{
    const QDeadlineTimer deadline(10000);
    bool launched = false;
    while (true) {
        // The daemon's own record wins: its environment may have chosen another socket path.
        if (tryConnect(m_stateDir.recordedSocketPath()) || tryConnect(m_stateDir.socketPath()))
            return {};
        if (deadline.hasExpired())
            break;
        if (!launched) {
            qCDebug(lcAgent) << "no daemon answers; starting one";
            if (Result<void> started = DaemonLauncher::launch(m_agentProgram, m_stateDir); !started)
                return started;
            launched = true;
        }
        QThread::msleep(20);
    }
    return Error { Tr::tr("The agent daemon for %1 did not start within 10 s. Its log says: %2")
                       .arg(m_stateDir.path(), daemonLogTail()),
        {} };
}

QString RpcBridge::daemonLogTail() const
{
    QFile log(m_stateDir.logFile());
    if (!log.open(QIODevice::ReadOnly))
        return Tr::tr("(no log at %1)").arg(m_stateDir.logFile());
    if (log.size() > 2000)
        log.seek(log.size() - 2000);
    return QString::fromUtf8(log.readAll()).trimmed();
}

void RpcBridge::start()
{
    connect(m_socket, &QLocalSocket::readyRead, this, &RpcBridge::onSocketReadyRead);
    connect(m_socket, &QLocalSocket::bytesWritten, this, &RpcBridge::onSocketBytesWritten);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        onSocketReadyRead();
        finish(0);
    });
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &RpcBridge::onStdinReadable);
    // Bytes that arrived with the connection are not announced again.
    if (m_socket->bytesAvailable() > 0)
        onSocketReadyRead();
}

void RpcBridge::onStdinReadable()
{
    QByteArray buffer(kReadSize, Qt::Uninitialized);
    const ssize_t n = ::read(STDIN_FILENO, buffer.data(), size_t(buffer.size()));
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        // The control plane closed its end: end the session; the daemon stays up.
        m_stdin->setEnabled(false);
        m_socket->disconnectFromServer();
        if (m_socket->state() == QLocalSocket::UnconnectedState)
            finish(0);
        return;
    }
    buffer.truncate(n);
    m_socket->write(buffer);
    if (m_socket->bytesToWrite() > kMaxQueuedBytes)
        m_stdin->setEnabled(false);
}

void RpcBridge::onSocketBytesWritten()
{
    if (m_stdin && !m_stdin->isEnabled() && m_socket->state() == QLocalSocket::ConnectedState
        && m_socket->bytesToWrite() <= kMaxQueuedBytes) {
        m_stdin->setEnabled(true);
    }
}

void RpcBridge::onSocketReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty() && !writeStdout(bytes)) {
        m_socket->abort();
        finish(1);
    }
}

void RpcBridge::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

bool RpcBridge::writeStdout(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n =
            ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0) {
            done += n;
        } else if (n < 0 && errno == EAGAIN) {
            pollfd out { STDOUT_FILENO, POLLOUT, 0 };
            ::poll(&out, 1, 1000);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            return false; // the reader went away (EPIPE): nobody is left to answer
        }
    }
    return true;
}

} // namespace fleetdeck::agent
