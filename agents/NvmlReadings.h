#pragma once

#include "core/protocol/NodeFacts.h"

#include <QByteArray>
#include <QList>

namespace fleetdeck::agent {

// Raw answers from NVML, exactly as the library gave them: status codes and C buffers. Kept
// apart from the dlopen code so the interpretation is a pure function tested with recordings.
struct NvmlDeviceReading {
    int nameStatus = 0;
    QByteArray name; // the buffer NVML filled, possibly without a terminating NUL
    int uuidStatus = 0;
    QByteArray uuid;
    int memoryStatus = 0;
    quint64 memoryTotal = 0;
};

struct NvmlReadings {
    bool libraryFound = false;
    bool symbolsFound = false;
    int initStatus = 0;
    int driverStatus = 0;
    QByteArray driverVersion;
    int countStatus = 0;
    unsigned int count = 0;
    QList<NvmlDeviceReading> devices;
};

struct GpuScan {
    QList<protocol::GpuFacts> gpus;
    QString note; // why gpus is empty or incomplete; empty when all went well
};

// Pure: NVML status 0 is success; anything else leaves that value unknown.
GpuScan interpretNvmlReadings(const NvmlReadings &readings);

} // namespace fleetdeck::agent
