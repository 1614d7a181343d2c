// Connection setup time against a loopback OpenSSH sshd: SshChannel (libssh) versus the OpenSSH
// client, both in the same run. Prints the medians; fails only if a connection fails.
#include "core/transport/SshChannel.h"
#include "tests/support/TestSupport.h"
#include "tests/support/sshd/SshdFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fleetdeck::transport;

namespace {

constexpr int rounds = 20;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Milliseconds from open() to opened() (exec channel running) and to the command's exit.
bool timeChannel(const SshConnectOptions &options, double &toOpen, double &toExit)
{
    SshChannel channel(options, u"true"_s);
    QElapsedTimer timer;
    bool closed = false;
    QObject::connect(&channel, &SshChannel::opened, &channel, [&] { toOpen = timer.nsecsElapsed() / 1e6; });
    QObject::connect(&channel, &SshChannel::closed, &channel, [&] {
        toExit = timer.nsecsElapsed() / 1e6;
        closed = true;
    });
    timer.start();
    channel.open();
    if (!QTest::qWaitFor([&] { return closed; }, 20000) || channel.exitStatus() != 0) {
        std::fprintf(stderr, "SshChannel failed: %s\n",
                     qPrintable(channel.error() ? channel.error()->message : u"no exit"_s));
        return false;
    }
    return true;
}

// kex: empty for OpenSSH's default (post-quantum sntrup761x25519 in 9.x), or one to match libssh.
bool timeOpenSsh(const SshConnectOptions &options, const QString &kex, double &elapsed)
{
    QProcess ssh;
    QElapsedTimer timer;
    QStringList extra;
    if (!kex.isEmpty())
        extra << u"-o"_s << u"KexAlgorithms="_s + kex;
    timer.start();
    ssh.start(u"ssh"_s, extra + QStringList{u"-F"_s, u"/dev/null"_s, u"-o"_s, u"BatchMode=yes"_s,
                         u"-o"_s, u"StrictHostKeyChecking=yes"_s,
                         u"-o"_s, u"UserKnownHostsFile="_s + options.knownHostsPath,
                         u"-o"_s, u"IdentitiesOnly=yes"_s, u"-i"_s, options.identityFiles.first(),
                         u"-p"_s, QString::number(options.port), u"-l"_s, options.user,
                         options.host, u"true"_s});
    const bool ok = ssh.waitForFinished(20000) && ssh.exitCode() == 0;
    elapsed = timer.nsecsElapsed() / 1e6;
    if (!ok)
        std::fprintf(stderr, "ssh failed: %s\n", ssh.readAllStandardError().constData());
    return ok;
}

QByteArray procStatus(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).simplified();
    }
    return "?";
}

// Many sessions at once: they share a few I/O threads and a bounded handshake pool.
bool concurrentSessions(const SshConnectOptions &options, int count)
{
    std::vector<std::unique_ptr<SshChannel>> channels;
    int opened = 0;
    int echoed = 0;
    const QByteArray payload(4096, 'x');
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        auto channel = std::make_unique<SshChannel>(options, u"cat"_s);
        SshChannel *raw = channel.get();
        auto received = std::make_shared<qsizetype>(0);
        QObject::connect(raw, &SshChannel::opened, raw, [&opened] { ++opened; });
        QObject::connect(raw, &SshChannel::readyRead, raw, [raw, received, &echoed, &payload] {
            *received += raw->readAll().size();
            if (*received == payload.size())
                ++echoed;
        });
        raw->open();
        channels.push_back(std::move(channel));
    }
    if (!QTest::qWaitFor([&] { return opened == count; }, 120000)) {
        std::fprintf(stderr, "only %d of %d sessions opened\n", opened, count);
        return false;
    }
    const double openMs = timer.nsecsElapsed() / 1e6;
    const QByteArray threads = procStatus("Threads:");
    const QByteArray rss = procStatus("VmRSS:");
    timer.restart();
    for (auto &channel : channels)
        channel->write(payload);
    if (!QTest::qWaitFor([&] { return echoed == count; }, 60000)) {
        std::fprintf(stderr, "only %d of %d sessions echoed\n", echoed, count);
        return false;
    }
    const double echoMs = timer.nsecsElapsed() / 1e6;
    std::printf("%d sessions at once (each an sshd process pair on this machine):\n", count);
    std::printf("  all open after %.0f ms; process threads %s, RSS %s\n", openMs, threads.constData(),
                rss.constData());
    std::printf("  4 KiB echoed through every session in %.1f ms\n", echoMs);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    fleetdeck::test::isolateFromUser();
    QTemporaryDir temp;
    fleetdeck::test::SshdFixture sshd(temp.filePath(u"sshd"_s));
    if (!sshd.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(sshd.errorString()));
        return 1;
    }
    SshConnectOptions options;
    options.host = u"127.0.0.1"_s;
    options.port = sshd.port();
    // As root, log in as the unprivileged test user the fixture creates, like a real node.
    options.user = sshd.user() == u"root" ? u"fleetdeck-sshtest"_s : sshd.user();
    options.identityFiles = {sshd.clientKeyPath()};
    options.knownHostsPath = sshd.knownHostsPath();
    options.useAgent = false;

    QList<double> open, exit, openssh, opensshCurve;
    for (int i = 0; i < rounds; ++i) {
        double toOpen = 0, toExit = 0, client = 0, clientCurve = 0;
        if (!timeChannel(options, toOpen, toExit) || !timeOpenSsh(options, {}, client)
            || !timeOpenSsh(options, u"curve25519-sha256"_s, clientCurve))
            return 1;
        open.append(toOpen);
        exit.append(toExit);
        openssh.append(client);
        opensshCurve.append(clientCurve);
    }
    std::printf("ssh connect, loopback sshd, user %s, median of %d:\n", qPrintable(options.user), rounds);
    std::printf("  SshChannel open (connect, host key, auth, exec 'true'): %8.1f ms\n", median(open));
    std::printf("  SshChannel until 'true' exited:                         %8.1f ms\n", median(exit));
    std::printf("  ssh -o BatchMode=yes ... true (process start to exit):  %8.1f ms\n", median(openssh));
    std::printf("  the same with KexAlgorithms=curve25519-sha256 (as libssh 0.10): %8.1f ms\n",
                median(opensshCurve));
    std::fflush(stdout);
    return concurrentSessions(options, 100) ? 0 : 1;
}
