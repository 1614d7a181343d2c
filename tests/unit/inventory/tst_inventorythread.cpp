#include "core/inventory/AuditLog.h"
#include "core/inventory/Database.h"
#include "core/inventory/InventoryThread.h"
#include "core/inventory/NodeRepository.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace fleetdeck::inventory;
using fleetdeck::Error;
using fleetdeck::Result;

namespace {

Result<Node> addNode(Database &db, const QString &name)
{
    AuditLog audit(db, u"test (gui)"_s);
    NodeRepository nodes(db, audit);
    Node node;
    node.name = name;
    node.host = u"127.0.0.1"_s;
    return nodes.add(node);
}

int nodeCount(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return -1;
    AuditLog audit(**db, u"t"_s);
    return int(NodeRepository(**db, audit).list()->size());
}

Result<void> openAndWait(InventoryThread &thread, const QString &path, QObject *context)
{
    std::optional<Result<void>> outcome;
    thread.open(path, context, [&](Result<void> result) { outcome = result; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
        return Error{u"open timed out"_s, {}};
    return *outcome;
}

} // namespace

class TestInventoryThread : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        fleetdeck::test::isolateFromUser();
        QVERIFY(m_dir.isValid());
    }

    void submitBeforeOpenGetsAnError()
    {
        InventoryThread thread;
        QVERIFY(!thread.isOpen());
        std::atomic<bool> ran{false};
        std::optional<Result<int>> got;
        thread.submit<Result<int>>(this, [&](Database &) -> Result<int> {
            ran = true;
            return 1;
        }, [&](Result<int> result) { got = std::move(result); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!ran);
        QVERIFY(!got->ok());
        QCOMPARE(got->error().message, InventoryThread::notOpenError().message);

        // A result type that cannot carry an error: the job is dropped, never half-run.
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"dropped: no inventory is open"_s));
        bool plainDone = false;
        thread.submit<int>(this, [&](Database &) { ran = true; return 2; },
                           [&](int) { plainDone = true; });
        std::optional<Result<int>> marker;  // queued after the plain job
        thread.submit<Result<int>>(this, [](Database &) -> Result<int> { return 3; },
                                   [&](Result<int> r) { marker = std::move(r); });
        QTRY_VERIFY(marker.has_value());
        QVERIFY(!plainDone);
        QVERIFY(!ran);
    }

    // The GUI opens and lists at once, without waiting: the queue keeps them in order.
    void jobRightAfterOpenSeesTheDatabase()
    {
        InventoryThread thread;
        const QString path = m_dir.filePath(u"immediate.sqlite"_s);
        thread.open(path, this, {});
        std::optional<Result<int>> got;
        thread.submit<Result<int>>(this, [](Database &db) -> Result<int> {
            return db.schemaVersion();
        }, [&](Result<int> r) { got = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QVERIFY2(got->ok(), qPrintable(got->error().toString()));
        QCOMPARE(**got, Database::latestSchemaVersion());
    }

    void failedFirstOpenStillRefusesJobs()
    {
        InventoryThread thread;
        const QString bad = fleetdeck::test::writeFile(m_dir, u"bad-first.txt"_s, "text");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot open inventory"_s));
        QVERIFY(!openAndWait(thread, bad, this).ok());
        QVERIFY(!thread.isOpen());
        std::optional<Result<int>> got;
        thread.submit<Result<int>>(this, [](Database &) -> Result<int> { return 1; },
                                   [&](Result<int> r) { got = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
    }

    void runsJobsInOrderOnTheWorker()
    {
        InventoryThread thread;
        QSignalSpy opened(&thread, &InventoryThread::opened);
        const QString path = m_dir.filePath(u"order.sqlite"_s);
        const auto result = openAndWait(thread, path, this);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(thread.path(), path);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), path);

        QList<int> order;
        QList<QThread *> workerThreads;
        for (int i = 0; i < 30; ++i) {
            thread.submit<Result<Node>>(this, [i, &workerThreads](Database &db) {
                workerThreads.append(QThread::currentThread());
                return addNode(db, u"node-%1"_s.arg(i));
            }, [i, &order, this](Result<Node> added) {
                QCOMPARE(QThread::currentThread(), this->thread());
                QVERIFY(added.ok());
                order.append(i);
            });
        }
        QTRY_COMPARE(order.size(), 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(order.at(i), i);
        QVERIFY(!workerThreads.contains(QThread::currentThread()));
        QCOMPARE(QSet<QThread *>(workerThreads.cbegin(), workerThreads.cend()).size(), 1);
    }

    void deliversOnTheContextsThread()
    {
        InventoryThread thread;
        QVERIFY(openAndWait(thread, m_dir.filePath(u"ctx.sqlite"_s), this).ok());
        QThread other;
        other.start();
        QObject context;
        context.moveToThread(&other);
        std::atomic<QThread *> deliveredOn{nullptr};
        thread.submit<int>(&context, [](Database &db) { return db.schemaVersion(); },
                           [&](int) { deliveredOn = QThread::currentThread(); });
        QTRY_COMPARE(deliveredOn.load(), &other);
        other.quit();
        other.wait();
    }

    void deadContextStillWrites()
    {
        const QString path = m_dir.filePath(u"dead.sqlite"_s);
        {
            InventoryThread thread;
            QVERIFY(openAndWait(thread, path, this).ok());
            bool delivered = false;
            auto context = std::make_unique<QObject>();
            // Hold the worker so the context dies before the write runs.
            std::atomic<bool> release{false};
            thread.submit<int>(this, [&](Database &) {
                while (!release)
                    QThread::msleep(1);
                return 0;
            }, [](int) {});
            thread.submit<Result<Node>>(context.get(), [](Database &db) {
                return addNode(db, u"written"_s);
            }, [&](Result<Node>) { delivered = true; });
            context.reset();
            release = true;
            std::optional<int> marker;
            thread.submit<int>(this, [](Database &) { return 1; }, [&](int v) { marker = v; });
            QTRY_VERIFY(marker.has_value());
            QVERIFY(!delivered);
        }
        QCOMPARE(nodeCount(path), 1);
    }

    void destructorDrainsTheQueue()
    {
        const QString path = m_dir.filePath(u"drain.sqlite"_s);
        {
            InventoryThread thread;
            QVERIFY(openAndWait(thread, path, this).ok());
            for (int i = 0; i < 40; ++i)
                thread.submit<Result<Node>>(this, [i](Database &db) {
                    return addNode(db, u"n%1"_s.arg(i));
                }, [](Result<Node>) {});
        }  // no event loop ran: every job must still have run before the join
        QCOMPARE(nodeCount(path), 40);
    }

    void failedOpenKeepsThePreviousInventory()
    {
        InventoryThread thread;
        const QString good = m_dir.filePath(u"good.sqlite"_s);
        QVERIFY(openAndWait(thread, good, this).ok());
        const QString bad = fleetdeck::test::writeFile(m_dir, u"bad.txt"_s, "not a database");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot open inventory"_s));
        const auto refused = openAndWait(thread, bad, this);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"not a SQLite database"_s));
        QCOMPARE(thread.path(), good);
        std::optional<QString> seen;
        thread.submit<QString>(this, [](Database &db) { return db.path(); },
                               [&](QString p) { seen = p; });
        QTRY_VERIFY(seen.has_value());
        QCOMPARE(*seen, good);

        const QString second = m_dir.filePath(u"second.sqlite"_s);
        QVERIFY(openAndWait(thread, second, this).ok());
        QCOMPARE(thread.path(), second);
    }

    void notifySignalsReachTheOwnerThread()
    {
        InventoryThread thread;
        QVERIFY(openAndWait(thread, m_dir.filePath(u"notify.sqlite"_s), this).ok());
        QThread *receivedOn = nullptr;
        connect(&thread, &InventoryThread::nodesChanged, this,
                [&] { receivedOn = QThread::currentThread(); });
        QSignalSpy audits(&thread, &InventoryThread::auditAppended);
        thread.submit<Result<Node>>(this, [&thread](Database &db) {
            auto added = addNode(db, u"n"_s);
            if (added) {
                thread.notifyNodesChanged();
                thread.notifyAuditAppended();
            }
            return added;
        }, [](Result<Node>) {});
        QTRY_COMPARE(receivedOn, QThread::currentThread());
        QTRY_COMPARE(audits.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInventoryThread)
#include "tst_inventorythread.moc"
