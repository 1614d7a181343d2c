// Prints the round-trip time of `ping` through LocalProcessTransport (child `fleetdeck-agent
// rpc`, local socket, daemon) and back: median and tail over 1000 sequential pings after a
// warm-up, plus the cold start (rpc starts the daemon) up to the hello reply.
#include "core/protocol/AgentClient.h"
#include "core/transport/LocalProcessTransport.h"
#include "tests/integration/agent/AgentProcess.h"
#include "tests/support/TestSupport.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace fleetdeck::protocol;
using fleetdeck::transport::LocalProcessTransport;

namespace {

constexpr int kWarmUp = 100;
constexpr int kSamples = 1000;

class PingBench : public QObject {
public:
    PingBench(const QString &stateDir)
        : m_transport(fleetdeck::test::agentBinary(), LocalProcessTransport::rpcArguments(stateDir))
        , m_client(&m_transport)
    {
    }

    void start()
    {
        m_clock.start();
        m_transport.open();
        m_client.hello(u"bench"_s, this, [this](const AgentClient::TypedReply<HelloResult> &r) {
            if (!r.ok())
                return fail(r.error->message);
            m_coldStartUs = double(m_clock.nsecsElapsed()) / 1000.0;
            ping();
        });
    }

    int exitCode = 0;

private:
    void ping()
    {
        m_clock.restart();
        m_client.call(u"ping"_s, QCborMap { { u"seq"_s, m_count } }, this,
            [this](const AgentClient::Reply &reply) {
                const double us = double(m_clock.nsecsElapsed()) / 1000.0;
                if (!reply.ok())
                    return fail(reply.error->message);
                if (m_count++ >= kWarmUp)
                    m_samples.push_back(us);
                if (int(m_samples.size()) < kSamples)
                    ping();
                else
                    report();
            });
    }

    void report()
    {
        std::sort(m_samples.begin(), m_samples.end());
        const auto at = [this](double q) {
            return m_samples[size_t(q * double(m_samples.size() - 1))];
        };
        std::printf("agent ping over LocalProcessTransport (%d pings after %d warm-up):\n",
            kSamples, kWarmUp);
        std::printf("  median %.1f us   p90 %.1f us   p99 %.1f us   min %.1f us   max %.1f us\n",
            at(0.5), at(0.9), at(0.99), m_samples.front(), m_samples.back());
        std::printf("  cold start (spawn rpc, rpc starts the daemon, hello reply): %.1f ms\n",
            m_coldStartUs / 1000.0);
        QCoreApplication::quit();
    }

    void fail(const QString &message)
    {
        std::fprintf(stderr, "bench_agent_ping: %s\n", qPrintable(message));
        exitCode = 1;
        QCoreApplication::quit();
    }

    LocalProcessTransport m_transport;
    AgentClient m_client;
    QElapsedTimer m_clock;
    std::vector<double> m_samples;
    int m_count = 0;
    double m_coldStartUs = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    fleetdeck::test::isolateFromUser();
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state"_s);
    int code = 0;
    {
        PingBench bench(state);
        bench.start();
        app.exec();
        code = bench.exitCode;
    }
    fleetdeck::test::stopDaemon(state);
    return code;
}
