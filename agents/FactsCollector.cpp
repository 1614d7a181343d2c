#include "agents/FactsCollector.h"

#include "agents/FactsParser.h"
#include "agents/NvmlLibrary.h"

#include <QFile>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>

using namespace Qt::StringLiterals;

namespace fleetdeck::agent {

namespace {

QByteArray readSystemFile(const QString &path)
{
    QFile file(path);
    // /proc files report size 0, so read until the end rather than by size.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void addOs(protocol::NodeFacts &facts)
{
    QByteArray text = readSystemFile(u"/etc/os-release"_s);
    if (text.isEmpty())
        text = readSystemFile(u"/usr/lib/os-release"_s);
    const QMap<QString, QString> os = facts::parseOsRelease(text);
    facts.osName = os.value(u"PRETTY_NAME"_s, QSysInfo::prettyProductName());
    facts.osId = os.value(u"ID"_s, QSysInfo::productType());
    facts.osVersion = os.value(u"VERSION_ID"_s, QSysInfo::productVersion());
}

void addDisks(protocol::NodeFacts &facts)
{
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        if (!volume.isValid() || !volume.isReady()
            || !facts::isReportedFileSystem(volume.rootPath(), volume.fileSystemType())) {
            continue;
        }
        facts.disks.append(protocol::DiskFacts { volume.rootPath(),
            QString::fromUtf8(volume.device()), QString::fromUtf8(volume.fileSystemType()),
            volume.bytesTotal(), volume.bytesAvailable() });
    }
}

} // namespace

protocol::NodeFacts FactsCollector::collect()
{
    protocol::NodeFacts facts;
    facts.hostname = QSysInfo::machineHostName();
    facts.kernel = QSysInfo::kernelVersion();
    facts.architecture = QSysInfo::currentCpuArchitecture();
    addOs(facts);

    const facts::CpuInfo cpu = facts::parseCpuInfo(readSystemFile(u"/proc/cpuinfo"_s));
    facts.cpuModel = cpu.model;
    facts.cpuCount = cpu.count > 0 ? cpu.count : QThread::idealThreadCount();
    facts.memoryTotalBytes = facts::parseMemTotal(readSystemFile(u"/proc/meminfo"_s));
    addDisks(facts);

    const GpuScan gpus = interpretNvmlReadings(NvmlLibrary::read());
    facts.gpus = gpus.gpus;
    facts.gpuNote = gpus.note;
    return facts;
}

} // namespace fleetdeck::agent
