#pragma once

#include "core/inventory/Node.h"

#include <QList>
#include <QString>

namespace fleetdeck::test {

// What an inventory file holds, read back with the inventory library (as the desktop app would).
// Fails the running test (QtTest warning and empty result) when the file cannot be opened.
struct StoredInventory {
    QList<inventory::Node> nodes;
    int auditRows = -1;
    bool opened = false;

    static StoredInventory read(const QString &path);
    QStringList names() const;
    const inventory::Node *find(const QString &name) const;
};

} // namespace fleetdeck::test
