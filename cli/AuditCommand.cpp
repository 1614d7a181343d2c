#include "cli/AuditCommand.h"

#include "cli/CommandRun.h"
#include "cli/TextTable.h"
#include "cli/Tr.h"
#include "core/inventory/AuditLog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

namespace {

const int defaultLimit = 20;

QJsonObject toJson(const inventory::AuditEntry &entry)
{
    return QJsonObject {
        { u"id"_s, entry.id },
        { u"at"_s, entry.at.toUTC().toString(Qt::ISODateWithMs) },
        { u"actor"_s, entry.actor },
        { u"action"_s, entry.action },
        { u"subject"_s, entry.subject },
        { u"details"_s, entry.details },
        { u"prevHash"_s, QString::fromLatin1(entry.prevHash) },
        { u"hash"_s, QString::fromLatin1(entry.hash) },
    };
}

QString table(const QList<inventory::AuditEntry> &entries)
{
    TextTable table({ u"ID"_s, u"TIME (UTC)"_s, u"ACTOR"_s, u"ACTION"_s, u"SUBJECT"_s });
    for (const inventory::AuditEntry &entry : entries)
        table.addRow({ QString::number(entry.id), entry.at.toUTC().toString(Qt::ISODate),
            entry.actor, entry.action, entry.subject });
    return table.toString();
}

} // namespace

QString AuditCommand::name() const
{
    return u"audit"_s;
}

QString AuditCommand::summary() const
{
    return Tr::tr("Check and read the audit log of the inventory.");
}

QList<CommandGroup::Subcommand> AuditCommand::subcommands() const
{
    return {
        { u"verify"_s, Tr::tr("Check the audit log's hash chain; name the first broken row."),
            &AuditCommand::verify },
        { u"list"_s, Tr::tr("Show the most recent audit rows."), &AuditCommand::list },
    };
}

int AuditCommand::verify(CommandContext &context, const QStringList &arguments)
{
    CommandLine commandLine(u"audit verify"_s, {},
        Tr::tr("Checks that no audit row was changed or removed: every row "
               "must carry the hash of the one before it. Exits with 1 and "
               "names the first broken row when the chain does not hold."));
    if (const auto done = CommandRun::parse(context, commandLine, arguments))
        return *done;
    if (const auto failed = CommandRun::openExisting(context))
        return *failed;
    Output &out = context.out();
    const auto verification = context.audit().verify();
    if (!verification)
        return out.fail(verification.error(), ExitFailed);

    const bool intact = !verification->firstBrokenId.has_value();
    QJsonObject document { { u"intact"_s, intact }, { u"rowsChecked"_s, verification->rowsChecked },
        { u"firstBrokenId"_s, QJsonValue() }, { u"problem"_s, QJsonValue() } };
    if (intact) {
        out.result(document,
            Tr::tr("The audit chain holds: %n row(s) checked.", nullptr,
                int(verification->rowsChecked)));
        return ExitSuccess;
    }
    const qint64 broken = *verification->firstBrokenId;
    document.insert(u"firstBrokenId"_s, broken);
    document.insert(u"problem"_s, verification->problem);
    // The verdict is the result asked for, so it goes to stdout; the exit code tells scripts.
    out.result(document,
        Tr::tr("The audit chain is broken at row %1: %2\nRows from %1 on cannot be "
               "trusted. Keep a copy of %3 for investigation and restore a backup.")
            .arg(broken)
            .arg(verification->problem, QDir::toNativeSeparators(context.databasePath())));
    return ExitFailed;
}

int AuditCommand::list(CommandContext &context, const QStringList &arguments)
{
    CommandLine commandLine(u"audit list"_s, u"[--limit N]"_s,
        Tr::tr("Shows the most recent audit rows, newest first."));
    commandLine.addOption(u"limit"_s, u"N"_s,
        Tr::tr("How many rows to show (default %1; 0 shows all).").arg(defaultLimit));
    if (const auto done = CommandRun::parse(context, commandLine, arguments))
        return *done;
    Output &out = context.out();
    int limit = defaultLimit;
    if (const auto given = commandLine.optionalValue(u"limit"_s)) {
        bool ok = false;
        limit = given->toInt(&ok);
        if (!ok || limit < 0)
            return out.usageError(
                Tr::tr("--limit '%1' is not a number of rows; give 0 or more.").arg(*given),
                commandLine.command());
    }
    if (const auto failed = CommandRun::openExisting(context))
        return *failed;

    const auto entries = context.audit().recent(limit);
    if (!entries)
        return out.fail(entries.error(), ExitFailed);
    QJsonArray array;
    for (const inventory::AuditEntry &entry : *entries)
        array.append(toJson(entry));
    out.result(array, entries->isEmpty() ? Tr::tr("The audit log is empty.") : table(*entries));
    return ExitSuccess;
}

} // namespace fleetdeck::cli
