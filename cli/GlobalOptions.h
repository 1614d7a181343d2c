#pragma once

#include <QString>

namespace fleetdeck::cli {

// The options given before the command; they apply to every command.
struct GlobalOptions {
    QString databasePath; // empty: inventory::Database::defaultPath()
    bool json = false; // stdout holds exactly one JSON document
    QString knownHostsPath; // empty: the transport's default (~/.ssh/known_hosts)
    bool acceptNewHostKeys = false;
    // Read passphrases of SSH keys from the OS keychain, and keep typed ones there (--keychain).
    bool useKeychain = false;
};

} // namespace fleetdeck::cli
