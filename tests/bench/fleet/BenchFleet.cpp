#include "tests/bench/fleet/BenchFleet.h"

#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/NodeRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace fleetdeck::test {

bool BenchFleet::writeInventory(const QString &dbPath) const
{
    auto db = inventory::Database::open(dbPath);
    if (!db)
        return false;
    inventory::AuditLog audit(**db, u"bench"_s);
    inventory::NodeRepository nodes(**db, audit);
    const Result<void> written = (*db)->transaction([&]() -> Result<void> {
        for (const QString &name : names) {
            inventory::Node node;
            node.name = name;
            node.host = host;
            node.port = port;
            node.user = user;
            node.identityFile = identity;
            node.agentCommand = agentCommand;
            if (auto added = nodes.upsertInTransaction(node); !added)
                return added.error();
        }
        return {};
    });
    return written.ok();
}

QString BenchFleet::writeAnsibleInventory(const QString &path) const
{
    QByteArray text = "[fleet]\n";
    for (const QString &name : names)
        text += name.toUtf8() + " ansible_host=" + host.toUtf8() + " ansible_port=" + QByteArray::number(port) + '\n';
    text += "[fleet:vars]\nansible_user=" + user.toUtf8() + "\nansible_ssh_private_key_file=" + identity.toUtf8()
        + "\nansible_python_interpreter=/usr/bin/python3\n"
        + "ansible_ssh_common_args='-o UserKnownHostsFile=" + knownHosts.toUtf8()
        + " -o StrictHostKeyChecking=yes -o IdentitiesOnly=yes'\n";
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(text);
    return path;
}

QStringList BenchFleet::sshArguments() const
{
    return {u"-F"_s, u"/dev/null"_s, u"-o"_s, u"BatchMode=yes"_s, u"-o"_s, u"StrictHostKeyChecking=yes"_s,
            u"-o"_s, u"UserKnownHostsFile="_s + knownHosts, u"-o"_s, u"IdentitiesOnly=yes"_s,
            u"-i"_s, identity, u"-p"_s, QString::number(port), u"-l"_s, user, host, u"true"_s};
}

double timeProcess(const QString &program, const QStringList &arguments, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    const bool ok = process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (!ok) {
        std::fprintf(stderr, "%s failed (exit %d):\n%s\n%s\n", qPrintable(program), process.exitCode(),
                     process.readAllStandardOutput().right(3000).constData(),
                     process.readAllStandardError().right(3000).constData());
        return -1;
    }
    return elapsed;
}

double timeParallel(const QString &program, const QStringList &arguments, int count)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->start(program, arguments);
    }
    bool ok = true;
    for (auto &process : processes) {
        ok = process->waitForFinished(120000) && process->exitCode() == 0 && ok;
        if (process->exitCode() != 0)
            std::fprintf(stderr, "%s: %s\n", qPrintable(program), process->readAllStandardError().constData());
    }
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    return ok ? elapsed : -1;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace fleetdeck::test
