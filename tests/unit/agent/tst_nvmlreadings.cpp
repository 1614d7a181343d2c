#include "agents/NvmlReadings.h"
#include "tests/support/TestSupport.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fleetdeck::agent;

namespace {

QByteArray buffer(const char *text, int size = 96)
{
    QByteArray b(size, '\0');
    std::memcpy(b.data(), text, qMin<size_t>(std::strlen(text), size_t(size)));
    return b;
}

// Readings shaped like NVML's answers on a two-GPU server (status 0 = NVML_SUCCESS).
NvmlReadings twoGpuServer()
{
    NvmlReadings r;
    r.libraryFound = r.symbolsFound = true;
    r.driverVersion = buffer("550.54.15", 80);
    r.count = 2;
    r.devices = {
        NvmlDeviceReading { 0, buffer("NVIDIA H100 80GB HBM3"), 0,
            buffer("GPU-5d3c2b1a-0000-1111-2222-333344445555"), 0, 85520809984ull },
        NvmlDeviceReading { 0, buffer("NVIDIA L4"), 0, buffer("GPU-aaaa"), 0, 24152899584ull },
    };
    return r;
}

} // namespace

class TestNvmlReadings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fleetdeck::test::isolateFromUser(); }

    void readsEveryGpu()
    {
        const GpuScan scan = interpretNvmlReadings(twoGpuServer());
        QCOMPARE(scan.gpus.size(), 2);
        QVERIFY2(scan.note.isEmpty(), qPrintable(scan.note));
        QCOMPARE(scan.gpus[0].name, u"NVIDIA H100 80GB HBM3"_s);
        QCOMPARE(scan.gpus[0].memoryTotalBytes, 85520809984ll);
        QCOMPARE(scan.gpus[0].driverVersion, u"550.54.15"_s);
        QCOMPARE(scan.gpus[1].index, 1);
        QCOMPARE(scan.gpus[1].uuid, u"GPU-aaaa"_s);
    }

    void noDriverIsANormalState()
    {
        const GpuScan missing = interpretNvmlReadings(NvmlReadings {});
        QVERIFY(missing.gpus.isEmpty());
        QVERIFY(missing.note.contains(u"libnvidia-ml.so.1"_s));

        NvmlReadings notLoaded;
        notLoaded.libraryFound = notLoaded.symbolsFound = true;
        notLoaded.initStatus = 9; // NVML_ERROR_DRIVER_NOT_LOADED
        QVERIFY(interpretNvmlReadings(notLoaded).note.contains(u"not loaded"_s));

        NvmlReadings noGpu = twoGpuServer();
        noGpu.count = 0;
        noGpu.devices.clear();
        const GpuScan none = interpretNvmlReadings(noGpu);
        QVERIFY(none.gpus.isEmpty());
        QVERIFY(none.note.contains(u"no GPU"_s));
    }

    void unsupportedFieldsBecomeUnknown()
    {
        // Integrated GPUs answer NVML_ERROR_NOT_SUPPORTED (3) for memory.
        NvmlReadings r = twoGpuServer();
        r.devices[1].memoryStatus = 3;
        r.devices[1].memoryTotal = 12345;
        r.driverStatus = 3;
        const GpuScan scan = interpretNvmlReadings(r);
        QCOMPARE(scan.gpus.size(), 2);
        QCOMPARE(scan.gpus[1].memoryTotalBytes, -1);
        QVERIFY(scan.gpus[0].driverVersion.isEmpty());
        QVERIFY(scan.note.contains(u"GPU 1: memory unavailable (error 3)"_s));
    }

    void buffersWithoutATerminatorAreCut()
    {
        NvmlReadings r = twoGpuServer();
        r.devices[0].name = QByteArray(96, 'A'); // no NUL at all
        r.devices[1].name = QByteArray("Tesla T4\0garbage after", 22);
        const GpuScan scan = interpretNvmlReadings(r);
        QCOMPARE(scan.gpus[0].name.size(), 96);
        QCOMPARE(scan.gpus[1].name, u"Tesla T4"_s);
    }

    void aShortDeviceListIsReported()
    {
        NvmlReadings r = twoGpuServer();
        r.count = 3;
        const GpuScan scan = interpretNvmlReadings(r);
        QCOMPARE(scan.gpus.size(), 2);
        QVERIFY(scan.note.contains(u"3"_s));
    }
};

QTEST_GUILESS_MAIN(TestNvmlReadings)
#include "tst_nvmlreadings.moc"
