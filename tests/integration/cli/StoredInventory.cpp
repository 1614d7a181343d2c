#include "tests/integration/cli/StoredInventory.h"

#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/NodeRepository.h"

#include <QDebug>

using namespace Qt::StringLiterals;

namespace fleetdeck::test {

StoredInventory StoredInventory::read(const QString &path)
{
    StoredInventory stored;
    auto db = inventory::Database::open(path, inventory::Database::OpenMode::ReadOnly);
    if (!db) {
        qWarning().noquote() << "cannot open" << path << db.error().toString();
        return stored;
    }
    inventory::AuditLog audit(**db, u"test"_s);
    inventory::NodeRepository repository(**db, audit);
    const auto nodes = repository.list();
    const auto rows = audit.recent(0);
    if (!nodes || !rows) {
        qWarning() << "cannot read" << path;
        return stored;
    }
    stored.nodes = *nodes;
    stored.auditRows = int(rows->size());
    stored.opened = true;
    return stored;
}

QStringList StoredInventory::names() const
{
    QStringList names;
    for (const inventory::Node &node : nodes)
        names.append(node.name);
    return names;
}

const inventory::Node *StoredInventory::find(const QString &name) const
{
    for (const inventory::Node &node : nodes) {
        if (node.name == name)
            return &node;
    }
    return nullptr;
}

} // namespace fleetdeck::test
