#include "core/protocol/NodeFacts.h"
#include "tests/support/TestSupport.h"

#include <QCborArray>
#include <QCborMap>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::protocol;

class TestNodeFacts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void roundTrips()
    {
        NodeFacts facts;
        facts.hostname = u"edge-07"_s;
        facts.osName = u"Ubuntu 22.04.4 LTS"_s;
        facts.osId = u"ubuntu"_s;
        facts.osVersion = u"22.04"_s;
        facts.kernel = u"5.15.0-105-generic"_s;
        facts.architecture = u"arm64"_s;
        facts.cpuModel = u"Cortex-A78AE"_s;
        facts.cpuCount = 12;
        facts.memoryTotalBytes = 64ll << 30;
        facts.disks = { DiskFacts {
            u"/"_s, u"/dev/nvme0n1p1"_s, u"ext4"_s, 1ll << 40, 1ll << 39 } };
        facts.gpus = { GpuFacts { 0, u"Orin"_s, u"GPU-1234"_s, 32ll << 30, u"540.3.0"_s } };
        const auto back = NodeFacts::fromCbor(facts.toCbor());
        QVERIFY(back.ok());
        QCOMPARE(back->hostname, facts.hostname);
        QCOMPARE(back->osVersion, facts.osVersion);
        QCOMPARE(back->cpuCount, 12);
        QCOMPARE(back->memoryTotalBytes, 64ll << 30);
        QCOMPARE(back->disks.size(), 1);
        QCOMPARE(back->disks[0].freeBytes, 1ll << 39);
        QCOMPARE(back->gpus.size(), 1);
        QCOMPARE(back->gpus[0].driverVersion, u"540.3.0"_s);
        QCOMPARE(back->gpus[0].memoryTotalBytes, 32ll << 30);
    }

    void noGpuIsNormal()
    {
        NodeFacts facts;
        facts.hostname = u"cloud-1"_s;
        facts.gpuNote = u"no NVIDIA driver"_s;
        const auto back = NodeFacts::fromCbor(facts.toCbor());
        QVERIFY(back.ok());
        QVERIFY(back->gpus.isEmpty());
        QCOMPARE(back->gpuNote, u"no NVIDIA driver"_s);
    }

    void wrongShapesAreRefusedOrUnknown()
    {
        QVERIFY(!NodeFacts::fromCbor(QCborArray {}).ok());
        QVERIFY(!NodeFacts::fromCbor(QCborMap { { u"hostname"_s, 5 } }).ok());
        const auto odd = NodeFacts::fromCbor(QCborMap { { u"hostname"_s, u"h"_s },
            { u"memoryTotalBytes"_s, u"lots"_s }, { u"gpus"_s, u"none"_s } });
        QVERIFY(odd.ok());
        QCOMPARE(odd->memoryTotalBytes, -1);
        QVERIFY(odd->gpus.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNodeFacts)
#include "tst_nodefacts.moc"
