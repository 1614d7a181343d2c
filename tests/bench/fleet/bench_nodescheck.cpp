// `fleetdeck-cli nodes check --all` against 50 nodes on a loopback sshd, in the same run as
// Ansible's ping module (forks 50, pipelining, strict host keys, no connection reuse between
// runs) and the floor of 50 parallel `ssh node true`. Then the round trip of a ping on an open
// session (median of 1,000) and the RSS of this process holding 200 open sessions.
// Prints the figures; fails only when something does not work at all.
#include "core/fleet/session/NodeSession.h"
#include "tests/bench/fleet/BenchFleet.h"
#include "tests/integration/agent/AgentProcess.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace fleetdeck;

namespace {
constexpr int nodeCount = 50;
constexpr int rounds = 3;
constexpr int pings = 1000;
// FLEETDECK_BENCH_SESSIONS raises it (1,000: give the process `ulimit -n 4096` first).
const int heldSessions = qEnvironmentVariableIsSet("FLEETDECK_BENCH_SESSIONS")
    ? qEnvironmentVariableIntValue("FLEETDECK_BENCH_SESSIONS") : 200;
const QString testUser = u"fleetdeck-sshtest"_s;
} // namespace

class BenchNodesCheck : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_temp;
    std::unique_ptr<test::SshdFixture> m_sshd;
    test::BenchFleet m_fleet;
    QString m_stateDir; // the agent's state folder, as the login user's shell sees it
    QString m_db;

    inventory::Node node(int i) const
    {
        inventory::Node n;
        n.name = u"node"_s + QString::number(i);
        n.host = m_fleet.host;
        n.port = m_fleet.port;
        n.user = m_fleet.user;
        n.identityFile = m_fleet.identity;
        n.agentCommand = m_fleet.agentCommand;
        return n;
    }

    QList<double> pingMicros(const inventory::Node &target)
    {
        fleet::NodeSession session(target, options());
        QSignalSpy settled(&session, &fleet::NodeSession::settled);
        session.open();
        if (!settled.wait(30000) || session.state() != fleet::NodeState::Online) {
            std::fprintf(stderr, "%s\n", qPrintable(session.status().reason));
            return {};
        }
        // Each answer sends the next ping, and one event loop runs the chain: waiting per ping
        // with QTest::qWaitFor would add its 10 ms polling step to every round trip.
        QList<double> micros;
        QEventLoop loop;
        std::function<void()> next = [&] {
            if (micros.size() == pings) {
                loop.quit();
                return;
            }
            session.ping(&loop, [&](const Result<std::chrono::nanoseconds> &rtt) {
                if (!rtt) {
                    std::fprintf(stderr, "ping failed: %s\n", qPrintable(rtt.error().message));
                    loop.quit();
                    return;
                }
                micros.append(double(rtt->count()) / 1000.0);
                next();
            });
        };
        QTimer::singleShot(0, &loop, next);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        std::sort(micros.begin(), micros.end());
        return micros;
    }

    fleet::SessionOptions options() const
    {
        fleet::SessionOptions o;
        o.knownHostsPath = m_fleet.knownHosts;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateFromUser();
        QVERIFY(m_temp.isValid());
        m_sshd = std::make_unique<test::SshdFixture>(m_temp.filePath(u"sshd"_s));
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->errorString()));
        m_fleet.user = m_sshd->user();
        const passwd *entry = getpwnam(testUser.toLocal8Bit().constData());
        // As root, log in as the unprivileged user with /bin/sh, as on a real node.
        if (geteuid() == 0 && entry)
            m_fleet.user = testUser;
        const passwd *login = getpwnam(m_fleet.user.toLocal8Bit().constData());
        QVERIFY(login);
        m_stateDir = QString::fromLocal8Bit(login->pw_dir) + u"/fd-bench-agent"_s;
        m_fleet.port = m_sshd->port();
        m_fleet.identity = m_sshd->clientKeyPath();
        m_fleet.knownHosts = m_sshd->knownHostsPath();
        m_fleet.agentCommand = test::agentBinary() + u" rpc --state "_s + m_stateDir;
        for (int i = 0; i < nodeCount; ++i)
            m_fleet.names.append(node(i).name);
        m_db = m_temp.filePath(u"bench.sqlite"_s);
        QVERIFY(m_fleet.writeInventory(m_db));
        std::printf("fleet: %d nodes on sshd 127.0.0.1:%d, login user %s, agent %s\n", nodeCount,
                    m_fleet.port, qPrintable(m_fleet.user), qPrintable(m_fleet.agentCommand));
    }

    void cleanupTestCase()
    {
        test::stopDaemon(m_stateDir);
        m_sshd.reset();
    }

    void checkVersusAnsibleVersusOpenSsh()
    {
        const QStringList check{u"--db"_s, m_db, u"--known-hosts"_s, m_fleet.knownHosts, u"--json"_s,
                                u"nodes"_s, u"check"_s, u"--all"_s};
        const QString inventory = m_fleet.writeAnsibleInventory(m_temp.filePath(u"hosts.ini"_s));
        const QStringList ansible{u"all"_s, u"-i"_s, inventory, u"-m"_s, u"ping"_s, u"-f"_s,
                                  QString::number(nodeCount), u"-o"_s};
        auto ansibleEnv = [this](int round) {
            // A fresh ControlPath folder per run: no run reuses another's master connections.
            const QString control = m_temp.filePath(u"cp"_s + QString::number(round));
            QDir().mkpath(control);
            return QStringList{u"ANSIBLE_HOST_KEY_CHECKING=True"_s, u"ANSIBLE_PIPELINING=True"_s,
                               u"ANSIBLE_SSH_CONTROL_PATH_DIR="_s + control, u"ANSIBLE_NOCOLOR=1"_s,
                               u"ANSIBLE_LOCAL_TEMP="_s + m_temp.filePath(u"ansible-tmp"_s)};
        };
        // Warm-up: starts the agent daemon and fills the page cache for all three.
        QVERIFY(test::timeProcess(test::binaryPath(u"fleetdeck-cli"_s), check) > 0);
        QVERIFY(test::timeProcess(u"ansible"_s, ansible, ansibleEnv(100)) > 0);
        QVERIFY(test::timeParallel(u"ssh"_s, m_fleet.sshArguments(), nodeCount) > 0);

        // OpenSSH 9 negotiates sntrup761x25519 (post-quantum, costly); libssh 0.10 curve25519.
        // The floor is timed both ways so the kex's share of the gap is visible.
        const QStringList curveOnly = QStringList{u"-o"_s, u"KexAlgorithms=curve25519-sha256"_s}
            + m_fleet.sshArguments();
        QList<double> ours, theirs, floor, curveFloor;
        for (int round = 0; round < rounds; ++round) {
            ours.append(test::timeProcess(test::binaryPath(u"fleetdeck-cli"_s), check));
            theirs.append(test::timeProcess(u"ansible"_s, ansible, ansibleEnv(round)));
            floor.append(test::timeParallel(u"ssh"_s, m_fleet.sshArguments(), nodeCount));
            curveFloor.append(test::timeParallel(u"ssh"_s, curveOnly, nodeCount));
            std::printf("round %d: nodes check %.0f ms, ansible ping %.0f ms, %d x ssh true %.0f ms "
                        "(curve25519 kex: %.0f ms)\n",
                        round + 1, ours.last(), theirs.last(), nodeCount, floor.last(), curveFloor.last());
            QVERIFY(ours.last() > 0 && theirs.last() > 0 && floor.last() > 0);
        }
        const double a = test::median(ours), b = test::median(theirs), c = test::median(floor);
        std::printf("median of %d rounds, %d nodes:\n", rounds, nodeCount);
        std::printf("  fleetdeck-cli nodes check --all    %8.0f ms\n", a);
        std::printf("  ansible -m ping -f %d              %8.0f ms   (%.2fx fleetdeck; target >= 4x)\n",
                    nodeCount, b, b / a);
        std::printf("  %d parallel ssh node true          %8.0f ms   (%.2fx fleetdeck; target > 1x)\n",
                    nodeCount, c, c / a);
        std::printf("  %d parallel ssh, curve25519 kex    %8.0f ms   (%.2fx fleetdeck)\n", nodeCount,
                    test::median(curveFloor), test::median(curveFloor) / a);
        std::fflush(stdout);
    }

    // The same pings over SSH and, for where the time goes, over a local child process (the
    // agent's rpc bridge and daemon without sshd and the network stack).
    void pingRoundTrip()
    {
        inventory::Node local = node(0);
        local.name = u"here"_s;
        local.host = u"localhost"_s;
        local.agentCommand = u"local "_s + test::agentBinary() + u" rpc --state "_s + m_temp.filePath(u"st"_s);
        QDir().mkpath(m_temp.filePath(u"st"_s));
        QFile::setPermissions(m_temp.filePath(u"st"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        for (const inventory::Node &target : {node(0), local}) {
            const QList<double> micros = pingMicros(target);
            QCOMPARE(micros.size(), pings);
            std::printf("ping on an open %s session: median %.0f us, p90 %.0f us, p99 %.0f us (%d pings)\n",
                        target.host == u"localhost"_s ? "local (child process)" : "SSH",
                        test::median(micros), micros[int(pings * 0.9)], micros[int(pings * 0.99)], pings);
        }
        std::fflush(stdout);
        test::stopDaemon(m_temp.filePath(u"st"_s));
    }

    void memoryWithOpenSessions()
    {
        const qint64 before = test::residentKiB();
        std::vector<std::unique_ptr<fleet::NodeSession>> sessions;
        int settledCount = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < heldSessions; ++i) {
            sessions.push_back(std::make_unique<fleet::NodeSession>(node(i), options()));
            connect(sessions.back().get(), &fleet::NodeSession::settled, this, [&] { ++settledCount; });
            sessions.back()->open();
        }
        QTRY_VERIFY_WITH_TIMEOUT(settledCount == heldSessions, 120000);
        const double openMs = double(timer.elapsed());
        int online = 0;
        for (const auto &session : sessions)
            online += session->state() == fleet::NodeState::Online ? 1 : 0;
        const qint64 after = test::residentKiB();
        std::printf("%d sessions opened in %.0f ms (%d online); RSS %lld KiB before, %lld KiB with "
                    "them open (%.1f KiB per session); threads: %d\n",
                    heldSessions, openMs, online, qlonglong(before), qlonglong(after),
                    double(after - before) / heldSessions, int(QDir(u"/proc/self/task"_s).count()) - 2);
        std::fflush(stdout);
        QCOMPARE(online, heldSessions);
    }
};

QTEST_GUILESS_MAIN(BenchNodesCheck)
#include "bench_nodescheck.moc"
