#include "core/transport/SshConnectOptions.h"

#include "core/transport/KnownHostsStore.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

QString SshConnectOptions::effectiveUser() const
{
    if (!user.isEmpty())
        return user;
    // The account name, not $USER, which a test or sudo may have changed.
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

QString SshConnectOptions::effectiveKnownHostsPath() const
{
    if (knownHostsPath.isEmpty())
        return KnownHostsStore::defaultPath();
    return KnownHostsStore::expandHome(knownHostsPath);
}

QStringList SshConnectOptions::effectiveIdentityFiles() const
{
    QStringList files;
    if (!identityFiles.isEmpty()) {
        for (const QString &file : identityFiles)
            files.append(KnownHostsStore::expandHome(file));
        return files;
    }
    for (const QString &name : {u"id_ed25519"_s, u"id_ecdsa"_s, u"id_rsa"_s}) {
        const QString path = QDir::homePath() + u"/.ssh/" + name;
        if (QFileInfo::exists(path))
            files.append(path);
    }
    return files;
}

QString SshConnectOptions::displayName() const
{
    return effectiveUser() + u'@' + host + u':' + QString::number(port);
}

} // namespace fleetdeck::transport
