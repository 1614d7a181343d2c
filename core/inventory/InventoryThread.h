#pragma once

#include "core/common/Result.h"

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <type_traits>

namespace fleetdeck::inventory {

class Database;

// The GUI's single writer: one thread that owns the only Database connection and runs jobs
// from a queue, in order. Results come back on the caller's context object thread; a job
// whose context died is still run (writes are never dropped) but its result is discarded.
//
// Before a successful open(), or after an open() that failed with nothing open before, there is
// no database: a submitted job is not run. If its result type can hold an Error (any
// Result<T>), done receives notOpenError(); otherwise the job is dropped with a warning.
// A job that throws is logged and gets no result. Results of jobs that finish while the
// InventoryThread is being destroyed are discarded (the jobs still run to completion).
class InventoryThread : public QObject
{
    Q_OBJECT
public:
    explicit InventoryThread(QObject *parent = nullptr);
    ~InventoryThread() override;  // finishes queued jobs, closes the connection, joins

    // Opens (or switches to) the database at path on the worker thread. If it fails, the
    // database that was open before (if any) stays open.
    void open(const QString &path, QObject *context, std::function<void(Result<void>)> done);

    // Runs work(Database&) on the worker, then done(result) on context's thread.
    template <typename R>
    void submit(QObject *context, std::function<R(Database &)> work, std::function<void(R)> done)
    {
        auto deliver = [this, ctx = QPointer<QObject>(context),
                        done = std::move(done)](std::shared_ptr<R> result) {
            deliverTo(ctx, [done, result]() {
                if (done)
                    done(std::move(*result));
            });
        };
        post([work = std::move(work), deliver](Database &db) {
                 deliver(std::make_shared<R>(work(db)));
             },
             [deliver]() {
                 if constexpr (std::is_constructible_v<R, Error>)
                     deliver(std::make_shared<R>(notOpenError()));
                 else
                     warnDropped();
             });
    }

    QString path() const;
    bool isOpen() const { return !path().isEmpty(); }

    // What a job submitted while no database is open receives.
    static Error notOpenError();

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
    // Runs job on the worker with the open database, or refused() there when none is open.
    void post(std::function<void(Database &)> job, std::function<void()> refused = {});
    // From the worker: calls call on ctx's thread if ctx is still alive by then.
    void deliverTo(QPointer<QObject> ctx, std::function<void()> call);
    static void warnDropped();

    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;  // lives on m_thread
    mutable QMutex m_pathMutex;
    QString m_path;              // guarded by m_pathMutex; empty while nothing is open
};

} // namespace fleetdeck::inventory
