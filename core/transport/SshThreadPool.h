#pragma once

#include <QList>
#include <QThread>
#include <QThreadPool>

#include <atomic>

namespace fleetdeck::transport {

// The threads every SSH connection of the process shares, so 1,000 nodes do not mean 1,000
// threads: a bounded pool runs the blocking handshakes (connect, key exchange, auth), and a few
// I/O threads drive the established sessions non-blocking, each serving many through socket
// notifiers. Nothing here ever runs on the GUI thread.
class SshThreadPool
{
public:
    static SshThreadPool &instance();

    QThreadPool *handshakes() { return &m_handshakes; }
    // Round robin over the I/O threads.
    QThread *nextIoThread();

    ~SshThreadPool();

private:
    SshThreadPool();

    QThreadPool m_handshakes;
    QList<QThread *> m_ioThreads;
    std::atomic<unsigned> m_next{0};
};

} // namespace fleetdeck::transport
