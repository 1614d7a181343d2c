#pragma once

#include "core/common/Result.h"
#include "core/inventory/Node.h"

namespace fleetdeck::cli {

class CommandLine;

// The node settings that `nodes add` and `nodes edit` share: --host, --port, --user, --identity,
// --site, --tier, --label K=V, --agent-command.
class NodeOptions {
public:
    static void declare(CommandLine &commandLine);

    // Applies the options that were given to node. A malformed value is an Error that names the
    // option, the value and what is allowed; node is then left as it was.
    static Result<void> apply(const CommandLine &commandLine, inventory::Node &node);

    // True when at least one of the declared options was given.
    static bool anyGiven(const CommandLine &commandLine);

    static Result<int> parsePort(const QString &text);
    static Result<inventory::Tier> parseTier(const QString &text);
    static Result<QPair<QString, QString>> parseLabel(const QString &text);
};

} // namespace fleetdeck::cli
