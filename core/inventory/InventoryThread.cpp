#include "core/inventory/InventoryThread.h"

#include "core/common/Log.h"
#include "core/inventory/Database.h"
#include "core/inventory/Tr.h"

#include <QMutexLocker>

#include <exception>

using namespace Qt::StringLiterals;

namespace fleetdeck::inventory {

// Lives on the worker thread; only code running there touches m_db.
class InventoryThread::Worker : public QObject
{
public:
    std::unique_ptr<Database> m_db;

    void run(const std::function<void(Database &)> &job, const std::function<void()> &refused)
    {
        try {
            if (m_db)
                job(*m_db);
            else if (refused)
                refused();
        } catch (const std::exception &e) {
            qCWarning(lcInventory) << "inventory job threw:" << e.what();
        } catch (...) {
            qCWarning(lcInventory) << "inventory job threw an unknown exception";
        }
    }
};

InventoryThread::InventoryThread(QObject *parent) : QObject(parent), m_worker(new Worker)
{
    m_thread.setObjectName(u"fleetdeck-inventory"_s);
    m_worker->moveToThread(&m_thread);
    // The Qt idiom for freeing a worker: deferred deletes run as the thread finishes.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

InventoryThread::~InventoryThread()
{
    // Queued behind every job already posted, so they all run first; the connection is then
    // closed on the thread that opened it, as QtSql requires.
    QMetaObject::invokeMethod(m_worker, [this]() {
        m_worker->m_db.reset();
        m_thread.quit();
    }, Qt::QueuedConnection);
    m_thread.wait();
    m_worker = nullptr;
}

void InventoryThread::open(const QString &path, QObject *context,
                           std::function<void(Result<void>)> done)
{
    QPointer<QObject> ctx(context);
    QMetaObject::invokeMethod(m_worker, [this, path, ctx, done = std::move(done)]() {
        auto opened = Database::open(path);
        Result<void> result;
        if (opened) {
            // The old connection closes only once the new one is good.
            m_worker->m_db = std::move(opened).value();
            const QString actual = m_worker->m_db->path();
            {
                QMutexLocker lock(&m_pathMutex);
                m_path = actual;
            }
            Q_EMIT this->opened(actual);
        } else {
            qCWarning(lcInventory) << "cannot open inventory:" << opened.error().toString();
            result = opened.error();
        }
        deliverTo(ctx, [done, result]() {
            if (done)
                done(result);
        });
    }, Qt::QueuedConnection);
}

QString InventoryThread::path() const
{
    QMutexLocker lock(&m_pathMutex);
    return m_path;
}

Error InventoryThread::notOpenError()
{
    return Error{Tr::tr("No inventory is open yet; open one first."), {}};
}

void InventoryThread::notifyNodesChanged()
{
    Q_EMIT nodesChanged();
}

void InventoryThread::notifyAuditAppended()
{
    Q_EMIT auditAppended();
}

void InventoryThread::post(std::function<void(Database &)> job, std::function<void()> refused)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = std::move(job),
                                         refused = std::move(refused)]() {
        worker->run(job, refused);
    }, Qt::QueuedConnection);
}

void InventoryThread::deliverTo(QPointer<QObject> ctx, std::function<void()> call)
{
    if (!ctx)
        return;
    // Hop through this object's thread (normally the GUI's, where contexts live too), so the
    // QPointer is checked on the thread that deletes the context, not raced from the worker.
    QMetaObject::invokeMethod(this, [ctx, call = std::move(call)]() {
        if (!ctx)
            return;
        if (ctx->thread() == QThread::currentThread()) {
            call();
            return;
        }
        QMetaObject::invokeMethod(ctx.data(), [ctx, call]() {
            if (ctx)
                call();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void InventoryThread::warnDropped()
{
    qCWarning(lcInventory) << "inventory job dropped: no inventory is open";
}

} // namespace fleetdeck::inventory
