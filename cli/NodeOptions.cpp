#include "cli/NodeOptions.h"

#include "cli/CommandLine.h"
#include "cli/Tr.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

namespace {

const QString hostOption = u"host"_s;
const QString portOption = u"port"_s;
const QString userOption = u"user"_s;
const QString identityOption = u"identity"_s;
const QString siteOption = u"site"_s;
const QString tierOption = u"tier"_s;
const QString labelOption = u"label"_s;
const QString agentOption = u"agent-command"_s;

// The node keeps an identity file for later runs from any folder, so a relative path given on
// the command line is resolved now; "~/..." stays as OpenSSH understands it.
QString identityPath(const QString &given)
{
    if (given.isEmpty() || given.startsWith(u'~'))
        return given;
    return QDir::cleanPath(QFileInfo(given).absoluteFilePath());
}

} // namespace

void NodeOptions::declare(CommandLine &commandLine)
{
    commandLine.addOption(
        hostOption, u"H"_s, Tr::tr("DNS name, IPv4 or IPv6 address of the node."));
    commandLine.addOption(portOption, u"N"_s, Tr::tr("SSH port, 1 to 65535 (default 22)."));
    commandLine.addOption(
        userOption, u"U"_s, Tr::tr("SSH user (default: from ~/.ssh/config, then your own)."));
    commandLine.addOption(identityOption, u"FILE"_s,
        Tr::tr("Private key file to log in with (only its path is stored)."));
    commandLine.addOption(siteOption, u"S"_s, Tr::tr("Site the node belongs to (empty: none)."));
    commandLine.addOption(tierOption, u"edge|cloud"_s, Tr::tr("Tier of the node (default edge)."));
    commandLine.addOption(labelOption, u"K=V"_s, Tr::tr("Sets a label; may be repeated."), true);
    commandLine.addOption(agentOption, u"CMD"_s,
        Tr::tr("Command that starts the agent's RPC bridge on the node "
               "(default: fleetdeck-agent rpc)."));
}

bool NodeOptions::anyGiven(const CommandLine &commandLine)
{
    for (const QString &name : { hostOption, portOption, userOption, identityOption, siteOption,
             tierOption, labelOption, agentOption }) {
        if (commandLine.isSet(name))
            return true;
    }
    return false;
}

Result<int> NodeOptions::parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return Error {
            Tr::tr("--port '%1' is not a port number; give a number from 1 to 65535.").arg(text), {}
        };
    return port;
}

Result<inventory::Tier> NodeOptions::parseTier(const QString &text)
{
    const auto tier = inventory::tierFromName(text);
    if (!tier)
        return Error { Tr::tr("--tier '%1' is not a tier; give edge or cloud.").arg(text), {} };
    return *tier;
}

Result<QPair<QString, QString>> NodeOptions::parseLabel(const QString &text)
{
    const qsizetype equals = text.indexOf(u'=');
    const QString key = equals < 0 ? text : text.left(equals);
    if (equals < 0 || !inventory::isValidLabelKey(key))
        return Error { Tr::tr("--label '%1' is not KEY=VALUE with a key of letters, digits and "
                              "._/- (for example --label gpu=a100).")
                           .arg(text),
            {} };
    return QPair<QString, QString>(key, text.mid(equals + 1));
}

Result<void> NodeOptions::apply(const CommandLine &commandLine, inventory::Node &node)
{
    inventory::Node changed = node;
    if (const auto host = commandLine.optionalValue(hostOption))
        changed.host = host->trimmed();
    if (const auto port = commandLine.optionalValue(portOption)) {
        const auto parsed = parsePort(*port);
        if (!parsed)
            return parsed.error();
        changed.port = *parsed;
    }
    if (const auto user = commandLine.optionalValue(userOption))
        changed.user = *user;
    if (const auto identity = commandLine.optionalValue(identityOption))
        changed.identityFile = identityPath(*identity);
    if (const auto site = commandLine.optionalValue(siteOption))
        changed.site = *site;
    if (const auto tier = commandLine.optionalValue(tierOption)) {
        const auto parsed = parseTier(*tier);
        if (!parsed)
            return parsed.error();
        changed.tier = *parsed;
    }
    for (const QString &label : commandLine.values(labelOption)) {
        const auto parsed = parseLabel(label);
        if (!parsed)
            return parsed.error();
        changed.labels.insert(parsed->first, parsed->second);
    }
    if (const auto agent = commandLine.optionalValue(agentOption))
        changed.agentCommand = *agent;
    node = std::move(changed);
    return {};
}

} // namespace fleetdeck::cli
