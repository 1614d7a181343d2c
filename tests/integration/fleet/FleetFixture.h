#pragma once

#include "tests/support/sshd/SshdFixture.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace fleetdeck::test {

// A small fleet on loopback for the fleet tests: real sshd servers, the real fleetdeck-agent as
// each node's agent command (every node with its own state folder), and the nodes registered
// in an inventory with the real fleetdeck-cli.
class FleetFixture
{
public:
    explicit FleetFixture(const QTemporaryDir &temp);
    ~FleetFixture();

    // Starts a server; false (with the reason in error()) when it did not come up.
    bool startServer(const QString &name);
    SshdFixture &server(const QString &name);

    // `nodes add NAME` for the node served by the server of the same name.
    bool addSshNode(const QString &name, const QString &agentCommand = {});
    bool addLocalNode(const QString &name);
    // The agent command that runs the real agent with a private state folder for node.
    QString agentCommand(const QString &node);
    // known_hosts lines of every server started so far, in one file.
    QString writeKnownHosts(const QString &fileName);

    QString dbPath() const;
    QStringList cliPrefix(const QString &knownHosts) const;
    const QString &error() const { return m_error; }

private:
    const QTemporaryDir &m_temp;
    std::vector<std::pair<QString, std::unique_ptr<SshdFixture>>> m_servers;
    QStringList m_stateDirs;
    QString m_error;
};

} // namespace fleetdeck::test
