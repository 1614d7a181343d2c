#include "agents/DaemonLauncher.h"

#include "agents/Tr.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fleetdeck::agent {

namespace {

constexpr qint64 kMaxLogBytes = 4 * 1024 * 1024;

// Runs in the grandchild, after fork: only async-signal-safe calls from here on.
[[noreturn]] void becomeDaemon(const char *program, char *const argv[], const char *logPath)
{
    const int in = ::open("/dev/null", O_RDONLY);
    const int log = ::open(logPath, O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (in < 0 || log < 0 || ::dup2(in, 0) < 0 || ::dup2(log, 1) < 0 || ::dup2(log, 2) < 0)
        ::_exit(126);
    ::close_range(3, ~0U, 0);
    ::execv(program, argv);
    ::_exit(127);
}

} // namespace

Result<void> DaemonLauncher::launch(const QString &agentProgram, const StateDir &stateDir)
{
    // Keep the log bounded: one older generation is enough to see why a daemon stopped.
    const QString logPath = stateDir.logFile();
    if (QFileInfo(logPath).size() > kMaxLogBytes) {
        QFile::remove(logPath + QStringLiteral(".1"));
        QFile::rename(logPath, logPath + QStringLiteral(".1"));
    }
    // Everything the child needs is built before fork: no allocation after it.
    const std::string program = QFile::encodeName(agentProgram).toStdString();
    const std::string state = QFile::encodeName(stateDir.path()).toStdString();
    const std::string log = QFile::encodeName(logPath).toStdString();
    std::vector<std::string> args = { program, "daemon", "--state", state };
    std::vector<char *> argv;
    for (std::string &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    const pid_t child = ::fork();
    if (child < 0) {
        return Error { Tr::tr("Cannot start the agent daemon: %1.")
                           .arg(QString::fromLocal8Bit(std::strerror(errno))),
            {} };
    }
    if (child == 0) {
        ::setsid();
        const pid_t grandchild = ::fork();
        if (grandchild == 0)
            becomeDaemon(program.c_str(), argv.data(), log.c_str());
        ::_exit(grandchild < 0 ? 1 : 0);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return Error { Tr::tr("Cannot start the agent daemon (fork failed)."), {} };
    return {};
}

} // namespace fleetdeck::agent
