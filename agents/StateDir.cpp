#include "agents/StateDir.h"

#include "agents/Tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fleetdeck::agent {

Result<void> StateDir::preparePrivateFolder(const QString &folder)
{
    const QByteArray native = QFile::encodeName(folder);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
        return Error { Tr::tr(
                           "Cannot create the folder %1: %2. Check the permissions of its parent.")
                           .arg(folder, QString::fromLocal8Bit(std::strerror(errno))),
            {} };
    }
    struct stat info { };
    if (::lstat(native.constData(), &info) != 0 || !S_ISDIR(info.st_mode)) {
        return Error { Tr::tr(
                           "%1 is not a folder (or is a symbolic link). Remove it and try again.")
                           .arg(folder),
            {} };
    }
    if (info.st_uid != ::getuid()) {
        return Error { Tr::tr("%1 belongs to another user; the agent keeps its state private. "
                              "Choose another folder with --state.")
                           .arg(folder),
            {} };
    }
    if ((info.st_mode & 0077) != 0 && ::chmod(native.constData(), 0700) != 0) {
        return Error { Tr::tr("%1 is open to other users and cannot be made private: %2.")
                           .arg(folder, QString::fromLocal8Bit(std::strerror(errno))),
            {} };
    }
    return {};
}

Result<StateDir> StateDir::open(const QString &path)
{
    if (path.isEmpty())
        return Error { Tr::tr("No state folder given. Pass --state DIR."), {} };
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString parent = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(parent)) {
        return Error { Tr::tr(
                           "Cannot create the folder %1. Check its permissions or choose another "
                           "--state folder.")
                           .arg(parent),
            {} };
    }
    if (Result<void> made = preparePrivateFolder(absolute); !made)
        return made.error();
    return StateDir(absolute);
}

QString StateDir::pidFile() const
{
    return m_path + u"/agent.pid"_s;
}
QString StateDir::lockFile() const
{
    return m_path + u"/agent.lock"_s;
}
QString StateDir::logFile() const
{
    return m_path + u"/daemon.log"_s;
}
QString StateDir::socketRecordFile() const
{
    return m_path + u"/agent.socket"_s;
}

QString StateDir::socketPath() const
{
    return chooseSocketPath(m_path, qEnvironmentVariable("XDG_RUNTIME_DIR"), ::getuid());
}

QString StateDir::recordedSocketPath() const
{
    QFile record(socketRecordFile());
    if (!record.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(record.readAll()).trimmed();
}

QString StateDir::chooseSocketPath(const QString &stateDir, const QString &runtimeDir, uint uid)
{
    const auto fits = [](const QString &p) {
        return QFile::encodeName(p).size() <= kMaxSocketPathBytes;
    };
    const QString direct = stateDir + u"/agent.sock"_s;
    if (fits(direct))
        return direct;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(stateDir.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    if (!runtimeDir.isEmpty()) {
        const QString inRuntime = runtimeDir + u"/fleetdeck-agent/"_s + hash + u".sock"_s;
        if (fits(inRuntime))
            return inRuntime;
    }
    return u"/tmp/fleetdeck-%1/"_s.arg(uid) + hash + u".sock"_s;
}

} // namespace fleetdeck::agent
