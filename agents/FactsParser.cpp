#include "agents/FactsParser.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace fleetdeck::agent::facts {

namespace {

QString unquote(QByteArray value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')
        && value.back() == value.front()) {
        value = value.mid(1, value.size() - 2);
    }
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size())
            ++i;
        out.append(value[i]);
    }
    return QString::fromUtf8(out);
}

// "key\t: value" lines of /proc files.
std::pair<QByteArray, QByteArray> splitColon(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return {};
    return { line.left(colon).trimmed(), line.mid(colon + 1).trimmed() };
}

} // namespace

QMap<QString, QString> parseOsRelease(const QByteArray &text)
{
    QMap<QString, QString> values;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (line.isEmpty() || line.startsWith('#') || eq <= 0)
            continue;
        values.insert(QString::fromUtf8(line.left(eq)), unquote(line.mid(eq + 1)));
    }
    return values;
}

CpuInfo parseCpuInfo(const QByteArray &text)
{
    CpuInfo info;
    QString model, armModel, hardware, cpuPart;
    for (const QByteArray &line : text.split('\n')) {
        const auto [key, value] = splitColon(line);
        if (key == "processor")
            ++info.count;
        else if (key == "model name" && model.isEmpty())
            model = QString::fromUtf8(value);
        else if (key == "Model" && armModel.isEmpty())
            armModel = QString::fromUtf8(value);
        else if (key == "Hardware" && hardware.isEmpty())
            hardware = QString::fromUtf8(value);
        else if (key == "CPU part" && cpuPart.isEmpty())
            cpuPart = QString::fromUtf8(value);
    }
    for (const QString &candidate : { model, armModel, hardware }) {
        if (!candidate.isEmpty()) {
            info.model = candidate.simplified();
            break;
        }
    }
    if (info.model.isEmpty() && !cpuPart.isEmpty())
        info.model = u"ARM CPU part "_s + cpuPart;
    return info;
}

qint64 parseMemTotal(const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n')) {
        const auto [key, value] = splitColon(line);
        if (key != "MemTotal")
            continue;
        const QList<QByteArray> parts = value.simplified().split(' ');
        bool ok = false;
        const qint64 amount = parts.value(0).toLongLong(&ok);
        if (!ok || amount < 0)
            return -1;
        const QByteArray unit = parts.value(1).toLower();
        return unit == "kb" ? amount * 1024 : amount;
    }
    return -1;
}

bool isReportedFileSystem(const QString &mountPoint, const QByteArray &fileSystemType)
{
    static const QList<QByteArray> pseudo = { "proc", "sysfs", "devtmpfs", "devpts", "tmpfs",
        "cgroup", "cgroup2", "securityfs", "pstore", "debugfs", "tracefs", "configfs", "fusectl",
        "mqueue", "hugetlbfs", "bpf", "autofs", "binfmt_misc", "efivarfs", "rpc_pipefs", "nsfs",
        "ramfs", "squashfs" };
    // A container's root is an overlay, and still the disk its workloads write to.
    if (mountPoint == u"/"_s)
        return true;
    if (fileSystemType == "overlay" || fileSystemType.startsWith("fuse."))
        return false;
    return !pseudo.contains(fileSystemType);
}

} // namespace fleetdeck::agent::facts
