#pragma once

#include "cli/CommandGroup.h"

namespace fleetdeck::cli {

// `fleetdeck-cli nodes add|edit|import|list|remove`: the fleet's inventory of nodes.
class NodesCommand : public CommandGroup {
public:
    QString name() const override;
    QString summary() const override;

protected:
    QList<Subcommand> subcommands() const override;

private:
    static int add(CommandContext &context, const QStringList &arguments);
    static int edit(CommandContext &context, const QStringList &arguments);
    static int importFile(CommandContext &context, const QStringList &arguments);
    static int list(CommandContext &context, const QStringList &arguments);
    static int remove(CommandContext &context, const QStringList &arguments);
};

} // namespace fleetdeck::cli
