#include "core/transport/LocalProcessTransport.h"

#include "core/common/Log.h"
#include "core/transport/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

namespace {
constexpr qsizetype kStderrTailBytes = 8 * 1024;
constexpr int kLingerMs = 3000;
} // namespace

LocalProcessTransport::LocalProcessTransport(
    QString program, QStringList arguments, QObject *parent)
    : ByteChannel(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_process(new QProcess(this))
{
    connect(m_process, &QProcess::started, this, &LocalProcessTransport::opened);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalProcessTransport::readyRead);
    connect(m_process, &QProcess::readyReadStandardError, this, &LocalProcessTransport::onStderr);
    connect(m_process, &QProcess::errorOccurred, this, &LocalProcessTransport::onErrorOccurred);
    connect(m_process, &QProcess::finished, this, &LocalProcessTransport::onFinished);
}

LocalProcessTransport::~LocalProcessTransport()
{
    // Never leave an rpc bridge behind; the daemon it talks to lives on by design.
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

Result<QStringList> LocalProcessTransport::parseCommand(const QString &command)
{
    QStringList words = QProcess::splitCommand(command);
    if (words.isEmpty()) {
        return Error { Tr::tr("The agent command is empty. Set it to, for example, "
                              "\"fleetdeck-agent rpc\"."),
            {} };
    }
    for (QString &word : words) {
        if (word == u"~"_s || word.startsWith(u"~/"_s))
            word = QDir::homePath() + word.mid(1);
    }
    return words;
}

QString LocalProcessTransport::defaultAgentProgram()
{
    const QString beside = QCoreApplication::applicationDirPath() + u"/fleetdeck-agent"_s;
    return QFileInfo(beside).isExecutable() ? beside : u"fleetdeck-agent"_s;
}

QStringList LocalProcessTransport::rpcArguments(const QString &stateDir)
{
    return { u"rpc"_s, u"--state"_s, stateDir };
}

QString LocalProcessTransport::commandLine() const
{
    QStringList words { m_program };
    words.append(m_arguments);
    for (QString &word : words) {
        if (word.contains(u' ') || word.isEmpty())
            word = u'"' + word + u'"';
    }
    return words.join(u' ');
}

void LocalProcessTransport::open()
{
    if (m_open || m_closedEmitted)
        return;
    qCDebug(lcTransport) << "starting" << commandLine();
    m_open = true;
    m_process->start(m_program, m_arguments, QIODevice::ReadWrite);
}

void LocalProcessTransport::write(const QByteArray &bytes)
{
    if (m_open)
        m_process->write(bytes);
}

QByteArray LocalProcessTransport::readAll()
{
    return m_process->readAllStandardOutput();
}

void LocalProcessTransport::close()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();
        QTimer::singleShot(kLingerMs, m_process, [process = m_process] {
            if (process->state() != QProcess::NotRunning)
                process->kill();
        });
    }
    emitClosed({});
}

void LocalProcessTransport::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        m_open = false;
        emitClosed(Tr::tr("Cannot run the agent command \"%1\": %2. Install fleetdeck-agent there "
                          "or correct the node's agent command.")
                       .arg(commandLine(), m_process->errorString()));
    }
    // Crashes and read/write errors end in finished(), which says more.
}

void LocalProcessTransport::onFinished(int exitCode, QProcess::ExitStatus status)
{
    Q_EMIT readyRead(); // what the agent wrote just before exiting
    if (!m_open)
        return;
    m_open = false;
    const QString tail = stderrTail().trimmed();
    QString reason = status == QProcess::CrashExit
        ? Tr::tr("The agent command \"%1\" crashed.").arg(commandLine())
        : Tr::tr("The agent command \"%1\" exited with code %2.").arg(commandLine()).arg(exitCode);
    if (!tail.isEmpty())
        reason += u' ' + Tr::tr("It said: %1").arg(tail);
    emitClosed(reason);
}

void LocalProcessTransport::onStderr()
{
    const QByteArray bytes = m_process->readAllStandardError();
    qCDebug(lcTransport) << "agent stderr:" << bytes;
    m_stderrTail.append(bytes);
    if (m_stderrTail.size() > kStderrTailBytes)
        m_stderrTail.remove(0, m_stderrTail.size() - kStderrTailBytes);
}

void LocalProcessTransport::emitClosed(const QString &reason)
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    Q_EMIT closed(reason);
}

} // namespace fleetdeck::transport
