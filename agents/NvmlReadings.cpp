#include "agents/NvmlReadings.h"

#include "agents/Tr.h"

#include <cstdint>

using namespace Qt::StringLiterals;

namespace fleetdeck::agent {

namespace {

constexpr int kNvmlSuccess = 0;
constexpr int kNvmlDriverNotLoaded = 9;

// NVML fills fixed-size char buffers; stop at the first NUL, whatever the buffer's size.
QString cString(const QByteArray &buffer)
{
    const qsizetype nul = buffer.indexOf('\0');
    return QString::fromUtf8(nul < 0 ? buffer : buffer.left(nul)).trimmed();
}

} // namespace

GpuScan interpretNvmlReadings(const NvmlReadings &r)
{
    GpuScan scan;
    if (!r.libraryFound) {
        scan.note = Tr::tr("no NVIDIA driver: libnvidia-ml.so.1 not found");
        return scan;
    }
    if (!r.symbolsFound) {
        scan.note = Tr::tr("libnvidia-ml.so.1 lacks the NVML functions the agent needs");
        return scan;
    }
    if (r.initStatus != kNvmlSuccess) {
        scan.note = r.initStatus == kNvmlDriverNotLoaded
            ? Tr::tr("NVIDIA driver not loaded (NVML error 9)")
            : Tr::tr("NVML failed to start (error %1)").arg(r.initStatus);
        return scan;
    }
    if (r.countStatus != kNvmlSuccess) {
        scan.note = Tr::tr("NVML cannot count GPUs (error %1)").arg(r.countStatus);
        return scan;
    }
    const QString driver = r.driverStatus == kNvmlSuccess ? cString(r.driverVersion) : QString();
    QStringList problems;
    for (int i = 0; i < r.devices.size(); ++i) {
        const NvmlDeviceReading &d = r.devices[i];
        protocol::GpuFacts gpu;
        gpu.index = i;
        gpu.name = d.nameStatus == kNvmlSuccess ? cString(d.name) : QString();
        gpu.uuid = d.uuidStatus == kNvmlSuccess ? cString(d.uuid) : QString();
        gpu.memoryTotalBytes = d.memoryStatus == kNvmlSuccess && d.memoryTotal <= quint64(INT64_MAX)
            ? qint64(d.memoryTotal)
            : -1;
        gpu.driverVersion = driver;
        if (d.nameStatus != kNvmlSuccess)
            problems.append(Tr::tr("GPU %1: name unavailable (error %2)").arg(i).arg(d.nameStatus));
        if (d.memoryStatus != kNvmlSuccess)
            problems.append(
                Tr::tr("GPU %1: memory unavailable (error %2)").arg(i).arg(d.memoryStatus));
        scan.gpus.append(gpu);
    }
    if (r.count == 0)
        problems.append(Tr::tr("NVML found no GPU"));
    else if (qsizetype(r.count) != r.devices.size())
        problems.append(
            Tr::tr("NVML counts %1 GPUs; %2 could be read").arg(r.count).arg(r.devices.size()));
    scan.note = problems.join(u"; "_s);
    return scan;
}

} // namespace fleetdeck::agent
