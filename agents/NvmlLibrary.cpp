#include "agents/NvmlLibrary.h"

#include <QLibrary>

using namespace Qt::StringLiterals;

namespace fleetdeck::agent {

namespace {

// The few NVML declarations we use, from NVIDIA's documented C ABI (no header needed).
using NvmlDevice = struct NvmlDeviceOpaque *;
struct NvmlMemory {
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};
using InitFn = int (*)();
using ShutdownFn = int (*)();
using DriverVersionFn = int (*)(char *, unsigned int);
using CountFn = int (*)(unsigned int *);
using HandleFn = int (*)(unsigned int, NvmlDevice *);
using TextFn = int (*)(NvmlDevice, char *, unsigned int);
using MemoryFn = int (*)(NvmlDevice, NvmlMemory *);

constexpr unsigned int kBufferSize = 96; // NVML_DEVICE_NAME_V2_BUFFER_SIZE, enough for UUIDs

struct Symbols {
    InitFn init = nullptr;
    ShutdownFn shutdown = nullptr;
    DriverVersionFn driverVersion = nullptr;
    CountFn count = nullptr;
    HandleFn handle = nullptr;
    TextFn name = nullptr;
    TextFn uuid = nullptr;
    MemoryFn memory = nullptr;

    bool complete() const
    {
        return init && shutdown && driverVersion && count && handle && name && uuid && memory;
    }
};

Symbols resolve(QLibrary &library)
{
    Symbols s;
    s.init = reinterpret_cast<InitFn>(library.resolve("nvmlInit_v2"));
    s.shutdown = reinterpret_cast<ShutdownFn>(library.resolve("nvmlShutdown"));
    s.driverVersion =
        reinterpret_cast<DriverVersionFn>(library.resolve("nvmlSystemGetDriverVersion"));
    s.count = reinterpret_cast<CountFn>(library.resolve("nvmlDeviceGetCount_v2"));
    s.handle = reinterpret_cast<HandleFn>(library.resolve("nvmlDeviceGetHandleByIndex_v2"));
    s.name = reinterpret_cast<TextFn>(library.resolve("nvmlDeviceGetName"));
    s.uuid = reinterpret_cast<TextFn>(library.resolve("nvmlDeviceGetUUID"));
    s.memory = reinterpret_cast<MemoryFn>(library.resolve("nvmlDeviceGetMemoryInfo"));
    return s;
}

NvmlDeviceReading readDevice(const Symbols &s, NvmlDevice device)
{
    NvmlDeviceReading d;
    d.name = QByteArray(kBufferSize, '\0');
    d.nameStatus = s.name(device, d.name.data(), kBufferSize);
    d.uuid = QByteArray(kBufferSize, '\0');
    d.uuidStatus = s.uuid(device, d.uuid.data(), kBufferSize);
    NvmlMemory memory {};
    d.memoryStatus = s.memory(device, &memory);
    d.memoryTotal = memory.total;
    return d;
}

} // namespace

NvmlReadings NvmlLibrary::read()
{
    NvmlReadings r;
    QLibrary library(u"nvidia-ml"_s, 1);
    r.libraryFound = library.load();
    if (!r.libraryFound)
        return r;
    const Symbols s = resolve(library);
    r.symbolsFound = s.complete();
    if (!r.symbolsFound)
        return r;
    r.initStatus = s.init();
    if (r.initStatus != 0)
        return r;
    r.driverVersion = QByteArray(kBufferSize, '\0');
    r.driverStatus = s.driverVersion(r.driverVersion.data(), kBufferSize);
    r.countStatus = s.count(&r.count);
    for (unsigned int i = 0; r.countStatus == 0 && i < r.count && i < 64; ++i) {
        NvmlDevice device = nullptr;
        if (s.handle(i, &device) != 0)
            break;
        r.devices.append(readDevice(s, device));
    }
    s.shutdown();
    // The library stays loaded: unloading NVML while its threads wind down is not safe.
    return r;
}

} // namespace fleetdeck::agent
