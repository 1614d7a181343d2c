#pragma once

#include "cli/Command.h"

#include <QList>

#include <functional>

namespace fleetdeck::cli {

// A command made of subcommands ("nodes add", "nodes list"): dispatches to them and answers
// --help, a missing or an unknown subcommand with the list of the known ones.
class CommandGroup : public Command {
public:
    int run(CommandContext &context, const QStringList &arguments) override;
    QString usage() const;

protected:
    struct Subcommand {
        QString name;
        QString summary;
        std::function<int(CommandContext &, const QStringList &)> run;
    };
    virtual QList<Subcommand> subcommands() const = 0;

private:
    QStringList subcommandNames() const;
};

} // namespace fleetdeck::cli
