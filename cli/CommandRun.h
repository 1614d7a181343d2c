#pragma once

#include "cli/CommandContext.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "cli/Output.h"
#include "core/common/Result.h"

#include <QStringList>

#include <optional>

namespace fleetdeck::cli {

// The steps every subcommand begins with, so each one reads as its own logic.
class CommandRun {
public:
    // Parses arguments. Returns the exit code when the command must end here: after printing the
    // usage for --help (0), or after a usage error (2). Empty: go on.
    static std::optional<int> parse(
        CommandContext &context, CommandLine &commandLine, const QStringList &arguments)
    {
        const Result<void> parsed = commandLine.parse(arguments);
        if (commandLine.helpRequested()) {
            context.out().usage(commandLine.usage());
            return ExitSuccess;
        }
        if (!parsed)
            return context.out().usageError(parsed.error().message, commandLine.command());
        return std::nullopt;
    }

    // Opens the inventory. Returns the exit code (1) when it cannot be opened.
    static std::optional<int> openInventory(
        CommandContext &context, CommandContext::Create create = CommandContext::Create::IfMissing)
    {
        const Result<void> opened = context.openInventory(create);
        if (!opened)
            return context.out().fail(opened.error(), ExitFailed);
        return std::nullopt;
    }

    // For commands that only read: a --db file that does not exist is an error, not created.
    static std::optional<int> openExisting(CommandContext &context)
    {
        return openInventory(context, CommandContext::Create::OnlyDefault);
    }
};

} // namespace fleetdeck::cli
