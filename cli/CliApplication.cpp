#include "cli/CliApplication.h"

#include "cli/AuditCommand.h"
#include "cli/CommandContext.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/ModelsCommand.h"
#include "cli/NodesCommand.h"
#include "cli/Output.h"
#include "cli/Tr.h"
#include "cli/ValidateCommand.h"
#include "core/inventory/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

namespace {

struct GlobalParser {
    QCommandLineParser parser;
    QCommandLineOption db { u"db"_s, {}, u"FILE"_s };
    QCommandLineOption json { u"json"_s };
    QCommandLineOption knownHosts { u"known-hosts"_s, {}, u"FILE"_s };
    QCommandLineOption acceptNew { u"accept-new-host-keys"_s };
    QCommandLineOption keychain { u"keychain"_s };
    QCommandLineOption version { u"version"_s };
    QCommandLineOption help { QStringList { u"h"_s, u"help"_s } };

    GlobalParser()
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        // Everything from the command on belongs to the command.
        parser.setOptionsAfterPositionalArgumentsMode(
            QCommandLineParser::ParseAsPositionalArguments);
        parser.addOptions({ db, json, knownHosts, acceptNew, keychain, version, help });
    }
};

} // namespace

CliApplication::CliApplication(QIODevice &out, QIODevice &err)
    : m_out(out)
    , m_err(err)
{
    m_commands.push_back(std::make_unique<NodesCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<ModelsCommand>());
    m_commands.push_back(std::make_unique<ValidateCommand>());
}

CliApplication::~CliApplication() = default;

int CliApplication::run(const QStringList &arguments)
{
    GlobalParser global;
    const bool parsed = global.parser.parse(QStringList { u"fleetdeck-cli"_s } + arguments);
    GlobalOptions options;
    // Known even when parsing failed, so that a usage error is reported as JSON too.
    options.json = global.parser.isSet(global.json);
    Output out(m_out, m_err, options.json);

    int code = ExitSuccess;
    if (!parsed) {
        code = out.usageError(global.parser.errorText(), {});
    } else if (global.parser.isSet(global.help)) {
        out.usage(usage());
    } else if (global.parser.isSet(global.version)) {
        out.result(QJsonObject { { u"name"_s, u"fleetdeck-cli"_s },
                       { u"version"_s, QStringLiteral(FLEETDECK_VERSION) } },
            u"fleetdeck-cli "_s + QStringLiteral(FLEETDECK_VERSION));
    } else {
        options.databasePath = global.parser.value(global.db);
        options.knownHostsPath = global.parser.value(global.knownHosts);
        options.acceptNewHostKeys = global.parser.isSet(global.acceptNew);
        options.useKeychain = global.parser.isSet(global.keychain);
        if (global.parser.isSet(global.db) && options.databasePath.isEmpty())
            code = out.usageError(Tr::tr("--db needs a file name."), {});
        else
            code = dispatch(options, out, global.parser.positionalArguments());
    }
    out.finish();
    return code;
}

int CliApplication::dispatch(const GlobalOptions &options, Output &out, const QStringList &command)
{
    if (command.isEmpty())
        return out.usageError(Tr::tr("Give a command: %1.").arg(commandNames().join(u", "_s)), {});
    Command *chosen = find(command.first());
    if (!chosen)
        return out.usageError(Tr::tr("Unknown command '%1'. The known ones are: %2.")
                                  .arg(command.first(), commandNames().join(u", "_s)),
            {});
    CommandContext context(options, out);
    return chosen->run(context, command.mid(1));
}

Command *CliApplication::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QStringList CliApplication::commandNames() const
{
    QStringList names;
    for (const auto &command : m_commands)
        names.append(command->name());
    return names;
}

QString CliApplication::usage() const
{
    const QList<QPair<QString, QString>> options {
        { u"--db FILE"_s,
            Tr::tr("The inventory file (default: %1).")
                .arg(QDir::toNativeSeparators(inventory::Database::defaultPath())) },
        { u"--json"_s, Tr::tr("Print exactly one JSON document on stdout, errors included.") },
        { u"--known-hosts FILE"_s,
            Tr::tr("The OpenSSH known_hosts file to check host keys "
                   "against (default: ~/.ssh/known_hosts).") },
        { u"--accept-new-host-keys"_s,
            Tr::tr("Trust and record the key of a host seen for the "
                   "first time. A changed key is always refused.") },
        { u"--keychain"_s,
            Tr::tr("Read passphrases of encrypted SSH keys from the OS keychain, and keep a "
                   "typed one there once it has decrypted the key. Off by default, so that "
                   "scripts never wait on the keychain.") },
        { u"--version"_s, Tr::tr("Show the version.") },
        { u"-h, --help"_s, Tr::tr("Show this help.") },
    };
    QList<QPair<QString, QString>> commands;
    for (const auto &command : m_commands)
        commands.append({ command->name(), command->summary() });
    return wrapParagraphs(Tr::tr("Usage: fleetdeck-cli [--db FILE] [--json] [--known-hosts FILE] "
                                 "[--accept-new-host-keys] [--keychain] COMMAND ..."),
               4)
        + u"\n\n"
        + wrapParagraphs(
            Tr::tr("Fleetdeck's control plane, headless: for scripts and CI pipelines."))
        + u"\n\n" + Tr::tr("Options:") + u'\n' + formatHelpRows(options) + u'\n'
        + Tr::tr("Commands:") + u'\n' + formatHelpRows(commands) + u'\n'
        + wrapParagraphs(Tr::tr("Run 'fleetdeck-cli COMMAND --help' for the usage of a command."))
        + u'\n'
        + wrapParagraphs(Tr::tr("Exit codes: 0 success, 1 operation failed, 2 usage error, 3 some "
                                "nodes unreachable, 4 host key refused, 5 cannot validate."));
}

} // namespace fleetdeck::cli
