#pragma once

#include "cli/CommandGroup.h"

namespace fleetdeck::cli {

// `fleetdeck-cli models import|list`: model versions in the inventory, their artifacts kept in
// the content-addressed store beside the inventory file.
class ModelsCommand : public CommandGroup {
public:
    QString name() const override;
    QString summary() const override;

protected:
    QList<Subcommand> subcommands() const override;

private:
    static int importFile(CommandContext &context, const QStringList &arguments);
    static int list(CommandContext &context, const QStringList &arguments);
};

} // namespace fleetdeck::cli
