#include "core/transport/SshHostResolver.h"

#include "core/transport/Tr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fleetdeck::transport {

namespace {

constexpr int DefaultPort = 22;

Result<ProxyJumpHop> parseHop(const QString &text)
{
    const auto bad = [&text](const QString &why) {
        return Error{Tr::tr("ProxyJump hop \"%1\" is not valid: %2 Write [user@]host[:port] or "
                            "ssh://[user@]host[:port], hops separated by commas.")
                         .arg(text, why), {}};
    };
    QString rest = text;
    if (rest.startsWith(u"ssh://", Qt::CaseInsensitive)) {
        rest = rest.mid(6);
        if (rest.endsWith(u'/'))
            rest.chop(1);
    }
    ProxyJumpHop hop;
    // OpenSSH splits at the last '@': a user name may hold one, a host name never does.
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        hop.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (hop.user.isEmpty())
            return bad(Tr::tr("the user before @ is empty."));
    }
    std::optional<QString> portText;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return bad(Tr::tr("a [ is not closed."));
        hop.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return bad(Tr::tr("only :port may follow ]."));
            portText = after.mid(1);
        }
    } else if (const qsizetype colon = rest.indexOf(u':'); colon >= 0) {
        if (rest.indexOf(u':', colon + 1) >= 0)
            return bad(Tr::tr("an IPv6 address must be written in brackets, e.g. [::1]:22."));
        hop.host = rest.left(colon);
        portText = rest.mid(colon + 1);
    } else {
        hop.host = rest;
    }
    if (hop.host.isEmpty())
        return bad(Tr::tr("the host is empty."));
    const auto blank = [](const QString &s) {
        return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
    };
    if (blank(hop.host) || blank(hop.user))
        return bad(Tr::tr("it contains a space."));
    if (portText) {
        bool ok = false;
        const int port = portText->toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return bad(Tr::tr("the port must be a number from 1 to 65535."));
        hop.port = port;
    }
    return hop;
}

} // namespace

Result<QList<ProxyJumpHop>> parseProxyJump(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"none", Qt::CaseInsensitive) == 0)
        return QList<ProxyJumpHop>();
    QList<ProxyJumpHop> hops;
    const QStringList parts = trimmed.split(u',');
    for (const QString &part : parts) {
        auto hop = parseHop(part.trimmed());
        if (!hop)
            return hop.error();
        hops.append(*hop);
    }
    return hops;
}

SshHostResolver::SshHostResolver(std::shared_ptr<const SshConfig> config, SshConnectOptions base,
                                 std::chrono::milliseconds connectTimeoutLimit)
    : m_config(std::move(config)), m_base(std::move(base)), m_connectTimeoutLimit(connectTimeoutLimit)
{
    m_base.jumpHosts.clear();
}

SshHostSettings SshHostResolver::settingsFor(const QString &host) const
{
    if (m_config)
        return m_config->resolve(host);
    SshHostSettings settings;
    settings.host = host;
    settings.hostName = host;
    return settings;
}

// The config's view of one host on top of the session's base; the caller applies what the
// operator set explicitly afterwards.
Result<SshConnectOptions> SshHostResolver::optionsFor(const SshHostSettings &settings) const
{
    const QString proxyCommand = settings.options.value(u"proxycommand"_s);
    // ProxyJump and ProxyCommand exclude each other; the first one obtained wins, as in OpenSSH.
    if (!proxyCommand.isEmpty() && proxyCommand.compare(u"none", Qt::CaseInsensitive) != 0
        && !settings.isSet(u"proxyjump"_s)) {
        return Error{Tr::tr("The ssh config gives %1 a ProxyCommand, which Fleetdeck does not run "
                            "(it runs no commands from ssh config). Use ProxyJump to reach it "
                            "through a jump host instead.").arg(settings.host),
                     m_config ? m_config->files().value(0) : QString()};
    }
    SshConnectOptions options = m_base;
    options.alias = settings.host;
    options.host = settings.hostName.isEmpty() ? settings.host : settings.hostName;
    options.port = settings.isSet(u"port"_s) ? settings.port : DefaultPort;
    options.user = settings.isSet(u"user"_s) ? settings.user : QString();
    options.identityFiles = settings.identityFiles;
    // IdentitiesOnly: the agent may hold keys, but only the named files may be offered.
    options.useAgent = m_base.useAgent && !settings.identitiesOnly;
    // An explicit --known-hosts (or the GUI's file) wins over the config, for every hop.
    if (m_base.knownHostsPath.isEmpty() && settings.isSet(u"userknownhostsfile"_s)
        && !settings.userKnownHostsFiles.isEmpty()) {
        options.knownHostsPath = settings.userKnownHostsFiles.first();
        options.extraKnownHostsPaths = settings.userKnownHostsFiles.mid(1);
    }
    if (settings.connectTimeoutSeconds && *settings.connectTimeoutSeconds > 0) {
        options.connectTimeout = std::min<std::chrono::milliseconds>(
            std::chrono::seconds(*settings.connectTimeoutSeconds), m_connectTimeoutLimit);
    }
    if (settings.serverAliveIntervalSeconds > 0)
        options.keepaliveInterval = std::chrono::seconds(settings.serverAliveIntervalSeconds);
    if (const int count = settings.options.value(u"serveralivecountmax"_s).toInt(); count > 0)
        options.keepaliveCountMax = count;
    if (settings.isSet(u"hashknownhosts"_s))
        options.hashNewHostKeys = settings.options.value(u"hashknownhosts"_s)
                                      .compare(u"yes"_s, Qt::CaseInsensitive) == 0;
    return options;
}

Result<SshConnectOptions> SshHostResolver::resolve(const SshNodeAddress &node) const
{
    const SshHostSettings settings = settingsFor(node.host);
    auto options = optionsFor(settings);
    if (!options)
        return options.error();
    if (node.port != DefaultPort)
        options->port = node.port;
    if (!node.user.isEmpty())
        options->user = node.user;
    // Like `ssh -i`: the node's own key is tried first, then the config's.
    if (!node.identityFile.isEmpty()) {
        options->identityFiles.removeAll(node.identityFile);
        options->identityFiles.prepend(node.identityFile);
    }
    if (!settings.proxyJump.isEmpty()) {
        if (auto ok = appendJumpHosts(settings.proxyJump, node.host, 0, options->jumpHosts); !ok)
            return ok.error();
    }
    return options;
}

// OpenSSH reaches "ProxyJump a,b" as `ssh -J a b`: b through a, and a with its own config,
// its ProxyJump included; so only the first hop's own jump hosts come before it.
Result<void> SshHostResolver::appendJumpHosts(const QString &proxyJump, const QString &forHost,
                                              int depth, std::vector<SshConnectOptions> &chain) const
{
    auto hops = parseProxyJump(proxyJump);
    if (!hops)
        return Error{Tr::tr("ProxyJump of %1: %2").arg(forHost, hops.error().message),
                     m_config ? m_config->files().value(0) : QString()};
    for (qsizetype i = 0; i < hops->size(); ++i) {
        const ProxyJumpHop &hop = hops->at(i);
        const SshHostSettings settings = settingsFor(hop.host);
        if (i == 0 && !settings.proxyJump.isEmpty()) {
            if (depth + 1 >= MaxJumpHosts)
                return Error{Tr::tr("The jump hosts of %1 lead to more than %2 hops; the ssh "
                                    "config's ProxyJump lines probably form a loop.")
                                 .arg(forHost).arg(MaxJumpHosts), {}};
            if (auto ok = appendJumpHosts(settings.proxyJump, hop.host, depth + 1, chain); !ok)
                return ok;
        }
        auto options = optionsFor(settings);
        if (!options)
            return options.error();
        if (hop.port)
            options->port = *hop.port;
        if (!hop.user.isEmpty())
            options->user = hop.user;
        chain.push_back(std::move(*options));
        if (chain.size() > size_t(MaxJumpHosts))
            return Error{Tr::tr("%1 is behind more than %2 jump hosts; shorten its ProxyJump "
                                "chain.").arg(forHost).arg(MaxJumpHosts), {}};
    }
    return {};
}

} // namespace fleetdeck::transport
