#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace fleetdeck::agent {

// Pure parsers of the system files the facts come from, tested with recorded copies.
namespace facts {

// KEY=value lines of os-release(5); quotes and backslash escapes removed.
QMap<QString, QString> parseOsRelease(const QByteArray &text);

struct CpuInfo {
    QString model;
    int count = 0;
};
// /proc/cpuinfo: x86 "model name", ARM "Model"/"Hardware"/"CPU part" fallbacks; count of
// "processor" entries.
CpuInfo parseCpuInfo(const QByteArray &text);

// MemTotal of /proc/meminfo in bytes, or -1.
qint64 parseMemTotal(const QByteArray &text);

// Whether a mounted file system is a disk worth reporting (not proc, tmpfs, cgroup...).
bool isReportedFileSystem(const QString &mountPoint, const QByteArray &fileSystemType);

} // namespace facts
} // namespace fleetdeck::agent
