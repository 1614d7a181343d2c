#include "cli/CommandContext.h"

#include "cli/CommandPassphrases.h"
#include "cli/Tr.h"
#include "core/common/Log.h"
#include "core/fleet/session/SessionOptions.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/NodeRepository.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace fleetdeck::cli {

CommandContext::CommandContext(GlobalOptions options, Output &out)
    : m_options(std::move(options))
    , m_out(out)
{
}

CommandContext::~CommandContext() = default;

void CommandContext::applyPassphrases(fleet::SessionOptions &sessionOptions, std::chrono::milliseconds promptTimeout)
{
    if (!m_passphrases)
        m_passphrases = std::make_unique<CommandPassphrases>(m_options.useKeychain, promptTimeout);
    m_passphrases->source().applyTo(sessionOptions);
}

QString CommandContext::databasePath() const
{
    if (!m_options.databasePath.isEmpty())
        return m_options.databasePath;
    return inventory::Database::defaultPath();
}

Result<void> CommandContext::openInventory(Create create)
{
    if (m_database)
        return {};
    const QString path = databasePath();
    if (create == Create::OnlyDefault && !m_options.databasePath.isEmpty()
        && !QFileInfo::exists(path))
        return Error { Tr::tr("There is no inventory at %1. Check the file given with --db; "
                              "'nodes add' and 'nodes import' create a new one.")
                           .arg(QDir::toNativeSeparators(path)),
            {} };
    const QString folder = QFileInfo(path).absolutePath();
    if (m_options.databasePath.isEmpty()) {
        // The default place is ours to create; a folder named with --db is the operator's.
        if (!QDir().mkpath(folder))
            return Error { Tr::tr("Cannot create the folder %1 for the inventory. Check its "
                                  "permissions, or choose a file with --db FILE.")
                               .arg(QDir::toNativeSeparators(folder)),
                {} };
    } else if (!QFileInfo(folder).isDir()) {
        return Error { Tr::tr("The folder %1 of the inventory file given with --db does not exist. "
                              "Create it, or choose another file.")
                           .arg(QDir::toNativeSeparators(folder)),
            {} };
    }
    qCDebug(lcCli) << "opening inventory" << path;
    auto opened = inventory::Database::open(path);
    if (!opened)
        return opened.error();
    m_database = std::move(opened).value();
    m_audit = std::make_unique<inventory::AuditLog>(
        *m_database, inventory::AuditLog::defaultActor(u"cli"_s));
    m_nodes = std::make_unique<inventory::NodeRepository>(*m_database, *m_audit);
    return {};
}

} // namespace fleetdeck::cli
