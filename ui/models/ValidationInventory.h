#pragma once

#include "core/common/Result.h"
#include "core/inventory/ModelVersion.h"
#include "core/inventory/ValidationRepository.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace fleetdeck::ui {

class AsyncInventory;

// The Validate page's jobs on the inventory, beside AsyncInventory's node jobs and run the same
// way: on the InventoryThread (the single writer), answering on context's thread.
class ValidationInventory {
public:
    template<typename T> using Done = std::function<void(Result<T>)>;

    explicit ValidationInventory(AsyncInventory &inventory);

    void listModelVersions(QObject *context, Done<QList<inventory::ModelVersion>> done);
    // Newest first, at most limit.
    void validationsOf(qint64 modelVersionId, int limit, QObject *context,
        Done<QList<inventory::ValidationRecord>> done);
    // Appends the verdict and its audit row; the audit view hears of it.
    void store(const inventory::ValidationRecord &record, QObject *context,
        Done<inventory::ValidationRecord> done);

    // Where the content-addressed copy of a version lives beside the open inventory.
    QString artifactPath(const inventory::ModelVersion &version) const;

private:
    AsyncInventory &m_inventory;
};

} // namespace fleetdeck::ui
