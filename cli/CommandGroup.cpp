#include "cli/CommandGroup.h"

#include "cli/CommandContext.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/Output.h"
#include "cli/Tr.h"

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

int CommandGroup::run(CommandContext &context, const QStringList &arguments)
{
    Output &out = context.out();
    if (arguments.isEmpty())
        return out.usageError(
            Tr::tr("'%1' needs a command: %2.").arg(name(), subcommandNames().join(u", "_s)),
            name());
    const QString &first = arguments.first();
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        out.usage(usage());
        return ExitSuccess;
    }
    for (const Subcommand &sub : subcommands()) {
        if (sub.name == first)
            return sub.run(context, arguments.mid(1));
    }
    if (first.startsWith(u'-'))
        return out.usageError(Tr::tr("Unknown option '%1': give the command first (%2).")
                                  .arg(first, subcommandNames().join(u", "_s)),
            name());
    return out.usageError(Tr::tr("Unknown command '%1 %2'. The known ones are: %3.")
                              .arg(name(), first, subcommandNames().join(u", "_s)),
        name());
}

QStringList CommandGroup::subcommandNames() const
{
    QStringList names;
    for (const Subcommand &sub : subcommands())
        names.append(sub.name);
    return names;
}

QString CommandGroup::usage() const
{
    QList<QPair<QString, QString>> rows;
    for (const Subcommand &sub : subcommands())
        rows.append({ sub.name, sub.summary });
    return wrapParagraphs(
               Tr::tr("Usage: fleetdeck-cli %1 COMMAND [ARGUMENTS] [OPTIONS]").arg(name()), 4)
        + u"\n\n" + wrapParagraphs(summary()) + u"\n\n" + Tr::tr("Commands:") + u'\n'
        + formatHelpRows(rows) + u'\n'
        + wrapParagraphs(
            Tr::tr("Run 'fleetdeck-cli %1 COMMAND --help' for the arguments of a command.")
                .arg(name()));
}

} // namespace fleetdeck::cli
