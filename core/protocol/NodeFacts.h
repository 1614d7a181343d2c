#pragma once

#include "core/common/Result.h"

#include <QCborValue>
#include <QList>
#include <QString>

namespace fleetdeck::protocol {

// What a node is, as the agent reports it (method node.facts). Sizes are bytes; -1 = unknown.
struct DiskFacts {
    QString mountPoint;
    QString device;
    QString fileSystem;
    qint64 totalBytes = -1;
    qint64 freeBytes = -1;
};

struct GpuFacts {
    int index = 0;
    QString name;
    QString uuid;
    qint64 memoryTotalBytes = -1;
    QString driverVersion;
};

struct NodeFacts {
    QString hostname;
    QString osName; // PRETTY_NAME of os-release, e.g. "Debian GNU/Linux 12 (bookworm)"
    QString osId; // ID, e.g. "debian"
    QString osVersion; // VERSION_ID, e.g. "12"
    QString kernel; // e.g. "6.1.0-18-amd64"
    QString architecture;
    QString cpuModel;
    int cpuCount = 0;
    qint64 memoryTotalBytes = -1;
    QList<DiskFacts> disks;
    QList<GpuFacts> gpus; // empty is normal: no GPU, or no NVIDIA driver
    QString gpuNote; // why gpus is empty, when it is ("NVML not found")

    QCborValue toCbor() const;
    static Result<NodeFacts> fromCbor(const QCborValue &value);
};

} // namespace fleetdeck::protocol
