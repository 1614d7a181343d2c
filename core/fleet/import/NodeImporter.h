#pragma once

#include "core/common/Result.h"
#include "core/inventory/Node.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleetdeck::inventory {
class AuditLog;
class Database;
class NodeRepository;
} // namespace fleetdeck::inventory

namespace fleetdeck::fleet {

enum class ImportFormat { SshConfig, Ansible, Csv };

std::optional<ImportFormat> importFormatFromName(QStringView name); // ssh-config|ansible|csv
QString importFormatName(ImportFormat format);
// By extension and content: .csv -> Csv; .ini/.yml/.yaml/"[group]" -> Ansible; else SshConfig.
ImportFormat guessImportFormat(const QString &path);

// The node fields a source defines. Importing over an existing node replaces only these, so an
// ssh_config import keeps the site, tier and labels an operator gave the node.
enum class ImportField {
    Port = 0x01,
    User = 0x02,
    IdentityFile = 0x04,
    Site = 0x08,
    Tier = 0x10,
    Labels = 0x20,
    AgentCommand = 0x40,
};
Q_DECLARE_FLAGS(ImportFields, ImportField)
Q_DECLARE_OPERATORS_FOR_FLAGS(ImportFields)

struct ImportCandidate
{
    inventory::Node node;   // name and host are always defined by the source
    QString file;
    int line = 0;
    ImportFields fields = ImportFields(0x7f);
};

struct ImportSkip
{
    QString name;     // may be a pattern ("*", "web-*")
    QString file;
    int line = 0;
    QString reason;   // translated, e.g. "a pattern, not a host: its settings apply to others"
};

struct ParsedInventory
{
    QList<ImportCandidate> nodes;
    QList<ImportSkip> skipped;
};

struct ImportReport
{
    QStringList added;
    QStringList updated;
    QStringList unchanged;
    QList<ImportSkip> skipped;
};

// Reads a node source and applies it to the inventory in one transaction: all or nothing.
// A malformed line is an Error naming file:line and the problem, and nothing is written.
class NodeImporter
{
public:
    NodeImporter(inventory::Database &db, inventory::NodeRepository &nodes,
                 inventory::AuditLog &audit);

    // Pure parse (follows ssh_config Include relative to ~/.ssh as OpenSSH does; homeDir is
    // QDir::homePath() unless given).
    static Result<ParsedInventory> parse(const QString &path, ImportFormat format,
                                         const QString &homeDir = {});

    Result<ImportReport> apply(const ParsedInventory &parsed, const QString &source);
    Result<ImportReport> importFile(const QString &path, ImportFormat format);

private:
    inventory::Database &m_db;
    inventory::NodeRepository &m_nodes;
    inventory::AuditLog &m_audit;
};

} // namespace fleetdeck::fleet
