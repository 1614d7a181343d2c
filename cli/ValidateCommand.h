#pragma once

#include "cli/Command.h"

namespace fleetdeck::cli {

// `fleetdeck-cli validate (FILE|NAME:V)`: runs a model on the local validation engine, against
// golden outputs or on seeded inputs, prints the verdict with its numbers and stores it.
// Exit codes: 0 pass, 1 fail, 2 usage, 5 cannot validate (unsupported ops, or no such device).
class ValidateCommand : public Command {
public:
    QString name() const override;
    QString summary() const override;
    int run(CommandContext &context, const QStringList &arguments) override;
};

} // namespace fleetdeck::cli
