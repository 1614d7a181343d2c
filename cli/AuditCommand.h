#pragma once

#include "cli/CommandGroup.h"

namespace fleetdeck::cli {

// `fleetdeck-cli audit verify|list`: the hash-chained audit log of the inventory.
class AuditCommand : public CommandGroup {
public:
    QString name() const override;
    QString summary() const override;

protected:
    QList<Subcommand> subcommands() const override;

private:
    static int verify(CommandContext &context, const QStringList &arguments);
    static int list(CommandContext &context, const QStringList &arguments);
};

} // namespace fleetdeck::cli
