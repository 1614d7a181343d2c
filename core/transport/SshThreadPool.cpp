#include "core/transport/SshThreadPool.h"

#include <QtGlobal>

#include <libssh/libssh.h>
#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

namespace {
// Handshakes mostly wait on the network; this many in flight keeps a large fleet's check short
// without opening a storm of connections (OpenSSH's default MaxStartups is 10:30:100).
constexpr int maxParallelHandshakes = 32;
} // namespace

SshThreadPool &SshThreadPool::instance()
{
    static SshThreadPool pool;
    return pool;
}

SshThreadPool::SshThreadPool()
{
    // OpenSSL registers its exit-time cleanup on its first initialisation, which otherwise comes
    // lazily in a handshake, after this pool's destructor was registered: exit handlers run in
    // reverse, so OpenSSL would be torn down while the destructor still waits for a handshake
    // using it. Initialised here, before this constructor ends, it is torn down after the pool.
    OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CRYPTO_STRINGS, nullptr);
    ssh_init();
    m_handshakes.setMaxThreadCount(maxParallelHandshakes);
    m_handshakes.setExpiryTimeout(30000);
    const int ioThreads = qBound(1, QThread::idealThreadCount() / 2, 4);
    for (int i = 0; i < ioThreads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(u"ssh-io-"_s + QString::number(i));
        thread->start();
        m_ioThreads.append(thread);
    }
}

SshThreadPool::~SshThreadPool()
{
    m_handshakes.waitForDone();
    for (QThread *thread : std::as_const(m_ioThreads)) {
        thread->quit();
        thread->wait();
        delete thread;
    }
}

QThread *SshThreadPool::nextIoThread()
{
    return m_ioThreads.at(int(m_next.fetch_add(1) % unsigned(m_ioThreads.size())));
}

} // namespace fleetdeck::transport
