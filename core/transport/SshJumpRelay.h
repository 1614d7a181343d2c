#pragma once

#include "core/transport/SshConnectOptions.h"
#include "core/transport/SshError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>
#include <variant>

struct ssh_session_struct;
struct ssh_channel_struct;

namespace fleetdeck::transport {

// One hop of a ProxyJump chain: a connected, verified and authenticated session to a jump host,
// a direct-tcpip channel from it to the next hop, and a thread that pumps bytes between that
// channel and one end of a socketpair. The next hop's libssh session runs over the other end
// (SSH_OPTIONS_FD), so it verifies and authenticates end to end as over TCP.
//
// Threads: libssh sessions are not thread-safe, so the jump session belongs to exactly one thread
// at a time: the handshake thread until start() returns, then the relay thread alone, then (after
// the join in the destructor) whoever destroys the relay. One thread per jump connection, like
// OpenSSH's one ssh process per ProxyJump hop: it sleeps in poll() and never holds the SSH I/O
// threads, whose sessions could otherwise stall behind a slow jump host.
class SshJumpRelay
{
public:
    // Takes ownership of session and of sessionSocket, the relay socket it runs over (-1: TCP),
    // also on failure. Opens the channel to host:port (blocking, bounded by the jump's connect
    // timeout) and starts the thread.
    static std::variant<std::unique_ptr<SshJumpRelay>, SshError>
    start(ssh_session_struct *session, int sessionSocket, const SshConnectOptions &jump,
          const QString &host, int port);
    ~SshJumpRelay();
    SshJumpRelay(const SshJumpRelay &) = delete;
    SshJumpRelay &operator=(const SshJumpRelay &) = delete;

    // The socket for the next hop's session, handed over once; the caller owns it from then on
    // (libssh does not close a socket given with SSH_OPTIONS_FD).
    int takePeerSocket();
    // Why the relay stopped when the jump host, not our side, ended it; empty otherwise.
    QString failure() const;

private:
    SshJumpRelay(ssh_session_struct *session, int sessionSocket, SshConnectOptions jump, QString target);
    enum class Step { Go, Done };
    void run();
    Step pump();
    Step keepalive();
    void fail(const QString &why);

    ssh_session_struct *m_session;
    int m_sessionSocket; // what m_session runs over when this is not the first hop; else -1
    ssh_channel_struct *m_channel = nullptr;
    SshConnectOptions m_jump;
    QString m_target;
    int m_socket = -1;  // our end, non-blocking
    int m_peer = -1;    // the next hop's end until taken
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    mutable QMutex m_mutex;
    QString m_failure;
    QByteArray m_toSocket;   // from the channel, not yet written to the socket
    QByteArray m_toChannel;  // from the socket, not yet written to the channel
    QElapsedTimer m_lastActivity;
    int m_missedKeepalives = 0;
};

} // namespace fleetdeck::transport
