#include "agents/AgentDaemon.h"

#include "agents/FactsCollector.h"
#include "agents/RpcSession.h"
#include "agents/Tr.h"
#include "core/common/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSaveFile>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace fleetdeck::agent {

namespace {

Result<void> writeAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.commit()) {
        return Error { Tr::tr("Cannot write %1: %2.").arg(path, file.errorString()), {} };
    }
    return {};
}

} // namespace

AgentDaemon::AgentDaemon(StateDir stateDir, QObject *parent)
    : QObject(parent)
    , m_stateDir(std::move(stateDir))
{
}

AgentDaemon::~AgentDaemon()
{
    if (m_lock)
        removeFiles();
}

Result<void> AgentDaemon::start()
{
    Result<InstanceLock> lock = InstanceLock::acquire(m_stateDir.lockFile());
    if (!lock)
        return lock.error();
    m_lock.emplace(std::move(lock).value());
    if (Result<void> listening = listen(); !listening)
        return listening;
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid()) + '\n';
    if (Result<void> written = writeAtomically(m_stateDir.pidFile(), pid); !written)
        return written;
    if (Result<void> written =
            writeAtomically(m_stateDir.socketRecordFile(), m_socketPath.toUtf8() + '\n');
        !written) {
        return written;
    }
    qCInfo(lcAgent) << "daemon" << QCoreApplication::applicationPid() << "serves"
                    << m_stateDir.path() << "on" << m_socketPath;
    return {};
}

Result<void> AgentDaemon::listen()
{
    m_socketPath = m_stateDir.socketPath();
    const QString folder = QFileInfo(m_socketPath).absolutePath();
    if (folder != m_stateDir.path()) {
        if (Result<void> made = StateDir::preparePrivateFolder(folder); !made)
            return made;
    }
    // We hold the lock, so a socket file left here belongs to a daemon that died.
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    connect(m_server, &QLocalServer::newConnection, this, &AgentDaemon::onNewConnection);
    if (!m_server->listen(m_socketPath)) {
        return Error {
            Tr::tr("Cannot listen on %1: %2.").arg(m_socketPath, m_server->errorString()), {}
        };
    }
    // Not QLocalServer::UserAccessOption: it binds a longer temporary path first, which breaks
    // the 107-byte budget. The folder is 0700 and the daemon's umask 077; 0600 says it again.
    ::chmod(QFile::encodeName(m_socketPath).constData(), 0600);
    return {};
}

void AgentDaemon::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        auto *session = new RpcSession(socket, &FactsCollector::collect, this);
        connect(session, &RpcSession::finished, session, &QObject::deleteLater);
        qCDebug(lcAgent) << "new session";
    }
}

void AgentDaemon::removeFiles()
{
    if (m_server)
        m_server->close();
    QFile::remove(m_socketPath);
    QFile::remove(m_stateDir.pidFile());
    QFile::remove(m_stateDir.socketRecordFile());
}

} // namespace fleetdeck::agent
