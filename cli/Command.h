#pragma once

#include <QString>
#include <QStringList>

namespace fleetdeck::cli {

class CommandContext;

// One command of fleetdeck-cli ("nodes", "audit"), given the arguments after its name.
class Command {
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for the command list, translated
    // Returns the exit code (ExitCode); results and errors go to context.out().
    virtual int run(CommandContext &context, const QStringList &arguments) = 0;
};

} // namespace fleetdeck::cli
