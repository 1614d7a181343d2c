#pragma once

#include "core/inventory/SchemaMigrator.h"

#include <QList>

namespace fleetdeck::inventory {

// PRAGMA application_id of every Fleetdeck inventory: "FLDT" in ASCII.
inline constexpr qint32 InventoryApplicationId = 0x464C4454;

// The inventory's schema history, oldest first. A schema change is one entry appended here;
// an entry, once released, never changes (files in the field were migrated with it).
const QList<Migration> &inventoryMigrations();

} // namespace fleetdeck::inventory
