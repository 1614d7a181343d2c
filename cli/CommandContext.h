#pragma once

#include "cli/GlobalOptions.h"
#include "core/common/Result.h"

#include <chrono>
#include <memory>

namespace fleetdeck::fleet {
struct SessionOptions;
} // namespace fleetdeck::fleet

namespace fleetdeck::inventory {
class AuditLog;
class Database;
class NodeRepository;
} // namespace fleetdeck::inventory

namespace fleetdeck::cli {

class CommandPassphrases;
class Output;

// What a command works with: the global options, the output, and the inventory, opened on first
// use so that usage errors and --help never touch (or create) the database file.
class CommandContext {
public:
    CommandContext(GlobalOptions options, Output &out);
    ~CommandContext();
    CommandContext(const CommandContext &) = delete;
    CommandContext &operator=(const CommandContext &) = delete;

    const GlobalOptions &options() const { return m_options; }
    Output &out() { return m_out; }

    // Whether opening may create the file. Commands that only read must not leave a new, empty
    // inventory behind a mistyped --db (and then report on it as if it were the real one).
    enum class Create { IfMissing, OnlyDefault };

    // Opens (creating and migrating if needed) the inventory; the error names the file.
    Result<void> openInventory(Create create = Create::IfMissing);

    // Valid after openInventory() succeeded.
    inventory::Database &database() { return *m_database; }
    inventory::AuditLog &audit() { return *m_audit; }
    inventory::NodeRepository &nodes() { return *m_nodes; }

    QString databasePath() const;

    // Passphrases for encrypted SSH keys: the terminal, and the keychain with --keychain; one
    // question per key for the whole command. A question gives up after promptTimeout.
    void applyPassphrases(fleet::SessionOptions &sessionOptions, std::chrono::milliseconds promptTimeout);

private:
    GlobalOptions m_options;
    Output &m_out;
    std::unique_ptr<inventory::Database> m_database;
    std::unique_ptr<inventory::AuditLog> m_audit;
    std::unique_ptr<inventory::NodeRepository> m_nodes;
    std::unique_ptr<CommandPassphrases> m_passphrases;
};

} // namespace fleetdeck::cli
