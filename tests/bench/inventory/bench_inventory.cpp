// Builds a 10,000-node inventory (3 labels each) in one transaction, then times what the app
// and the CLI do on every start: open + schema check, and list() of every node.
// Run: ctest --test-dir build/<dir> -L bench -R bench_inventory -V

#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/NodeRepository.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <ctime>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;
using fleetdeck::Result;

namespace {

constexpr int NodeCount = 10000;
constexpr int Repeats = 7;

// CPU time of this process: the machine running benchmarks may be shared, wall time is noisy.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // KiB on Linux
}

double medianMs(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

Node benchNode(int i)
{
    Node node;
    node.name = u"node-%1"_s.arg(i, 5, 10, QChar(u'0'));
    node.host = u"10.%1.%2.%3"_s.arg(i / 65536).arg((i / 256) % 256).arg(i % 256);
    node.user = u"ops"_s;
    node.site = u"site-%1"_s.arg(i % 40);
    node.tier = i % 5 == 0 ? Tier::Cloud : Tier::Edge;
    node.labels = {{u"gpu"_s, i % 3 == 0 ? u"a100"_s : u"l4"_s},
                   {u"role"_s, u"inference"_s},
                   {u"zone"_s, u"zone-%1"_s.arg(i % 12)}};
    return node;
}

bool populate(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return false;
    }
    AuditLog audit(**db, u"bench"_s);
    NodeRepository nodes(**db, audit);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuMs();
    auto written = (*db)->transaction([&]() -> Result<void> {
        for (int i = 0; i < NodeCount; ++i) {
            if (auto node = nodes.upsertInTransaction(benchNode(i)); !node)
                return node.error();
        }
        auto row = audit.append(u"node.import"_s, u"bench"_s, {{u"count"_s, NodeCount}});
        return row ? Result<void>() : Result<void>(row.error());
    });
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().toString()));
        return false;
    }
    std::printf("insert %d nodes (3 labels each, one transaction): %.1f ms (CPU %.1f ms)\n",
                NodeCount, double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpuBefore);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    fleetdeck::test::isolateFromUser();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    if (!dir.isValid() || !populate(path))
        return 1;
    std::printf("file size: %.1f MiB\n", double(QFileInfo(path).size()) / (1024.0 * 1024.0));

    QList<double> openMs;
    QList<double> listMs;
    QList<double> listCpuMs;
    qsizetype listed = 0;
    for (int run = 0; run < Repeats; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(path);
        openMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!db)
            return 1;
        AuditLog audit(**db, u"bench"_s);
        NodeRepository nodes(**db, audit);
        timer.restart();
        const double cpuBefore = cpuMs();
        auto all = nodes.list();
        listCpuMs.append(cpuMs() - cpuBefore);
        listMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!all)
            return 1;
        listed = all->size();
    }
    if (listed != NodeCount) {
        std::fprintf(stderr, "listed %lld nodes, expected %d\n", qlonglong(listed), NodeCount);
        return 1;
    }
    std::printf("open + schema check (median of %d): %.2f ms (min %.2f)\n", Repeats,
                medianMs(openMs), *std::min_element(openMs.cbegin(), openMs.cend()));
    std::printf("list() of %d nodes with labels (median of %d): %.1f ms (min %.1f)\n",
                NodeCount, Repeats, medianMs(listMs),
                *std::min_element(listMs.cbegin(), listMs.cend()));
    std::printf("list() CPU time (median): %.1f ms\n", medianMs(listCpuMs));
    std::printf("peak RSS: %.1f MiB\n", double(peakRssKiB()) / 1024.0);
    return 0;
}
