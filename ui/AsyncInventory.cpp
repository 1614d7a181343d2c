#include "ui/AsyncInventory.h"

#include "core/inventory/Database.h"
#include "core/inventory/DemoFleet.h"
#include "core/inventory/InventoryThread.h"
#include "core/inventory/NodeRepository.h"

using namespace Qt::StringLiterals;

namespace fleetdeck::ui {

using inventory::AuditEntry;
using inventory::AuditLog;
using inventory::AuditVerification;
using inventory::Database;
using inventory::Node;
using inventory::NodeRepository;

AsyncInventory::AsyncInventory(inventory::InventoryThread &thread)
    : m_thread(thread)
    , m_actor(AuditLog::defaultActor(u"gui"_s))
{
}

namespace {
// Runs fn(repository, audit) on the worker; on success of a write, tells the GUI.
template<typename T, typename Fn>
void submitNodeJob(inventory::InventoryThread &thread, const QString &actor, bool write,
    QObject *context, Fn fn, AsyncInventory::Done<T> done)
{
    auto *t = &thread;
    thread.submit<Result<T>>(
        context,
        [t, actor, write, fn = std::move(fn)](Database &db) -> Result<T> {
            AuditLog audit(db, actor);
            NodeRepository nodes(db, audit);
            Result<T> result = fn(db, nodes, audit);
            if (write && result.ok()) {
                t->notifyNodesChanged();
                t->notifyAuditAppended();
            }
            return result;
        },
        std::move(done));
}
} // namespace

void AsyncInventory::listNodes(QObject *context, Done<QList<Node>> done)
{
    submitNodeJob<QList<Node>>(
        m_thread, m_actor, false, context,
        [](Database &, NodeRepository &nodes, AuditLog &) { return nodes.list(); },
        std::move(done));
}

void AsyncInventory::addNode(const Node &node, QObject *context, Done<Node> done)
{
    submitNodeJob<Node>(
        m_thread, m_actor, true, context,
        [node](Database &, NodeRepository &nodes, AuditLog &) { return nodes.add(node); },
        std::move(done));
}

void AsyncInventory::updateNode(const Node &node, QObject *context, Done<Node> done)
{
    submitNodeJob<Node>(
        m_thread, m_actor, true, context,
        [node](Database &, NodeRepository &nodes, AuditLog &) { return nodes.update(node); },
        std::move(done));
}

void AsyncInventory::removeNode(const QString &name, QObject *context, Done<bool> done)
{
    submitNodeJob<bool>(
        m_thread, m_actor, true, context,
        [name](Database &, NodeRepository &nodes, AuditLog &) -> Result<bool> {
            Result<void> removed = nodes.remove(name);
            if (!removed)
                return removed.error();
            return true;
        },
        std::move(done));
}

void AsyncInventory::applyImport(const fleet::ParsedInventory &parsed, const QString &source,
    QObject *context, Done<fleet::ImportReport> done)
{
    submitNodeJob<fleet::ImportReport>(
        m_thread, m_actor, true, context,
        [parsed, source](Database &db, NodeRepository &nodes, AuditLog &audit) {
            fleet::NodeImporter importer(db, nodes, audit);
            return importer.apply(parsed, source);
        },
        std::move(done));
}

void AsyncInventory::populateDemoFleet(QObject *context, Done<QList<Node>> done)
{
    submitNodeJob<QList<Node>>(
        m_thread, m_actor, true, context,
        [](Database &, NodeRepository &nodes, AuditLog &) {
            return inventory::populateDemoFleet(nodes);
        },
        std::move(done));
}

void AsyncInventory::recentAudit(
    int limit, qint64 beforeId, QObject *context, Done<QList<AuditEntry>> done)
{
    submitNodeJob<QList<AuditEntry>>(
        m_thread, m_actor, false, context,
        [limit, beforeId](Database &, NodeRepository &, AuditLog &audit) {
            return audit.recent(limit, beforeId);
        },
        std::move(done));
}

void AsyncInventory::verifyAudit(QObject *context, Done<AuditVerification> done)
{
    submitNodeJob<AuditVerification>(
        m_thread, m_actor, false, context,
        [](Database &, NodeRepository &, AuditLog &audit) { return audit.verify(); },
        std::move(done));
}

} // namespace fleetdeck::ui
