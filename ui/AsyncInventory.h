#pragma once

#include "core/common/Result.h"
#include "core/fleet/import/NodeImporter.h"
#include "core/inventory/AuditLog.h"
#include "core/inventory/Node.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace fleetdeck::inventory {
class InventoryThread;
}

namespace fleetdeck::ui {

// The desktop app's typed jobs on the inventory. Every call runs on the InventoryThread (the
// single writer) and answers on context's thread; nothing here ever touches SQLite on the
// caller's thread. Writes announce themselves through the thread's nodesChanged/auditAppended.
class AsyncInventory {
public:
    template<typename T> using Done = std::function<void(Result<T>)>;

    explicit AsyncInventory(inventory::InventoryThread &thread);

    inventory::InventoryThread &thread() const { return m_thread; }
    QString actor() const { return m_actor; }

    void listNodes(QObject *context, Done<QList<inventory::Node>> done);
    void addNode(const inventory::Node &node, QObject *context, Done<inventory::Node> done);
    void updateNode(const inventory::Node &node, QObject *context, Done<inventory::Node> done);
    void removeNode(const QString &name, QObject *context, Done<bool> done);
    void applyImport(const fleet::ParsedInventory &parsed, const QString &source, QObject *context,
        Done<fleet::ImportReport> done);
    void populateDemoFleet(QObject *context, Done<QList<inventory::Node>> done);

    void recentAudit(
        int limit, qint64 beforeId, QObject *context, Done<QList<inventory::AuditEntry>> done);
    void verifyAudit(QObject *context, Done<inventory::AuditVerification> done);

private:
    inventory::InventoryThread &m_thread;
    QString m_actor;
};

} // namespace fleetdeck::ui
