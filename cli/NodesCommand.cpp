#include "cli/NodesCommand.h"

#include "cli/CommandRun.h"
#include "cli/NodeFormatter.h"
#include "cli/NodeOptions.h"
#include "cli/NodesCheckCommand.h"
#include "cli/Tr.h"
#include "core/fleet/NodeSelector.h"
#include "core/fleet/import/NodeImporter.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/NodeRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

namespace {

const QString renameOption = u"rename"_s;
const QString removeLabelOption = u"remove-label"_s;

Error noSuchNode(CommandContext &context, const QString &name)
{
    return Error { Tr::tr("There is no node named '%1' in %2. 'fleetdeck-cli nodes list' shows "
                          "the nodes there are.")
                       .arg(name, QDir::toNativeSeparators(context.databasePath())),
        {} };
}

// The node called name; not finding it is an error like any other.
Result<inventory::Node> findNode(CommandContext &context, const QString &name)
{
    auto found = context.nodes().find(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return noSuchNode(context, name);
    return **found;
}

} // namespace

QString NodesCommand::name() const
{
    return u"nodes"_s;
}

QString NodesCommand::summary() const
{
    return Tr::tr("Add, edit, import, list and remove the nodes of the fleet.");
}

QList<CommandGroup::Subcommand> NodesCommand::subcommands() const
{
    return {
        { u"add"_s, Tr::tr("Add a node."), &NodesCommand::add },
        { u"check"_s, Tr::tr("Connect to nodes, check host keys, gather and record facts."),
            &NodesCheckCommand::run },
        { u"edit"_s, Tr::tr("Change the settings of a node."), &NodesCommand::edit },
        { u"import"_s, Tr::tr("Add or update nodes from an ssh_config, Ansible or CSV file."),
            &NodesCommand::importFile },
        { u"list"_s, Tr::tr("List the nodes."), &NodesCommand::list },
        { u"remove"_s, Tr::tr("Remove a node."), &NodesCommand::remove },
    };
}

int NodesCommand::add(CommandContext &context, const QStringList &arguments)
{
    CommandLine commandLine(u"nodes add"_s,
        u"NAME --host H [--port N] [--user U] [--identity FILE] [--site S] "
        "[--tier edge|cloud] [--label K=V]... [--agent-command CMD]"_s,
        Tr::tr("Adds a node to the inventory. The node is not contacted."));
    commandLine.addPositional(u"NAME"_s,
        Tr::tr("Unique name of the node: letters, digits and "
               "._- (up to 64 characters)."));
    NodeOptions::declare(commandLine);
    if (const auto done = CommandRun::parse(context, commandLine, arguments))
        return *done;
    Output &out = context.out();
    if (!commandLine.isSet(u"host"_s))
        return out.usageError(
            Tr::tr("'nodes add' needs --host H, the address of the node."), commandLine.command());

    inventory::Node node;
    node.name = commandLine.positionals().constFirst();
    if (const auto applied = NodeOptions::apply(commandLine, node); !applied)
        return out.usageError(applied.error().message, commandLine.command());
    if (const auto valid = inventory::validateNode(node); !valid)
        return out.usageError(valid.error().message, commandLine.command());
    if (const auto failed = CommandRun::openInventory(context))
        return *failed;

    const auto added = context.nodes().add(node);
    if (!added)
        return out.fail(added.error(), ExitFailed);
    out.result(NodeFormatter::toJson(*added),
        Tr::tr("Added node %1 (%2).").arg(added->name, NodeFormatter::address(*added)));
    return ExitSuccess;
}

int NodesCommand::edit(CommandContext &context, const QStringList &arguments)
{
    CommandLine commandLine(u"nodes edit"_s,
        u"NAME [--rename NEW] [--host H] [--port N] [--user U] "
        "[--identity FILE] [--site S] [--tier edge|cloud] [--label K=V]... "
        "[--remove-label K]... [--agent-command CMD]"_s,
        Tr::tr("Changes the settings of a node; what is not given stays as it "
               "is. An empty value (--user \"\") clears a setting."));
    commandLine.addPositional(u"NAME"_s, Tr::tr("The node to change."));
    commandLine.addOption(renameOption, u"NEW"_s, Tr::tr("Gives the node a new name."));
    NodeOptions::declare(commandLine);
    commandLine.addOption(
        removeLabelOption, u"K"_s, Tr::tr("Removes a label; may be repeated."), true);
    if (const auto done = CommandRun::parse(context, commandLine, arguments))
        return *done;
    Output &out = context.out();
    if (!NodeOptions::anyGiven(commandLine) && !commandLine.isSet(renameOption)
        && !commandLine.isSet(removeLabelOption))
        return out.usageError(
            Tr::tr("'nodes edit' needs at least one setting to change."), commandLine.command());
    // Malformed values are usage errors whatever the node: find them before touching the file.
    inventory::Node probe;
    if (const auto applied = NodeOptions::apply(commandLine, probe); !applied)
        return out.usageError(applied.error().message, commandLine.command());
    if (const auto failed = CommandRun::openExisting(context))
        return *failed;

    const auto found = findNode(context, commandLine.positionals().constFirst());
    if (!found)
        return out.fail(found.error(), ExitFailed);
    inventory::Node node = *found;
    for (const QString &key : commandLine.values(removeLabelOption)) {
        if (node.labels.remove(key) == 0)
            return out.fail(
                Error {
                    Tr::tr("Node '%1' has no label '%2'; nothing was changed.").arg(node.name, key),
                    {} },
                ExitFailed);
    }
    if (const auto applied = NodeOptions::apply(commandLine, node); !applied)
        return out.usageError(applied.error().message, commandLine.command());
    if (const auto rename = commandLine.optionalValue(renameOption))
        node.name = *rename;
    if (const auto valid = inventory::validateNode(node); !valid)
        return out.usageError(valid.error().message, commandLine.command());

    if (node.sameSettings(*found)) {
        out.result(NodeFormatter::toJson(*found),
            Tr::tr("Node %1 already has these settings; nothing was changed.").arg(found->name));
        return ExitSuccess;
    }
    const auto updated = context.nodes().update(node);
    if (!updated)
        return out.fail(updated.error(), ExitFailed);
    out.result(NodeFormatter::toJson(*updated),
        found->name == updated->name
            ? Tr::tr("Updated node %1 (%2).").arg(updated->name, NodeFormatter::address(*updated))
            : Tr::tr("Renamed node %1 to %2 (%3).")
                  .arg(found->name, updated->name, NodeFormatter::address(*updated)));
    return ExitSuccess;
}

int NodesCommand::importFile(CommandContext &context, const QStringList &arguments)
{
    CommandLine commandLine(u"nodes import"_s, u"FILE [--format ssh-config|ansible|csv]"_s,
        Tr::tr("Adds the hosts of FILE to the inventory and updates the nodes it already has, "
               "all or nothing: a malformed line is reported as file:line and nothing is "
               "written. Patterns and entries that are not hosts are skipped, with the reason."));
    commandLine.addPositional(u"FILE"_s,
        Tr::tr("An OpenSSH client config, an Ansible inventory "
               "(INI or YAML) or a CSV file."));
    commandLine.addOption(u"format"_s, u"ssh-config|ansible|csv"_s,
        Tr::tr("The format of FILE (default: guessed from its name and "
               "content)."));
    if (const auto done = CommandRun::parse(context, commandLine, arguments))
        return *done;
    Output &out = context.out();
    const QString path = commandLine.positionals().constFirst();
    fleet::ImportFormat format = fleet::guessImportFormat(path);
    if (const auto name = commandLine.optionalValue(u"format"_s)) {
        const auto named = fleet::importFormatFromName(*name);
        if (!named)
            return out.usageError(Tr::tr("--format '%1' is not a format; give ssh-config, "
                                         "ansible or csv.")
                                      .arg(*name),
                commandLine.command());
        format = *named;
    }
    if (!QFileInfo(path).isFile())
        return out.fail(Error { Tr::tr("Cannot import %1: there is no such file.")
                                    .arg(QDir::toNativeSeparators(path)),
                            {} },
            ExitFailed);

    // Parse before opening the inventory: a malformed file must leave no trace at all.
    const auto parsed = fleet::NodeImporter::parse(path, format);
    if (!parsed)
        return out.fail(parsed.error(), ExitFailed);
    if (const auto failed = CommandRun::openInventory(context))
        return *failed;
    fleet::NodeImporter importer(context.database(), context.nodes(), context.audit());
    const auto report = importer.apply(*parsed, QFileInfo(path).absoluteFilePath());
    if (!report)
        return out.fail(report.error(), ExitFailed);
    out.result(
        NodeFormatter::toJson(*report, path, format), NodeFormatter::text(*report, path, format));
    return ExitSuccess;
}

int NodesCommand::list(CommandContext &context, const QStringList &arguments)
{
    CommandLine commandLine(
        u"nodes list"_s, u"[--nodes SEL]"_s, Tr::tr("Lists the nodes, ordered by name."));
    commandLine.addOption(u"nodes"_s, u"SEL"_s,
        Tr::tr("Which nodes: all | a,b,c | site=S | tier=edge|cloud | "
               "label:K=V (default all)."));
    if (const auto done = CommandRun::parse(context, commandLine, arguments))
        return *done;
    Output &out = context.out();
    const auto selector =
        fleet::NodeSelector::parse(commandLine.optionalValue(u"nodes"_s).value_or(u"all"_s));
    if (!selector)
        return out.usageError(selector.error().message, commandLine.command());
    if (const auto failed = CommandRun::openExisting(context))
        return *failed;

    const auto all = context.nodes().list();
    if (!all)
        return out.fail(all.error(), ExitFailed);
    // An operator's typo in a list of names must not pass as "no such nodes".
    if (const QStringList missing = selector->missingNames(*all); !missing.isEmpty())
        return out.fail(noSuchNode(context, missing.join(u", "_s)), ExitFailed);
    const QList<inventory::Node> selected = selector->select(*all);
    QString text = NodeFormatter::table(selected);
    if (selected.isEmpty())
        text = all->isEmpty() ? Tr::tr("The inventory has no nodes yet. Add one with "
                                       "'fleetdeck-cli nodes add' or 'nodes import'.")
                              : Tr::tr("No node matches '%1'.").arg(selector->toString());
    out.result(NodeFormatter::toJson(selected), text);
    return ExitSuccess;
}

int NodesCommand::remove(CommandContext &context, const QStringList &arguments)
{
    CommandLine commandLine(u"nodes remove"_s, u"NAME"_s,
        Tr::tr("Removes a node from the inventory. The node itself is not "
               "contacted."));
    commandLine.addPositional(u"NAME"_s, Tr::tr("The node to remove."));
    if (const auto done = CommandRun::parse(context, commandLine, arguments))
        return *done;
    Output &out = context.out();
    if (const auto failed = CommandRun::openExisting(context))
        return *failed;

    const auto found = findNode(context, commandLine.positionals().constFirst());
    if (!found)
        return out.fail(found.error(), ExitFailed);
    if (const auto removed = context.nodes().remove(found->name); !removed)
        return out.fail(removed.error(), ExitFailed);
    out.result(QJsonObject { { u"removed"_s, NodeFormatter::toJson(*found) } },
        Tr::tr("Removed node %1.").arg(found->name));
    return ExitSuccess;
}

} // namespace fleetdeck::cli
