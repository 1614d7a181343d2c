#pragma once

// Runs one command over SshChannel against the sshd fixture and collects how it went; shared by
// the SSH integration tests.
#include "core/transport/SshChannel.h"
#include "tests/support/sshd/SshdFixture.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

namespace fleetdeck::test {

using namespace Qt::StringLiterals;
using transport::HostKeyVerdict;
using transport::SshChannel;
using transport::SshConnectOptions;
using transport::SshError;

// Options that reach the fixture's server as its own client: its key, its known_hosts, no agent.
inline SshConnectOptions fixtureOptions(const SshdFixture &sshd)
{
    SshConnectOptions o;
    o.host = u"127.0.0.1"_s;
    o.port = sshd.port();
    o.user = sshd.user();
    o.identityFiles = {sshd.clientKeyPath()};
    o.knownHostsPath = sshd.knownHostsPath();
    o.useAgent = false;
    o.connectTimeout = std::chrono::seconds(5);
    return o;
}

// One finished run of a channel: what it sent back and how it ended.
struct Run
{
    QByteArray output;
    QString reason;
    std::optional<SshError> error;
    int exitStatus = -1;
    QByteArray stderrOutput;
    HostKeyVerdict hostKey;
    bool closed = false;
};

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Connects, writes input (then EOF), and collects until closed() or the timeout.
inline Run runCommand(const SshConnectOptions &options, const QString &command, const QByteArray &input = {},
               int timeoutMs = 20000)
{
    SshChannel channel(options, command);
    Run run;
    QObject::connect(&channel, &SshChannel::readyRead, &channel, [&] { run.output += channel.readAll(); });
    QObject::connect(&channel, &SshChannel::closed, &channel, [&](const QString &reason) {
        run.closed = true;
        run.reason = reason;
    });
    channel.open();
    if (!input.isEmpty())
        channel.write(input);
    channel.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return run.closed; }, timeoutMs))
        run.reason = u"test: the channel did not close within the timeout"_s;
    run.error = channel.error();
    run.exitStatus = channel.exitStatus();
    run.stderrOutput = channel.stderrOutput();
    run.hostKey = channel.hostKey();
    return run;
}

// An open session running `cat` that has echoed "ping": something to kill a server under.
struct EchoSession
{
    explicit EchoSession(const SshConnectOptions &options)
        : channel(options, u"cat"_s), closed(&channel, &SshChannel::closed)
    {
        QObject::connect(&channel, &SshChannel::readyRead, &channel, [this] { echoed += channel.readAll(); });
        channel.open();
        channel.write("ping");
    }
    bool waitForEcho() { return QTest::qWaitFor([this] { return echoed == "ping"; }, 10000); }
    QString closedReason() const { return closed.isEmpty() ? QString() : closed.first().first().toString(); }

    SshChannel channel;
    QByteArray echoed;
    QSignalSpy closed;
};

inline QString fingerprintOf(const QString &pubPath)
{
    QProcess keygen;
    keygen.start(u"ssh-keygen"_s, {u"-l"_s, u"-E"_s, u"sha256"_s, u"-f"_s, pubPath});
    keygen.waitForFinished();
    return QString::fromLatin1(keygen.readAllStandardOutput().split(' ').value(1));
}

} // namespace fleetdeck::test
