#include "core/fleet/import/NodeImporter.h"

#include "core/common/Log.h"
#include "core/fleet/Tr.h"
#include "core/fleet/import/AnsibleInventoryParser.h"
#include "core/fleet/import/CsvNodeParser.h"
#include "core/fleet/import/SshConfigNodeParser.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/NodeRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fleetdeck::fleet {

namespace {

QString where(const ImportCandidate &candidate)
{
    return candidate.file + u':' + QString::number(candidate.line);
}

// The existing node with the fields the source defines replaced.
inventory::Node merged(const inventory::Node &existing, const ImportCandidate &candidate)
{
    const inventory::Node &in = candidate.node;
    inventory::Node out = existing;
    out.host = in.host;
    if (candidate.fields & ImportField::Port)
        out.port = in.port;
    if (candidate.fields & ImportField::User)
        out.user = in.user;
    if (candidate.fields & ImportField::IdentityFile)
        out.identityFile = in.identityFile;
    if (candidate.fields & ImportField::Site)
        out.site = in.site;
    if (candidate.fields & ImportField::Tier)
        out.tier = in.tier;
    if (candidate.fields & ImportField::Labels)
        out.labels = in.labels;
    if (candidate.fields & ImportField::AgentCommand)
        out.agentCommand = in.agentCommand;
    return out;
}

// Everything that can be checked before the transaction starts, so a bad source writes nothing.
Result<void> validateAll(const ParsedInventory &parsed)
{
    QHash<QString, QString> firstSeen;
    for (const ImportCandidate &candidate : parsed.nodes) {
        const QString &name = candidate.node.name;
        if (auto it = firstSeen.constFind(name); it != firstSeen.cend())
            return Error{Tr::tr("Node \"%1\" is defined twice in this source (first at %2); "
                                "keep one of them.").arg(name, *it), where(candidate)};
        firstSeen.insert(name, where(candidate));
        if (auto ok = inventory::validateNode(candidate.node); !ok)
            return Error{ok.error().message, where(candidate)};
    }
    return {};
}

} // namespace

std::optional<ImportFormat> importFormatFromName(QStringView name)
{
    if (name == u"ssh-config")
        return ImportFormat::SshConfig;
    if (name == u"ansible")
        return ImportFormat::Ansible;
    if (name == u"csv")
        return ImportFormat::Csv;
    return std::nullopt;
}

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::SshConfig: return u"ssh-config"_s;
    case ImportFormat::Ansible: return u"ansible"_s;
    case ImportFormat::Csv: return u"csv"_s;
    }
    return {};
}

ImportFormat guessImportFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return ImportFormat::Csv;
    if (suffix == u"ini" || suffix == u"yml" || suffix == u"yaml")
        return ImportFormat::Ansible;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportFormat::SshConfig;
    // Look at the first meaningful line: "[group]" or "all:" is Ansible, a header row naming
    // name and host is CSV, anything else is read as ssh_config (which reports its own errors).
    static const QRegularExpression section(uR"(^\[[^\]]+\]$)"_s);
    static const QRegularExpression yamlGroup(uR"(^[A-Za-z0-9_.-]+:$)"_s);
    const QStringList lines = QString::fromUtf8(file.read(64 * 1024)).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line == u"---" || section.match(line).hasMatch() || yamlGroup.match(line).hasMatch())
            return ImportFormat::Ansible;
        const QStringList cells = line.toLower().split(u',');
        if (cells.contains(u"name"_s) && cells.contains(u"host"_s))
            return ImportFormat::Csv;
        return ImportFormat::SshConfig;
    }
    return ImportFormat::SshConfig;
}

NodeImporter::NodeImporter(inventory::Database &db, inventory::NodeRepository &nodes,
                           inventory::AuditLog &audit)
    : m_db(db), m_nodes(nodes), m_audit(audit)
{
}

Result<ParsedInventory> NodeImporter::parse(const QString &path, ImportFormat format,
                                            const QString &homeDir)
{
    switch (format) {
    case ImportFormat::SshConfig: return SshConfigNodeParser::parseFile(path, homeDir);
    case ImportFormat::Ansible: return AnsibleInventoryParser::parseFile(path);
    case ImportFormat::Csv: return CsvNodeParser::parseFile(path);
    }
    return Error{Tr::tr("Unknown import format."), path};
}

Result<ImportReport> NodeImporter::apply(const ParsedInventory &parsed, const QString &source)
{
    if (auto ok = validateAll(parsed); !ok)
        return ok.error();
    ImportReport report;
    report.skipped = parsed.skipped;
    auto done = m_db.transaction([&]() -> Result<void> {
        // One read of the inventory inside the transaction instead of one query per node.
        auto current = m_nodes.list();
        if (!current)
            return current.error();
        QHash<QString, qsizetype> byName;
        byName.reserve(current->size());
        for (qsizetype i = 0; i < current->size(); ++i)
            byName.insert(current->at(i).name, i);
        for (const ImportCandidate &candidate : parsed.nodes) {
            const qsizetype index = byName.value(candidate.node.name, -1);
            const bool known = index >= 0;
            const inventory::Node target =
                known ? merged(current->at(index), candidate) : candidate.node;
            if (known && current->at(index).sameSettings(target)) {
                report.unchanged.append(target.name);
                continue;
            }
            auto stored = m_nodes.upsertInTransaction(target);
            if (!stored)
                return Error{stored.error().message, where(candidate)};
            (known ? report.updated : report.added).append(target.name);
        }
        const QJsonObject details{{u"source"_s, source},
                                  {u"added"_s, report.added.size()},
                                  {u"updated"_s, report.updated.size()},
                                  {u"unchanged"_s, report.unchanged.size()},
                                  {u"skipped"_s, report.skipped.size()}};
        auto audited = m_audit.append(u"node.import"_s, source, details);
        if (!audited)
            return audited.error();
        return {};
    });
    if (!done)
        return done.error();
    qCDebug(lcFleet) << "imported" << source << "added" << report.added.size() << "updated"
                    << report.updated.size() << "unchanged" << report.unchanged.size();
    return report;
}

Result<ImportReport> NodeImporter::importFile(const QString &path, ImportFormat format)
{
    auto parsed = parse(path, format);
    if (!parsed)
        return parsed.error();
    return apply(*parsed, QFileInfo(path).absoluteFilePath());
}

} // namespace fleetdeck::fleet
