#include "core/transport/KnownHostsStore.h"

#include "core/common/Log.h"
#include "core/transport/Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <utility>

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

KnownHostsStore::KnownHostsStore(QString path) : m_path(expandHome(path)) {}

QString KnownHostsStore::defaultPath()
{
    return QDir::homePath() + u"/.ssh/known_hosts";
}

QString KnownHostsStore::expandHome(const QString &path)
{
    if (path == u"~")
        return QDir::homePath();
    if (path.startsWith(u"~/"))
        return QDir::homePath() + path.mid(1);
    return path;
}

Result<KnownHostsFile> KnownHostsStore::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return KnownHostsFile::parse({}, m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Tr::tr("Cannot read the known hosts file: %1. Check its permissions.")
                         .arg(file.errorString()),
                     m_path};
    }
    KnownHostsFile parsed = KnownHostsFile::parse(file.readAll(), m_path);
    for (const Error &warning : parsed.warnings())
        qCWarning(lcTransport) << warning.toString();
    return parsed;
}

Result<void> KnownHostsStore::append(const QString &host, int port, const HostKey &key,
                                     bool hashed) const
{
    const QFileInfo info(m_path);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            return Error{Tr::tr("Cannot create the folder for the known hosts file."),
                         info.absolutePath()};
        }
        QFile::setPermissions(info.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QFile file(m_path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        return Error{Tr::tr("Cannot write the known hosts file: %1. Check its permissions.")
                         .arg(file.errorString()),
                     m_path};
    }
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray line = KnownHostsFile::formatLine(host, port, key, hashed);
    // Keep the new entry on its own line when the file lacks a final newline.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n")
        line.prepend('\n');
    // One write() call: appends from parallel sessions never interleave within a line.
    if (file.write(line) != line.size() || !file.flush()) {
        return Error{Tr::tr("Writing the known hosts file failed: %1.").arg(file.errorString()),
                     m_path};
    }
    return {};
}

} // namespace fleetdeck::transport
