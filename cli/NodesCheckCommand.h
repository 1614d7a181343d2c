#pragma once

#include <QStringList>

namespace fleetdeck::cli {

class CommandContext;

// `fleetdeck-cli nodes check (NAME...|--all)`: connects to each node (host key, hello, facts),
// stores each node's state and facts in the inventory, prints them, and exits 0 when every node
// is online, 3 when some are unreachable, 4 when a host key was refused (4 > 3 > 1).
class NodesCheckCommand {
public:
    static int run(CommandContext &context, const QStringList &arguments);
};

} // namespace fleetdeck::cli
