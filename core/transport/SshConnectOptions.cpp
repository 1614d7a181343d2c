#include "core/transport/SshConnectOptions.h"

#include "core/transport/KnownHostsStore.h"
#include "core/transport/SshConfig.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

SshConnectOptions SshConnectOptions::fromHostSettings(const SshHostSettings &settings)
{
    SshConnectOptions options;
    options.host = settings.hostName.isEmpty() ? settings.host : settings.hostName;
    options.port = settings.port;
    options.user = settings.user;
    options.identityFiles = settings.identityFiles;
    // IdentitiesOnly: the agent may hold keys, but only the named files may be offered.
    options.useAgent = !settings.identitiesOnly;
    if (!settings.userKnownHostsFiles.isEmpty()) {
        options.knownHostsPath = settings.userKnownHostsFiles.first();
        options.extraKnownHostsPaths = settings.userKnownHostsFiles.mid(1);
    }
    if (settings.connectTimeoutSeconds && *settings.connectTimeoutSeconds > 0)
        options.connectTimeout = std::chrono::seconds(*settings.connectTimeoutSeconds);
    options.hashNewHostKeys = settings.options.value(u"hashknownhosts"_s).compare(u"yes"_s, Qt::CaseInsensitive) == 0;
    if (settings.serverAliveIntervalSeconds > 0)
        options.keepaliveInterval = std::chrono::seconds(settings.serverAliveIntervalSeconds);
    return options;
}

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

QString SshConnectOptions::describe() const
{
    if (alias.isEmpty() || alias == host)
        return displayName();
    return alias + u" (" + displayName() + u')';
}

} // namespace fleetdeck::transport
