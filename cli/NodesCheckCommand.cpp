#include "cli/NodesCheckCommand.h"

#include "cli/CommandRun.h"
#include "cli/TextTable.h"
#include "cli/Tr.h"
#include "core/fleet/NodeSelector.h"
#include "core/fleet/session/FanOutScheduler.h"
#include "core/fleet/session/FleetCheck.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/NodeRepository.h"
#include "core/inventory/NodeStateRepository.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

namespace {

const QString allOption = u"all"_s;
const QString timeoutOption = u"timeout"_s;
const QString concurrencyOption = u"concurrency"_s;
constexpr int defaultTimeoutSeconds = 30;

using Outcome = fleet::FleetCheck::Outcome;

// CommandLine takes a fixed number of positional arguments; NAME... is collected here and only
// the options go on to it. Every option of this command but --all takes a value.
void splitArguments(const QStringList &arguments, QStringList &options, QStringList &names)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(u'-')) {
            names.append(argument);
            continue;
        }
        options.append(argument);
        const QString bare = argument.mid(argument.startsWith(u"--"_s) ? 2 : 1);
        const bool takesValue = bare == timeoutOption || bare == concurrencyOption;
        if (takesValue && i + 1 < arguments.size())
            options.append(arguments.at(++i));
    }
}

std::optional<int> positiveInt(const CommandLine &commandLine, const QString &name, int fallback)
{
    if (!commandLine.isSet(name))
        return fallback;
    bool ok = false;
    const int value = commandLine.value(name).toInt(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return value;
}

QString gibibytes(const QJsonValue &bytes)
{
    const double value = bytes.toDouble(-1);
    return value < 0 ? u"-"_s : QString::number(value / (1024.0 * 1024 * 1024), 'f', 1) + u" GiB"_s;
}

QString gpuSummary(const QJsonObject &facts)
{
    const QJsonArray gpus = facts.value(u"gpus"_s).toArray();
    if (gpus.isEmpty())
        return u"-"_s;
    return QString::number(gpus.size()) + u"x "_s + gpus.first().toObject().value(u"name"_s).toString();
}

QJsonObject outcomeJson(const Outcome &outcome)
{
    const fleet::NodeStatus &status = outcome.status;
    QJsonObject object{
        {u"name"_s, outcome.node.name},
        {u"host"_s, outcome.node.host},
        {u"port"_s, outcome.node.port},
        {u"transport"_s, status.transport},
        {u"command"_s, status.command},
        {u"state"_s, fleet::nodeStateName(status.state)},
        {u"reason"_s, status.reason.isEmpty() ? QJsonValue() : QJsonValue(status.reason)},
        {u"protocolVersion"_s, status.protocolVersion ? QJsonValue(*status.protocolVersion) : QJsonValue()},
        {u"agentVersion"_s, status.agentVersion.isEmpty() ? QJsonValue() : QJsonValue(status.agentVersion)},
        {u"facts"_s, status.facts.isEmpty() ? QJsonValue() : QJsonValue(status.facts)},
    };
    object.insert(u"hostKey"_s, status.hostKey ? QJsonValue(status.hostKey->toJson()) : QJsonValue());
    return object;
}

QString outcomesText(const QList<Outcome> &outcomes)
{
    TextTable table({Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("HOST"), Tr::tr("OS"), Tr::tr("CPUS"),
                     Tr::tr("MEMORY"), Tr::tr("GPUS"), Tr::tr("AGENT")});
    QStringList reasons;
    for (const Outcome &outcome : outcomes) {
        const QJsonObject &facts = outcome.status.facts;
        const int cpus = facts.value(u"cpuCount"_s).toInt();
        table.addRow({outcome.node.name, fleet::nodeStateLabel(outcome.status.state), outcome.node.host,
                      facts.value(u"osName"_s).toString(u"-"_s),
                      cpus > 0 ? QString::number(cpus) : u"-"_s,
                      gibibytes(facts.value(u"memoryTotalBytes"_s)), gpuSummary(facts),
                      outcome.status.agentVersion.isEmpty() ? u"-"_s : outcome.status.agentVersion});
        if (!outcome.status.reason.isEmpty())
            reasons.append(outcome.node.name + u": "_s + outcome.status.reason);
    }
    QString text = table.toString();
    if (!reasons.isEmpty())
        text += u'\n' + reasons.join(u'\n');
    return text;
}

int exitCodeFor(const QList<Outcome> &outcomes)
{
    int code = ExitSuccess;
    for (const Outcome &outcome : outcomes) {
        switch (outcome.status.state) {
        case fleet::NodeState::Online:
            break;
        case fleet::NodeState::HostKeyRefused:
            code = combinedExitCode(code, ExitHostKeyRefused);
            break;
        case fleet::NodeState::Unreachable:
            code = combinedExitCode(code, ExitUnreachable);
            break;
        default:
            code = combinedExitCode(code, ExitFailed);
            break;
        }
    }
    return code;
}

// One transaction for the whole fleet: states, new facts, and one audit row for the run.
Result<void> store(CommandContext &context, const QList<Outcome> &outcomes)
{
    inventory::NodeStateRepository states(context.database());
    return context.database().transaction([&]() -> Result<void> {
        QJsonObject counts;
        for (const Outcome &outcome : outcomes) {
            const fleet::NodeStatus &status = outcome.status;
            const QString state = fleet::nodeStateName(status.state);
            counts.insert(state, counts.value(state).toInt() + 1);
            if (auto saved = states.saveState(outcome.node.id, state, status.reason, status.at); !saved)
                return saved;
            if (status.facts.isEmpty())
                continue;
            if (auto saved = states.saveFacts(outcome.node.id, status.facts, status.at); !saved)
                return saved;
        }
        const QString subject = Tr::tr("%n node(s)", nullptr, int(outcomes.size()));
        if (auto audited = context.audit().append(u"node.check"_s, subject, counts); !audited)
            return audited.error();
        return {};
    });
}

} // namespace

int NodesCheckCommand::run(CommandContext &context, const QStringList &arguments)
{
    CommandLine commandLine(u"nodes check"_s,
        u"(NAME...|--all) [--timeout SECONDS] [--concurrency N]"_s,
        Tr::tr("Connects to each node (verifying its host key against the known_hosts file), "
               "says hello to its agent, gathers its facts, and records its state and facts in "
               "the inventory. Exit code 0: all online; 3: some unreachable; 4: a host key was "
               "refused; 1: an agent is not usable."));
    commandLine.addFlag(allOption, Tr::tr("Check every node of the inventory."));
    commandLine.addOption(timeoutOption, u"SECONDS"_s,
        Tr::tr("Longest time one node may take to connect and answer (default %1).")
            .arg(defaultTimeoutSeconds));
    commandLine.addOption(concurrencyOption, u"N"_s,
        Tr::tr("How many nodes are contacted at once (default %1).")
            .arg(fleet::FanOutScheduler::kDefaultConcurrency));
    QStringList options;
    QStringList names;
    splitArguments(arguments, options, names);
    if (const auto done = CommandRun::parse(context, commandLine, options))
        return *done;
    Output &out = context.out();
    const bool all = commandLine.isSet(allOption);
    if (all == !names.isEmpty())
        return out.usageError(Tr::tr("Give the names of the nodes to check, or --all (not both)."),
                              commandLine.command());
    const auto timeout = positiveInt(commandLine, timeoutOption, defaultTimeoutSeconds);
    const auto concurrency = positiveInt(commandLine, concurrencyOption,
                                         fleet::FanOutScheduler::kDefaultConcurrency);
    if (!timeout || !concurrency)
        return out.usageError(Tr::tr("--timeout and --concurrency take a whole number of 1 or more."),
                              commandLine.command());
    if (const auto failed = CommandRun::openExisting(context))
        return *failed;

    const auto inventoryNodes = context.nodes().list();
    if (!inventoryNodes)
        return out.fail(inventoryNodes.error(), ExitFailed);
    QList<inventory::Node> selected = *inventoryNodes;
    if (!all) {
        const auto selector = fleet::NodeSelector::parse(names.join(u','));
        if (!selector)
            return out.usageError(selector.error().message, commandLine.command());
        if (const QStringList missing = selector->missingNames(*inventoryNodes); !missing.isEmpty())
            return out.fail(Error{Tr::tr("There is no node named '%1' in %2. 'fleetdeck-cli nodes "
                                         "list' shows the nodes there are.")
                                      .arg(missing.join(u", "_s),
                                           QDir::toNativeSeparators(context.databasePath())), {}},
                            ExitFailed);
        selected = selector->select(*inventoryNodes);
    }
    if (selected.isEmpty()) {
        out.result(QJsonObject{{u"nodes"_s, QJsonArray()}},
                   Tr::tr("The inventory has no nodes to check. Add one with 'fleetdeck-cli nodes add'."));
        return ExitSuccess;
    }

    fleet::SessionOptions sessionOptions;
    sessionOptions.knownHostsPath = context.options().knownHostsPath;
    // ~/.ssh/config, read once for every node; a broken file fails each SSH node with file:line.
    sessionOptions.withUserSshConfig();
    sessionOptions.acceptNewHostKeys = context.options().acceptNewHostKeys;
    // A question on the terminal may take the node's whole time, not more.
    context.applyPassphrases(sessionOptions, std::chrono::seconds(*timeout));
    sessionOptions.openTimeout = std::chrono::seconds(*timeout);
    sessionOptions.connectTimeout = std::min(sessionOptions.connectTimeout, sessionOptions.openTimeout);
    sessionOptions.requestTimeout = std::min(sessionOptions.requestTimeout, sessionOptions.openTimeout);
    fleet::FleetCheck check(selected, sessionOptions, *concurrency);
    // The CLI has no event loop of its own (main never calls exec()): this is the only one, not a
    // nested wait. Every node is bounded by its timeout, so the loop always ends.
    QEventLoop loop;
    QObject::connect(&check, &fleet::FleetCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();

    const QList<Outcome> &outcomes = check.results();
    if (auto stored = store(context, outcomes); !stored)
        return out.fail(stored.error(), ExitFailed);
    const int code = exitCodeFor(outcomes);
    QJsonArray nodes;
    for (const Outcome &outcome : outcomes)
        nodes.append(outcomeJson(outcome));
    out.result(QJsonObject{{u"nodes"_s, nodes}, {u"exitCode"_s, code}}, outcomesText(outcomes));
    return code;
}

} // namespace fleetdeck::cli
