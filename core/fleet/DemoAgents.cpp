#include "core/fleet/DemoAgents.h"

#include "core/common/Log.h"
#include "core/transport/LocalProcessTransport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <utility>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace fleetdeck::fleet {

namespace {

QString quoted(const QString &word)
{
    return word.contains(u' ') ? u'"' + word + u'"' : word;
}

#ifdef Q_OS_UNIX
// The daemon holds an flock on agent.lock for its whole life (agents/InstanceLock): when we can
// take it, no daemon serves the folder, whatever agent.pid still says.
bool daemonHoldsLock(const QString &stateDir)
{
    const int fd = ::open(QFile::encodeName(stateDir + u"/agent.lock"_s).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0;
    ::close(fd);
    return held;
}

pid_t recordedPid(const QString &stateDir)
{
    QFile file(stateDir + u"/agent.pid"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return pid_t(file.readAll().trimmed().toLongLong());
}
#endif

} // namespace

DemoAgents::DemoAgents(QString root, QString agentProgram)
    : m_root(std::move(root)),
      m_program(agentProgram.isEmpty() ? transport::LocalProcessTransport::defaultAgentProgram()
                                       : std::move(agentProgram))
{
}

QString DemoAgents::agentCommand(const QString &nodeName)
{
    const QString dir = m_root + u'/' + nodeName;
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!m_stateDirs.contains(dir))
        m_stateDirs.append(dir);
    return u"local "_s + quoted(m_program) + u" rpc --state "_s + quoted(dir);
}

int DemoAgents::stopAll(std::chrono::milliseconds timeout) const
{
#ifdef Q_OS_UNIX
    QList<std::pair<QString, pid_t>> running;
    for (const QString &dir : m_stateDirs) {
        const pid_t pid = recordedPid(dir);
        if (pid > 0 && daemonHoldsLock(dir) && ::kill(pid, SIGTERM) == 0)
            running.append({dir, pid});
    }
    const QDeadlineTimer deadline(timeout);
    auto stillRunning = [&running] {
        QList<std::pair<QString, pid_t>> left;
        for (const auto &daemon : std::as_const(running)) {
            if (daemonHoldsLock(daemon.first))
                left.append(daemon);
        }
        return left;
    };
    QList<std::pair<QString, pid_t>> left = stillRunning();
    while (!left.isEmpty() && !deadline.hasExpired()) {
        QThread::msleep(20);
        left = stillRunning();
    }
    for (const auto &[dir, pid] : std::as_const(left)) {
        qCWarning(lcFleet) << "demo agent" << pid << "of" << dir << "ignored SIGTERM; killing it";
        ::kill(pid, SIGKILL);
    }
    qCInfo(lcFleet) << "stopped" << running.size() << "demo agent daemons";
    return int(running.size());
#else
    Q_UNUSED(timeout);
    return 0;
#endif
}

} // namespace fleetdeck::fleet
