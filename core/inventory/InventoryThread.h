#pragma once

#include "core/common/Result.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace fleetdeck::inventory {

class Database;

// The GUI's single writer: one thread that owns the only Database connection and runs jobs
// from a queue, in order. Results come back on the caller's context object thread; a job
// whose context died is still run (writes are never dropped) but its result is discarded.
class InventoryThread : public QObject
{
    Q_OBJECT
public:
    explicit InventoryThread(QObject *parent = nullptr);
    ~InventoryThread() override;  // finishes queued jobs, closes the connection, joins

    // Opens (or switches to) the database at path on the worker thread.
    void open(const QString &path, QObject *context, std::function<void(Result<void>)> done);

    // Runs work(Database&) on the worker, then done(result) on context's thread.
    template <typename R>
    void submit(QObject *context, std::function<R(Database &)> work, std::function<void(R)> done)
    {
        post([work = std::move(work), done = std::move(done),
              ctx = QPointer<QObject>(context)](Database &db) mutable {
            auto result = std::make_shared<R>(work(db));
            if (!ctx)
                return;
            QMetaObject::invokeMethod(ctx.data(), [done = std::move(done), result, ctx]() {
                if (ctx)
                    done(std::move(*result));
            }, Qt::QueuedConnection);
        });
    }

    QString path() const;

Q_SIGNALS:
    void opened(const QString &path);
    // Emitted after any job that was submitted as a write (see notifyChanged()).
    void nodesChanged();
    void auditAppended();

public:
    // Called by writers after a successful write, from any thread.
    void notifyNodesChanged();
    void notifyAuditAppended();

private:
    void post(std::function<void(Database &)> job);

    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;  // lives on m_thread
};

} // namespace fleetdeck::inventory
