#pragma once

#include "tests/support/sshd/SshdFixture.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fleetdeck::test {

// The benchmark's fleet: `count` nodes on one loopback sshd, logged in as the fixture's
// unprivileged user when run as root (as a real fleet would be), each with the real agent.
struct BenchFleet
{
    QString user;
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString identity;
    QString knownHosts;
    QString agentCommand;
    QStringList names;

    // The same nodes as an inventory file for fleetdeck-cli and an INI inventory for Ansible.
    bool writeInventory(const QString &dbPath) const;
    QString writeAnsibleInventory(const QString &path) const;
    // ssh arguments for `ssh ... node true`, the OpenSSH floor.
    QStringList sshArguments() const;
};

// Milliseconds for a process to finish; -1 if it failed (its output goes to stderr).
double timeProcess(const QString &program, const QStringList &arguments, const QStringList &environment = {});
// Milliseconds for `count` copies of a command run at once, all finished.
double timeParallel(const QString &program, const QStringList &arguments, int count);
double median(QList<double> values);
qint64 residentKiB();

} // namespace fleetdeck::test
