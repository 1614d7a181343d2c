#include "core/protocol/NodeFacts.h"

#include "core/protocol/Tr.h"

#include <QCborArray>
#include <QCborMap>

using namespace Qt::StringLiterals;

namespace fleetdeck::protocol {

namespace {

qint64 sizeOrUnknown(const QCborValue &value)
{
    return value.isInteger() && value.toInteger() >= 0 ? value.toInteger() : -1;
}

QCborMap diskToCbor(const DiskFacts &d)
{
    return QCborMap { { u"mountPoint"_s, d.mountPoint }, { u"device"_s, d.device },
        { u"fileSystem"_s, d.fileSystem }, { u"totalBytes"_s, d.totalBytes },
        { u"freeBytes"_s, d.freeBytes } };
}

QCborMap gpuToCbor(const GpuFacts &g)
{
    return QCborMap { { u"index"_s, g.index }, { u"name"_s, g.name }, { u"uuid"_s, g.uuid },
        { u"memoryTotalBytes"_s, g.memoryTotalBytes }, { u"driverVersion"_s, g.driverVersion } };
}

} // namespace

QCborValue NodeFacts::toCbor() const
{
    QCborArray diskList;
    for (const DiskFacts &d : disks)
        diskList.append(diskToCbor(d));
    QCborArray gpuList;
    for (const GpuFacts &g : gpus)
        gpuList.append(gpuToCbor(g));
    return QCborMap { { u"hostname"_s, hostname }, { u"osName"_s, osName }, { u"osId"_s, osId },
        { u"osVersion"_s, osVersion }, { u"kernel"_s, kernel }, { u"architecture"_s, architecture },
        { u"cpuModel"_s, cpuModel }, { u"cpuCount"_s, cpuCount },
        { u"memoryTotalBytes"_s, memoryTotalBytes }, { u"disks"_s, diskList },
        { u"gpus"_s, gpuList }, { u"gpuNote"_s, gpuNote } };
}

// Lenient on optional fields (an older or newer agent may lack some), strict on shape.
Result<NodeFacts> NodeFacts::fromCbor(const QCborValue &value)
{
    const QCborMap map = value.toMap();
    if (!value.isMap() || !map.value(u"hostname"_s).isString()) {
        return Error { Tr::tr("The agent's node facts are not a map with a hostname. "
                              "Update fleetdeck-agent on the node."),
            {} };
    }
    NodeFacts facts;
    facts.hostname = map.value(u"hostname"_s).toString();
    facts.osName = map.value(u"osName"_s).toString();
    facts.osId = map.value(u"osId"_s).toString();
    facts.osVersion = map.value(u"osVersion"_s).toString();
    facts.kernel = map.value(u"kernel"_s).toString();
    facts.architecture = map.value(u"architecture"_s).toString();
    facts.cpuModel = map.value(u"cpuModel"_s).toString();
    facts.cpuCount = int(qMax<qint64>(0, map.value(u"cpuCount"_s).toInteger()));
    facts.memoryTotalBytes = sizeOrUnknown(map.value(u"memoryTotalBytes"_s));
    facts.gpuNote = map.value(u"gpuNote"_s).toString();
    for (const QCborValue &v : map.value(u"disks"_s).toArray()) {
        const QCborMap d = v.toMap();
        facts.disks.append(DiskFacts { d.value(u"mountPoint"_s).toString(),
            d.value(u"device"_s).toString(), d.value(u"fileSystem"_s).toString(),
            sizeOrUnknown(d.value(u"totalBytes"_s)), sizeOrUnknown(d.value(u"freeBytes"_s)) });
    }
    for (const QCborValue &v : map.value(u"gpus"_s).toArray()) {
        const QCborMap g = v.toMap();
        facts.gpus.append(
            GpuFacts { int(g.value(u"index"_s).toInteger()), g.value(u"name"_s).toString(),
                g.value(u"uuid"_s).toString(), sizeOrUnknown(g.value(u"memoryTotalBytes"_s)),
                g.value(u"driverVersion"_s).toString() });
    }
    return facts;
}

} // namespace fleetdeck::protocol
