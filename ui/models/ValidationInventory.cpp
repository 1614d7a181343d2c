#include "ui/models/ValidationInventory.h"

#include "core/inventory/ArtifactStore.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/InventoryThread.h"
#include "core/inventory/ModelRepository.h"
#include "ui/AsyncInventory.h"

namespace fleetdeck::ui {

using inventory::AuditLog;
using inventory::Database;
using inventory::ModelVersion;
using inventory::ValidationRecord;
using inventory::ValidationRepository;

ValidationInventory::ValidationInventory(AsyncInventory &inventory)
    : m_inventory(inventory)
{
}

void ValidationInventory::listModelVersions(QObject *context, Done<QList<ModelVersion>> done)
{
    const QString actor = m_inventory.actor();
    m_inventory.thread().submit<Result<QList<ModelVersion>>>(
        context,
        [actor](Database &db) {
            AuditLog audit(db, actor);
            return inventory::ModelRepository(db, audit).list();
        },
        std::move(done));
}

void ValidationInventory::validationsOf(
    qint64 modelVersionId, int limit, QObject *context, Done<QList<ValidationRecord>> done)
{
    const QString actor = m_inventory.actor();
    m_inventory.thread().submit<Result<QList<ValidationRecord>>>(
        context,
        [actor, modelVersionId, limit](Database &db) {
            AuditLog audit(db, actor);
            return ValidationRepository(db, audit).forModelVersion(modelVersionId, limit);
        },
        std::move(done));
}

void ValidationInventory::store(
    const ValidationRecord &record, QObject *context, Done<ValidationRecord> done)
{
    const QString actor = m_inventory.actor();
    auto *thread = &m_inventory.thread();
    thread->submit<Result<ValidationRecord>>(
        context,
        [actor, record, thread](Database &db) {
            AuditLog audit(db, actor);
            Result<ValidationRecord> stored = ValidationRepository(db, audit).add(record);
            if (stored)
                thread->notifyAuditAppended();
            return stored;
        },
        std::move(done));
}

QString ValidationInventory::artifactPath(const ModelVersion &version) const
{
    return inventory::ArtifactStore::besideInventory(m_inventory.thread().path())
        .absolutePath(version.artifactPath);
}

} // namespace fleetdeck::ui
