#include "tests/integration/fleet/FleetFixture.h"

#include "tests/integration/agent/AgentProcess.h"
#include "tests/integration/cli/CliProcess.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace fleetdeck::test {

FleetFixture::FleetFixture(const QTemporaryDir &temp) : m_temp(temp) {}

FleetFixture::~FleetFixture()
{
    m_servers.clear();
    // The daemons that rpc started outlive their sessions by design; stop them by PID.
    for (const QString &dir : std::as_const(m_stateDirs))
        stopDaemon(dir);
}

bool FleetFixture::startServer(const QString &name)
{
    auto server = std::make_unique<SshdFixture>(m_temp.filePath(u"sshd/"_s + name));
    if (!server->start()) {
        m_error = server->errorString();
        return false;
    }
    m_servers.emplace_back(name, std::move(server));
    return true;
}

SshdFixture &FleetFixture::server(const QString &name)
{
    for (auto &[serverName, server] : m_servers) {
        if (serverName == name)
            return *server;
    }
    qFatal("FleetFixture: no server %s", qPrintable(name));
}

QString FleetFixture::agentCommand(const QString &node)
{
    // Short: the agent's socket path must fit in 107 bytes.
    const QString dir = m_temp.filePath(u"st/"_s + node);
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!m_stateDirs.contains(dir))
        m_stateDirs.append(dir);
    return agentBinary() + u" rpc --state "_s + dir;
}

QString FleetFixture::dbPath() const
{
    return m_temp.filePath(u"inventory.sqlite"_s);
}

QStringList FleetFixture::cliPrefix(const QString &knownHosts) const
{
    QStringList prefix{u"--db"_s, dbPath()};
    if (!knownHosts.isEmpty())
        prefix << u"--known-hosts"_s << knownHosts;
    return prefix;
}

bool FleetFixture::addSshNode(const QString &name, const QString &command)
{
    SshdFixture &sshd = server(name);
    const CliResult added = runCli({u"--db"_s, dbPath(), u"nodes"_s, u"add"_s, name,
                                    u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(sshd.port()),
                                    u"--user"_s, sshd.user(), u"--identity"_s, sshd.clientKeyPath(),
                                    u"--agent-command"_s, command.isEmpty() ? agentCommand(name) : command});
    m_error = added.describe();
    return added.exitCode == 0;
}

bool FleetFixture::addLocalNode(const QString &name)
{
    const CliResult added = runCli({u"--db"_s, dbPath(), u"nodes"_s, u"add"_s, name, u"--host"_s,
                                    u"localhost"_s, u"--agent-command"_s, u"local "_s + agentCommand(name)});
    m_error = added.describe();
    return added.exitCode == 0;
}

QString FleetFixture::writeKnownHosts(const QString &fileName)
{
    QByteArray lines;
    for (const auto &entry : m_servers) {
        QFile file(entry.second->knownHostsPath());
        if (file.open(QIODevice::ReadOnly))
            lines += file.readAll();
    }
    const QString path = m_temp.filePath(fileName);
    QFile out(path);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(lines);
    return path;
}

} // namespace fleetdeck::test
