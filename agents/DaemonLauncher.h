#pragma once

#include "agents/StateDir.h"

namespace fleetdeck::agent {

// Starts `fleetdeck-agent daemon --state DIR` fully detached: its own session (setsid, after a
// double fork, so it is nobody's child), stdin from /dev/null, stdout and stderr to the state
// folder's daemon.log, no other inherited descriptor. An SSH channel that ran `rpc` then closes
// as soon as rpc exits.
class DaemonLauncher {
public:
    static Result<void> launch(const QString &agentProgram, const StateDir &stateDir);
};

} // namespace fleetdeck::agent
