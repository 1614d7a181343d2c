#include "core/transport/SshJumpRelay.h"

#include "core/common/Log.h"
#include "core/transport/Tr.h"

#include <libssh/libssh.h>
#include <libssh/server.h> // declares ssh_send_keepalive(), which serves clients as well

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fleetdeck::transport {

namespace {
constexpr int chunkSize = 32 * 1024;
// Per direction: enough to keep a fast link busy, small enough for thousands of relays.
constexpr qsizetype bufferCap = 256 * 1024;

bool setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
}
} // namespace

SshJumpRelay::SshJumpRelay(ssh_session_struct *session, int sessionSocket, SshConnectOptions jump,
                           QString target)
    : m_session(session), m_sessionSocket(sessionSocket), m_jump(std::move(jump)),
      m_target(std::move(target))
{
}

std::variant<std::unique_ptr<SshJumpRelay>, SshError>
SshJumpRelay::start(ssh_session_struct *session, int sessionSocket, const SshConnectOptions &jump,
                    const QString &host, int port)
{
    const QString target = host + u':' + QString::number(port);
    std::unique_ptr<SshJumpRelay> relay(new SshJumpRelay(session, sessionSocket, jump, target));
    relay->m_channel = ssh_channel_new(session);
    // The originator address is informational for sshd; we forward nothing of our own.
    if (!relay->m_channel
        || ssh_channel_open_forward(relay->m_channel, host.toUtf8().constData(), port, "127.0.0.1", 0) != SSH_OK) {
        return SshError{SshError::Kind::HostUnreachable,
                        Tr::tr("Jump host %1 could not open a connection to %2: %3. Check that %2 is "
                               "reachable from the jump host and that its sshd allows TCP forwarding "
                               "there (AllowTcpForwarding, PermitOpen).")
                            .arg(jump.describe(), target, QString::fromUtf8(ssh_get_error(session))), {}};
    }
    int fds[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0 || !setNonBlocking(fds[0])
        || !setNonBlocking(fds[1])) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        for (int fd : fds) {
            if (fd >= 0)
                ::close(fd);
        }
        return SshError{SshError::Kind::Disconnected,
                        Tr::tr("Cannot relay through jump host %1: %2").arg(jump.describe(), why), {}};
    }
    relay->m_socket = fds[0];
    relay->m_peer = fds[1];
    SshJumpRelay *self = relay.get();
    try {
        relay->m_thread = std::thread([self] { self->run(); });
    } catch (const std::system_error &error) {
        return SshError{SshError::Kind::Disconnected,
                        Tr::tr("Cannot relay through jump host %1: %2")
                            .arg(jump.describe(), QString::fromLocal8Bit(error.what())), {}};
    }
    return relay;
}

SshJumpRelay::~SshJumpRelay()
{
    m_stop.store(true);
    // Wakes the relay's poll() at once; the thread then ends without touching the session.
    if (m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR);
    if (m_thread.joinable())
        m_thread.join();
    for (int fd : {m_socket, m_peer}) {
        if (fd >= 0)
            ::close(fd);
    }
    if (m_channel)
        ssh_channel_free(m_channel);
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
    ssh_free(m_session);
    // libssh never closes a socket it was given with SSH_OPTIONS_FD.
    if (m_sessionSocket >= 0)
        ::close(m_sessionSocket);
}

int SshJumpRelay::takePeerSocket()
{
    return std::exchange(m_peer, -1);
}

QString SshJumpRelay::failure() const
{
    QMutexLocker lock(&m_mutex);
    return m_failure;
}

void SshJumpRelay::fail(const QString &why)
{
    if (m_stop.load())
        return;
    qCInfo(lcTransport) << "jump host" << m_jump.displayName() << "failed:" << why;
    QMutexLocker lock(&m_mutex);
    m_failure = Tr::tr("jump host %1: %2").arg(m_jump.describe(), why);
}

void SshJumpRelay::run()
{
    ssh_set_blocking(m_session, 0);
    m_lastActivity.start();
    const int sessionFd = int(ssh_get_fd(m_session));
    const int waitMs = int(std::clamp<qint64>(m_jump.keepaliveInterval.count(), 100, 60000));
    while (!m_stop.load()) {
        if (pump() == Step::Done)
            break;
        const bool writePending = ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING;
        const short fromJump = m_toSocket.size() < bufferCap ? POLLIN : 0;
        const short fromNext = m_toChannel.size() < bufferCap ? POLLIN : 0;
        pollfd fds[2] = {
            {sessionFd, short(fromJump | (writePending ? POLLOUT : 0)), 0},
            {m_socket, short(fromNext | (m_toSocket.isEmpty() ? 0 : POLLOUT)), 0},
        };
        if (::poll(fds, 2, waitMs) < 0 && errno != EINTR) {
            fail(QString::fromLocal8Bit(std::strerror(errno)));
            break;
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            m_lastActivity.restart();
            m_missedKeepalives = 0;
        }
        if (fds[0].revents & POLLOUT)
            ssh_blocking_flush(m_session, 0);
        if (keepalive() == Step::Done)
            break;
    }
    // Whoever ended it, the next hop's session must see the end now, not at its next keepalive.
    ::shutdown(m_socket, SHUT_RDWR);
}

// Moves what is ready in both directions; every loop ends at a buffer cap or when nothing waits.
SshJumpRelay::Step SshJumpRelay::pump()
{
    const auto lost = [this] {
        fail(Tr::tr("the connection to it was lost (%1).").arg(QString::fromUtf8(ssh_get_error(m_session))));
        return Step::Done;
    };
    char buffer[chunkSize];
    while (m_toSocket.size() < bufferCap) {
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
        if (n == SSH_ERROR)
            return lost();
        if (n <= 0)
            break;
        m_toSocket.append(buffer, n);
    }
    while (!m_toSocket.isEmpty()) {
        const ssize_t n = ::send(m_socket, m_toSocket.constData(), size_t(m_toSocket.size()), MSG_NOSIGNAL);
        if (n > 0)
            m_toSocket.remove(0, qsizetype(n));
        else if (n < 0 && wouldBlock())
            break;
        else
            return Step::Done; // the next hop's session is gone: our side ended it
    }
    while (m_toChannel.size() < bufferCap) {
        const ssize_t n = ::recv(m_socket, buffer, sizeof buffer, 0);
        if (n > 0)
            m_toChannel.append(buffer, qsizetype(n));
        else if (n < 0 && wouldBlock())
            break;
        else
            return Step::Done; // closed by the next hop's session
    }
    while (!m_toChannel.isEmpty()) {
        // Never more than the peer's window: a non-blocking write must not wait for it.
        const uint32_t size = std::min({ssh_channel_window_size(m_channel), uint32_t(m_toChannel.size()),
                                        uint32_t(chunkSize)});
        if (size == 0)
            break;
        const int written = ssh_channel_write(m_channel, m_toChannel.constData(), size);
        if (written == SSH_ERROR)
            return lost();
        if (written == 0)
            break;
        m_toChannel.remove(0, written);
    }
    // The far end closed the forwarded connection: the next hop's session reports that itself.
    if ((ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel)) && m_toSocket.isEmpty())
        return Step::Done;
    if (!ssh_is_connected(m_session))
        return lost();
    return Step::Go;
}

// The next hop's own keepalives cross this session too, but only ours can tell that it is the
// jump host that went silent.
SshJumpRelay::Step SshJumpRelay::keepalive()
{
    const qint64 interval = m_jump.keepaliveInterval.count();
    if (m_lastActivity.elapsed() < interval * (m_missedKeepalives + 1))
        return Step::Go;
    if (m_missedKeepalives >= m_jump.keepaliveCountMax) {
        const int seconds = int(m_lastActivity.elapsed() / 1000);
        fail(Tr::tr("it stopped answering: nothing received for %n second(s).", nullptr, seconds));
        return Step::Done;
    }
    ++m_missedKeepalives;
    ssh_send_keepalive(m_session);
    ssh_blocking_flush(m_session, 0);
    return Step::Go;
}

} // namespace fleetdeck::transport
