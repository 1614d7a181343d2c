#include "tests/integration/agent/AgentProcess.h"

#include "tests/support/TestSupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;

namespace fleetdeck::test {

QString agentBinary()
{
    return binaryPath(u"fleetdeck-agent"_s);
}

qint64 daemonPid(const QString &stateDir)
{
    QFile file(stateDir + u"/agent.pid"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

bool processAlive(qint64 pid)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close < 0 || line.mid(close + 2, 1) != "Z";
}

void stopDaemon(const QString &stateDir)
{
    const qint64 pid = daemonPid(stateDir);
    if (!processAlive(pid))
        return;
    ::kill(pid_t(pid), SIGTERM);
    QDeadlineTimer deadline(5000);
    while (processAlive(pid) && !deadline.hasExpired())
        QThread::msleep(10);
    if (processAlive(pid))
        ::kill(pid_t(pid), SIGKILL);
}

} // namespace fleetdeck::test
