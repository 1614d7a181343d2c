// fleetdeck-agent: `daemon` serves the node; `rpc` bridges stdio (an SSH channel or a local
// child process) to it. Usage errors exit with 2, failures with 1.
#include "agents/AgentDaemon.h"
#include "agents/RpcBridge.h"
#include "agents/StateDir.h"
#include "agents/TerminationWatcher.h"
#include "agents/Tr.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <csignal>
#include <cstdio>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace fleetdeck::agent;

namespace {

QString defaultStateDir()
{
    const QString stateHome = qEnvironmentVariable("XDG_STATE_HOME");
    return (stateHome.isEmpty() ? QDir::homePath() + u"/.local/state"_s : stateHome)
        + u"/fleetdeck-agent"_s;
}

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "fleetdeck-agent: %s\n", qUtf8Printable(message));
    return code;
}

int runDaemon(QCoreApplication &app, StateDir stateDir)
{
    // journald stamps each line itself; daemon.log (a daemon started by rpc) needs the time.
    const QString time = qEnvironmentVariableIsSet("JOURNAL_STREAM")
        ? QString()
        : u"%{time yyyy-MM-ddThh:mm:ss.zzz} "_s;
    qSetMessagePattern(time + u"%{type} %{if-category}%{category}: %{endif}%{message}"_s);
    AgentDaemon daemon(std::move(stateDir));
    if (fleetdeck::Result<void> started = daemon.start(); !started)
        return fail(started.error().toString());
    TerminationWatcher watcher;
    QObject::connect(
        &watcher, &TerminationWatcher::terminationRequested, &app, [&app](int signalNumber) {
            qInfo("stopping on signal %d", signalNumber);
            app.quit();
        });
    return app.exec();
}

int runRpc(QCoreApplication &app, StateDir stateDir)
{
    RpcBridge bridge(std::move(stateDir), QCoreApplication::applicationFilePath());
    if (fleetdeck::Result<void> connected = bridge.connectToDaemon(); !connected)
        return fail(connected.error().toString());
    QObject::connect(&bridge, &RpcBridge::finished, &app, [&app](int code) { app.exit(code); });
    bridge.start();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything the agent creates (socket, pid, logs) is for its own user only.
    ::umask(077);
    // A closed stdout or socket must show up as a write error, not kill the process.
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fleetdeck-agent"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Fleetdeck node agent."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s,
        Tr::tr("daemon: serve this node; rpc: bridge stdin/stdout to the "
               "daemon, starting it when none runs."));
    const QCommandLineOption stateOption(QStringList { u"s"_s, u"state"_s },
        Tr::tr("The agent's state folder (default: %1).").arg(defaultStateDir()), u"DIR"_s,
        defaultStateDir());
    parser.addOption(stateOption);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (args.size() != 1 || (command != u"daemon"_s && command != u"rpc"_s)) {
        return fail(Tr::tr("Give one command, daemon or rpc. See fleetdeck-agent --help."), 2);
    }
    fleetdeck::Result<StateDir> stateDir = StateDir::open(parser.value(stateOption));
    if (!stateDir)
        return fail(stateDir.error().toString());
    if (command == u"daemon"_s)
        return runDaemon(app, std::move(stateDir).value());
    return runRpc(app, std::move(stateDir).value());
}
