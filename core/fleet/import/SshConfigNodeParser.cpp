#include "core/fleet/import/SshConfigNodeParser.h"

#include "core/fleet/Tr.h"
#include "core/transport/SshConfig.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fleetdeck::fleet {

namespace {

ParsedInventory nodesFrom(const transport::SshConfig &config)
{
    ParsedInventory parsed;
    const QList<transport::SshConfigHostEntry> hosts = config.concreteHostEntries();
    parsed.nodes.reserve(hosts.size());
    for (const transport::SshConfigHostEntry &entry : hosts) {
        // The local user only fills %u and Match localuser: a node without User stays without
        // one, so the transport keeps deciding it at connect time.
        const transport::SshHostSettings settings = config.resolve(entry.name);
        ImportCandidate candidate;
        candidate.node.name = entry.name;
        candidate.node.host = settings.hostName;
        candidate.node.port = settings.port;
        if (settings.isSet(u"user"_s))
            candidate.node.user = settings.user;
        candidate.node.identityFile = settings.identityFiles.value(0);
        candidate.file = entry.file;
        candidate.line = entry.line;
        candidate.fields = ImportField::Port | ImportField::User | ImportField::IdentityFile;
        parsed.nodes.append(std::move(candidate));
    }
    const QStringList warnings = config.warnings();
    for (const transport::SshConfigHostEntry &entry : config.patternEntries()) {
        // A Match that can never apply here (exec, canonical, final) says so instead.
        const QString prefix = entry.file + u':' + QString::number(entry.line) + u": "_s;
        const auto warning = std::find_if(warnings.cbegin(), warnings.cend(),
            [&prefix](const QString &w) { return w.startsWith(prefix); });
        const QString reason = warning != warnings.cend() ? warning->mid(prefix.size())
            : entry.name.startsWith(u"Match "_s)
            ? Tr::tr("a Match block, not a host: its settings apply to the hosts it matches")
            : entry.name.startsWith(u'!')
                ? Tr::tr("a negated pattern, not a host: it keeps its block from other hosts")
                : Tr::tr("a pattern, not a host: its settings apply to the hosts it matches");
        parsed.skipped.append(ImportSkip{entry.name, entry.file, entry.line, reason});
    }
    return parsed;
}

} // namespace

Result<ParsedInventory> SshConfigNodeParser::parseFile(const QString &path, const QString &homeDir)
{
    auto config = transport::SshConfig::load(path, homeDir);
    if (!config)
        return config.error();
    return nodesFrom(*config);
}

Result<ParsedInventory> SshConfigNodeParser::parseText(const QString &text, const QString &fileName,
                                                       const QString &homeDir)
{
    auto config = transport::SshConfig::parse(text, fileName, homeDir);
    if (!config)
        return config.error();
    return nodesFrom(*config);
}

} // namespace fleetdeck::fleet
