#pragma once

#include "core/common/Result.h"
#include "core/fleet/import/NodeImporter.h"

namespace fleetdeck::fleet {

// Nodes from an OpenSSH client config: every concrete name on a Host line becomes a node, with
// the settings `ssh -G name` would use (host = HostName or the alias, port, user when the config
// sets one, identity = the first IdentityFile). Patterns and Match blocks are no nodes: they are
// listed as skipped, and their settings apply to the hosts they match.
class SshConfigNodeParser
{
public:
    static Result<ParsedInventory> parseFile(const QString &path, const QString &homeDir = {});
    static Result<ParsedInventory> parseText(const QString &text, const QString &fileName,
                                             const QString &homeDir = {});
};

} // namespace fleetdeck::fleet
